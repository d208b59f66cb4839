#pragma once

// The time side of an analytics request: the range (with its defaults and limits), the buckets
// of a time series (hour, day or week, aligned to a fixed UTC offset), and the plan that splits
// a range into the pieces each rollup level can answer:
//
//   |from .. whole hour|whole hours .. whole day|whole days ...|.. whole hours|.. to|
//    per-call rows       hourly sums             daily sums     hourly sums    per-call rows
//
// so a query reads a few hundred rollup rows and at most two hours of calls, whatever the
// range, and the answer is still exact to the millisecond of `from` and `to`.

#include "storage/rollupreader.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Analytics {

struct ReportError
{
    enum class Kind {
        InvalidInput, // 400
        Forbidden, // 403
        Storage, // 503
    };
    Kind kind = Kind::InvalidInput;
    QString code; // "invalid_range", "invalid_parameter", "forbidden", "storage_unavailable"
    QString message;
};

inline constexpr int DEFAULT_RANGE_DAYS = 7;
inline constexpr int MAX_RANGE_DAYS = 400;
inline constexpr int MAX_BUCKETS = 1000; // about 41 days of hours
inline constexpr int MIN_TZ_OFFSET_MINUTES = -12 * 60;
inline constexpr int MAX_TZ_OFFSET_MINUTES = 14 * 60;

struct RangeRequest
{
    std::optional<QDateTime> from; // unset: `to` minus 7 days
    std::optional<QDateTime> to; // unset: now
    int tzOffsetMinutes = 0;
};

// Calls created in [fromMs, toMs), UTC milliseconds.
struct ReportRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int tzOffsetMinutes = 0; // where days and weeks start: local midnight at this UTC offset

    QDateTime from() const;
    QDateTime to() const;
};

// Fills in the defaults and checks the limits: from after to, more than 400 days, or an offset
// that is not a whole number of hours between -12 and +14 is refused.
Util::Result<ReportRange, ReportError> resolveRange(
    const RangeRequest &request, const QDateTime &now);

enum class Bucket { Hour, Day, Week };
std::optional<Bucket> bucketFromName(const QString &name); // "hour", "day", "week"
QString bucketName(Bucket bucket);

// The series' buckets: the first starts at or before `from` (a local midnight for days, a local
// Monday midnight for weeks), each bucketMs long; `count` of them reach `to`.
struct BucketGrid
{
    qint64 originMs = 0;
    qint64 bucketMs = 0;
    int count = 0;
};

// Refused when the series would have more than MAX_BUCKETS buckets.
Util::Result<BucketGrid, ReportError> bucketGrid(const ReportRange &range, Bucket bucket);

struct Span
{
    Storage::RollupLevel level = Storage::RollupLevel::Calls;
    qint64 fromMs = 0;
    qint64 toMs = 0;

    friend bool operator==(const Span &, const Span &) = default;
};

// [fromMs, toMs) as pieces, in time order: whole days from the daily sums when `useDays`,
// whole hours from the hourly sums when `useHours`, the rest from the per-call rows. (A series
// may use a level only where its buckets start on that level's grid.)
QList<Span> planSpans(qint64 fromMs, qint64 toMs, bool useHours, bool useDays);

} // namespace Analytics
