#pragma once

// The webhook load: N keep-alive connections, each a closed loop (send a callback, wait for
// the answer, send the next), for a warm-up and then a measured window. Each connection
// keeps a few calls open at once and walks each through its first notification and its
// final one, so the hub always holds connections x sessionsPerConnection live calls.

#include "stats.h"
#include "util/result.h"

#include <QString>

namespace Bench {

struct WebhookLoadOptions
{
    quint16 port = 0;
    QString secret;
    int connections = 64;
    int sessionsPerConnection = 4;
    double warmupSeconds = 2;
    double seconds = 10;
    quint32 run = 1; // part of every session ID, so runs never collide
    QString acksFile; // gets "<sessionId> <callbacks answered 200>" per call, when set
};

struct WebhookLoadResult
{
    qint64 sent = 0;
    qint64 answered200 = 0;
    qint64 answeredOther = 0; // any other status: not stored, by the hub's contract
    qint64 firstOk = 0; // Ringing notifications answered 200
    qint64 finalOk = 0; // Completed notifications answered 200
    qint64 xmlAnswers = 0; // 200s that carried ActionXML
    qint64 connectionErrors = 0; // requests lost to a broken or refused connection
    qint64 sessionsAcked = 0; // calls with at least one callback answered 200
    qint64 measured = 0; // requests completed inside the measured window
    double measuredSeconds = 0;
    double requestsPerSecond = 0;
    Percentiles latency; // of the measured requests, send to whole answer read
    double cpuSeconds = 0; // this load process, the whole run
    double wallSeconds = 0;
    QString firstProblem; // the first unexpected answer or error, for the report
};

Util::Result<WebhookLoadResult, QString> runWebhookLoad(const WebhookLoadOptions &options);

} // namespace Bench
