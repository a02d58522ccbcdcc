#pragma once

#include <QString>

#include <chrono>

namespace ewb::cli {

/// A one-line progress bar with ETA on stderr, drawn only when stderr is a terminal (so logs and
/// pipes stay clean). Redraws at most 10 times a second.
class TerminalProgress {
public:
    TerminalProgress();
    ~TerminalProgress();

    bool enabled() const { return m_enabled; }
    /// fraction in [0,1]; etaSeconds < 0 when unknown; text is shown after the bar.
    void update(double fraction, double etaSeconds, const QString &text);
    /// Clears the line so that the next output starts on a clean line.
    void finish();

private:
    bool m_enabled = false;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_last;
};

} // namespace ewb::cli
