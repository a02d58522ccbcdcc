#pragma once

// Test helper: real HTTP requests to a local server, through cpp-httplib's client (the same
// library the server uses, so no extra dependency) or, for malformed requests, a raw socket.

#include <string>
#include <utility>
#include <vector>

namespace ewb::test {

/// One answer; status -1 when no answer came (error says why).
struct HttpReply
{
    int status = -1;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string error;

    /// The first header named `name` (case-insensitive), or "".
    std::string header(const std::string &name) const;
};

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

/// Sends `method target` to 127.0.0.1:port over HTTP/1.1; `target` goes out byte for byte (no
/// re-encoding, so "%ZZ" and "/../" reach the server as written). A Host header in `headers`
/// replaces the client's own. `body` is sent with `contentType` when not empty.
HttpReply httpRequest(int port, const std::string &method, const std::string &target,
                      const HttpHeaders &headers = {}, const std::string &body = {},
                      const std::string &contentType = "application/json");

/// Writes `bytes` to 127.0.0.1:port on a fresh connection and returns the server's answer (up to
/// its Content-Length, or until it closes; empty on a connection error or after 10 s).
std::string rawExchange(int port, const std::string &bytes);

} // namespace ewb::test
