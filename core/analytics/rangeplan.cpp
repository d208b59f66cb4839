#include "rangeplan.h"

#include "timegrid.h"

using namespace Qt::StringLiterals;

namespace Analytics {

namespace {

ReportError invalid(const QString &code, const QString &message)
{
    return ReportError{ReportError::Kind::InvalidInput, code, message};
}

// Day number (days since 1970-01-01, a Thursday) → days since the Monday of its week.
qint64 daysSinceMonday(qint64 day)
{
    return ((day + 3) % 7 + 7) % 7;
}

} // namespace

QDateTime ReportRange::from() const
{
    return QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
}

QDateTime ReportRange::to() const
{
    return QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
}

Util::Result<ReportRange, ReportError> resolveRange(
    const RangeRequest &request, const QDateTime &now)
{
    if (request.tzOffsetMinutes < MIN_TZ_OFFSET_MINUTES
        || request.tzOffsetMinutes > MAX_TZ_OFFSET_MINUTES || request.tzOffsetMinutes % 60 != 0)
        return Util::fail(invalid(u"invalid_parameter"_s,
            u"\"tz\" is the UTC offset in minutes, a whole number of hours from -720 to 840"
            " (180 for East Africa Time)"_s));
    ReportRange range;
    range.tzOffsetMinutes = request.tzOffsetMinutes;
    range.toMs = request.to ? request.to->toMSecsSinceEpoch() : now.toMSecsSinceEpoch();
    range.fromMs = request.from ? request.from->toMSecsSinceEpoch()
                                : range.toMs - DEFAULT_RANGE_DAYS * DAY_MS;
    if (range.fromMs > range.toMs)
        return Util::fail(invalid(u"invalid_range"_s, u"\"from\" is after \"to\""_s));
    if (range.toMs - range.fromMs > MAX_RANGE_DAYS * DAY_MS)
        return Util::fail(invalid(u"invalid_range"_s,
            u"The range is longer than %1 days: ask for less at a time"_s.arg(MAX_RANGE_DAYS)));
    return range;
}

std::optional<Bucket> bucketFromName(const QString &name)
{
    if (name == u"hour"_s)
        return Bucket::Hour;
    if (name == u"day"_s)
        return Bucket::Day;
    if (name == u"week"_s)
        return Bucket::Week;
    return std::nullopt;
}

QString bucketName(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Hour:
        return u"hour"_s;
    case Bucket::Day:
        return u"day"_s;
    case Bucket::Week:
        break;
    }
    return u"week"_s;
}

Util::Result<BucketGrid, ReportError> bucketGrid(const ReportRange &range, Bucket bucket)
{
    const qint64 offsetMs = qint64(range.tzOffsetMinutes) * 60'000;
    const qint64 localFrom = range.fromMs + offsetMs;
    BucketGrid grid;
    switch (bucket) {
    case Bucket::Hour:
        grid.bucketMs = HOUR_MS;
        grid.originMs = floorTo(localFrom, HOUR_MS) - offsetMs;
        break;
    case Bucket::Day:
        grid.bucketMs = DAY_MS;
        grid.originMs = floorTo(localFrom, DAY_MS) - offsetMs;
        break;
    case Bucket::Week: {
        grid.bucketMs = WEEK_MS;
        const qint64 localDay = floorTo(localFrom, DAY_MS) / DAY_MS;
        grid.originMs = (localDay - daysSinceMonday(localDay)) * DAY_MS - offsetMs;
        break;
    }
    }
    const qint64 count = range.toMs <= range.fromMs
        ? 0
        : (range.toMs - grid.originMs + grid.bucketMs - 1) / grid.bucketMs;
    if (count > MAX_BUCKETS)
        return Util::fail(invalid(u"invalid_range"_s,
            u"That is %1 buckets of a %2; at most %3 fit in one answer: ask for a shorter range"
            " or a longer bucket"_s.arg(count)
                .arg(bucketName(bucket))
                .arg(MAX_BUCKETS)));
    grid.count = int(count);
    return grid;
}

QList<Span> planSpans(qint64 fromMs, qint64 toMs, bool useHours, bool useDays)
{
    using Storage::RollupLevel;
    QList<Span> spans;
    const auto add = [&spans](RollupLevel level, qint64 from, qint64 to) {
        if (from < to)
            spans.append({level, from, to});
    };
    const qint64 firstHour = ceilTo(fromMs, HOUR_MS);
    const qint64 lastHour = floorTo(toMs, HOUR_MS);
    if (!useHours || firstHour >= lastHour) {
        add(RollupLevel::Calls, fromMs, toMs);
        return spans;
    }
    add(RollupLevel::Calls, fromMs, firstHour);
    const qint64 firstDay = ceilTo(fromMs, DAY_MS);
    const qint64 lastDay = floorTo(toMs, DAY_MS);
    if (useDays && firstDay < lastDay) {
        add(RollupLevel::Hours, firstHour, firstDay);
        add(RollupLevel::Days, firstDay, lastDay);
        add(RollupLevel::Hours, lastDay, lastHour);
    } else {
        add(RollupLevel::Hours, firstHour, lastHour);
    }
    add(RollupLevel::Calls, lastHour, toMs);
    return spans;
}

} // namespace Analytics
