// hubbench: measures the hub's webhook (callbacks a second, latency, durability) and its
// WebSocket fan-out, and writes the figures to docs/performance.md. `make bench` runs it; it
// is not a test and `make test` never runs it.
//
//   hubbench [--runs 3] [--report docs/performance.md] [...]   the bench (hub in this process)
//   hubbench --load-webhook --port P --secret S ...            the webhook load (child process)
//   hubbench --fanout-probe --port P --secret S ...            the fan-out probe (child process)

#include "benchrunner.h"
#include "fanoutprobe.h"
#include "perfreport.h"
#include "results.h"
#include "webhookload.h"
#include "wire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace {

struct Flags
{
    QCommandLineOption loadWebhook{u"load-webhook"_s, u"Child: drive the webhook."_s};
    QCommandLineOption fanoutProbe{u"fanout-probe"_s, u"Child: measure the fan-out."_s};
    QCommandLineOption port{u"port"_s, u"Child: the hub's port."_s, u"port"_s};
    QCommandLineOption secret{u"secret"_s, u"Child: the webhook secret."_s, u"secret"_s};
    QCommandLineOption run{u"run"_s, u"Child: the run number."_s, u"n"_s, u"1"_s};
    QCommandLineOption acksFile{u"acks-file"_s, u"Child: where to list 200s."_s, u"file"_s};
    QCommandLineOption tokensFile{u"tokens-file"_s, u"Child: login tokens."_s, u"file"_s};
    QCommandLineOption runs{u"runs"_s, u"Runs; the report gives medians."_s, u"n"_s, u"3"_s};
    QCommandLineOption connections{
        u"connections"_s, u"Concurrent webhook connections."_s, u"n"_s, u"64"_s};
    QCommandLineOption sessions{
        u"sessions-per-connection"_s, u"Calls each connection keeps open."_s, u"n"_s, u"4"_s};
    QCommandLineOption warmup{u"warmup"_s, u"Seconds of warm-up."_s, u"s"_s, u"2"_s};
    QCommandLineOption seconds{u"seconds"_s, u"Seconds measured."_s, u"s"_s, u"10"_s};
    QCommandLineOption subscribers{
        u"subscribers"_s, u"WebSocket subscribers."_s, u"n"_s, u"1000"_s};
    QCommandLineOption fanoutRate{
        u"fanout-rate"_s, u"Callbacks a second in the fan-out phase."_s, u"n"_s, u"20"_s};
    QCommandLineOption fanoutSeconds{
        u"fanout-seconds"_s, u"Seconds of the fan-out phase."_s, u"s"_s, u"10"_s};
    QCommandLineOption noWebhook{u"no-webhook"_s, u"Skip the webhook phase."_s};
    QCommandLineOption noFanout{u"no-fanout"_s, u"Skip the fan-out phase."_s};
    QCommandLineOption dataRoot{u"data-root"_s,
        u"Folder on the disk to measure for the hubs' data (not tmpfs)."_s,
        u"dir"_s};
    QCommandLineOption httpOnly{u"http-only"_s,
        u"Measure the HTTP layer alone: post with a wrong secret (403, nothing stored)."_s};
    QCommandLineOption quietWait{u"quiet-wait"_s,
        u"Before each phase, wait up to this long for other processes to calm down."_s,
        u"s"_s,
        u"60"_s};
    QCommandLineOption report{
        u"report"_s, u"Rewrite the \"## Hub webhook\" section of this file."_s, u"file"_s};
};

int printJson(const QJsonObject &json)
{
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "hubbench: " << message << Qt::endl;
    return 1;
}

int loadWebhook(const QCommandLineParser &parser, const Flags &flags)
{
    prctl(PR_SET_NAME, "hubbench-load"); // so a profile of the hub can leave this out
    Bench::WebhookLoadOptions options;
    options.port = quint16(parser.value(flags.port).toUInt());
    options.secret = parser.value(flags.secret);
    options.run = parser.value(flags.run).toUInt();
    options.connections = parser.value(flags.connections).toInt();
    options.sessionsPerConnection = parser.value(flags.sessions).toInt();
    options.warmupSeconds = parser.value(flags.warmup).toDouble();
    options.seconds = parser.value(flags.seconds).toDouble();
    options.acksFile = parser.value(flags.acksFile);
    const auto result = Bench::runWebhookLoad(options);
    return result ? printJson(Bench::toJson(*result)) : fail(result.error());
}

