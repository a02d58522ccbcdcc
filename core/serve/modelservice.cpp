#include "core/serve/modelservice.h"

#include "core/serve/jsonparser.h"
#include "core/serve/modelcatalog.h"
#include "core/serve/openapidocument.h"
#include "core/serve/queryhandlers.h"
#include "core/serve/queryparameters.h"
#include "core/serve/urldecoder.h"

#include <new>

namespace ewb::core {

namespace {

    constexpr std::string_view get = "GET, HEAD";
    constexpr std::string_view post = "POST";

    ServiceResponse methodNotAllowed(std::string_view allow)
    {
        auto response = ServiceResponse::error(405, "method-not-allowed",
                                               "this resource only answers " + std::string(allow));
        response.headers.emplace_back("Allow", std::string(allow));
        return response;
    }

    ServiceResponse routeNotFound()
    {
        return ServiceResponse::error(404, "route-not-found",
                                      "no such resource; GET /openapi.json lists the routes");
    }

    std::optional<ServiceResponse> noParameters(const QueryParameters &query)
    {
        if (query.pairs().empty())
            return std::nullopt;
        return ServiceResponse::error(400, "invalid-argument",
                                      "unknown query parameter '" + query.pairs().front().first
                                          + "'");
    }

    bool isJsonContentType(const std::string *contentType)
    {
        if (!contentType)
            return false;
        std::string value;
        for (const char c : *contentType) {
            if (c != ' ' && c != '\t')
                value += c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
        }
        return value == "application/json" || value == "application/json;charset=utf-8";
    }

    JsonValue describe(const ServedModel &served)
    {
        // Built member by member: an initializer list here trips a false GCC 12
        // -Wmaybe-uninitialized inside std::variant.
        JsonValue object(JsonValue::Object {});
        object.insert("id", served.id());
        object.insert("name", served.name());
        object.insert("source", served.source());
        object.insert("vocab_size", served.model().size());
        object.insert("dim", served.model().dim());
        if (served.createdMs() > 0)
            object.insert("created_ms", served.createdMs());
        return object;
    }

} // namespace

ModelService::ModelService(const ModelCatalog &catalog, ServiceOptions options)
    : m_catalog(catalog), m_policy(std::move(options))
{ }

ServiceResponse ModelService::handle(const ServiceRequest &request) const noexcept
{
    try {
        if (auto early = m_policy.screen(request))
            return std::move(*early);
        ServiceResponse response = route(request);
        m_policy.decorate(request, response);
        return response;
    } catch (const std::bad_alloc &) {
        ServiceResponse response;
        response.status = 503;
        response.body = R"({"error":{"code":"out-of-memory","message":"out of memory"}})";
        return response;
    } catch (...) {
        ServiceResponse response;
        response.status = 500;
        response.body = R"({"error":{"code":"internal","message":"unexpected failure"}})";
        return response;
    }
}

ServiceResponse ModelService::route(const ServiceRequest &request) const
{
    const auto segments = UrlDecoder::splitPath(request.path);
    if (!segments.ok())
        return ServiceResponse::error(400, "invalid-path", segments.error().detail);
    const auto query = QueryParameters::parse(request.query);
    if (!query.ok())
        return ServiceResponse::error(400, "invalid-query", query.error().detail);
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    const bool isPost = request.method == "POST";
    const auto &path = *segments;

    if (path.size() == 1 && path[0] == "openapi.json") {
        if (!isGet)
            return methodNotAllowed(get);
        if (auto refusal = noParameters(*query))
            return *refusal;
        ServiceResponse response;
        response.body = OpenApiDocument::text();
        return response;
    }
    if (path.size() < 2 || path[0] != "v1")
        return routeNotFound();
    if (path.size() == 2 && path[1] == "health") {
        if (!isGet)
            return methodNotAllowed(get);
        if (auto refusal = noParameters(*query))
            return *refusal;
        return ServiceResponse::json(
            200,
            JsonValue::Object { { "status", JsonValue("ok") },
                                { "models", JsonValue(m_catalog.size()) } });
    }
    if (path[1] != "models" || path.size() > 4)
        return routeNotFound();
    if (path.size() == 2) {
        if (!isGet)
            return methodNotAllowed(get);
        if (auto refusal = noParameters(*query))
            return *refusal;
        JsonValue::Array models;
        for (const auto &served : *m_catalog.snapshot())
            models.push_back(describe(*served));
        return ServiceResponse::json(
            200, JsonValue::Object { { "models", JsonValue(std::move(models)) } });
    }

    const std::string action = path.size() == 4 ? path[3] : std::string();
    const bool getAction
        = action.empty() || action == "neighbors" || action == "similarity" || action == "vector";
    const bool postAction = action == "analogy" || action == "doesnt-match";
    if (!getAction && !postAction)
        return routeNotFound();
    if (getAction && !isGet)
        return methodNotAllowed(get);
    if (postAction && !isPost)
        return methodNotAllowed(post);

    // The catalog snapshot taken here keeps this model alive for the whole request, even if it
    // is replaced or removed meanwhile.
    const auto served = m_catalog.find(path[2]);
    if (!served)
        return ServiceResponse::error(404, "model-not-found",
                                      "no model with id or name '" + path[2]
                                          + "'; GET /v1/models lists them");
    if (action.empty()) {
        if (auto refusal = noParameters(*query))
            return *refusal;
        return ServiceResponse::json(200, describe(*served));
    }
    if (action == "neighbors")
        return QueryHandlers::neighbours(*served, *query);
    if (action == "similarity")
        return QueryHandlers::similarity(*served, *query);
    if (action == "vector")
        return QueryHandlers::vector(*served, *query);

    if (auto refusal = noParameters(*query))
        return *refusal;
    if (!isJsonContentType(request.header("Content-Type")))
        return ServiceResponse::error(415, "unsupported-media-type",
                                      "the body must be sent as 'Content-Type: application/json'");
    JsonLimits limits;
    limits.maxBytes = m_policy.options().maxBodyBytes;
    limits.maxDepth = 16;
    const auto body = JsonParser::parse(request.body, limits);
    if (!body.ok())
        return ServiceResponse::error(400, "invalid-json", body.error().detail);
    if (!body->isObject())
        return ServiceResponse::error(400, "invalid-json", "the body must be a JSON object");
    if (action == "analogy")
        return QueryHandlers::analogy(*served, *body);
    return QueryHandlers::doesntMatch(*served, *body);
}

} // namespace ewb::core
