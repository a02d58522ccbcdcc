#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ewb::core {

/// How HttpServer listens. The defaults are the safe ones: loopback only, no token, no CORS,
/// small bodies, few threads, short timeouts (RELIABILITY rows 48, 50, 53, 55).
struct ServerOptions
{
    /// Address to bind: "127.0.0.1" (default), "::1" or "localhost" (= 127.0.0.1) are loopback;
    /// any other address (e.g. "0.0.0.0", a LAN address) needs allowRemote and a token.
    std::string host = "127.0.0.1";
    /// TCP port, 0..65535; 0 lets the system pick a free port, which start() returns.
    int port = 0;
    /// Must be true to bind a non-loopback address: the caller has warned the user.
    bool allowRemote = false;
    /// Bearer token required on every request when not empty; mandatory for a non-loopback
    /// bind. 16..256 visible ASCII characters (no spaces).
    std::string token;
    /// The one browser origin allowed to call the service (see ServiceOptions); empty: none.
    std::string corsOrigin;
    /// Further Host header values to accept (e.g. "myhost.lan:8080" behind a LAN name).
    std::vector<std::string> extraHosts;
    /// Worker threads, i.e. connections served at once, 1..64; more connections wait in the
    /// queue. Raising it helps many slow clients but costs a stack per thread; queries are
    /// CPU-bound, so beyond the core count it mostly adds queueing inside the kernel.
    std::size_t threads = 8;
    /// Largest request body in bytes, 1 KiB..16 MiB; larger bodies get 413 unparsed.
    std::size_t maxBodyBytes = 64 * 1024;
    /// Seconds a connection may take to send a request or read an answer, 1..60. Lowering it
    /// frees threads held by slow (or hostile) clients sooner.
    int readTimeoutSeconds = 5;
    int writeTimeoutSeconds = 5;
    /// Seconds an idle keep-alive connection keeps its thread, 1..60; stop() waits at most
    /// about this long for idle connections to close.
    int keepAliveSeconds = 2;
    /// Requests served on one connection before it is closed, 1..100000. A connection holds a
    /// worker thread while it lives, so with more clients than threads the others wait in the
    /// queue until one closes: lowering it shares the threads more fairly (shorter worst-case
    /// waits) at the cost of more reconnects.
    std::size_t keepAliveRequests = 100;
};

} // namespace ewb::core
