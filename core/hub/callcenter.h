#pragma once

// The hub's core: it turns AT's notifications into durable call records and ActionXML
// answers, places click-to-calls and transfers through AT's REST API, and answers what users
// may see. The API layer (core/api) is a thin translation around it.
//
// The webhook path, in order: parse -> state machine -> decide the answer from local state
// -> the journal (raw callback, call and event, committed with the other callbacks of this
// turn of the event loop) -> answer AT -> publish the event. It never waits on the network,
// and AT gets a 200 only for what is safely stored.

#include "agentdirectory.h"
#include "at/atrequests.h"
#include "at/atresponses.h"
#include "auth/identity.h"
#include "calls/call.h"
#include "hubconfig.h"
#include "huberror.h"
#include "storage/callrepository.h"
#include "util/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace At {
class Client;
struct Error;
} // namespace At
namespace Auth {
class RateLimiter;
}
namespace Storage {
class AuditLog;
} // namespace Storage
namespace Util {
class IClock;
}

namespace Hub {

class AgentStateService;
class CallJournal;
class SpendMeter;

struct InitiateRequest
{
    QString to; // the customer, any form the default region understands
    QString from; // one of the account's AT numbers; empty = the first
    QString clientRequestId; // empty = generated
};

struct TransferCommand
{
    QString to;
    std::optional<At::CallLeg> callLeg;
};

// POST /api/calls/{id}/wrap-up: what the agent records after a call.
struct WrapUpRequest
{
    QString disposition; // one of HubConfig::wrapUpDispositions, any letter case
    QString notes; // at most HubConfig::wrapUpNotesMaxChars characters
};

struct WebhookAnswer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};

struct HubStats
{
    int liveCalls = 0;
    qint64 callbacksAccepted = 0;
    qint64 callbacksRejected = 0;
};

class CallCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallCenter)

public:
    using CallDone = std::function<void(const Util::Result<Calls::Call, HubError> &)>;

    using AnswerAt = std::function<void(const WebhookAnswer &)>;

    struct Services
    {
        Storage::CallRepository &calls;
        CallJournal &journal;
        Storage::AuditLog &audit;
        At::Client &at;
        AgentDirectory &agents;
        Auth::RateLimiter &limiter;
        const Util::IClock &clock;
        // The daily spend cap (spendcap.h), checked before a click-to-call; null: no cap.
        SpendMeter *spend = nullptr;
    };

    CallCenter(const HubConfig &config, Services services, QObject *parent = nullptr);
    ~CallCenter() override;

    // Loads the calls that were live when the hub last stopped.
    Util::Result<void, Storage::StorageError> load();

    // Answers through `answer` once the callback is stored (or could not be).
    void handleCallback(const QByteArray &body, const QString &remoteAddress, AnswerAt answer);

    void initiate(const Auth::Identity &user,
        const InitiateRequest &request,
        const QString &remoteAddress,
        CallDone done);
    void transfer(const Auth::Identity &user,
        const QString &sessionId,
        const TransferCommand &command,
        const QString &remoteAddress,
        CallDone done);

    // callwrapup.cpp: records or replaces a call's wrap-up and publishes the call. Its agent,
    // a supervisor or an admin may; another agent gets Forbidden, an unknown call NotFound.
    void saveWrapUp(const Auth::Identity &user,
        const QString &sessionId,
        const WrapUpRequest &request,
        const QString &remoteAddress,
        CallDone done);
    const QStringList &dispositions() const { return m_config.wrapUpDispositions; }

    QList<Calls::Call> activeCalls(const Auth::Identity &user) const;
    Util::Result<Calls::Call, HubError> call(
        const Auth::Identity &user, const QString &sessionId) const;
    Util::Result<Storage::CallPage, HubError> history(
        const Auth::Identity &user, Storage::CallQuery query) const;
    bool canSee(const Auth::Identity &user, const Calls::Call &call) const;
    HubStats stats() const;
    // Agent states (agentstateservice.h), for the API to reach; null in a hub without them.
    void setAgentStates(AgentStateService *states) { m_agentStates = states; }
    AgentStateService *agentStates() const { return m_agentStates; }
    // The agents with a live call that is theirs: a click-to-call they placed, or an inbound
    // call rung on their line alone. One rung on several lines is nobody's until AT's final
    // notification names the line that answered.
    QSet<QString> agentsOnCalls() const;
    // Users were created, changed or deleted: agents and their lines may differ.
    void agentsChanged() { m_services.agents.invalidate(); }

private:
    struct PendingInitiation
    {
        Auth::Identity user;
        QString customer;
        QString from;
        QDateTime startedAt;
    };

    std::optional<Calls::Call> knownCall(const QString &sessionId) const;
    void adoptPending(Calls::Call &call, const QString &clientRequestId);
    QSet<QString> busyAgents() const;
    // Saves a call changed by a command (not a callback) and publishes it; `done` gets the
    // stored call, or why it could not be stored.
    void save(const Calls::Call &call, bool isNew, const QString &remoteAddress, CallDone done);
    void remember(const Calls::Call &call);
    // Before a change of the call is remembered and journaled: tells the agent states what it
    // may mean for the call's agent (busy, after-call work), to act on once it is published.
    void tellAgentStates(const Calls::Call &call);
    // After a failed commit: memory goes back to what the database holds.
    void reloadFromStorage(const QString &sessionId);
    void finishInitiation(const QString &clientRequestId,
        const Util::Result<At::CallResult, At::Error> &result,
        const QString &remoteAddress,
        const CallDone &done);
    void audit(const Auth::Identity &user,
        const QString &action,
        const QString &target,
        const QString &detail,
        const QString &remoteAddress);
    static HubError fromAtError(const At::Error &error, const QString &what);

    const HubConfig &m_config;
    Services m_services;
    QHash<QString, Calls::Call> m_live; // sessionId -> call, until it ends
    QHash<QString, Calls::Call> m_ended; // recently ended calls, for late callbacks
    QList<QString> m_endedOrder; // oldest first, to bound m_ended
    QHash<QString, QStringList> m_offered; // sessionId -> agents its ringing reaches
    QHash<QString, PendingInitiation> m_pending; // clientRequestId -> click-to-call on its way
    HubStats m_stats;
    AgentStateService *m_agentStates = nullptr;
};

} // namespace Hub
