#pragma once

// The fan-out probe: opens N WebSocket subscribers on /api/calls/stream (supervisors, who
// see every call), waits until each has its "ready", then posts callbacks at a steady rate
// over one keep-alive connection and times how long each event takes to reach each
// subscriber. Arrival is the kernel's receive timestamp on the subscriber's socket
// (SO_TIMESTAMPNS), so the probe's own time to read 1,000 sockets is not counted against the
// hub; the time at which the probe actually read the frame is reported beside it.

#include "stats.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Bench {

struct FanoutOptions
{
    quint16 port = 0;
    QString secret;
    QStringList tokens; // one per subscriber, reused round-robin when fewer
    int subscribers = 1000;
    double rate = 20; // callbacks a second
    double seconds = 10;
    quint32 run = 1;
    int handshakesInFlight = 50; // the hub's listen backlog is small; do not flood it
};

struct FanoutResult
{
    int subscribed = 0; // subscribers that got "ready"
    double subscribeSeconds = 0; // to open them all
    qint64 posted = 0;
    qint64 postedOk = 0;
    qint64 expected = 0; // postedOk x subscribed
    qint64 delivered = 0; // events matched to a posted callback
    qint64 closedByHub = 0; // subscribers the hub dropped during the run
    bool kernelTimestamps = false; // false: arrival is the probe's read time
    Percentiles arrival; // callback sent -> event arrives at a subscriber's socket
    Percentiles readByProbe; // callback sent -> the probe has read and parsed the event
    Percentiles lastSubscriber; // per callback: until the last subscriber has it
    Percentiles webhook; // the posted callbacks' own answer times
    double cpuSeconds = 0; // this probe process
    QString firstProblem;
};

Util::Result<FanoutResult, QString> runFanout(const FanoutOptions &options);

} // namespace Bench
