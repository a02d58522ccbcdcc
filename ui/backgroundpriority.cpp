#include "ui/backgroundpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ewb::ui {

void BackgroundPriority::applyToCurrentThread()
{
#ifdef Q_OS_LINUX
    // On Linux nice values are per thread (PRIO_PROCESS with a thread id), unlike POSIX says.
    constexpr int kNice = 10;
    const auto tid = static_cast<id_t>(gettid());
    (void)setpriority(PRIO_PROCESS, tid, kNice);
#endif
}

} // namespace ewb::ui
