#include "benchrunner.h"

#include "benchcommon.h"
#include "benchhub.h"
#include "wire.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Bench {

BenchRunner::BenchRunner(BenchSettings settings, QString program)
    : m_settings(std::move(settings))
    , m_program(std::move(program))
{}

Util::Result<RunFigures, QString> BenchRunner::runOnce(int run)
{
    RunFigures figures;
    if (m_settings.quietWaitSeconds > 0)
        figures.waitedSeconds = waitForQuiet(m_settings.quietWaitSeconds);
    figures.loadAverage = loadAverage();
    if (m_settings.webhook) {
        if (auto done = webhookPhase(run, figures); !done)
            return Util::fail(done.error());
    }
    if (m_settings.fanout) {
        if (m_settings.quietWaitSeconds > 0)
            figures.waitedSeconds += waitForQuiet(m_settings.quietWaitSeconds);
        if (auto done = fanoutPhase(run, figures); !done)
            return Util::fail(done.error());
    }
    return figures;
}

Util::Result<void, QString> BenchRunner::webhookPhase(int run, RunFigures &figures)
{
    auto hub = BenchHub::start(m_settings.dataRoot);
    if (!hub)
        return Util::fail(u"cannot start the hub: %1"_s.arg(hub.error()));
    const QString acks = QDir((*hub)->dataDir()).filePath(u"acks.txt"_s);
    const QStringList arguments = {u"--load-webhook"_s,
        u"--port"_s,
        QString::number((*hub)->port()),
        u"--secret"_s,
        m_settings.httpOnly ? u"not-the-secret"_s : (*hub)->secret(),
        u"--run"_s,
        QString::number(run),
        u"--connections"_s,
        QString::number(m_settings.connections),
        u"--sessions-per-connection"_s,
        QString::number(m_settings.sessionsPerConnection),
        u"--warmup"_s,
        QString::number(m_settings.warmupSeconds),
        u"--seconds"_s,
        QString::number(m_settings.seconds),
        u"--acks-file"_s,
        acks};
    const double cpuBefore = processCpuSeconds();
    const double machineBefore = machineBusySeconds();
    const qint64 diskBefore = processDiskWriteBytes();
    QElapsedTimer wall;
    wall.start();
    const auto output
        = runChild(arguments, int(m_settings.warmupSeconds + m_settings.seconds) + 60);
    figures.hubCpuSeconds = processCpuSeconds() - cpuBefore;
    figures.hubDiskBytes = processDiskWriteBytes() - diskBefore;
    figures.hubWallSeconds = double(wall.nsecsElapsed()) / 1e9;
    if (!output)
        return Util::fail(output.error());
    figures.load = webhookLoadFromJson(*output);
    figures.webhookRan = true;
    figures.othersCpuSeconds = qMax(0.0,
        machineBusySeconds() - machineBefore - figures.hubCpuSeconds - figures.load.cpuSeconds);
    if (m_settings.httpOnly)
        return {}; // nothing was meant to be stored
    const auto check = (*hub)->verify(acks);
    if (!check)
        return Util::fail(check.error());
    figures.durability = *check;
    return {};
}

Util::Result<void, QString> BenchRunner::fanoutPhase(int run, RunFigures &figures)
{
    auto hub = BenchHub::start(m_settings.dataRoot);
    if (!hub)
        return Util::fail(u"cannot start the hub: %1"_s.arg(hub.error()));
    const auto tokens = (*hub)->supervisorTokens(m_settings.subscribers);
    if (!tokens)
        return Util::fail(tokens.error());
    const QString tokensFile = QDir((*hub)->dataDir()).filePath(u"tokens.txt"_s);
    QFile file(tokensFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(tokens->join(u'\n').toLatin1()) < 0)
        return Util::fail(u"cannot write %1"_s.arg(tokensFile));
    file.close();
    const QStringList arguments = {u"--fanout-probe"_s,
        u"--port"_s,
        QString::number((*hub)->port()),
        u"--secret"_s,
        (*hub)->secret(),
        u"--run"_s,
        QString::number(run),
        u"--subscribers"_s,
        QString::number(m_settings.subscribers),
        u"--fanout-rate"_s,
        QString::number(m_settings.fanoutRate),
        u"--fanout-seconds"_s,
        QString::number(m_settings.fanoutSeconds),
        u"--tokens-file"_s,
        tokensFile};
    const double cpuBefore = processCpuSeconds();
    const double machineBefore = machineBusySeconds();
    QElapsedTimer wall;
    wall.start();
    const auto output = runChild(arguments, int(m_settings.fanoutSeconds) + 180);
    figures.fanoutHubCpuSeconds = processCpuSeconds() - cpuBefore;
    const double machineBusy = machineBusySeconds() - machineBefore;
    figures.fanoutWallSeconds = double(wall.nsecsElapsed()) / 1e9;
    if (!output)
        return Util::fail(output.error());
    figures.fanout = fanoutFromJson(*output);
    figures.fanoutOthersCpuSeconds
        = qMax(0.0, machineBusy - figures.fanoutHubCpuSeconds - figures.fanout.cpuSeconds);
    figures.fanoutRan = true;
    return {};
}

Util::Result<QJsonObject, QString> BenchRunner::runChild(
    const QStringList &arguments, int timeoutSeconds)
{
    return runJsonChild(m_program, arguments, timeoutSeconds, u"the load process"_s);
}

} // namespace Bench