int fanoutProbe(const QCommandLineParser &parser, const Flags &flags)
{
    prctl(PR_SET_NAME, "hubbench-probe");
    Bench::FanoutOptions options;
    options.port = quint16(parser.value(flags.port).toUInt());
    options.secret = parser.value(flags.secret);
    options.run = parser.value(flags.run).toUInt();
    options.subscribers = parser.value(flags.subscribers).toInt();
    options.rate = parser.value(flags.fanoutRate).toDouble();
    options.seconds = parser.value(flags.fanoutSeconds).toDouble();
    QFile tokens(parser.value(flags.tokensFile));
    if (!tokens.open(QIODevice::ReadOnly))
        return fail(u"cannot read the tokens file"_s);
    options.tokens = QString::fromLatin1(tokens.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const auto result = Bench::runFanout(options);
    return result ? printJson(Bench::toJson(*result)) : fail(result.error());
}

void printRun(QTextStream &out, int run, const Bench::RunFigures &f)
{
    out << "run " << run << ":";
    if (f.webhookRan)
        out << " " << qRound(f.load.requestsPerSecond) << " callbacks/s, p50 "
            << f.load.latency.p50Ms << " ms, p99 " << f.load.latency.p99Ms << " ms, max "
            << f.load.latency.maxMs << " ms; " << f.durability.ackedCallbacks << " answered 200, "
            << f.durability.missingCallbacks << " missing from the database ("
            << f.durability.callRows << " calls, " << f.durability.endedCalls << " ended, "
            << f.durability.eventRows << " events), " << f.load.xmlAnswers << " ActionXML answers, "
            << f.load.answeredOther + f.load.connectionErrors << " not 200; hub CPU "
            << qRound(100 * f.hubCpuSeconds / f.hubWallSeconds) << " %, load CPU "
            << qRound(100 * f.load.cpuSeconds / f.load.wallSeconds) << " %.";
    if (f.fanoutRan)
        out << " Fan-out to " << f.fanout.subscribed << ": p50 " << f.fanout.arrival.p50Ms
            << " ms, p99 " << f.fanout.arrival.p99Ms << " ms (read by the probe "
            << f.fanout.readByProbe.p99Ms << " ms), max " << f.fanout.arrival.maxMs << " ms ("
            << f.fanout.delivered << "/" << f.fanout.expected << " delivered"
            << (f.fanout.kernelTimestamps ? "" : ", probe read times") << ").";
    if (!f.load.firstProblem.isEmpty() || !f.fanout.firstProblem.isEmpty())
        out << " First problem: " << f.load.firstProblem << f.fanout.firstProblem;
    out << Qt::endl;
}

int runBench(const QCommandLineParser &parser, const Flags &flags, const QString &program)
{
    Bench::BenchSettings settings;
    settings.runs = qMax(1, parser.value(flags.runs).toInt());
    settings.connections = parser.value(flags.connections).toInt();
    settings.sessionsPerConnection = parser.value(flags.sessions).toInt();
    settings.warmupSeconds = parser.value(flags.warmup).toDouble();
    settings.seconds = parser.value(flags.seconds).toDouble();
    settings.subscribers = parser.value(flags.subscribers).toInt();
    settings.fanoutRate = parser.value(flags.fanoutRate).toDouble();
    settings.fanoutSeconds = parser.value(flags.fanoutSeconds).toDouble();
    settings.webhook = !parser.isSet(flags.noWebhook);
    settings.fanout = !parser.isSet(flags.noFanout);
    settings.httpOnly = parser.isSet(flags.httpOnly);
    settings.quietWaitSeconds = parser.value(flags.quietWait).toDouble();
    if (settings.httpOnly && parser.isSet(flags.report))
        return fail(u"--http-only measures a refusal, not the webhook: it writes no report"_s);
    if (settings.httpOnly) // one warning per refused callback would be the cost measured
        QLoggingCategory::setFilterRules(u"simu.*.info=false\nsimu.api.warning=false"_s);
    settings.dataRoot = parser.isSet(flags.dataRoot)
        ? parser.value(flags.dataRoot)
        : QDir(QCoreApplication::applicationDirPath()).filePath(u"../bench-data"_s);
    settings.dataRoot = QDir::cleanPath(QDir(settings.dataRoot).absolutePath());

    QTextStream out(stdout);
    const Bench::MachineInfo machine = Bench::describeMachine(
        QDir().mkpath(settings.dataRoot) ? settings.dataRoot : QDir::currentPath());
    out << "hubbench: " << machine.cpuModel << ", " << machine.cores << " cores, Qt "
        << machine.qtVersion << ", data on " << machine.dataFileSystem << " (" << settings.dataRoot
        << ")" << Qt::endl;
    Bench::BenchRunner runner(settings, program);
    QList<Bench::RunFigures> runs;
    for (int run = 1; run <= settings.runs; ++run) {
        const auto figures = runner.runOnce(run);
        if (!figures)
            return fail(u"run %1: %2"_s.arg(run).arg(figures.error()));
        printRun(out, run, *figures);
        runs.append(*figures);
    }
    bool met = false;
    const QString section = Bench::hubSection(settings, runs, machine, &met);
    out << Qt::endl << section << Qt::endl;
    if (parser.isSet(flags.report)) {
        if (auto written
            = Bench::writeSection(parser.value(flags.report), Bench::HUB_SECTION, section);
            !written)
            return fail(written.error());
        out << "Wrote " << parser.value(flags.report) << Qt::endl;
    }
    out << (met ? "Every target met." : "Some targets were not met (see FAIL above).") << Qt::endl;
    return 0; // a missed target is a finding, not a broken bench
}

} // namespace

int main(int argc, char *argv[])
{
    // As `simu --headless` does (app/simu/main.cpp): Qt's own event dispatcher, not GLib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hubbench"_s);
    // The hub's start-up chatter would bury the figures; warnings still show.
    QLoggingCategory::setFilterRules(u"simu.*.info=false"_s);
    Bench::raiseFileLimit(); // the hub holds a socket per subscriber

    Flags flags;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the hub's webhook and WebSocket fan-out against the targets of issue 3."_s);
    parser.addHelpOption();
    parser.addOptions({flags.loadWebhook,
        flags.fanoutProbe,
        flags.port,
        flags.secret,
        flags.run,
        flags.acksFile,
        flags.tokensFile,
        flags.runs,
        flags.connections,
        flags.sessions,
        flags.warmup,
        flags.seconds,
        flags.subscribers,
        flags.fanoutRate,
        flags.fanoutSeconds,
        flags.noWebhook,
        flags.noFanout,
        flags.httpOnly,
        flags.quietWait,
        flags.dataRoot,
        flags.report});
    parser.process(app);

    if (parser.isSet(flags.loadWebhook))
        return loadWebhook(parser, flags);
    if (parser.isSet(flags.fanoutProbe))
        return fanoutProbe(parser, flags);
    return runBench(parser, flags, QCoreApplication::applicationFilePath());
}
