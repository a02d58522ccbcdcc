#pragma once

#include "core/serve/accesspolicy.h"
#include "core/serve/serviceoptions.h"
#include "core/serve/servicerequest.h"
#include "core/serve/serviceresponse.h"

namespace ewb::core {

class ModelCatalog;

/// The REST API of the workbench as one pure function from request to response, independent of
/// any HTTP library (so it is unit-tested and fuzzed directly). Routes, all JSON in UTF-8:
///   GET  /v1/health                              {"status":"ok","models":N}
///   GET  /v1/models                              {"models":[{id,name,source,vocab_size,dim}]}
///   GET  /v1/models/{id}                         one of those
///   GET  /v1/models/{id}/neighbors?word=&k=      cosine neighbours, best first
///   POST /v1/models/{id}/analogy                 {"a","b","c","k","method":"3cosadd|3cosmul"}
///   GET  /v1/models/{id}/similarity?a=&b=        cosine of two words
///   POST /v1/models/{id}/doesnt-match            {"words":[...]}: the odd one out
///   GET  /v1/models/{id}/vector?word=            the raw vector
///   GET  /openapi.json                           the OpenAPI 3.0 description of all of it
/// {id} is a model id or name of the catalog; URLs never name files. HEAD is answered like GET.
/// Every failure is {"error":{"code","message",...}} with a 4xx or 5xx status: 400 malformed
/// request (bad escape, JSON, type, k outside 1..1000, unknown parameter), 401 token, 403
/// origin, 404 unknown route, model or word (with "suggestions"), 405 method (with Allow), 413
/// body, 415 content type, 421 host, 422 all-zero vector, 500 a bug.
/// Thread-safe: handle() is const and reads the catalog's current snapshot; the catalog must
/// outlive the service.
class ModelService
{
public:
    ModelService(const ModelCatalog &catalog, ServiceOptions options);

    /// Answers one request. Never throws: anything unexpected becomes a 500 JSON answer.
    ServiceResponse handle(const ServiceRequest &request) const noexcept;

    const AccessPolicy &policy() const { return m_policy; }

private:
    ServiceResponse route(const ServiceRequest &request) const;

    const ModelCatalog &m_catalog;
    AccessPolicy m_policy;
};

} // namespace ewb::core
