#pragma once

// The JSON of the analytics answers (documented in resources/api/openapi.json and
// docs/api.md). Times are UTC ISO 8601 with milliseconds, like every time in the API; money is
// an exact decimal string per currency code ({"KES": "1234.5"}); averages are seconds rounded
// to hundredths, null when there is nothing to average.

#include "analytics/reports.h"

#include <QJsonObject>
#include <QList>

namespace Analytics {

// The bins of the duration histogram, in seconds: 0-30, 30-60, 60-120, 120-300, 300-600, 600+.
const QList<int> &durationBinEdges();

// "no_answer" -> "noAnswer": the key of a final state in a volume bucket.
QString outcomeKey(const QString &stateApiName);

QJsonObject toJson(const Volume &volume);
QJsonObject toJson(const AgentPerformance &performance);
QJsonObject toJson(const DurationStats &stats);
QJsonObject toJson(const Summary &summary);

} // namespace Analytics
