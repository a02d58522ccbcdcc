#include "core/serve/accesspolicy.h"

#include <algorithm>

namespace ewb::core {

namespace {

    char lower(char c)
    {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }

    bool equalsIgnoringCase(std::string_view a, std::string_view b)
    {
        return a.size() == b.size()
            && std::equal(a.begin(), a.end(), b.begin(),
                          [](char x, char y) { return lower(x) == lower(y); });
    }

} // namespace

AccessPolicy::AccessPolicy(ServiceOptions options) : m_options(std::move(options)) { }

bool AccessPolicy::constantTimeEquals(std::string_view provided, std::string_view expected)
{
    // Every byte of `expected` is visited whatever `provided` holds; the OR of differences
    // avoids an early exit.
    unsigned difference = provided.size() == expected.size() ? 0u : 1u;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto a = static_cast<unsigned char>(i < provided.size() ? provided[i] : 0);
        const auto b = static_cast<unsigned char>(expected[i]);
        difference |= static_cast<unsigned>(a ^ b);
    }
    return difference == 0;
}

bool AccessPolicy::hostAllowed(std::string_view host) const
{
    if (m_options.allowAnyHost)
        return true;
    return std::any_of(
        m_options.allowedHosts.begin(), m_options.allowedHosts.end(),
        [&](const std::string &allowed) { return equalsIgnoringCase(host, allowed); });
}

bool AccessPolicy::tokenAccepted(const ServiceRequest &request) const
{
    if (m_options.token.empty())
        return true;
    const std::string *authorization = request.header("Authorization");
    constexpr std::string_view scheme = "bearer ";
    if (!authorization || authorization->size() < scheme.size()
        || !equalsIgnoringCase(std::string_view(*authorization).substr(0, scheme.size()), scheme))
        return false;
    return constantTimeEquals(std::string_view(*authorization).substr(scheme.size()),
                              m_options.token);
}

std::optional<ServiceResponse> AccessPolicy::screen(const ServiceRequest &request) const
{
    const std::string *host = request.header("Host");
    const auto hosts
        = std::count_if(request.headers.begin(), request.headers.end(),
                        [](const auto &h) { return equalsIgnoringCase(h.first, "Host"); });
    if (!host || hosts != 1)
        return ServiceResponse::error(400, "missing-host",
                                      "the request must have exactly one Host header");
    if (!hostAllowed(*host))
        return ServiceResponse::error(421, "misdirected-request",
                                      "this server does not answer for the host named in the "
                                      "Host header");
    const std::string *origin = request.header("Origin");
    const bool fromAllowedOrigin = origin && !m_options.corsOrigin.empty()
        && equalsIgnoringCase(*origin, m_options.corsOrigin);
    if (origin && !fromAllowedOrigin)
        return ServiceResponse::error(403, "forbidden-origin",
                                      "requests from web pages of another origin are refused");
    if (fromAllowedOrigin && request.method == "OPTIONS") {
        ServiceResponse preflight;
        preflight.status = 204;
        preflight.headers = { { "Access-Control-Allow-Origin", m_options.corsOrigin },
                              { "Access-Control-Allow-Methods", "GET, POST" },
                              { "Access-Control-Allow-Headers", "Authorization, Content-Type" },
                              { "Access-Control-Max-Age", "600" },
                              { "Vary", "Origin" } };
        return preflight;
    }
    if (!tokenAccepted(request)) {
        auto refusal = ServiceResponse::error(401, "unauthorized",
                                              "a valid 'Authorization: Bearer <token>' header is "
                                              "required");
        refusal.headers.emplace_back("WWW-Authenticate", "Bearer");
        return refusal;
    }
    if (request.body.size() > m_options.maxBodyBytes)
        return ServiceResponse::error(413, "payload-too-large",
                                      "the request body of " + std::to_string(request.body.size())
                                          + " bytes exceeds the limit of "
                                          + std::to_string(m_options.maxBodyBytes));
    return std::nullopt;
}

void AccessPolicy::decorate(const ServiceRequest &request, ServiceResponse &response) const
{
    const std::string *origin = request.header("Origin");
    if (!origin || m_options.corsOrigin.empty()
        || !equalsIgnoringCase(*origin, m_options.corsOrigin))
        return;
    response.headers.emplace_back("Access-Control-Allow-Origin", m_options.corsOrigin);
    response.headers.emplace_back("Vary", "Origin");
}

} // namespace ewb::core
