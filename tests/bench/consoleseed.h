#pragma once

// The console bench's hub data: a data folder as a centre's hub would have it after months of
// work — a supervisor, 20 agents with lines, and `historyCalls` ended calls in the calls
// table that GET /api/calls reads as history — written with the hub's own storage and auth
// code, then closed, so a `simu --headless` started on a copy of it finds them.

#include "util/result.h"

#include <QString>

namespace Bench {

inline const QString CONSOLE_SUPERVISOR = QStringLiteral("supervisor");
inline const QString CONSOLE_PASSWORD = QStringLiteral("console-bench-not-secret");

// Creates <dataDir>/simu.db. Takes seconds: run it in a process of its own, so the memory it
// uses is not counted against the console.
Util::Result<void, QString> seedConsoleData(const QString &dataDir, int historyCalls);

} // namespace Bench
