#pragma once

// Sees, from outside, when a program's window appears: a connection of its own to the X
// server ($DISPLAY) asks for the root window's SubstructureNotify events, and a thread notes
// the moment the first top-level window is mapped (menus and tooltips, which bypass the
// window manager, are left out). Under `xvfb-run -a` the display is the bench's alone, so the
// first window mapped after start() is the launched program's.

#include "util/result.h"

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace Bench {

class WindowMapWatch
{
public:
    // Fails when there is no X server (the bench must run under xvfb-run or on a desktop) or
    // when the bench was built without libxcb.
    static Util::Result<std::unique_ptr<WindowMapWatch>, QString> start();
    ~WindowMapWatch();
    WindowMapWatch(const WindowMapWatch &) = delete;
    WindowMapWatch &operator=(const WindowMapWatch &) = delete;

    // CLOCK_MONOTONIC of the first mapping, waiting up to `waitMs` for it; -1 if none.
    qint64 mappedAtNs(int waitMs) const;

private:
    struct Connection;
    explicit WindowMapWatch(std::unique_ptr<Connection> connection);
    void watch();

    std::unique_ptr<Connection> m_connection;
    std::atomic<qint64> m_mappedAt{-1};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace Bench
