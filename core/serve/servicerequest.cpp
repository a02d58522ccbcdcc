#include "core/serve/servicerequest.h"

#include <algorithm>

namespace ewb::core {

ServiceRequest ServiceRequest::fromTarget(std::string method, std::string_view target,
                                          std::string body)
{
    ServiceRequest request;
    request.method = std::move(method);
    const std::size_t question = target.find('?');
    request.path = std::string(target.substr(0, question));
    if (question != std::string_view::npos)
        request.query = std::string(target.substr(question + 1));
    request.body = std::move(body);
    return request;
}

const std::string *ServiceRequest::header(std::string_view name) const
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    for (const auto &[key, value] : headers) {
        if (key.size() == name.size()
            && std::equal(key.begin(), key.end(), name.begin(),
                          [&](char a, char b) { return lower(a) == lower(b); }))
            return &value;
    }
    return nullptr;
}

} // namespace ewb::core
