#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ewb::core {

/// One HTTP request as the REST handlers see it, independent of any HTTP library: the transport
/// (HttpServer, a test or a fuzzer) fills it and ModelService::handle() answers it. The path and
/// query are the raw, still percent-encoded text of the request target, so that decoding is
/// strict and happens in one place (UrlDecoder); header names compare case-insensitively.
struct ServiceRequest
{
    std::string method; ///< "GET", "POST", "HEAD", ... as sent (case-sensitive, RFC 9110)
    std::string path; ///< raw path of the target, e.g. "/v1/models/default/neighbors"
    std::string query; ///< raw query after '?', without it; empty when there is none
    std::vector<std::pair<std::string, std::string>> headers; ///< in arrival order
    std::string body; ///< request body bytes (POST)

    /// Splits a raw request target ("/v1/x?word=a") into path and query.
    static ServiceRequest fromTarget(std::string method, std::string_view target,
                                     std::string body = {});

    /// The first header named `name` (ASCII case-insensitive), or nullptr.
    const std::string *header(std::string_view name) const;
};

} // namespace ewb::core
