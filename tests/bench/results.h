#pragma once

// The figures the load and probe processes hand back to the bench, as one JSON line on their
// standard output, and what one whole run (webhook phase + fan-out phase) measured.

#include "benchcommon.h"
#include "benchhub.h"
#include "fanoutprobe.h"
#include "webhookload.h"

#include <QJsonObject>

namespace Bench {

QJsonObject toJson(const WebhookLoadResult &r);
WebhookLoadResult webhookLoadFromJson(const QJsonObject &json);
QJsonObject toJson(const FanoutResult &r);
FanoutResult fanoutFromJson(const QJsonObject &json);

// What the bench was asked to do; the report repeats it next to the figures.
struct BenchSettings
{
    int runs = 3;
    int connections = 64;
    int sessionsPerConnection = 4;
    double warmupSeconds = 2;
    double seconds = 10;
    int subscribers = 1000;
    double fanoutRate = 20;
    double fanoutSeconds = 10;
    bool webhook = true;
    bool fanout = true;
    // Posts with a wrong secret: every callback is refused (403) before parsing or storage,
    // which measures the HTTP layer alone, the ceiling for the whole webhook.
    bool httpOnly = false;
    double quietWaitSeconds = 60; // before each phase, wait up to this for other work to calm
    QString dataRoot;
};

struct RunFigures
{
    WebhookLoadResult load;
    DurabilityCheck durability;
    double hubCpuSeconds = 0; // the hub process during the webhook phase
    double hubWallSeconds = 0;
    qint64 hubDiskBytes = 0; // what the hub wrote to storage during the webhook phase
    double loadAverage = 0; // 1-minute load average before the run
    double othersCpuSeconds = 0; // CPU that neither the hub nor its load used, webhook phase
    FanoutResult fanout;
    double fanoutHubCpuSeconds = 0;
    double fanoutWallSeconds = 0;
    double fanoutOthersCpuSeconds = 0;
    double waitedSeconds = 0; // for the machine to calm down before the phases
    bool fanoutRan = false;
    bool webhookRan = false;
};

} // namespace Bench
