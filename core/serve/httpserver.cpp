#include "core/serve/httpserver.h"

#include "core/serve/modelcatalog.h"
#include "core/serve/modelservice.h"

// cpp-httplib is third-party code that does not build clean under our warning flags.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wuseless-cast"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <httplib.h>
#pragma GCC diagnostic pop

#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace ewb::core {

namespace {

    // httplib listens with a backlog of 5: a burst of 32 clients connecting at once would see
    // dropped SYNs and one-second retransmits. Listening again on the bound socket raises it.
    class Server : public httplib::Server
    {
    public:
        void raiseBacklog(int backlog) { ::listen(svr_sock_.load(), backlog); }
    };

    constexpr int listenBacklog = 128;

    bool isVisibleAscii(std::string_view text)
    {
        for (const char c : text) {
            if (c < 0x21 || c > 0x7E)
                return false;
        }
        return true;
    }

    Result<void> validate(const ServerOptions &options)
    {
        if (options.port < 0 || options.port > 65535)
            return fail(ErrorCode::InvalidArgument,
                        "port " + std::to_string(options.port) + " is outside 0..65535");
        if (options.host.empty())
            return fail(ErrorCode::InvalidArgument, "no address to bind");
        if (!HttpServer::isLoopback(options.host)) {
            if (!options.allowRemote)
                return fail(ErrorCode::InvalidArgument,
                            "binding " + options.host
                                + " makes the models reachable from other machines; it "
                                  "must be allowed explicitly");
            if (options.token.empty())
                return fail(ErrorCode::InvalidArgument,
                            "binding " + options.host + " requires a bearer token");
        }
        if (!options.token.empty()
            && (options.token.size() < 16 || options.token.size() > 256
                || !isVisibleAscii(options.token)))
            return fail(ErrorCode::InvalidArgument,
                        "the token must be 16 to 256 visible ASCII characters without spaces");
        if (options.corsOrigin == "*")
            return fail(ErrorCode::InvalidArgument,
                        "a wildcard CORS origin would let every web page query the models");
        if (options.threads < 1 || options.threads > 64)
            return fail(ErrorCode::InvalidArgument, "threads must be 1..64");
        if (options.maxBodyBytes < 1024 || options.maxBodyBytes > 16 * 1024 * 1024)
            return fail(ErrorCode::InvalidArgument, "the body limit must be 1 KiB..16 MiB");
        for (const int seconds : { options.readTimeoutSeconds, options.writeTimeoutSeconds,
                                   options.keepAliveSeconds }) {
            if (seconds < 1 || seconds > 60)
                return fail(ErrorCode::InvalidArgument, "timeouts must be 1..60 seconds");
        }
        if (options.keepAliveRequests < 1 || options.keepAliveRequests > 100'000)
            return fail(ErrorCode::InvalidArgument, "keep-alive requests must be 1..100000");
        return {};
    }

    std::string hostForUrl(const std::string &host)
    {
        return host.find(':') != std::string::npos ? "[" + host + "]" : host;
    }

    ServiceOptions serviceOptions(const ServerOptions &options, const std::string &host, int port)
    {
        ServiceOptions service;
        // Appended, not ":" + std::to_string(): GCC 12 warns falsely (-Wrestrict) on the latter.
        std::string suffix = ":";
        suffix += std::to_string(port);
        service.allowedHosts.push_back(hostForUrl(host) + suffix);
        if (HttpServer::isLoopback(host))
            service.allowedHosts.push_back("localhost" + suffix);
        if (port == 80) {
            // Clients omit the default port from Host.
            service.allowedHosts.push_back(hostForUrl(host));
            if (HttpServer::isLoopback(host))
                service.allowedHosts.push_back("localhost");
        }
        for (const auto &extra : options.extraHosts)
            service.allowedHosts.push_back(extra);
        // On a wildcard address the machine's names are unknown; the mandatory token guards.
        service.allowAnyHost = host == "0.0.0.0" || host == "::";
        service.token = options.token;
        service.corsOrigin = options.corsOrigin;
        service.maxBodyBytes = options.maxBodyBytes;
        return service;
    }

    std::string_view statusMessage(int status)
    {
        switch (status) {
        case 400:
            return "malformed HTTP request";
        case 404:
            return "no such resource; GET /openapi.json lists the routes";
        case 413:
            return "the request body exceeds the size limit";
        case 414:
            return "the request target is too long";
        default:
            return status >= 500 ? "internal error" : "request refused";
        }
    }

    void writeJsonError(httplib::Response &res, std::string_view code, std::string_view message)
    {
        res.set_content(ServiceResponse::error(res.status, code, message).body,
                        std::string(ServiceResponse::jsonContentType));
    }

} // namespace

struct HttpServer::State
{
    Server server;
    std::unique_ptr<ModelService> service;
    std::thread listener;
    std::string host;
    std::atomic<int> port { 0 };
};

HttpServer::HttpServer(const ModelCatalog &catalog) : m_catalog(catalog) { }

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::isLoopback(std::string_view host)
{
    return host == "localhost" || host == "::1" || host.starts_with("127.");
}

Result<int> HttpServer::start(const ServerOptions &options)
{
    if (m_state)
        return fail(ErrorCode::InvalidArgument, "the server is already running on " + url());
    if (auto valid = validate(options); !valid.ok())
        return valid.error();
    try {
        auto state = std::make_unique<State>();
        state->host = options.host == "localhost" ? "127.0.0.1" : options.host;
        auto &server = state->server;
        const std::size_t threads = options.threads;
        server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
        server.set_read_timeout(options.readTimeoutSeconds, 0);
        server.set_write_timeout(options.writeTimeoutSeconds, 0);
        server.set_keep_alive_timeout(options.keepAliveSeconds);
        server.set_keep_alive_max_count(options.keepAliveRequests);
        server.set_payload_max_length(options.maxBodyBytes);
        server.set_tcp_nodelay(true);

        const int port = options.port == 0
            ? server.bind_to_any_port(state->host)
            : (server.bind_to_port(state->host, options.port) ? options.port : -1);
        if (port <= 0)
            return fail(ErrorCode::IoError,
                        "cannot listen on " + hostForUrl(state->host) + ":"
                            + std::to_string(options.port) + ": " + std::strerror(errno));
        server.raiseBacklog(listenBacklog);
        state->port = port;
        state->service
            = std::make_unique<ModelService>(m_catalog, serviceOptions(options, state->host, port));

        const ModelService &service = *state->service;
        const auto handler = [&service](const httplib::Request &req, httplib::Response &res) {
            ServiceRequest request = ServiceRequest::fromTarget(req.method, req.target, req.body);
            request.headers.assign(req.headers.begin(), req.headers.end());
            const ServiceResponse response = service.handle(request);
            res.status = response.status;
            for (const auto &[name, value] : response.headers)
                res.set_header(name, value);
            if (!response.body.empty())
                res.set_content(response.body, response.contentType);
        };
        // Every path goes to the service, which routes on the raw target itself ([\s\S] also
        // matches the line breaks a decoded path may hold).
        const std::string everything = "[\\s\\S]*";
        server.Get(everything, handler);
        server.Post(everything, handler);
        server.Put(everything, handler);
        server.Patch(everything, handler);
        server.Delete(everything, handler);
        server.Options(everything, handler);
        server.set_error_handler(httplib::Server::HandlerWithResponse(
            [](const httplib::Request &, httplib::Response &res) {
                if (!res.body.empty())
                    return httplib::Server::HandlerResponse::Unhandled;
                const char *code = res.status == 413 ? "payload-too-large"
                    : res.status == 414              ? "uri-too-long"
                    : res.status == 404              ? "route-not-found"
                    : res.status >= 500              ? "internal"
                                                     : "bad-request";
                writeJsonError(res, code, statusMessage(res.status));
                return httplib::Server::HandlerResponse::Handled;
            }));
        server.set_exception_handler(
            [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
                res.status = 500;
                writeJsonError(res, "internal", "unexpected failure");
            });
        state->listener = std::thread([&server] { server.listen_after_bind(); });
        // httplib's stop() only acts once the accept loop runs; wait for it so that a stop()
        // right after start() cannot be lost (the socket already queues connections).
        while (!server.is_running() && server.is_valid())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        m_state = std::move(state);
        return port;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "out of memory starting the server");
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal, std::string("cannot start the server: ") + e.what());
    }
}

void HttpServer::stop()
{
    if (!m_state)
        return;
    m_state->server.stop();
    if (m_state->listener.joinable())
        m_state->listener.join();
    m_state.reset();
}

bool HttpServer::isRunning() const
{
    return m_state != nullptr;
}

int HttpServer::port() const
{
    return m_state ? m_state->port.load() : 0;
}

std::string HttpServer::url() const
{
    if (!m_state)
        return {};
    return "http://" + hostForUrl(m_state->host) + ":" + std::to_string(m_state->port.load());
}

} // namespace ewb::core
