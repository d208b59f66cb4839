#include "consolehub.h"

#include "callbackbodies.h"
#include "client/hubclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr int START_LIMIT_MS = 60'000;
constexpr int STATUS_LIMIT_MS = 30'000;

QString randomSecret()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0')
        + QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

} // namespace

Util::Result<std::unique_ptr<ConsoleHub>, QString> ConsoleHub::start(
    const QString &simu, const QString &dataDir, const QString &logFile)
{
    std::unique_ptr<ConsoleHub> hub(new ConsoleHub);
    hub->m_secret = randomSecret();
    hub->m_logFile = logFile;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SIMU_WEBHOOK_SECRET"_s, hub->m_secret);
    // One info line per callback would be the hub's main work; warnings still show in the log.
    environment.insert(u"QT_LOGGING_RULES"_s, u"simu.*.info=false"_s);
    hub->m_process.setProcessEnvironment(environment);
    hub->m_process.setProgram(simu);
    hub->m_process.setArguments({u"--headless"_s,
        u"--data-dir"_s,
        dataDir,
        u"--listen"_s,
        u"127.0.0.1:0"_s,
        u"--at-voice-number"_s,
        QString::fromLatin1(AT_NUMBER)});
    // To a file, not a pipe: nobody has to keep reading it while the hub runs.
    hub->m_process.setProcessChannelMode(QProcess::MergedChannels);
    hub->m_process.setStandardOutputFile(logFile);
    hub->m_process.start();
    if (!hub->m_process.waitForStarted(10'000))
        return Util::fail(u"cannot start %1: %2"_s.arg(simu, hub->m_process.errorString()));

    const QRegularExpression listening(u"Simu hub listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < START_LIMIT_MS) {
        QFile log(logFile);
        if (log.open(QIODevice::ReadOnly)) {
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(log.readAll()));
            if (match.hasMatch()) {
                hub->m_port = quint16(match.captured(1).toUInt());
                return hub;
            }
        }
        if (hub->m_process.waitForFinished(50))
            return Util::fail(u"the hub exited (code %1): %2"_s.arg(hub->m_process.exitCode())
                                  .arg(hub->logTail()));
    }
    return Util::fail(
        u"the hub did not start listening within %1 s: %2"_s.arg(START_LIMIT_MS / 1000)
            .arg(hub->logTail()));
}

ConsoleHub::~ConsoleHub()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl ConsoleHub::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

Util::Result<void, QString> ConsoleHub::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return Util::fail(u"the hub had already exited: %1"_s.arg(logTail()));
    m_process.terminate();
    if (!m_process.waitForFinished(30'000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return Util::fail(u"the hub did not quit within 30 s of SIGTERM"_s);
    }
    return {};
}

QString ConsoleHub::logTail() const
{
    QFile log(m_logFile);
    if (!log.open(QIODevice::ReadOnly))
        return u"(no log)"_s;
    return QString::fromUtf8(log.readAll().right(1000)).trimmed();
}

Util::Result<HubStatus, QString> hubStatus(
    const QUrl &hub, const QString &username, const QString &password)
{
    Client::HubClient client;
    client.setBaseUrl(hub);
    QEventLoop loop;
    QTimer::singleShot(STATUS_LIMIT_MS, &loop, &QEventLoop::quit);
    QString problem = u"the hub did not answer within %1 s"_s.arg(STATUS_LIMIT_MS / 1000);
    HubStatus status;
    client.login(username, password, [&](const auto &session) {
        if (!session) {
            problem = u"cannot log in: "_s + session.error().message;
            return loop.quit();
        }
        client.activeCalls([&](const auto &active) {
            if (active) {
                status.seq = active->seq;
                status.liveCalls = int(active->calls.size());
                problem.clear();
            } else {
                problem = u"GET /api/calls/active failed: "_s + active.error().message;
            }
            loop.quit();
        });
    });
    loop.exec();
    if (!problem.isEmpty())
        return Util::fail(problem);
    return status;
}

} // namespace Bench
