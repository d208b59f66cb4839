#include "consoleresults.h"

#include "benchcommon.h"

#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Bench {

QJsonObject toJson(const UiFigures &f)
{
    return {{u"samples"_s, f.samples},
        {u"longestStallMs"_s, f.longestStallMs},
        {u"p99StallMs"_s, f.p99StallMs},
        {u"p50GapMs"_s, f.p50GapMs},
        {u"stallsOver16Ms"_s, f.stallsOver16Ms},
        {u"uiThreadCpuSeconds"_s, f.uiThreadCpuSeconds},
        {u"processCpuSeconds"_s, f.processCpuSeconds},
        {u"windowSeconds"_s, f.windowSeconds},
        {u"snapshotSeq"_s, f.snapshotSeq},
        {u"lastSeq"_s, f.lastSeq},
        {u"eventsReceived"_s, f.eventsReceived},
        {u"eventsInWindow"_s, f.eventsInWindow},
        {u"seqGaps"_s, f.seqGaps},
        {u"modelRows"_s, f.modelRows},
        {u"liveRows"_s, f.liveRows},
        {u"countersLive"_s, f.countersLive},
        {u"counterChanges"_s, f.counterChanges},
        {u"countersText"_s, f.countersText},
        {u"readyRssKb"_s, f.readyRssKb},
        {u"rssKb"_s, f.rssKb},
        {u"hwmKb"_s, f.hwmKb},
        {u"heapInUseKb"_s, f.heapInUseKb},
        {u"heapFreeKb"_s, f.heapFreeKb},
        {u"loginMs"_s, f.loginMs}};
}

UiFigures uiFiguresFromJson(const QJsonObject &json)
{
    UiFigures f;
    f.samples = json.value(u"samples"_s).toInteger();
    f.longestStallMs = json.value(u"longestStallMs"_s).toDouble();
    f.p99StallMs = json.value(u"p99StallMs"_s).toDouble();
    f.p50GapMs = json.value(u"p50GapMs"_s).toDouble();
    f.stallsOver16Ms = json.value(u"stallsOver16Ms"_s).toInteger();
    f.uiThreadCpuSeconds = json.value(u"uiThreadCpuSeconds"_s).toDouble();
    f.processCpuSeconds = json.value(u"processCpuSeconds"_s).toDouble();
    f.windowSeconds = json.value(u"windowSeconds"_s).toDouble();
    f.snapshotSeq = json.value(u"snapshotSeq"_s).toInteger();
    f.lastSeq = json.value(u"lastSeq"_s).toInteger();
    f.eventsReceived = json.value(u"eventsReceived"_s).toInteger();
    f.eventsInWindow = json.value(u"eventsInWindow"_s).toInteger();
    f.seqGaps = json.value(u"seqGaps"_s).toInteger();
    f.modelRows = json.value(u"modelRows"_s).toInt();
    f.liveRows = json.value(u"liveRows"_s).toInt();
    f.countersLive = json.value(u"countersLive"_s).toInt(-1);
    f.counterChanges = json.value(u"counterChanges"_s).toInteger();
    f.countersText = json.value(u"countersText"_s).toString();
    f.readyRssKb = json.value(u"readyRssKb"_s).toInteger();
    f.rssKb = json.value(u"rssKb"_s).toInteger();
    f.hwmKb = json.value(u"hwmKb"_s).toInteger();
    f.heapInUseKb = json.value(u"heapInUseKb"_s).toInteger();
    f.heapFreeKb = json.value(u"heapFreeKb"_s).toInteger();
    f.loginMs = json.value(u"loginMs"_s).toDouble();
    return f;
}

QJsonObject toJson(const ConsoleLoadFigures &f)
{
    return {{u"windowStartNs"_s, f.windowStartNs},
        {u"windowEndNs"_s, f.windowEndNs},
        {u"sent"_s, f.sent},
        {u"answered200"_s, f.answered200},
        {u"ringsOk"_s, f.ringsOk},
        {u"endsOk"_s, f.endsOk},
        {u"answeredOther"_s, f.answeredOther},
        {u"connectionErrors"_s, f.connectionErrors},
        {u"inWindow"_s, f.inWindow},
        {u"maxLagMs"_s, f.maxLagMs},
        {u"latency"_s, toJson(f.latency)},
        {u"cpuSeconds"_s, f.cpuSeconds},
        {u"wallSeconds"_s, f.wallSeconds},
        {u"firstProblem"_s, f.firstProblem}};
}

ConsoleLoadFigures consoleLoadFromJson(const QJsonObject &json)
{
    ConsoleLoadFigures f;
    f.windowStartNs = json.value(u"windowStartNs"_s).toInteger();
    f.windowEndNs = json.value(u"windowEndNs"_s).toInteger();
    f.sent = json.value(u"sent"_s).toInteger();
    f.answered200 = json.value(u"answered200"_s).toInteger();
    f.ringsOk = json.value(u"ringsOk"_s).toInteger();
    f.endsOk = json.value(u"endsOk"_s).toInteger();
    f.answeredOther = json.value(u"answeredOther"_s).toInteger();
    f.connectionErrors = json.value(u"connectionErrors"_s).toInteger();
    f.inWindow = json.value(u"inWindow"_s).toInteger();
    f.maxLagMs = json.value(u"maxLagMs"_s).toDouble();
    f.latency = percentilesFromJson(json.value(u"latency"_s).toObject());
    f.cpuSeconds = json.value(u"cpuSeconds"_s).toDouble();
    f.wallSeconds = json.value(u"wallSeconds"_s).toDouble();
    f.firstProblem = json.value(u"firstProblem"_s).toString();
    return f;
}

ResidentMemory residentMemory(const QString &pid)
{
    ResidentMemory memory;
    // /proc files report a size of 0: read them whole.
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return memory;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        if (fields.at(0) == "VmRSS:")
            memory.rssKb = fields.at(1).toLongLong();
        else if (fields.at(0) == "VmHWM:")
            memory.hwmKb = fields.at(1).toLongLong();
    }
    return memory;
}

double processCpuSecondsOf(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = file.readAll();
    // The command name is in parentheses and may hold spaces: count fields after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ... utime(11) stime(12), in clock ticks.
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace Bench
