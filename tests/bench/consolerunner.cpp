#include "consolerunner.h"

#include "benchcommon.h"
#include "consolehub.h"
#include "consoleseed.h"
#include "consolestartup.h"
#include "wire.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr int SEED_LIMIT_S = 600;
constexpr int READY_LIMIT_MS = 120'000;
constexpr int FIGURES_LIMIT_MS = 60'000;
constexpr int DRAIN_MS = 2000; // after the load: the last events reach the console

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The next line the child writes that starts with `prefix`, waiting up to limitMs; lines
// before it are dropped. `buffer` keeps what was read past the line.
Util::Result<QByteArray, QString> waitForLine(
    QProcess &child, QByteArray &buffer, const QByteArray &prefix, int limitMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(newline).trimmed();
            buffer.remove(0, newline + 1);
            if (line.startsWith(prefix))
                return line;
        }
        if (child.state() == QProcess::NotRunning)
            return Util::fail(
                u"the console exited (code %1) before it said \"%2\""_s.arg(child.exitCode())
                    .arg(QString::fromLatin1(prefix)));
        if (waited.elapsed() > limitMs)
            return Util::fail(
                u"the console did not say \"%1\" within %2 s"_s.arg(QString::fromLatin1(prefix))
                    .arg(limitMs / 1000));
        child.waitForReadyRead(100);
        buffer.append(child.readAllStandardOutput());
    }
}

// The X server the console draws on: the Xvfb whose arguments name our $DISPLAY. Its CPU is
// the console's painting as much as the console's own. -1 when it cannot be found.
qint64 xServerPid()
{
    const QByteArray display = qgetenv("DISPLAY");
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile file(u"/proc/%1/cmdline"_s.arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> arguments = file.readAll().split('\0');
        if (arguments.constFirst().endsWith("Xvfb") && arguments.contains(display))
            return pid.toLongLong();
    }
    return -1;
}

} // namespace

ConsoleRunner::ConsoleRunner(ConsoleBenchSettings settings, QString program)
    : m_settings(std::move(settings))
    , m_program(std::move(program))
    , m_root(QDir(m_settings.dataRoot).filePath(u"console-XXXXXX"_s))
{}

Util::Result<double, QString> ConsoleRunner::prepare()
{
    if (!m_root.isValid())
        return Util::fail(u"cannot create a folder in %1"_s.arg(m_settings.dataRoot));
    m_template = QDir(m_root.path()).filePath(u"template"_s);
    QElapsedTimer took;
    took.start();
    const auto seeded = runChild(
        {u"--seed"_s, m_template, u"--history"_s, QString::number(m_settings.historyCalls)},
        SEED_LIMIT_S);
    if (!seeded)
        return Util::fail(u"cannot seed the hub's data: %1"_s.arg(seeded.error()));
    return double(took.elapsed()) / 1000;
}

Util::Result<void, QString> ConsoleRunner::copyTemplate(const QString &to) const
{
    if (!QDir().mkpath(to))
        return Util::fail(u"cannot create %1"_s.arg(to));
    const QStringList files = QDir(m_template).entryList(QDir::Files);
    for (const QString &name : files) {
        if (!QFile::copy(QDir(m_template).filePath(name), QDir(to).filePath(name)))
            return Util::fail(u"cannot copy %1 to %2"_s.arg(name, to));
    }
    return {};
}

Util::Result<ConsoleRunFigures, QString> ConsoleRunner::runOnce(int run)
{
    ConsoleRunFigures figures;
    if (m_settings.quietWaitSeconds > 0)
        figures.waitedSeconds = waitForQuiet(m_settings.quietWaitSeconds);
    figures.loadAverage = loadAverage();
    const QString runDir = QDir(m_root.path()).filePath(u"run-%1"_s.arg(run));
    const QString dataDir = QDir(runDir).filePath(u"hub"_s);
    if (auto copied = copyTemplate(dataDir); !copied)
        return Util::fail(copied.error());
    auto hub = ConsoleHub::start(m_settings.simu, dataDir, QDir(runDir).filePath(u"hub.log"_s));
    if (!hub)
        return Util::fail(u"cannot start the hub: %1"_s.arg(hub.error()));

    StartupOptions startup;
    startup.simu = m_settings.simu;
    startup.hub = (*hub)->url();
    startup.home = QDir(runDir).filePath(u"home"_s);
    if (!QDir().mkpath(startup.home))
        return Util::fail(u"cannot create %1"_s.arg(startup.home));
    const auto launched = measureStartup(startup);
    if (!launched)
        return Util::fail(launched.error());
    figures.startup = *launched;

    if (auto measured
        = uiAndLoad(run, (*hub)->port(), (*hub)->secret(), (*hub)->pid(), runDir, figures);
        !measured)
        return Util::fail(measured.error());
    if (auto stopped = (*hub)->stop(); !stopped)
        return Util::fail(stopped.error());
    QDir(runDir).removeRecursively();
    return figures;
}

