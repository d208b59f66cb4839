#include "perfreport.h"

#include "benchcommon.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <sys/statfs.h>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr double TARGET_RPS = 30000;
constexpr double TARGET_P99_MS = 5;
constexpr double TARGET_FANOUT_P99_MS = 10;

QString readFirstMatch(const QString &path, const QString &prefix)
{
    // /proc files report a size of 0, so read them whole rather than line by line.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(line.indexOf(u':') + 1).trimmed();
    }
    return {};
}

QString fileSystemName(const QString &path)
{
    struct statfs info
    {};
    if (statfs(QFile::encodeName(path).constData(), &info) != 0)
        return u"unknown"_s;
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0xEF53:
        return u"ext4"_s;
    case 0x58465342:
        return u"xfs"_s;
    case 0x9123683E:
        return u"btrfs"_s;
    case 0x01021994:
        return u"tmpfs (memory: not a real disk)"_s;
    case 0x794c7630:
        return u"overlayfs"_s;
    default:
        return u"type 0x%1"_s.arg(static_cast<unsigned long>(info.f_type), 0, 16);
    }
}

QString ms(double value)
{
    return formatNumber(value, value < 10 ? 2 : 1) + u" ms"_s;
}

} // namespace

MachineInfo describeMachine(const QString &dataRoot)
{
    MachineInfo machine;
    machine.cpuModel = readFirstMatch(u"/proc/cpuinfo"_s, u"model name"_s);
    machine.cores = QThread::idealThreadCount();
    const double memoryKb
        = readFirstMatch(u"/proc/meminfo"_s, u"MemTotal"_s).section(u' ', 0, 0).toDouble();
    machine.memory = formatNumber(memoryKb / 1024 / 1024, 1) + u" GiB"_s;
    machine.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    machine.qtVersion = QString::fromLatin1(qVersion());
    machine.dataFileSystem = fileSystemName(dataRoot);
    return machine;
}

