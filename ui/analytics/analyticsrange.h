#pragma once

// The time side of the Analytics view: what "Today", "Last 7 days" or "This month" mean in
// the user's own days (local midnights), the bucket that suits a range (hours for a day or
// two, days up to about two months, weeks beyond), and the UTC offset the hub should start its
// days at. Pure functions of the date and time given, so every rule is testable.

#include <QDateTime>
#include <QString>

namespace Ui::AnalyticsRange {

enum class Preset { Today, Yesterday, Last7Days, Last30Days, ThisMonth, Custom };

struct Range
{
    QDateTime from; // inclusive
    QDateTime to; // exclusive
};

// [from, to) for the preset, in local whole days around `now`; Custom takes the dates given
// (both days included). A custom range with from after to is returned as it is: the hub says
// what is wrong with it, as it would to any client.
Range rangeFor(
    Preset preset, const QDateTime &now, const QDate &customFrom = {}, const QDate &customTo = {});

// "hour" up to 2 days, "day" up to 62 days, "week" beyond.
QString automaticBucket(const Range &range);

// The local UTC offset at `at` in minutes, as the hub takes it (a whole number of hours in
// -720..840); half-hour zones round to the nearest hour.
int tzOffsetMinutes(const QDateTime &at);

} // namespace Ui::AnalyticsRange
