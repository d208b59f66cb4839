// HubClient's analytics requests (GET /api/analytics/...) and the recordings' management
// (download into the hub, its status, deletion), with the readers of their answers.

#include "calls/calljson.h"
#include "hubclientprivate.h"
#include "jsonfield.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Client {

namespace {

// A count: a whole number, 0 or more.
Util::Result<qint64, QString> countAt(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != double(qint64(number)))
        return wrongField(key, u"a whole number, 0 or more"_s);
    return qint64(number);
}

// A number that may be null (an average over nothing).
Util::Result<std::optional<double>, QString> optionalNumberAt(
    const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isNull() || value.isUndefined())
        return std::optional<double>();
    if (!value.isDouble())
        return wrongField(key, u"a number or null"_s);
    return std::optional<double>(value.toDouble());
}

Util::Result<QDateTime, QString> timeAt(const QJsonObject &json, const QString &key)
{
    const QDateTime time = QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return wrongField(key, u"an ISO 8601 time"_s);
    return time;
}

// {"KES": "12.40", ...}: exact decimal strings, kept as text.
Util::Result<CostByCurrency, QString> costAt(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return CostByCurrency();
    if (!value.isObject())
        return wrongField(key, u"an object of amounts per currency"_s);
    CostByCurrency cost;
    const QJsonObject amounts = value.toObject();
    for (auto it = amounts.begin(); it != amounts.end(); ++it) {
        if (!it.value().isString())
            return wrongField(key + u'.' + it.key(), u"an amount written as a string"_s);
        cost.insert(it.key(), it.value().toString());
    }
    return cost;
}

// Reads several counts at once into the fields given; the first wrong one is the error.
Util::Result<void, QString> readCounts(
    const QJsonObject &json, std::initializer_list<std::pair<const char16_t *, qint64 *>> fields)
{
    for (const auto &[key, field] : fields) {
        const auto value = countAt(json, QString::fromUtf16(key));
        if (!value)
            return Util::fail(value.error());
        *field = *value;
    }
    return {};
}

Util::Result<void, QString> readRange(const QJsonObject &json, QDateTime &from, QDateTime &to)
{
    const auto start = timeAt(json, u"from"_s);
    if (!start)
        return Util::fail(start.error());
    const auto end = timeAt(json, u"to"_s);
    if (!end)
        return Util::fail(end.error());
    from = *start;
    to = *end;
    return {};
}

Util::Result<QJsonArray, QString> arrayAt(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return wrongField(key, u"a list"_s);
    return value.toArray();
}

Util::Result<CallVolume, QString> callVolumeFromJson(const QJsonObject &json)
{
    CallVolume volume;
    volume.bucket = json.value(u"bucket"_s).toString();
    volume.direction = json.value(u"direction"_s).toString();
    if (const auto range = readRange(json, volume.from, volume.to); !range)
        return Util::fail(range.error());
    const auto series = arrayAt(json, u"series"_s);
    if (!series)
        return Util::fail(series.error());
    static const QSet<QString> notOutcomes{
        u"start"_s, u"calls"_s, u"inbound"_s, u"outbound"_s, u"answered"_s, u"notAnswered"_s};
    for (const QJsonValue &item : *series) {
        const QJsonObject object = item.toObject();
        VolumePoint point;
        const auto start = timeAt(object, u"start"_s);
        if (!start)
            return Util::fail(u"\"series\": "_s + start.error());
        point.start = *start;
        const auto counts = readCounts(object,
            {{u"calls", &point.calls},
                {u"inbound", &point.inbound},
                {u"outbound", &point.outbound},
                {u"answered", &point.answered},
                {u"notAnswered", &point.notAnswered}});
        if (!counts)
            return Util::fail(u"\"series\": "_s + counts.error());
        // Every other number is an outcome ("completed", "noAnswer", ...): new outcomes a
        // newer hub adds show up without a new console.
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!notOutcomes.contains(it.key()) && it.value().isDouble())
                point.outcomes.insert(it.key(), qint64(it.value().toDouble()));
        }
        volume.series.append(point);
    }
    return volume;
}

// "time_in_state" (or "timeInState"): seconds per agent state; absent on older hubs.
Util::Result<QMap<QString, qint64>, QString> timeInStateFrom(const QJsonObject &json)
{
    QJsonValue value = json.value(u"time_in_state"_s);
    if (value.isUndefined())
        value = json.value(u"timeInState"_s);
    QMap<QString, qint64> seconds;
    if (value.isUndefined() || value.isNull())
        return seconds;
    if (!value.isObject())
        return wrongField(u"time_in_state"_s, u"an object of seconds per state"_s);
    const QJsonObject states = value.toObject();
    for (auto it = states.begin(); it != states.end(); ++it) {
        // Whole seconds are expected; a fraction is rounded rather than refusing the figures.
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            return Util::fail(u"\"time_in_state\": "_s
                + wrongField(it.key(), u"a number of seconds, 0 or more"_s).error);
        seconds.insert(it.key(), std::llround(it.value().toDouble()));
    }
    return seconds;
}