QString hubSection(const BenchSettings &settings,
    const QList<RunFigures> &runs,
    const MachineInfo &machine,
    bool *allMet)
{
    MedianTable<RunFigures> table(runs);
    const auto rps = [](double v) {
        return formatNumber(v, 0);
    };
    const auto pct = [](double v) -> QString {
        return formatNumber(v, 0) + u" %"_s;
    };
    const auto count = [](double v) {
        return formatNumber(v, 0);
    };
    const QString connections = QString::number(settings.connections);
    const QString subscribers = formatNumber(settings.subscribers, 0);

    if (settings.webhook) {
        table.row(
            u"callbacks a second, %1 connections"_s.arg(connections),
            u"≥ 30,000"_s,
            [](const RunFigures &r) { return r.load.requestsPerSecond; },
            rps,
            [](double v) { return v >= TARGET_RPS; });
        table.row(u"webhook latency p50"_s,
            {},
            [](const RunFigures &r) { return r.load.latency.p50Ms; },
            ms,
            {});
        table.row(u"webhook latency p90"_s,
            {},
            [](const RunFigures &r) { return r.load.latency.p90Ms; },
            ms,
            {});
        table.row(
            u"webhook latency p99"_s,
            u"< 5 ms"_s,
            [](const RunFigures &r) { return r.load.latency.p99Ms; },
            ms,
            [](double v) { return v < TARGET_P99_MS; });
        table.row(u"webhook latency max"_s,
            {},
            [](const RunFigures &r) { return r.load.latency.maxMs; },
            ms,
            {});
        table.row(
            u"callbacks answered 200 but missing from the database"_s,
            u"0"_s,
            [](const RunFigures &r) {
                return r.durability.durable() ? double(r.durability.missingCallbacks) : 1e18;
            },
            count,
            [](double v) { return v == 0; });
        table.row(u"callbacks not answered 200 (errors, other statuses)"_s,
            {},
            [](const RunFigures &r) {
                return double(r.load.answeredOther + r.load.connectionErrors);
            },
            count,
            {});
        table.row(u"hub process CPU (of one core)"_s,
            {},
            [](const RunFigures &r) { return 100 * r.hubCpuSeconds / r.hubWallSeconds; },
            pct,
            {});
        table.row(
            u"hub CPU time per callback"_s,
            {},
            [](const RunFigures &r) {
                return 1e6 * r.hubCpuSeconds / double(qMax<qint64>(1, r.load.answered200));
            },
            [](double v) -> QString { return formatNumber(v, 0) + u" µs"_s; },
            {});
        table.row(
            u"bytes the hub wrote to disk per callback"_s,
            {},
            [](const RunFigures &r) {
                return double(r.hubDiskBytes) / double(qMax<qint64>(1, r.load.answered200));
            },
            [](double v) { return formatNumber(v, 0); },
            {});
        table.row(u"other processes' CPU during the run (of one core): noise"_s,
            {},
            [](const RunFigures &r) { return 100 * r.othersCpuSeconds / r.hubWallSeconds; },
            pct,
            {});
        table.row(u"load generator CPU (of one core)"_s,
            {},
            [](const RunFigures &r) { return 100 * r.load.cpuSeconds / r.load.wallSeconds; },
            pct,
            {});
    }
    if (settings.fanout) {
        table.row(u"fan-out p50 to %1 subscribers"_s.arg(subscribers),
            {},
            [](const RunFigures &r) { return r.fanout.arrival.p50Ms; },
            ms,
            {});
        table.row(
            u"fan-out p99 to %1 subscribers"_s.arg(subscribers),
            u"< 10 ms"_s,
            [](const RunFigures &r) { return r.fanout.arrival.p99Ms; },
            ms,
            [](double v) { return v < TARGET_FANOUT_P99_MS; });
        table.row(u"fan-out max"_s,
            {},
            [](const RunFigures &r) { return r.fanout.arrival.maxMs; },
            ms,
            {});
        table.row(u"fan-out p99, per callback, until the last subscriber has it"_s,
            {},
            [](const RunFigures &r) { return r.fanout.lastSubscriber.p99Ms; },
            ms,
            {});
        table.row(u"fan-out p99 as read by the probe (includes the probe's own reading)"_s,
            {},
            [](const RunFigures &r) { return r.fanout.readByProbe.p99Ms; },
            ms,
            {});
        table.row(
            u"answer time p99 of those callbacks (the hub writes to every subscriber first)"_s,
            {},
            [](const RunFigures &r) { return r.fanout.webhook.p99Ms; },
            ms,
            {});
        table.row(u"other processes' CPU during the fan-out (of one core): noise"_s,
            {},
            [](const RunFigures &r) {
                return 100 * r.fanoutOthersCpuSeconds / r.fanoutWallSeconds;
            },
            pct,
            {});
        table.row(
            u"events missing (expected − delivered)"_s,
            u"0"_s,
            [](const RunFigures &r) { return double(r.fanout.expected - r.fanout.delivered); },
            count,
            [](double v) { return v == 0; });
    }
    if (allMet)
        *allMet = table.met();

    QString text;
    text += HUB_SECTION + u"\n\n"_s;
    text += u"Measured %1 by `make bench` (tests/bench/hubbench.cpp): the median of %2 runs, "
            "each run's figure after it. Machines here are shared and noisy; compare medians.\n\n"_s
                .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
                .arg(runs.size());
    text += u"Machine: %1, %2 cores (nproc), %3 RAM, %4, Qt %5; the hub's SQLite file on %6. "
            "1-minute load average before each run: %7. Before each phase the bench waits (up to "
            "%8 s) until other processes use under a quarter of a core; it waited %9 s.\n\n"_s
                .arg(machine.cpuModel)
                .arg(machine.cores)
                .arg(machine.memory, machine.kernel, machine.qtVersion, machine.dataFileSystem)
                .arg(table.perRun([](const RunFigures &r) { return r.loadAverage; },
                    [](double v) { return formatNumber(v, 2); }))
                .arg(settings.quietWaitSeconds)
                .arg(table.perRun([](const RunFigures &r) { return r.waitedSeconds; },
                    [](double v) { return formatNumber(v, 0); }));
    text += table.text() + u"\n"_s;
    text += u"How it is measured:\n\n"_s;
    text += u"- The hub is a real `Hub::HubServer` on 127.0.0.1 with a fresh data folder: SQLite "
            "in WAL mode, synchronous=NORMAL (a callback answered 200 is committed before the "
            "answer and survives the process being killed, not a power cut). 20 agents with lines, "
            "10 supervisors.\n"_s;
    text += u"- Webhook: a second process keeps %1 keep-alive connections busy, each in a closed "
            "loop (send, wait for the answer, send the next), for %2 s of warm-up and %3 s "
            "measured. Each connection keeps %4 calls open and walks each through AT's first "
            "notification (inbound Ringing, answered with ActionXML) and its final one "
            "(Completed, with cost, dial fields and a recording URL), so the hub holds about %5 "
            "live calls. Latency is from sending a callback to reading the whole answer.\n"_s
                .arg(connections)
                .arg(settings.warmupSeconds)
                .arg(settings.seconds)
                .arg(settings.sessionsPerConnection)
                .arg(settings.connections * settings.sessionsPerConnection);
    text += u"- Durable: afterwards a second SQLite connection counts the callback log per call; "
            "every callback the load saw answered 200 must be there.\n"_s;
    text += u"- Fan-out: another hub; a second process opens %1 WebSocket subscribers on "
            "/api/calls/stream (supervisors), then posts %2 callbacks a second for %3 s. The "
            "delay is from sending a callback to its event arriving at each subscriber's socket "
            "(the kernel's receive timestamp, SO_TIMESTAMPNS), over every delivery.\n"_s
                .arg(subscribers)
                .arg(settings.fanoutRate)
                .arg(settings.fanoutSeconds);
    text += u"- Both load processes use raw sockets and epoll, one thread each; on 2 cores the "
            "load generator and the hub share the machine, so a load generator near 100 % of a "
            "core means the figure is the harness's limit as much as the hub's.\n\n"_s;
    text += u"Reproduce: `make bench` (builds build-bench in Release, runs "
            "`build-bench/bin/hubbench --runs 3 --report docs/performance.md`). "
            "`build-bench/bin/hubbench --help` lists the knobs; `make bench-profile` profiles the "
            "hub under the webhook load with perf.\n"_s;
    return text;
}

Util::Result<void, QString> writeSection(
    const QString &path, const QString &heading, const QString &section)
{
    QString text;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Util::fail(u"cannot read %1"_s.arg(path));
        text = QString::fromUtf8(file.readAll());
        file.close();
    } else {
        text = u"# Performance\n\nMeasured figures, one section per part of Simu. Each section "
               "says how it was measured and how to reproduce it.\n"_s;
    }
    const QRegularExpression start(u"^"_s + QRegularExpression::escape(heading) + u"\\s*$"_s,
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch found = start.match(text);
    QString block = section.trimmed() + u"\n"_s;
    if (found.hasMatch()) {
        const qsizetype begin = found.capturedStart();
        const QRegularExpression next(u"^## "_s, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch after = next.match(text, found.capturedEnd());
        const qsizetype end = after.hasMatch() ? after.capturedStart() : text.size();
        if (after.hasMatch())
            block += u"\n"_s;
        text.replace(begin, end - begin, block);
    } else {
        if (!text.endsWith(u'\n'))
            text += u'\n';
        text += u'\n' + block;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Util::fail(u"cannot write %1"_s.arg(path));
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size())
        return Util::fail(u"cannot write %1"_s.arg(path));
    return {};
}

} // namespace Bench
