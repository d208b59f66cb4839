#pragma once

// How the Analytics view writes its figures: bucket starts, outcomes, agent states, histogram
// bins, averages and money. Shared by the tables, the charts and the tiles so they agree.

#include "client/analyticsresults.h"

#include <QString>

#include <optional>

namespace Ui::AnalyticsFormat {

// A bucket's start for people: "14:00" (hours: "Mon 24 Nov 14:00"), "Mon 24 Nov", "w/c 24 Nov".
QString bucketLabel(const QDateTime &start, const QString &bucket, bool withDay = true);
// The chart axis' date format for a bucket size (QDateTime::toString).
QString axisFormat(const QString &bucket);
// "noAnswer" -> "No answer" (translated); an outcome this console does not know, as sent.
QString outcomeLabel(const QString &key);
// The outcomes in the order people read them: completed first, then the ways calls fail.
QStringList orderedOutcomes(const QStringList &keys);
// "available" -> "Available"; "after_call_work" -> "After-call work".
const QStringList &agentStates();
// "0:00–0:30", "10:00+".
QString binLabel(const Client::DurationBin &bin);
// A whole count in the user's locale.
QString count(qint64 value);
// An average in seconds as "m:ss"; "—" when there is nothing to average.
QString averageSeconds(const std::optional<double> &seconds);
// "12.5%"; "—" without a rate.
QString percent(const std::optional<double> &ratio);
// "KES 12.41" per currency, one per line (the exact amounts in `exact`, for a tooltip).
QString money(const Client::CostByCurrency &cost, QString *exact = nullptr);

} // namespace Ui::AnalyticsFormat
