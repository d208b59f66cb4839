#pragma once

// analyticsbench's measurements over a seeded history: each analytics endpoint timed warm,
// in-process (Analytics::Reports and the JSON, what the handler runs) and end to end over HTTP
// against a real Hub::HubServer; the plain GROUP BY over the calls table and the agent state
// log that the rollups and the state sums replace; and SQLite's query plans for all of them.

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bench {

struct AnalyticsTiming
{
    QString what; // "call volume by day, 90 days"
    QString who; // "supervisor", "agent"
    QString request; // the path and query, for the report
    double medianMs = 0;
    double maxMs = 0;
    double httpMedianMs = 0;
    double httpMaxMs = 0;
    qint64 answerBytes = 0;
};

struct BaselineTiming
{
    QString what;
    QString sql;
    double medianMs = 0;
    double maxMs = 0;
    int runs = 0;
};

struct AnalyticsMeasurements
{
    QList<AnalyticsTiming> endpoints;
    QList<BaselineTiming> baselines;
    QStringList plans; // "table: plan", one line each
    QStringList tableRows; // "analytics_days: 43,210 rows"
    bool agreesWithCalls = false; // the summary equals a count over the calls table
    QString agreement; // what was compared
    bool statesAgree = false; // time in state equals a plain GROUP BY over the state log
    QString stateAgreement;
};

// `dataDir` holds simu.db seeded by seedAnalyticsHistory; ranges end shortly before `endsAt`.
Util::Result<AnalyticsMeasurements, QString> measureAnalytics(
    const QString &dataDir, const QDateTime &endsAt, int runs, int baselineRuns);

} // namespace Bench
