#pragma once

// How fast the desktop app shows its window, and what it holds while idle: launches the real
// `simu` as a user who chose "connect to a hub on the LAN" would (a settings file of its own
// under a private HOME), with SIMU_STARTUP_PROBE=1 so it says when its first window was
// exposed, and watches the X server for its window being mapped. Two seconds after the window
// appears it reads the process's resident memory at the login screen, then ends it.

#include "consoleresults.h"
#include "util/result.h"

#include <QString>
#include <QUrl>

namespace Bench {

struct StartupOptions
{
    QString simu; // the executable
    QUrl hub; // the hub it is set to reach (running; nothing is asked of it before login)
    QString home; // an empty folder: the user's HOME for this launch
    int idleMs = 2000;
    int limitMs = 20000; // no window by then: the launch failed
};

Util::Result<StartupFigures, QString> measureStartup(const StartupOptions &options);

} // namespace Bench
