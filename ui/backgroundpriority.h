#pragma once

namespace ewb::ui {

/// Lowers the scheduling priority of the calling thread (nice +10 on Linux; threads it starts
/// afterwards inherit it), so that training and corpus scans on every core never starve the
/// GUI thread: the window stays responsive while the work gets all the otherwise idle CPU.
/// Does nothing where per-thread priorities are not available.
class BackgroundPriority
{
public:
    static void applyToCurrentThread();
};

} // namespace ewb::ui
