#pragma once

#include "core/common/result.h"
#include "core/serve/serveroptions.h"

#include <memory>
#include <string>
#include <string_view>

namespace ewb::core {

class ModelCatalog;

/// ModelService over HTTP/1.1 (cpp-httplib): a listener thread accepts connections and a
/// fixed pool of worker threads answers them. Everything the service promises about safety is
/// configured here from ServerOptions: loopback by default, Host checked against the bound
/// address and port, token and CORS as asked, body, thread, timeout and keep-alive limits.
/// Status codes that the HTTP layer produces itself (malformed request line 400, body too
/// large 413, URI too long 414) also answer with a JSON error body.
///
/// Lifecycle: start() binds and returns the real port (the socket accepts connections from
/// that moment), stop() closes the socket, lets in-flight requests finish and joins every
/// thread; the destructor stops. Call every member from one thread (e.g. a Qt controller's);
/// requests are answered on the server's own threads. Models are published through the
/// ModelCatalog (thread-safe), which must outlive the server.
class HttpServer
{
public:
    explicit HttpServer(const ModelCatalog &catalog);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Validates `options`, binds and starts serving; returns the bound port. Fails with
    /// InvalidArgument (already running, port outside 0..65535, a limit outside its range,
    /// a non-loopback host without allowRemote or without a token, a malformed token, a "*"
    /// CORS origin) or IoError (the address cannot be bound, e.g. port in use).
    Result<int> start(const ServerOptions &options);
    /// Stops serving and joins the threads; returns at once when not running.
    void stop();
    bool isRunning() const;
    /// The bound port, 0 when not running.
    int port() const;
    /// "http://127.0.0.1:PORT" (IPv6 hosts in brackets); empty when not running.
    std::string url() const;

    /// True for the addresses that only this machine can reach: 127.0.0.0/8, ::1, "localhost".
    static bool isLoopback(std::string_view host);

private:
    struct State;

    const ModelCatalog &m_catalog;
    std::unique_ptr<State> m_state;
};

} // namespace ewb::core
