#include "app/cli/terminalprogress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace ewb::cli {

TerminalProgress::TerminalProgress()
    : m_enabled(isatty(STDERR_FILENO) != 0)
{
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

static QString formatDuration(double seconds)
{
    if (!(seconds >= 0) || !std::isfinite(seconds))
        return QStringLiteral("--:--");
    const auto total = static_cast<long long>(std::llround(seconds));
    const long long h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void TerminalProgress::update(double fraction, double etaSeconds, const QString &text)
{
    if (!m_enabled)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (m_drawn && now - m_last < std::chrono::milliseconds(100) && fraction < 1.0)
        return;
    m_last = now;
    constexpr int width = 30;
    const double f = std::clamp(fraction, 0.0, 1.0);
    const int filled = static_cast<int>(f * width);
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    const QString line = QStringLiteral("\r[%1] %2% ETA %3 %4\x1b[K")
                                 .arg(bar)
                                 .arg(f * 100.0, 5, 'f', 1)
                                 .arg(formatDuration(etaSeconds), text);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (m_enabled && m_drawn) {
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace ewb::cli
