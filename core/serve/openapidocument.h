#pragma once

#include <string>

namespace ewb::core {

/// The OpenAPI 3.0 description of ModelService (GET /openapi.json): every route with its
/// parameters, request bodies, answers and error answers, plus the bearer security scheme.
/// Generated clients and API explorers read it. Thread-safe (a constant).
class OpenApiDocument
{
public:
    /// The document as compact JSON text, UTF-8.
    static const std::string &text();
};

} // namespace ewb::core
