#include "reports.h"

#include "timegrid.h"
#include "util/clock.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace Analytics {

namespace {

ReportError storageError(const Storage::StorageError &error)
{
    return ReportError{ReportError::Kind::Storage, u"storage_unavailable"_s, error.message};
}

void addCost(CostByCurrency &cost, const Storage::RollupRow &row)
{
    if (row.currency.isEmpty())
        return;
    const Storage::RollupMeasures &m = row.measures;
    cost[row.currency] += ExactAmount::fromParts(m.costUnits, m.costNanos, m.costAttos);
}

} // namespace

Reports::Reports(Storage::RollupReader &reader, CatchUp catchUp, const Util::IClock &clock)
    : m_reader(reader)
    , m_catchUp(std::move(catchUp))
    , m_clock(clock)
{}

Util::Result<ReportRange, ReportError> Reports::range(const RangeRequest &request) const
{
    return resolveRange(request, m_clock.now());
}

QString Reports::visibleAgent(const Auth::Identity &user)
{
    return Auth::canSeeAllCalls(user.role) ? QString() : user.username;
}

Util::Result<void, ReportError> Reports::catchUp()
{
    if (!m_catchUp)
        return {};
    if (const auto done = m_catchUp(); !done)
        return Util::fail(storageError(done.error()));
    return {};
}

Util::Result<void, ReportError> Reports::sumOverPlan(Storage::RollupQuery query,
    const QList<Span> &plan,
    const std::function<void(const Storage::RollupRow &)> &take)
{
    for (const Span &span : plan) {
        query.level = span.level;
        query.fromMs = span.fromMs;
        query.toMs = span.toMs;
        const auto rows = m_reader.sums(query);
        if (!rows)
            return Util::fail(storageError(rows.error()));
        for (const Storage::RollupRow &row : *rows)
            take(row);
    }
    return {};
}

Util::Result<Volume, ReportError> Reports::callVolume(
    const Auth::Identity &user, const ReportRange &range, Bucket bucket, const QString &direction)
{
    const auto grid = bucketGrid(range, bucket);
    if (!grid)
        return Util::fail(grid.error());
    if (auto caughtUp = catchUp(); !caughtUp)
        return Util::fail(caughtUp.error());
    Volume volume;
    volume.range = range;
    volume.bucket = bucket;
    volume.direction = direction;
    for (int i = 0; i < grid->count; ++i)
        volume.series.append(VolumePoint{grid->originMs + i * grid->bucketMs, 0, 0, 0, 0, {}});

    // A level can answer only where every bucket edge is on its grid.
    const bool useHours = grid->originMs % HOUR_MS == 0;
    const bool useDays = bucket != Bucket::Hour && grid->originMs % DAY_MS == 0;
    Storage::RollupQuery query;
    query.agent = visibleAgent(user);
    query.direction = direction;
    query.bucketOriginMs = grid->originMs;
    query.bucketMs = grid->bucketMs;
    query.byDirection = true;
    const auto summed = sumOverPlan(query,
        planSpans(range.fromMs, range.toMs, useHours, useDays),
        [&volume](const Storage::RollupRow &row) {
            if (row.bucket < 0 || row.bucket >= volume.series.size())
                return; // cannot happen: every row is inside the range
            VolumePoint &point = volume.series[row.bucket];
            point.calls += row.measures.calls;
            point.answered += row.measures.answered;
            if (row.direction == u"inbound"_s)
                point.inbound += row.measures.calls;
            else if (row.direction == u"outbound"_s)
                point.outbound += row.measures.calls;
            for (int i = 0; i < Storage::ROLLUP_OUTCOME_COUNT; ++i)
                point.outcomes[Storage::rollupOutcomes().at(i)] += row.measures.outcomes[i];
        });
    if (!summed)
        return Util::fail(summed.error());
    return volume;
}

