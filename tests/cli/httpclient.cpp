#include "httpclient.h"

// cpp-httplib is third-party code that does not build clean under our warning flags.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <httplib.h>
#pragma GCC diagnostic pop

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>

namespace ewb::test {

std::string HttpReply::header(const std::string &name) const
{
    const auto lower = [](std::string text) {
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return text;
    };
    for (const auto &[key, value] : headers) {
        if (lower(key) == lower(name))
            return value;
    }
    return {};
}

HttpReply httpRequest(int port, const std::string &method, const std::string &target,
                      const HttpHeaders &headers, const std::string &body,
                      const std::string &contentType)
{
    httplib::Client client("127.0.0.1", port);
    client.set_url_encode(false);
    client.set_connection_timeout(10, 0);
    client.set_read_timeout(20, 0);
    client.set_write_timeout(20, 0);
    httplib::Request request;
    request.method = method;
    request.path = target;
    for (const auto &[name, value] : headers)
        request.headers.emplace(name, value);
    if (!body.empty()) {
        request.body = body;
        if (!contentType.empty())
            request.headers.emplace("Content-Type", contentType);
    }
    HttpReply reply;
    const auto result = client.send(request);
    if (!result) {
        reply.error = httplib::to_string(result.error());
        return reply;
    }
    reply.status = result->status;
    reply.body = result->body;
    reply.headers.assign(result->headers.begin(), result->headers.end());
    return reply;
}

std::string rawExchange(int port, const std::string &bytes)
{
    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    if (socket < 0)
        return {};
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // Reads until the answer is complete (headers plus Content-Length bytes) or the server
    // closes; the writing side stays open, since a half-closed connection races with the
    // server's own close.
    timeval timeout {};
    timeout.tv_sec = 10;
    ::setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::string answer;
    if (::connect(socket, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0
        && ::send(socket, bytes.data(), bytes.size(), MSG_NOSIGNAL)
            == static_cast<ssize_t>(bytes.size())) {
        char buffer[4096];
        ssize_t got = 0;
        while ((got = ::recv(socket, buffer, sizeof buffer, 0)) > 0) {
            answer.append(buffer, static_cast<std::size_t>(got));
            const auto end = answer.find("\r\n\r\n");
            const auto length = answer.find("Content-Length: ");
            if (end != std::string::npos && length != std::string::npos && length < end) {
                const auto size = std::stoul(answer.substr(length + 16));
                if (answer.size() >= end + 4 + size)
                    break;
            }
        }
    }
    ::close(socket);
    return answer;
}

} // namespace ewb::test
