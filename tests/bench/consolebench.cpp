// consolebench: the desktop console's benchmark (issue 4): the UI thread's stalls while 500
// live calls receive 200 updates a second with 100,000 calls in history, the console's
// memory, and how fast `simu` shows its window. Writes the "## Desktop console" section of
// docs/performance.md. `make bench-console` runs it under Xvfb; it is not a test.
//
//   consolebench [--runs 3] [--simu PATH] [--report docs/performance.md] [...]   the bench
//   consolebench --seed DIR --history N                 child: seed the hub's data folder
//   consolebench --console --port P --user U ...        child: the console under test
//   consolebench --load-console --port P --secret S ... child: the webhook load

#include "consoleload.h"
#include "consolereport.h"
#include "consolerunner.h"
#include "consoleseed.h"
#include "consoleui.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace {

struct Flags
{
    // Children.
    QCommandLineOption seed{u"seed"_s, u"Child: seed a hub data folder."_s, u"dir"_s};
    QCommandLineOption console{u"console"_s, u"Child: the console under test."_s};
    QCommandLineOption loadConsole{u"load-console"_s, u"Child: the webhook load."_s};
    QCommandLineOption port{u"port"_s, u"Child: the hub's port."_s, u"port"_s};
    QCommandLineOption secret{u"secret"_s, u"Child: the webhook secret."_s, u"secret"_s};
    QCommandLineOption user{u"user"_s, u"Child: who logs in."_s, u"name"_s};
    QCommandLineOption password{u"password"_s, u"Child: their password."_s, u"password"_s};
    QCommandLineOption settingsFile{
        u"settings-file"_s, u"Child: the console's settings file."_s, u"file"_s};
    QCommandLineOption run{u"run"_s, u"Child: the run number."_s, u"n"_s, u"1"_s};
    // The bench.
    QCommandLineOption runs{u"runs"_s, u"Runs; the report gives medians."_s, u"n"_s, u"3"_s};
    QCommandLineOption warmup{u"warmup"_s,
        u"Seconds of load before the window (the model keeps ended calls 60 s)."_s,
        u"s"_s,
        u"65"_s};
    QCommandLineOption seconds{u"seconds"_s, u"Seconds measured."_s, u"s"_s, u"20"_s};
    QCommandLineOption liveCalls{
        u"live-calls"_s, u"Calls kept live by the load."_s, u"n"_s, u"500"_s};
    QCommandLineOption rate{u"rate"_s,
        u"Call events a second: half new calls ringing, half calls ending."_s,
        u"n"_s,
        u"200"_s};
    QCommandLineOption history{
        u"history"_s, u"Ended calls in the hub's history."_s, u"n"_s, u"100000"_s};
    QCommandLineOption interval{
        u"interval"_s, u"The stall probe's timer interval."_s, u"ms"_s, u"2"_s};
    QCommandLineOption simu{
        u"simu"_s, u"The simu executable (default: next to this one)."_s, u"path"_s};
    QCommandLineOption dataRoot{
        u"data-root"_s, u"Folder on the disk for the hub's data (not tmpfs)."_s, u"dir"_s};
    QCommandLineOption quietWait{u"quiet-wait"_s,
        u"Before each run, wait up to this long for other processes to calm down."_s,
        u"s"_s,
        u"60"_s};
    QCommandLineOption report{
        u"report"_s, u"Rewrite the \"## Desktop console\" section of this file."_s, u"file"_s};

    QList<QCommandLineOption> all() const
    {
        return {seed,
            console,
            loadConsole,
            port,
            secret,
            user,
            password,
            settingsFile,
            run,
            runs,
            warmup,
            seconds,
            liveCalls,
            rate,
            history,
            interval,
            simu,
            dataRoot,
            quietWait,
            report};
    }
};

int fail(const QString &message)
{
    QTextStream(stderr) << "consolebench: " << message << Qt::endl;
    return 1;
}

