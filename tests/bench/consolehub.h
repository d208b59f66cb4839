#pragma once

// The hub the console bench's console talks to: the real `simu --headless` in a process of
// its own, on 127.0.0.1 and a free port, over a data folder the bench prepared, so none of
// the hub's work lands on the measured UI thread or in the console's memory.

#include "util/result.h"

#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace Bench {

class ConsoleHub
{
public:
    static Util::Result<std::unique_ptr<ConsoleHub>, QString> start(
        const QString &simu, const QString &dataDir, const QString &logFile);
    ~ConsoleHub();
    ConsoleHub(const ConsoleHub &) = delete;
    ConsoleHub &operator=(const ConsoleHub &) = delete;

    quint16 port() const { return m_port; }
    QUrl url() const;
    QString secret() const { return m_secret; }
    qint64 pid() const { return m_process.processId(); }
    // Asks the hub to quit (SIGTERM: it closes its database cleanly) and waits for it.
    Util::Result<void, QString> stop();

private:
    ConsoleHub() = default;
    QString logTail() const;

    QProcess m_process;
    QString m_logFile;
    QString m_secret;
    quint16 m_port = 0;
};

// What the hub holds after a load: its stream position and its live calls, asked over the
// API (GET /api/calls/active) as the bench's supervisor, with a client of its own.
struct HubStatus
{
    qint64 seq = 0;
    int liveCalls = 0;
};
Util::Result<HubStatus, QString> hubStatus(
    const QUrl &hub, const QString &username, const QString &password);

} // namespace Bench
