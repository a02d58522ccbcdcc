#pragma once

#include <stop_token>

namespace ewb::cli {

/// Turns SIGINT and SIGTERM into a stop request that every long core loop observes, so Ctrl-C
/// cancels cleanly (no partial output). A second Ctrl-C exits at once.
class Interrupt {
public:
    /// Installs the handlers; call once from main.
    static void install();
    /// The token that becomes stop-requested on the first signal.
    static std::stop_token token();
    /// Whether a signal arrived.
    static bool requested();
};

} // namespace ewb::cli
