#include "consolemapwatch.h"

#include "wire.h"

#include <chrono>

#ifdef CONSOLEBENCH_HAVE_XCB
#include <cstdlib>
#include <poll.h>
#include <xcb/xcb.h>
#endif

using namespace Qt::StringLiterals;

namespace Bench {

#ifdef CONSOLEBENCH_HAVE_XCB

struct WindowMapWatch::Connection
{
    xcb_connection_t *xcb = nullptr;
    ~Connection()
    {
        if (xcb)
            xcb_disconnect(xcb);
    }
};

Util::Result<std::unique_ptr<WindowMapWatch>, QString> WindowMapWatch::start()
{
    auto connection = std::make_unique<Connection>();
    int screenNumber = 0;
    connection->xcb = xcb_connect(nullptr, &screenNumber);
    if (!connection->xcb || xcb_connection_has_error(connection->xcb))
        return Util::fail(u"cannot open the X display \"%1\": run the bench under xvfb-run "
                          "(make bench-console does)"_s.arg(qEnvironmentVariable("DISPLAY")));
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection->xcb));
    for (int i = 0; i < screenNumber && screens.rem > 0; ++i)
        xcb_screen_next(&screens);
    if (screens.rem <= 0)
        return Util::fail(u"the X display has no screen %1"_s.arg(screenNumber));
    const xcb_window_t root = screens.data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    // Checked, so the server has applied the mask before the program is launched.
    xcb_generic_error_t *error = xcb_request_check(connection->xcb,
        xcb_change_window_attributes_checked(connection->xcb, root, XCB_CW_EVENT_MASK, &mask));
    if (error) {
        std::free(error);
        return Util::fail(u"the X server refused to report new windows"_s);
    }
    std::unique_ptr<WindowMapWatch> watch(new WindowMapWatch(std::move(connection)));
    watch->m_thread = std::thread([raw = watch.get()] { raw->watch(); });
    return watch;
}

void WindowMapWatch::watch()
{
    pollfd descriptor{xcb_get_file_descriptor(m_connection->xcb), POLLIN, 0};
    while (!m_stop.load()) {
        while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection->xcb)) {
            const qint64 now = monotonicNs();
            const bool mapped = (event->response_type & 0x7f) == XCB_MAP_NOTIFY
                && !reinterpret_cast<xcb_map_notify_event_t *>(event)->override_redirect;
            std::free(event);
            if (mapped && m_mappedAt.load() < 0)
                m_mappedAt.store(now);
        }
        if (xcb_connection_has_error(m_connection->xcb))
            return;
        poll(&descriptor, 1, 20); // wakes to notice m_stop
    }
}

#else

struct WindowMapWatch::Connection
{};

Util::Result<std::unique_ptr<WindowMapWatch>, QString> WindowMapWatch::start()
{
    return Util::fail(u"consolebench was built without libxcb: it cannot see windows appear"_s);
}

void WindowMapWatch::watch() {}

#endif

WindowMapWatch::WindowMapWatch(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{}

WindowMapWatch::~WindowMapWatch()
{
    m_stop.store(true);
    if (m_thread.joinable())
        m_thread.join();
}

qint64 WindowMapWatch::mappedAtNs(int waitMs) const
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
    while (m_mappedAt.load() < 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return m_mappedAt.load();
}

} // namespace Bench