Util::Result<AgentPerformance, QString> agentPerformanceFromJson(const QJsonObject &json)
{
    AgentPerformance performance;
    if (const auto range = readRange(json, performance.from, performance.to); !range)
        return Util::fail(range.error());
    const auto agents = arrayAt(json, u"agents"_s);
    if (!agents)
        return Util::fail(agents.error());
    for (const QJsonValue &item : *agents) {
        const QJsonObject object = item.toObject();
        AgentFigures figures;
        figures.agent = object.value(u"agent"_s).toString();
        if (figures.agent.isEmpty())
            return Util::fail(u"\"agents\": "_s + wrongField(u"agent"_s, u"a username"_s).error);
        const auto counts = readCounts(object,
            {{u"calls", &figures.calls},
                {u"answered", &figures.answered},
                {u"talkSeconds", &figures.talkSeconds}});
        const auto handle = optionalNumberAt(object, u"averageHandleSeconds"_s);
        const auto answer = optionalNumberAt(object, u"averageSpeedOfAnswerSeconds"_s);
        const auto cost = costAt(object, u"cost"_s);
        const auto states = timeInStateFrom(object);
        const QString error = !counts ? counts.error()
            : !handle                 ? handle.error()
            : !answer                 ? answer.error()
            : !cost                   ? cost.error()
            : !states                 ? states.error()
                                      : QString();
        if (!error.isEmpty())
            return Util::fail(u"\"agents\" (%1): %2"_s.arg(figures.agent, error));
        figures.averageHandleSeconds = *handle;
        figures.averageSpeedOfAnswerSeconds = *answer;
        figures.cost = *cost;
        figures.timeInState = *states;
        performance.agents.append(figures);
    }
    return performance;
}

