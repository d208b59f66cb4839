#include "analyticsformat.h"

#include "models/callformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ui::AnalyticsFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ui::AnalyticsFormat", text);
}

const QStringList &knownOutcomes()
{
    static const QStringList keys{
        u"completed"_s, u"transferred"_s, u"noAnswer"_s, u"busy"_s, u"rejected"_s, u"failed"_s};
    return keys;
}

} // namespace

QString bucketLabel(const QDateTime &start, const QString &bucket, bool withDay)
{
    const QDateTime local = start.toLocalTime();
    const QLocale locale;
    if (bucket == u"hour"_s) {
        return withDay ? locale.toString(local, u"ddd d MMM HH:mm"_s)
                       : locale.toString(local, u"HH:mm"_s);
    }
    if (bucket == u"week"_s)
        return tr("week of %1").arg(locale.toString(local.date(), u"d MMM yyyy"_s));
    return locale.toString(local.date(), u"ddd d MMM yyyy"_s);
}

QString axisFormat(const QString &bucket)
{
    if (bucket == u"hour"_s)
        return u"ddd HH:mm"_s;
    return u"d MMM"_s;
}

QString outcomeLabel(const QString &key)
{
    if (key == u"completed"_s)
        return tr("Completed");
    if (key == u"noAnswer"_s)
        return tr("No answer");
    if (key == u"busy"_s)
        return tr("Busy");
    if (key == u"failed"_s)
        return tr("Failed");
    if (key == u"rejected"_s)
        return tr("Rejected");
    if (key == u"transferred"_s)
        return tr("Transferred");
    return key;
}

QStringList orderedOutcomes(const QStringList &keys)
{
    QStringList ordered;
    for (const QString &key : knownOutcomes()) {
        if (keys.contains(key))
            ordered << key;
    }
    for (const QString &key : keys) {
        if (!ordered.contains(key))
            ordered << key;
    }
    return ordered;
}

const QStringList &agentStates()
{
    static const QStringList states{u"available"_s, u"busy"_s, u"away"_s, u"after_call_work"_s};
    return states;
}

QString binLabel(const Client::DurationBin &bin)
{
    if (!bin.toSeconds)
        return u"%1+"_s.arg(CallFormat::duration(bin.fromSeconds));
    return u"%1–%2"_s.arg(
        CallFormat::duration(bin.fromSeconds), CallFormat::duration(*bin.toSeconds));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString averageSeconds(const std::optional<double> &seconds)
{
    if (!seconds)
        return u"—"_s;
    return CallFormat::duration(std::llround(*seconds));
}

QString percent(const std::optional<double> &ratio)
{
    if (!ratio)
        return u"—"_s;
    return QLocale().toString(*ratio * 100.0, 'f', 1) + u'%';
}

QString money(const Client::CostByCurrency &cost, QString *exact)
{
    QStringList shown;
    QStringList precise;
    for (auto it = cost.begin(); it != cost.end(); ++it) {
        shown << CallFormat::cost(it.value(), it.key()).text;
        precise << it.key() + u' ' + it.value();
    }
    if (exact)
        *exact = precise.join(u'\n');
    return shown.isEmpty() ? u"—"_s : shown.join(u'\n');
}

} // namespace Ui::AnalyticsFormat
