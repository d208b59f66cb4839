#pragma once

// analyticsbench's history: a hub data folder whose simu.db holds N ended calls over D days,
// spread over A agents, both directions, every outcome, KES and UGX, written through the very
// code the hub's journal runs for the calls it writes behind (CallRepository::save for each of
// 50 calls, then Analytics::CallRollups::callsWritten for them), 5,000 calls a transaction.
// A folder seeded before with the same settings is reused. The agents' states over the same
// days go next to the calls (statelogseed.h), and are added to a folder seeded without them.

#include "statelogseed.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace Bench {

struct AnalyticsSeedSettings
{
    qint64 calls = 1'000'000;
    int days = 90;
    int agents = 20;
    quint32 seed = 20261125;
};

struct AnalyticsSeedResult
{
    bool reused = false;
    qint64 calls = 0;
    QDateTime endsAt; // the newest call's time; the queries' ranges end near it
    double seconds = 0; // the whole seeding
    double saveMicrosPerCall = 0; // CallRepository::save
    double rollupMicrosPerCall = 0; // CallRollups::callsWritten: the analytics' write cost
    qint64 fileBytes = 0;
    StateLogSeedResult states; // the agents' state changes over the same days
};

// Seeds (or reuses) `dataDir`/simu.db. Progress goes to stderr.
Util::Result<AnalyticsSeedResult, QString> seedAnalyticsHistory(
    const QString &dataDir, const AnalyticsSeedSettings &settings);

// What an upgrade from schema 2 costs at the hub's first start: empties the analytics tables
// and has Analytics::CallRollups::buildPending sum every stored call again; its seconds.
Util::Result<double, QString> rebuildAnalytics(const QString &dataDir);

} // namespace Bench
