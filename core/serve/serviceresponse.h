#pragma once

#include "core/serve/jsonvalue.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ewb::core {

/// One HTTP answer of the REST handlers: status, content type, body and any extra headers
/// (WWW-Authenticate, Allow, CORS). Bodies are UTF-8 JSON; errors have the form
/// {"error": {"code": "not-found", "message": "...", ...}} with a 4xx or 5xx status.
struct ServiceResponse
{
    /// The media type of every answer of the service.
    static constexpr std::string_view jsonContentType = "application/json; charset=utf-8";

    int status = 200;
    std::string contentType { jsonContentType };
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    /// A JSON answer with `status`.
    static ServiceResponse json(int status, const JsonValue &value);
    /// An error answer: `code` is a stable lower-case name ("invalid-argument"), `message` English
    /// detail; `extra` members (e.g. "suggestions") are added to the error object.
    static ServiceResponse error(int status, std::string_view code, std::string_view message,
                                 JsonValue::Object extra = {});
};

} // namespace ewb::core
