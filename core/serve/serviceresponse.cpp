#include "core/serve/serviceresponse.h"

#include "core/serve/jsonwriter.h"

namespace ewb::core {

ServiceResponse ServiceResponse::json(int status, const JsonValue &value)
{
    ServiceResponse response;
    response.status = status;
    response.body = JsonWriter::write(value);
    return response;
}

ServiceResponse ServiceResponse::error(int status, std::string_view code, std::string_view message,
                                       JsonValue::Object extra)
{
    JsonValue::Object error { { "code", JsonValue(code) }, { "message", JsonValue(message) } };
    for (auto &member : extra)
        error.push_back(std::move(member));
    return json(status, JsonValue(JsonValue::Object { { "error", JsonValue(std::move(error)) } }));
}

} // namespace ewb::core
