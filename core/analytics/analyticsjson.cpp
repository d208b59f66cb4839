#include "analyticsjson.h"

#include "calls/calljson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Analytics {

namespace {

QJsonValue rounded(std::optional<double> value, int decimals = 2)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}

QJsonObject costJson(const CostByCurrency &cost)
{
    QJsonObject out;
    for (auto it = cost.begin(); it != cost.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

void putRange(QJsonObject &out, const ReportRange &range)
{
    out.insert(u"from"_s, Calls::isoTime(range.from()));
    out.insert(u"to"_s, Calls::isoTime(range.to()));
}

} // namespace

const QList<int> &durationBinEdges()
{
    static const QList<int> edges = {0, 30, 60, 120, 300, 600};
    return edges;
}

QString outcomeKey(const QString &stateApiName)
{
    QString key;
    bool upper = false;
    for (const QChar c : stateApiName) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        key += upper ? c.toUpper() : c;
        upper = false;
    }
    return key;
}

QJsonObject toJson(const Volume &volume)
{
    QJsonArray series;
    for (const VolumePoint &point : volume.series) {
        QJsonObject item{
            {u"start"_s, Calls::isoTime(QDateTime::fromMSecsSinceEpoch(point.startMs, Qt::UTC))},
            {u"calls"_s, point.calls},
            {u"inbound"_s, point.inbound},
            {u"outbound"_s, point.outbound},
            {u"answered"_s, point.answered},
            {u"notAnswered"_s, point.calls - point.answered}};
        for (const QString &outcome : Storage::rollupOutcomes())
            item.insert(outcomeKey(outcome), point.outcomes.value(outcome));
        series.append(item);
    }
    QJsonObject out{{u"bucket"_s, bucketName(volume.bucket)},
        {u"tz"_s, volume.range.tzOffsetMinutes},
        {u"direction"_s,
            volume.direction.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(volume.direction)},
        {u"series"_s, series}};
    putRange(out, volume.range);
    return out;
}

QJsonObject toJson(const AgentPerformance &performance)
{
    QJsonArray agents;
    for (const AgentFigures &figures : performance.agents) {
        const Storage::RollupMeasures &m = figures.sums;
        const auto averageWaitMs = ratio(m.answerWaitMs, m.answerWaits);
        agents.append(QJsonObject{{u"agent"_s, figures.agent},
            {u"calls"_s, m.calls},
            {u"answered"_s, m.answered},
            {u"talkSeconds"_s, m.talkSeconds},
            {u"averageHandleSeconds"_s, rounded(ratio(m.handleSeconds, m.answered))},
            {u"averageSpeedOfAnswerSeconds"_s,
                rounded(
                    averageWaitMs ? std::optional<double>(*averageWaitMs / 1000.0) : std::nullopt)},
            {u"cost"_s, costJson(figures.cost)}});
    }
    QJsonObject out{{u"agents"_s, agents}};
    putRange(out, performance.range);
    return out;
}

QJsonObject toJson(const DurationStats &stats)
{
    const DurationHistogram &h = stats.histogram;
    QJsonArray bins;
    for (const HistogramBin &bin : h.bins(durationBinEdges())) {
        bins.append(QJsonObject{{u"fromSeconds"_s, bin.fromSeconds},
            {u"toSeconds"_s, bin.toSeconds ? QJsonValue(*bin.toSeconds) : QJsonValue()},
            {u"count"_s, bin.count}});
    }
    const auto p90 = h.percentile(90);
    const auto max = h.max();
    QJsonObject out{{u"agent"_s, stats.agent.isEmpty() ? QJsonValue() : QJsonValue(stats.agent)},
        {u"count"_s, h.count()},
        {u"meanSeconds"_s, rounded(h.mean())},
        {u"medianSeconds"_s, rounded(h.median(), 1)},
        {u"p90Seconds"_s, p90 ? QJsonValue(*p90) : QJsonValue()},
        {u"maxSeconds"_s, max ? QJsonValue(*max) : QJsonValue()},
        {u"histogram"_s, bins}};
    putRange(out, stats.range);
    return out;
}

QJsonObject toJson(const Summary &summary)
{
    const qint64 abandoned = summary.inbound.calls - summary.inbound.answered;
    QJsonObject out{{u"calls"_s, summary.all.calls},
        {u"answered"_s, summary.all.answered},
        {u"notAnswered"_s, summary.all.calls - summary.all.answered},
        {u"inbound"_s, summary.inbound.calls},
        {u"outbound"_s, summary.outbound.calls},
        {u"talkSeconds"_s, summary.all.talkSeconds},
        {u"abandonment"_s,
            QJsonObject{{u"count"_s, abandoned},
                {u"rate"_s, rounded(ratio(abandoned, summary.inbound.calls), 4)}}},
        {u"cost"_s, costJson(summary.cost)}};
    putRange(out, summary.range);
    return out;
}

} // namespace Analytics
