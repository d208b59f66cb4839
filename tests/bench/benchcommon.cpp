#include "benchcommon.h"

#include "wire.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Bench {

double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').constFirst().toDouble();
}

double waitForQuiet(double maxSeconds)
{
    constexpr double SAMPLE_SECONDS = 2;
    constexpr double QUIET_CORES = 0.25;
    QElapsedTimer waited;
    waited.start();
    while (double(waited.elapsed()) / 1000 < maxSeconds) {
        const double before = machineBusySeconds() - processCpuSeconds();
        QThread::msleep(quint64(SAMPLE_SECONDS * 1000));
        const double others = machineBusySeconds() - processCpuSeconds() - before;
        if (others / SAMPLE_SECONDS < QUIET_CORES)
            break;
    }
    return double(waited.elapsed()) / 1000;
}

Util::Result<QJsonObject, QString> runJsonChild(
    const QString &program, const QStringList &arguments, int limitSeconds, const QString &what)
{
    QProcess child;
    child.setProgram(program);
    child.setArguments(arguments);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&child, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, [&child, &loop] {
        child.kill();
        loop.quit();
    });
    limit.start(limitSeconds * 1000);
    child.start();
    loop.exec(); // a hub in this process serves the child's requests from this loop
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(5000);
        return Util::fail(u"%1 did not finish within %2 s"_s.arg(what).arg(limitSeconds));
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        // errorString() only says something when the process could not start or crashed.
        const QString why = child.error() == QProcess::UnknownError
            ? QString()
            : u": %1"_s.arg(child.errorString());
        return Util::fail(u"%1 failed (exit %2)%3"_s.arg(what).arg(child.exitCode()).arg(why));
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(lines.constLast(), &error);
    if (!json.isObject())
        return Util::fail(u"%1 printed no JSON: %2"_s.arg(what, error.errorString()));
    return json.object();
}

QJsonObject toJson(const Percentiles &p)
{
    return {{u"count"_s, p.count},
        {u"p50"_s, p.p50Ms},
        {u"p90"_s, p.p90Ms},
        {u"p99"_s, p.p99Ms},
        {u"p999"_s, p.p999Ms},
        {u"max"_s, p.maxMs},
        {u"mean"_s, p.meanMs}};
}

Percentiles percentilesFromJson(const QJsonObject &json)
{
    Percentiles p;
    p.count = json.value(u"count"_s).toInteger();
    p.p50Ms = json.value(u"p50"_s).toDouble();
    p.p90Ms = json.value(u"p90"_s).toDouble();
    p.p99Ms = json.value(u"p99"_s).toDouble();
    p.p999Ms = json.value(u"p999"_s).toDouble();
    p.maxMs = json.value(u"max"_s).toDouble();
    p.meanMs = json.value(u"mean"_s).toDouble();
    return p;
}

QString formatNumber(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

} // namespace Bench
