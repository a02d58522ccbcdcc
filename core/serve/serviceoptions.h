#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ewb::core {

/// Who may talk to the REST handlers and how much they may send. HttpServer fills it from
/// ServerOptions and the bound address; tests and fuzzers fill it directly.
struct ServiceOptions
{
    /// Exact values the Host header may take, compared ASCII case-insensitively, e.g.
    /// {"127.0.0.1:8080", "localhost:8080"}. A request with another Host is refused with 421
    /// (DNS rebinding defence, RELIABILITY row 53); one without Host with 400.
    std::vector<std::string> allowedHosts;
    /// Accept any Host header. Only for a wildcard bind (0.0.0.0), where the bearer token is the
    /// defence because the names of the machine are unknown.
    bool allowAnyHost = false;
    /// When not empty, every request must carry "Authorization: Bearer <token>" (compared in
    /// constant time) or gets 401.
    std::string token;
    /// When not empty, the one browser origin (e.g. "http://localhost:3000") that may call the
    /// service from a web page: its requests get Access-Control-Allow-Origin and its preflights
    /// are answered. Empty: no CORS header at all, and any request carrying an Origin header is
    /// refused with 403 (cross-site request forgery defence). Never "*".
    std::string corsOrigin;
    /// Largest accepted request body in bytes; larger ones get 413 before parsing. Raising it
    /// allows longer doesnt-match lists at a linear cost in memory per connection.
    std::size_t maxBodyBytes = 64 * 1024;
};

} // namespace ewb::core
