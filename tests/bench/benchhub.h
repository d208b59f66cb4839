#pragma once

// The hub under test: a real Hub::HubServer on 127.0.0.1 and a free port, with a fresh data
// folder on the real disk (the SQLite file in WAL mode, as in production), agents with lines
// for inbound calls to ring, and supervisors for the WebSocket subscribers. After a run it
// checks durability: every callback the load saw answered 200 must be in the callback log.

#include "hub/hubserver.h"
#include "util/result.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Bench {

struct DurabilityCheck
{
    qint64 callbackRows = 0; // callback_log
    qint64 callRows = 0; // calls
    qint64 endedCalls = 0; // calls with an end time
    qint64 eventRows = 0; // events
    qint64 ackedCallbacks = 0; // answered 200, as the load counted them
    qint64 ackedSessions = 0;
    qint64 missingCallbacks = 0; // answered 200 but not in callback_log
    bool durable() const { return ackedCallbacks > 0 && missingCallbacks == 0; }
};

class BenchHub
{
public:
    // dataRoot: a folder on the disk to measure (not tmpfs); the hub's folder is made in it
    // and removed with this object.
    static Util::Result<std::unique_ptr<BenchHub>, QString> start(const QString &dataRoot);
    ~BenchHub();

    quint16 port() const { return m_server->port(); }
    QString secret() const { return m_secret; }
    QString dataDir() const { return m_dir.path(); }
    Hub::HubServer &server() { return *m_server; }

    // Logs supervisors in `count` times in all, one token per WebSocket subscriber.
    Util::Result<QStringList, QString> supervisorTokens(int count);

    // acksFile: "<sessionId> <callbacks answered 200>" per line, from the load.
    Util::Result<DurabilityCheck, QString> verify(const QString &acksFile) const;

private:
    explicit BenchHub(const QString &dataRoot);
    Util::Result<void, QString> seedUsers();

    QTemporaryDir m_dir;
    QString m_secret;
    std::unique_ptr<Hub::HubServer> m_server;
};

} // namespace Bench