Util::Result<void, QString> ConsoleRunner::uiAndLoad(int run,
    quint16 port,
    const QString &secret,
    qint64 hubPid,
    const QString &runDir,
    ConsoleRunFigures &figures)
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    console.setProcessEnvironment(environment);
    console.setProgram(m_program);
    console.setArguments({u"--console"_s,
        u"--port"_s,
        QString::number(port),
        u"--user"_s,
        CONSOLE_SUPERVISOR,
        u"--password"_s,
        CONSOLE_PASSWORD,
        u"--interval"_s,
        QString::number(m_settings.probeIntervalMs),
        u"--settings-file"_s,
        QDir(runDir).filePath(u"console.ini"_s)});
    console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    console.start();
    QByteArray output;
    const auto ready = waitForLine(console, output, "ready", READY_LIMIT_MS);
    if (!ready)
        return Util::fail(ready.error());

    const qint64 xServer = xServerPid();
    const double xServerCpuBefore = processCpuSecondsOf(xServer);
    const double hubCpuBefore = processCpuSecondsOf(hubPid);
    const double consoleCpuBefore = processCpuSecondsOf(console.processId());
    const double machineBefore = machineBusySeconds();
    QElapsedTimer wall;
    wall.start();
    const auto load = runChild({u"--load-console"_s,
                                   u"--port"_s,
                                   QString::number(port),
                                   u"--secret"_s,
                                   secret,
                                   u"--run"_s,
                                   QString::number(run),
                                   u"--live-calls"_s,
                                   QString::number(m_settings.liveCalls),
                                   u"--rate"_s,
                                   QString::number(m_settings.updatesPerSecond),
                                   u"--warmup"_s,
                                   QString::number(m_settings.warmupSeconds),
                                   u"--seconds"_s,
                                   QString::number(m_settings.seconds)},
        int(m_settings.warmupSeconds + m_settings.seconds) + 60);
    figures.loadWallSeconds = double(wall.elapsed()) / 1000;
    figures.hubCpuSeconds = processCpuSecondsOf(hubPid) - hubCpuBefore;
    const double consoleCpu = processCpuSecondsOf(console.processId()) - consoleCpuBefore;
    figures.xServerCpuSeconds = xServer > 0 ? processCpuSecondsOf(xServer) - xServerCpuBefore : -1;
    if (!load)
        return Util::fail(load.error());
    figures.load = consoleLoadFromJson(*load);
    figures.othersCpuSeconds = qMax(0.0,
        machineBusySeconds() - machineBefore - figures.hubCpuSeconds - consoleCpu
            - figures.load.cpuSeconds - qMax(0.0, figures.xServerCpuSeconds));

    pause(DRAIN_MS);
    const auto status
        = hubStatus(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), CONSOLE_SUPERVISOR, CONSOLE_PASSWORD);
    if (!status)
        return Util::fail(u"cannot ask the hub for its state: %1"_s.arg(status.error()));
    figures.hubLastSeq = status->seq;
    figures.hubLiveCalls = status->liveCalls;

    console.write(
        u"stop %1 %2\n"_s.arg(figures.load.windowStartNs).arg(figures.load.windowEndNs).toLatin1());
    const auto line = waitForLine(console, output, "{", FIGURES_LIMIT_MS);
    if (!line)
        return Util::fail(line.error());
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(*line, &error);
    if (!json.isObject())
        return Util::fail(u"the console's figures are not JSON: %1"_s.arg(error.errorString()));
    figures.ui = uiFiguresFromJson(json.object());
    if (!console.waitForFinished(10'000)) {
        console.kill();
        console.waitForFinished(5000);
    }
    return {};
}

Util::Result<QJsonObject, QString> ConsoleRunner::runChild(
    const QStringList &arguments, int limitSeconds)
{
    return runJsonChild(m_program, arguments, limitSeconds, arguments.constFirst());
}

} // namespace Bench
