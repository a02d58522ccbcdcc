#include "app/cli/interrupt.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <unistd.h>

namespace ewb::cli {

namespace {

// A signal handler may only touch lock-free atomics; a watcher thread turns the flag into a
// std::stop_source request (request_stop is not async-signal-safe).
std::atomic<int> g_signals { 0 };
std::stop_source g_stop;

extern "C" void onSignal(int)
{
    if (g_signals.fetch_add(1) >= 1)
        _exit(130);
}

} // namespace

void Interrupt::install()
{
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    std::thread([] {
        while (g_signals.load() == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        g_stop.request_stop();
    }).detach();
}

std::stop_token Interrupt::token()
{
    return g_stop.get_token();
}

bool Interrupt::requested()
{
    return g_signals.load() > 0;
}

} // namespace ewb::cli
