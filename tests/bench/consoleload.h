#pragma once

// The console bench's load: AT's callbacks at a steady rate, not as fast as possible. New
// inbound calls ring at half the rate (first notification, answered with ActionXML); once
// `liveCalls` are live, the oldest one ends for every new one (final notification: Completed,
// with cost, the agent's dial leg and a recording), so the hub holds `liveCalls` live calls
// and emits `updatesPerSecond` call events a second. When the load stops, the calls still
// live stay live. Raw sockets and epoll on a few keep-alive connections, one thread.

#include "consoleresults.h"
#include "util/result.h"

#include <QString>

namespace Bench {

struct ConsoleLoadOptions
{
    quint16 port = 0;
    QString secret;
    quint32 run = 1; // part of every session ID
    int liveCalls = 500;
    double updatesPerSecond = 200;
    double warmupSeconds = 65; // the window: [warm-up, warm-up + seconds) after the first send
    double seconds = 20;
    int connections = 8;
};

Util::Result<ConsoleLoadFigures, QString> runConsoleLoad(const ConsoleLoadOptions &options);

} // namespace Bench