int printJson(const QJsonObject &json)
{
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

int seed(const QCommandLineParser &parser, const Flags &flags)
{
    const int calls = parser.value(flags.history).toInt();
    if (auto seeded = Bench::seedConsoleData(parser.value(flags.seed), calls); !seeded)
        return fail(seeded.error());
    return printJson({{u"historyCalls"_s, calls}});
}

int loadConsole(const QCommandLineParser &parser, const Flags &flags)
{
    prctl(PR_SET_NAME, "consolebench-load"); // so a profile can tell it apart
    Bench::ConsoleLoadOptions options;
    options.port = quint16(parser.value(flags.port).toUInt());
    options.secret = parser.value(flags.secret);
    options.run = parser.value(flags.run).toUInt();
    options.liveCalls = parser.value(flags.liveCalls).toInt();
    options.updatesPerSecond = parser.value(flags.rate).toDouble();
    options.warmupSeconds = parser.value(flags.warmup).toDouble();
    options.seconds = parser.value(flags.seconds).toDouble();
    const auto figures = Bench::runConsoleLoad(options);
    return figures ? printJson(Bench::toJson(*figures)) : fail(figures.error());
}

int console(const QCommandLineParser &parser, const Flags &flags)
{
    Bench::ConsoleUiOptions options;
    options.port = quint16(parser.value(flags.port).toUInt());
    options.username = parser.value(flags.user);
    options.password = parser.value(flags.password);
    options.probeIntervalMs = parser.value(flags.interval).toInt();
    options.settingsFile = parser.value(flags.settingsFile);
    if (options.port == 0 || options.settingsFile.isEmpty())
        return fail(u"--console needs --port and --settings-file"_s);
    Bench::ConsoleUi ui(options);
    ui.start();
    return QCoreApplication::exec();
}

int bench(const QCommandLineParser &parser, const Flags &flags)
{
    Bench::ConsoleBenchSettings settings;
    settings.runs = qMax(1, parser.value(flags.runs).toInt());
    settings.liveCalls = parser.value(flags.liveCalls).toInt();
    settings.updatesPerSecond = parser.value(flags.rate).toDouble();
    settings.warmupSeconds = parser.value(flags.warmup).toDouble();
    settings.seconds = parser.value(flags.seconds).toDouble();
    settings.historyCalls = parser.value(flags.history).toInt();
    settings.probeIntervalMs = qMax(1, parser.value(flags.interval).toInt());
    settings.quietWaitSeconds = parser.value(flags.quietWait).toDouble();
    const QString binDir = QCoreApplication::applicationDirPath();
    settings.simu
        = parser.isSet(flags.simu) ? parser.value(flags.simu) : QDir(binDir).filePath(u"simu"_s);
    settings.simu = QFileInfo(settings.simu).absoluteFilePath();
    if (!QFileInfo(settings.simu).isExecutable())
        return fail(u"no simu executable at %1 (build the simu target, or pass --simu)"_s.arg(
            settings.simu));
    if (settings.liveCalls < 1 || settings.updatesPerSecond <= 0 || settings.seconds <= 0
        || settings.historyCalls < 0)
        return fail(u"--live-calls, --rate and --seconds must be positive"_s);
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        return fail(u"no X display: run it under xvfb-run (make bench-console does)"_s);
    settings.dataRoot = parser.isSet(flags.dataRoot) ? parser.value(flags.dataRoot)
                                                     : QDir(binDir).filePath(u"../bench-data"_s);
    settings.dataRoot = QDir::cleanPath(QDir(settings.dataRoot).absolutePath());
    if (!QDir().mkpath(settings.dataRoot))
        return fail(u"cannot create %1"_s.arg(settings.dataRoot));

    QTextStream out(stdout);
    const Bench::MachineInfo machine = Bench::describeMachine(settings.dataRoot);
    out << "consolebench: " << machine.cpuModel << ", " << machine.cores << " cores, Qt "
        << machine.qtVersion << ", data on " << machine.dataFileSystem << " (" << settings.dataRoot
        << ")" << Qt::endl;
    Bench::ConsoleRunner runner(settings, QCoreApplication::applicationFilePath());
    const auto seeded = runner.prepare();
    if (!seeded)
        return fail(seeded.error());
    out << "seeded " << settings.historyCalls << " calls of history in " << qRound(*seeded) << " s"
        << Qt::endl;
    QList<Bench::ConsoleRunFigures> runs;
    for (int run = 1; run <= settings.runs; ++run) {
        const auto figures = runner.runOnce(run);
        if (!figures)
            return fail(u"run %1: %2"_s.arg(run).arg(figures.error()));
        out << Bench::consoleRunLine(run, *figures) << Qt::endl;
        runs.append(*figures);
    }
    bool met = false;
    const QString section = Bench::consoleSection(settings, runs, machine, *seeded, &met);
    out << Qt::endl << section << Qt::endl;
    if (parser.isSet(flags.report)) {
        if (auto written
            = Bench::writeSection(parser.value(flags.report), Bench::CONSOLE_SECTION, section);
            !written)
            return fail(written.error());
        out << "Wrote " << parser.value(flags.report) << Qt::endl;
    }
    out << (met ? "Every target met." : "Some targets were not met (see FAIL above).") << Qt::endl;
    return 0; // a missed target is a finding, not a broken bench
}

// Only the console needs a window system; the bench and the other children do not.
bool isConsole(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--console") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool window = isConsole(argc, argv);
    std::unique_ptr<QCoreApplication> application = window
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"consolebench"_s);
    // Start-up chatter would bury the figures; warnings still show. The console logs as
    // `simu` would: what it logs is part of what is measured.
    if (!window)
        QLoggingCategory::setFilterRules(u"simu.*.info=false"_s);

    Flags flags;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the desktop console against the performance targets of issue 4."_s);
    parser.addHelpOption();
    parser.addOptions(flags.all());
    parser.process(*application);

    if (parser.isSet(flags.seed))
        return seed(parser, flags);
    if (parser.isSet(flags.loadConsole))
        return loadConsole(parser, flags);
    if (window)
        return console(parser, flags);
    return bench(parser, flags);
}
