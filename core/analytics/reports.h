#pragma once

// The analytics the hub answers (GET /api/analytics/...): call volume over time, figures per
// agent, call durations and a summary, for a time range and within what the user may see:
// supervisors and admins everyone's calls, an agent only their own.
//
// Every answer is a sum of per-call facts (callfacts.h), read from the rollups through a plan
// (rangeplan.h), after the write-behind has caught up, so it equals the same sum over the calls
// table. Live calls are not counted until they end.

#include "analytics/durationhistogram.h"
#include "analytics/exactamount.h"
#include "analytics/rangeplan.h"
#include "auth/identity.h"
#include "storage/rollupreader.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace Util {
class IClock;
}

namespace Analytics {

// Amounts per currency code, exact.
using CostByCurrency = QMap<QString, ExactAmount>;

struct VolumePoint
{
    qint64 startMs = 0;
    qint64 calls = 0;
    qint64 inbound = 0;
    qint64 outbound = 0;
    qint64 answered = 0;
    QMap<QString, qint64> outcomes; // final state (Calls::apiName) -> calls
};

struct Volume
{
    ReportRange range;
    Bucket bucket = Bucket::Day;
    QString direction; // "" = both
    QList<VolumePoint> series; // every bucket, empty ones included
};

struct AgentFigures
{
    QString agent;
    Storage::RollupMeasures sums;
    CostByCurrency cost;
};

struct AgentPerformance
{
    ReportRange range;
    QList<AgentFigures> agents; // by username
};

struct DurationStats
{
    ReportRange range;
    QString agent; // "" = everyone the user may see
    DurationHistogram histogram;
};

struct Summary
{
    ReportRange range;
    Storage::RollupMeasures all;
    Storage::RollupMeasures inbound;
    Storage::RollupMeasures outbound;
    CostByCurrency cost;
};

class Reports final
{
public:
    // Brings the sums up to date before each answer (the journal's write-behind).
    using CatchUp = std::function<Util::Result<void, Storage::StorageError>()>;

    Reports(Storage::RollupReader &reader, CatchUp catchUp, const Util::IClock &clock);

    // The range with its defaults filled in (now from the clock), or why it is refused.
    Util::Result<ReportRange, ReportError> range(const RangeRequest &request) const;

    // `direction`: "inbound", "outbound" or "" for both.
    Util::Result<Volume, ReportError> callVolume(const Auth::Identity &user,
        const ReportRange &range,
        Bucket bucket,
        const QString &direction);
    // Agents with calls in the range, by username; an agent gets exactly their own line.
    // Calls nobody took are in the summary, not here.
    Util::Result<AgentPerformance, ReportError> agentPerformance(
        const Auth::Identity &user, const ReportRange &range);
    // Answered calls with a known duration. `agent` narrows to one agent; an agent may only
    // name themselves (Forbidden otherwise).
    Util::Result<DurationStats, ReportError> durationStats(
        const Auth::Identity &user, const ReportRange &range, const QString &agent);
    Util::Result<Summary, ReportError> summary(
        const Auth::Identity &user, const ReportRange &range);

private:
    // The agent whose calls the user may see: "" for all (supervisors, admins).
    static QString visibleAgent(const Auth::Identity &user);
    // Runs `query` over every span of the plan, handing each row to `take`.
    Util::Result<void, ReportError> sumOverPlan(Storage::RollupQuery query,
        const QList<Span> &plan,
        const std::function<void(const Storage::RollupRow &)> &take);
    Util::Result<void, ReportError> catchUp();

    Storage::RollupReader &m_reader;
    CatchUp m_catchUp;
    const Util::IClock &m_clock;
};

} // namespace Analytics