std::optional<qint64> optionalCount(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

Util::Result<DurationStats, QString> durationStatsFromJson(const QJsonObject &json)
{
    DurationStats stats;
    const auto count = countAt(json, u"count"_s);
    if (!count)
        return Util::fail(count.error());
    stats.count = *count;
    const auto mean = optionalNumberAt(json, u"meanSeconds"_s);
    if (!mean)
        return Util::fail(mean.error());
    const auto median = optionalNumberAt(json, u"medianSeconds"_s);
    if (!median)
        return Util::fail(median.error());
    stats.meanSeconds = *mean;
    stats.medianSeconds = *median;
    stats.p90Seconds = optionalCount(json.value(u"p90Seconds"_s));
    stats.maxSeconds = optionalCount(json.value(u"maxSeconds"_s));
    const auto bins = arrayAt(json, u"histogram"_s);
    if (!bins)
        return Util::fail(bins.error());
    for (const QJsonValue &item : *bins) {
        const QJsonObject object = item.toObject();
        DurationBin bin;
        const auto counts
            = readCounts(object, {{u"fromSeconds", &bin.fromSeconds}, {u"count", &bin.count}});
        if (!counts)
            return Util::fail(u"\"histogram\": "_s + counts.error());
        bin.toSeconds = optionalCount(object.value(u"toSeconds"_s));
        stats.histogram.append(bin);
    }
    return stats;
}

Util::Result<AnalyticsSummary, QString> summaryFromJson(const QJsonObject &json)
{
    AnalyticsSummary summary;
    if (const auto range = readRange(json, summary.from, summary.to); !range)
        return Util::fail(range.error());
    const auto counts = readCounts(json,
        {{u"calls", &summary.calls},
            {u"answered", &summary.answered},
            {u"notAnswered", &summary.notAnswered},
            {u"inbound", &summary.inbound},
            {u"outbound", &summary.outbound},
            {u"talkSeconds", &summary.talkSeconds}});
    if (!counts)
        return Util::fail(counts.error());
    const QJsonObject abandonment = json.value(u"abandonment"_s).toObject();
    const auto abandoned = countAt(abandonment, u"count"_s);
    if (!abandoned)
        return Util::fail(u"\"abandonment\": "_s + abandoned.error());
    const auto rate = optionalNumberAt(abandonment, u"rate"_s);
    if (!rate)
        return Util::fail(u"\"abandonment\": "_s + rate.error());
    summary.abandoned = *abandoned;
    summary.abandonmentRate = *rate;
    const auto cost = costAt(json, u"cost"_s);
    if (!cost)
        return Util::fail(cost.error());
    summary.cost = *cost;
    return summary;
}

Util::Result<RecordingStatus, QString> recordingStatusFromJson(const QJsonObject &json)
{
    RecordingStatus status;
    status.sessionId = json.value(u"sessionId"_s).toString();
    status.state = json.value(u"state"_s).toString();
    if (status.state.isEmpty())
        return wrongField(u"state"_s, u"a recording state"_s);
    status.bytes = qint64(json.value(u"bytes"_s).toDouble());
    status.sha256 = json.value(u"sha256"_s).toString();
    if (json.value(u"progress"_s).isDouble())
        status.progress = json.value(u"progress"_s).toDouble();
    status.receivedBytes = qint64(json.value(u"receivedBytes"_s).toDouble());
    status.attempts = json.value(u"attempts"_s).toInt();
    status.error = json.value(u"error"_s).toString();
    status.downloadedAt
        = QDateTime::fromString(json.value(u"downloadedAt"_s).toString(), Qt::ISODateWithMs);
    status.deletedAt
        = QDateTime::fromString(json.value(u"deletedAt"_s).toString(), Qt::ISODateWithMs);
    status.deletedBy = json.value(u"deletedBy"_s).toString();
    return status;
}

QUrlQuery analyticsQueryItems(const AnalyticsQuery &query, bool isVolume, bool isDurations)
{
    QUrlQuery items;
    const auto add = [&items](const QString &key, const QString &value) {
        if (!value.isEmpty())
            items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (query.from.isValid())
        add(u"from"_s, Calls::isoTime(query.from));
    if (query.to.isValid())
        add(u"to"_s, Calls::isoTime(query.to));
    if (isVolume) {
        add(u"bucket"_s, query.bucket);
        add(u"direction"_s, query.direction);
        if (query.tzOffsetMinutes != 0)
            add(u"tz"_s, QString::number(query.tzOffsetMinutes));
    }
    if (isDurations)
        add(u"agent"_s, query.agent);
    return items;
}

QString recordingPath(const QString &sessionId, const QString &tail = QString())
{
    return u"/api/calls/%1/recording"_s.arg(pathSegment(sessionId)) + tail;
}

} // namespace

void HubClient::callVolume(const AnalyticsQuery &query, Reply<CallVolume> reply)
{
    d->fetch<CallVolume>("GET",
        u"/api/analytics/call-volume"_s,
        analyticsQueryItems(query, true, false),
        std::nullopt,
        callVolumeFromJson,
        std::move(reply));
}

void HubClient::agentPerformance(const AnalyticsQuery &query, Reply<AgentPerformance> reply)
{
    d->fetch<AgentPerformance>("GET",
        u"/api/analytics/agent-performance"_s,
        analyticsQueryItems(query, false, false),
        std::nullopt,
        agentPerformanceFromJson,
        std::move(reply));
}

void HubClient::callDurationStats(const AnalyticsQuery &query, Reply<DurationStats> reply)
{
    d->fetch<DurationStats>("GET",
        u"/api/analytics/call-duration-stats"_s,
        analyticsQueryItems(query, false, true),
        std::nullopt,
        durationStatsFromJson,
        std::move(reply));
}

void HubClient::analyticsSummary(const AnalyticsQuery &query, Reply<AnalyticsSummary> reply)
{
    d->fetch<AnalyticsSummary>("GET",
        u"/api/analytics/summary"_s,
        analyticsQueryItems(query, false, false),
        std::nullopt,
        summaryFromJson,
        std::move(reply));
}

void HubClient::downloadRecording(const QString &sessionId, Reply<RecordingStatus> reply)
{
    d->fetch<RecordingStatus>("POST",
        recordingPath(sessionId, u"/download"_s),
        {},
        QJsonObject(),
        recordingStatusFromJson,
        std::move(reply));
}

void HubClient::recordingStatus(const QString &sessionId, Reply<RecordingStatus> reply)
{
    d->fetch<RecordingStatus>("GET",
        recordingPath(sessionId, u"/status"_s),
        {},
        std::nullopt,
        recordingStatusFromJson,
        std::move(reply));
}

void HubClient::deleteRecording(const QString &sessionId, Reply<RecordingStatus> reply)
{
    d->fetch<RecordingStatus>("DELETE",
        recordingPath(sessionId),
        {},
        std::nullopt,
        recordingStatusFromJson,
        std::move(reply));
}

} // namespace Client
