#pragma once

#include "core/serve/serviceoptions.h"
#include "core/serve/servicerequest.h"
#include "core/serve/serviceresponse.h"

#include <optional>
#include <string_view>

namespace ewb::core {

/// The checks every request passes before routing, in this order: Host header (400 when
/// missing, 421 when foreign: DNS rebinding), Origin (403 unless it is the configured CORS
/// origin: cross-site requests from browsers), CORS preflight (answered 204 for the configured
/// origin, before the token because browsers send preflights without credentials), bearer
/// token (401), body size (413). Also adds the CORS headers to answers for the configured
/// origin. Immutable; thread-safe.
class AccessPolicy
{
public:
    explicit AccessPolicy(ServiceOptions options);

    /// The answer that ends the request early (a refusal or a preflight), or nothing when the
    /// request may be routed.
    std::optional<ServiceResponse> screen(const ServiceRequest &request) const;

    /// Adds Access-Control-Allow-Origin (and Vary) when the request comes from the configured
    /// origin; does nothing otherwise.
    void decorate(const ServiceRequest &request, ServiceResponse &response) const;

    const ServiceOptions &options() const { return m_options; }

    /// Compares two secrets in time that depends only on their lengths, not on where they
    /// differ, so the token cannot be guessed byte by byte from response times.
    static bool constantTimeEquals(std::string_view provided, std::string_view expected);

private:
    bool hostAllowed(std::string_view host) const;
    bool tokenAccepted(const ServiceRequest &request) const;

    ServiceOptions m_options;
};

} // namespace ewb::core
