#include "consolestartup.h"

#include "consolemapwatch.h"
#include "wire.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// Written by app/simu/main.cpp when SIMU_STARTUP_PROBE=1.
const QRegularExpression PROBE_LINE(u"simu: window shown after ([0-9.]+) ms since main\\(\\)"
                                    "(?: \\(([0-9.]+) ms since the process started\\))?"_s);

// The settings a user who chose "connect to a hub on the LAN" has (ui/shell/consolesettings).
Util::Result<QString, QString> writeSettings(const QString &home, const QUrl &hub)
{
    const QString configDir = QDir(home).filePath(u".config"_s);
    if (!QDir().mkpath(QDir(configDir).filePath(u"simu"_s)))
        return Util::fail(u"cannot create %1"_s.arg(configDir));
    QSettings settings(QDir(configDir).filePath(u"simu/simu.conf"_s), QSettings::IniFormat);
    settings.setValue(u"hub/mode"_s, u"remote"_s);
    settings.setValue(u"hub/url"_s, hub.toString());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Util::fail(u"cannot write the console's settings in %1"_s.arg(configDir));
    return configDir;
}

void ending(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

Util::Result<StartupFigures, QString> measureStartup(const StartupOptions &options)
{
    const auto configDir = writeSettings(options.home, options.hub);
    if (!configDir)
        return Util::fail(configDir.error());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, options.home);
    environment.insert(u"XDG_CONFIG_HOME"_s, *configDir);
    environment.insert(u"XDG_CACHE_HOME"_s, QDir(options.home).filePath(u".cache"_s));
    environment.insert(u"XDG_DATA_HOME"_s, QDir(options.home).filePath(u".local/share"_s));
    environment.insert(u"SIMU_STARTUP_PROBE"_s, u"1"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);

    const auto watch = WindowMapWatch::start();
    if (!watch)
        return Util::fail(watch.error());

    QProcess simu;
    simu.setProgram(options.simu);
    simu.setProcessEnvironment(environment);
    simu.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    StartupFigures figures;
    QByteArray output;
    qint64 lineAt = -1;
    QEventLoop loop;
    QObject::connect(&simu, &QProcess::readyReadStandardOutput, &loop, [&] {
        output.append(simu.readAllStandardOutput());
        const QRegularExpressionMatch match = PROBE_LINE.match(QString::fromUtf8(output));
        if (lineAt >= 0 || !match.hasMatch())
            return;
        lineAt = monotonicNs();
        figures.sinceMainMs = match.captured(1).toDouble();
        if (match.hasCaptured(2))
            figures.sinceProcessMs = match.captured(2).toDouble();
        loop.quit();
    });
    QObject::connect(&simu, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&simu, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);

    const qint64 startedAt = monotonicNs();
    simu.start();
    limit.start(options.limitMs);
    loop.exec();
    limit.stop();
    if (lineAt < 0) {
        const QString state = simu.state() == QProcess::NotRunning
            ? u"it exited (code %1): %2"_s.arg(simu.exitCode()).arg(simu.errorString())
            : u"no \"window shown\" line within %1 s"_s.arg(options.limitMs / 1000);
        ending(simu);
        return Util::fail(u"the desktop app did not show its window: %1. Its output: %2"_s.arg(
            state, QString::fromUtf8(output.right(500))));
    }
    figures.lineMs = double(lineAt - startedAt) / 1e6;
    if (const qint64 mapped = (*watch)->mappedAtNs(1000); mapped >= 0)
        figures.mappedMs = double(mapped - startedAt) / 1e6;

    QTimer::singleShot(options.idleMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (simu.state() != QProcess::Running)
        return Util::fail(
            u"the desktop app exited at its login screen (code %1)"_s.arg(simu.exitCode()));
    const ResidentMemory memory = residentMemory(QString::number(simu.processId()));
    figures.idleRssKb = memory.rssKb;
    figures.idleHwmKb = memory.hwmKb;
    ending(simu);
    return figures;
}

} // namespace Bench