Util::Result<AgentPerformance, ReportError> Reports::agentPerformance(
    const Auth::Identity &user, const ReportRange &range)
{
    if (auto caughtUp = catchUp(); !caughtUp)
        return Util::fail(caughtUp.error());
    QMap<QString, AgentFigures> byAgent;
    const QString only = visibleAgent(user);
    if (!only.isEmpty())
        byAgent.insert(only, AgentFigures{only, {}, {}});
    Storage::RollupQuery query;
    query.agent = only;
    query.byAgent = true;
    query.byCurrency = true;
    const auto summed = sumOverPlan(query,
        planSpans(range.fromMs, range.toMs, true, true),
        [&byAgent](const Storage::RollupRow &row) {
            if (row.agent.isEmpty())
                return; // nobody took these calls
            AgentFigures &figures = byAgent[row.agent];
            figures.agent = row.agent;
            figures.sums += row.measures;
            addCost(figures.cost, row);
        });
    if (!summed)
        return Util::fail(summed.error());
    AgentPerformance performance;
    performance.range = range;
    performance.agents = byAgent.values();
    return performance;
}

Util::Result<DurationStats, ReportError> Reports::durationStats(
    const Auth::Identity &user, const ReportRange &range, const QString &agent)
{
    const QString only = visibleAgent(user);
    if (!only.isEmpty() && !agent.isEmpty() && agent != only)
        return Util::fail(ReportError{ReportError::Kind::Forbidden,
            u"forbidden"_s,
            u"Agents see only their own figures: leave \"agent\" out, or name yourself."_s});
    if (auto caughtUp = catchUp(); !caughtUp)
        return Util::fail(caughtUp.error());
    DurationStats stats;
    stats.range = range;
    stats.agent = only.isEmpty() ? agent : only;

    // Whole days from the daily histograms, the hours at either end from the call rows.
    const qint64 firstDay = ceilTo(range.fromMs, DAY_MS);
    const qint64 lastDay = std::max(firstDay, floorTo(range.toMs, DAY_MS));
    QList<std::pair<qint64, qint64>> fromCalls;
    if (firstDay < lastDay) {
        const auto blobs = m_reader.dayHistograms(firstDay, lastDay, stats.agent);
        if (!blobs)
            return Util::fail(storageError(blobs.error()));
        for (const QByteArray &blob : *blobs) {
            if (const auto merged = stats.histogram.mergeEncoded(blob); !merged)
                qCWarning(lcHub).noquote()
                    << "a damaged duration histogram is left out:" << merged.error();
        }
        fromCalls = {{range.fromMs, firstDay}, {lastDay, range.toMs}};
    } else {
        fromCalls = {{range.fromMs, range.toMs}};
    }
    for (const auto &[from, to] : fromCalls) {
        if (from >= to)
            continue;
        const auto durations = m_reader.callDurations(from, to, stats.agent);
        if (!durations)
            return Util::fail(storageError(durations.error()));
        for (const auto &[seconds, calls] : *durations)
            stats.histogram.add(seconds, calls);
    }
    return stats;
}

Util::Result<Summary, ReportError> Reports::summary(
    const Auth::Identity &user, const ReportRange &range)
{
    if (auto caughtUp = catchUp(); !caughtUp)
        return Util::fail(caughtUp.error());
    Summary summary;
    summary.range = range;
    Storage::RollupQuery query;
    query.agent = visibleAgent(user);
    query.byDirection = true;
    query.byCurrency = true;
    const auto summed = sumOverPlan(query,
        planSpans(range.fromMs, range.toMs, true, true),
        [&summary](const Storage::RollupRow &row) {
            summary.all += row.measures;
            if (row.direction == u"inbound"_s)
                summary.inbound += row.measures;
            else if (row.direction == u"outbound"_s)
                summary.outbound += row.measures;
            addCost(summary.cost, row);
        });
    if (!summed)
        return Util::fail(summed.error());
    return summary;
}

} // namespace Analytics
