#pragma once

// Reads the analytics sums (schema.cpp, version 3) for one stretch of time at one level: the
// hourly or daily rollups, or the per-call rows for the minutes at the ends of a range. Which
// levels answer which part of a request is Analytics::RangePlan's business, not this file's.

#include "storage/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <utility>

namespace Storage {

class StatementCache;

enum class RollupLevel { Calls, Hours, Days };

// The outcomes (final states, Calls::apiName) counted separately, in the order of
// RollupMeasures::outcomes; each is a column of the rollup tables.
inline constexpr int ROLLUP_OUTCOME_COUNT = 6;
const QStringList &rollupOutcomes();

// Sums of calls. cost_* add up to an exact amount: Analytics::ExactAmount::fromParts.
struct RollupMeasures
{
    qint64 calls = 0;
    qint64 answered = 0;
    std::array<qint64, ROLLUP_OUTCOME_COUNT> outcomes{}; // calls per rollupOutcomes()
    qint64 talkSeconds = 0;
    qint64 handleSeconds = 0;
    qint64 answerWaitMs = 0;
    qint64 answerWaits = 0; // answered inbound calls with a known wait
    qint64 costUnits = 0;
    qint64 costNanos = 0;
    qint64 costAttos = 0;

    RollupMeasures &operator+=(const RollupMeasures &other);
    friend bool operator==(const RollupMeasures &, const RollupMeasures &) = default;
};

struct RollupQuery
{
    RollupLevel level = RollupLevel::Days;
    // Calls created in [fromMs, toMs). For Hours and Days, both must be on that level's grid.
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString agent; // only this agent's calls; empty = everyone's
    QString direction; // only this direction; empty = any

    // Grouping; what is not grouped is summed. bucketMs > 0 groups by
    // (time - bucketOriginMs) / bucketMs, which needs bucket edges on the level's grid.
    qint64 bucketOriginMs = 0;
    qint64 bucketMs = 0;
    bool byAgent = false;
    bool byDirection = false;
    bool byCurrency = false;
};

struct RollupRow
{
    qint64 bucket = 0; // 0 unless grouped by bucket
    QString agent; // each "" unless grouped by it
    QString direction;
    QString currency;
    RollupMeasures measures;
};

class RollupReader final
{
public:
    explicit RollupReader(Database &database);
    ~RollupReader();
    RollupReader(const RollupReader &) = delete;
    RollupReader &operator=(const RollupReader &) = delete;

    // One row per group that has calls (none when nothing matches).
    Util::Result<QList<RollupRow>, StorageError> sums(const RollupQuery &query);

    // The encoded duration histograms (Analytics::DurationHistogram) of the days starting in
    // [fromMs, toMs), one per (day, agent); only `agent`'s when it is not empty.
    Util::Result<QList<QByteArray>, StorageError> dayHistograms(
        qint64 fromMs, qint64 toMs, const QString &agent);
    // Answered calls created in [fromMs, toMs) with a known duration, as (seconds, calls).
    Util::Result<QList<std::pair<int, qint64>>, StorageError> callDurations(
        qint64 fromMs, qint64 toMs, const QString &agent);

private:
    std::unique_ptr<StatementCache> m_sql;
};

} // namespace Storage
