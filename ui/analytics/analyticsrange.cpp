#include "analyticsrange.h"

#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ui::AnalyticsRange {

namespace {

constexpr qint64 HOUR_BUCKETS_UP_TO_DAYS = 2;
constexpr qint64 DAY_BUCKETS_UP_TO_DAYS = 62;
constexpr qint64 MS_PER_DAY = 24LL * 60 * 60 * 1000;

} // namespace

Range rangeFor(Preset preset, const QDateTime &now, const QDate &customFrom, const QDate &customTo)
{
    const QDate today = now.toLocalTime().date();
    switch (preset) {
    case Preset::Today:
        return {today.startOfDay(), today.addDays(1).startOfDay()};
    case Preset::Yesterday:
        return {today.addDays(-1).startOfDay(), today.startOfDay()};
    case Preset::Last7Days:
        return {today.addDays(-6).startOfDay(), today.addDays(1).startOfDay()};
    case Preset::Last30Days:
        return {today.addDays(-29).startOfDay(), today.addDays(1).startOfDay()};
    case Preset::ThisMonth:
        return {QDate(today.year(), today.month(), 1).startOfDay(), today.addDays(1).startOfDay()};
    case Preset::Custom:
        break;
    }
    // Backwards dates stay backwards (to the day), so the hub refuses them rather than
    // answering an empty day.
    if (customFrom > customTo)
        return {customFrom.startOfDay(), customTo.startOfDay()};
    return {customFrom.startOfDay(), customTo.addDays(1).startOfDay()};
}

QString automaticBucket(const Range &range)
{
    const qint64 span = range.from.msecsTo(range.to);
    if (span <= HOUR_BUCKETS_UP_TO_DAYS * MS_PER_DAY)
        return u"hour"_s;
    if (span <= DAY_BUCKETS_UP_TO_DAYS * MS_PER_DAY)
        return u"day"_s;
    return u"week"_s;
}

int tzOffsetMinutes(const QDateTime &at)
{
    const int seconds = at.toLocalTime().offsetFromUtc();
    const int hours = int(std::lround(double(seconds) / 3600.0));
    return qBound(-12, hours, 14) * 60;
}

} // namespace Ui::AnalyticsRange
