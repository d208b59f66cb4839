#pragma once

// The one way the desktop console (and any other Qt frontend) reaches a hub: its REST API and
// its WebSocket call stream, whether the hub runs in this process (a single desk, demo mode)
// or elsewhere on the LAN. Nothing here touches storage or Africa's Talking.
//
// Every request is asynchronous and answers exactly once, with a value or a ClientError, on
// the thread that owns the HubClient. The bearer token lives in memory only.

#include "analyticsresults.h"
#include "auth/identity.h"
#include "calls/call.h"
#include "util/result.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Client {

struct ClientError
{
    enum class Kind {
        Network, // the hub could not be reached (refused, timed out, DNS, TLS)
        Http, // the hub answered with an error status; code/message from its JSON error
        Protocol, // the hub answered something that is not the API (bad JSON, missing keys)
    };
    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 unless Kind::Http
    QString code; // the API's error code ("invalid_number", "unauthorized", ...), or ""
    QString message; // a sentence a person can read; never empty
};

template <typename T>
using Reply = std::function<void(const Util::Result<T, ClientError> &)>;

struct Session
{
    QString token;
    QDateTime expiresAt;
    Auth::Identity identity;
};

struct ActiveCalls
{
    QList<Calls::Call> calls;
    qint64 seq = 0; // the snapshot's place in the event stream
};

struct HistoryQuery
{
    QString agent;
    QString direction; // "", "inbound", "outbound"
    QStringList states; // API names: "completed", "failed", ...
    QString number;
    QDateTime from, to; // invalid: open
    int offset = 0;
    int limit = 50;
};

struct HistoryPage
{
    QList<Calls::Call> calls;
    int total = 0;
    int offset = 0;
    int limit = 0;
};

// GET /api/agents (supervisors and admins): every agent and whether they are connected.
struct AgentInfo
{
    QString username;
    QString displayName;
    QString line;
    bool online = false; // has an open call stream
    int activeCalls = 0;
    // Agent states: "available", "busy", "away", "after_call_work" or "offline"; the reason
    // while away; when the state began (invalid: never signed in).
    QString state;
    QString stateReason;
    QDateTime stateSince;
    // Chosen during a call: where the agent goes when it is over ("away" with its reason), when
    // that is not simply available; "" otherwise (and from hubs that do not say).
    QString nextState;
    QString nextStateReason;
};

// --- Agent states (hubclientagents.cpp) ---
// GET /api/agents/away-reasons.
struct AwayReasons
{
    QStringList reasons;
    int afterCallWorkSeconds = 0;
};

struct InitiateRequest
{
    QString to;
    QString from; // "" = the hub's default voice number
    QString clientRequestId; // "" = none
};

struct TransferRequest
{
    QString to;
    QString callLeg; // "", "caller", "callee"
};

// --- Wrap-up and today's spend (hubclientwrapup.cpp) ---
// GET /api/wrap-up/dispositions: what an agent chooses from after a call.
struct WrapUpChoices
{
    QStringList dispositions; // in the hub's order
    int notesMaxChars = 0;
};

// GET /api/spend/today: amounts are exact decimal strings per currency code, as the hub sends.
struct SpendToday
{
    QDateTime from; // the hub's local midnight that began today
    QDateTime resetsAt; // the next one
    QMap<QString, QString> spent;
    QMap<QString, QString> cap; // empty when there is no cap
    QMap<QString, QString> remaining;
    bool capped = false;
    bool capReached = false;
};

struct Health
{
    QString status; // "ok", ...
    QString version;
    bool demo = false;
};

// The live call stream's state, as the console shows it.
enum class ConnectionState {
    Disconnected, // not started, or logged out
    Connecting, // first connection attempt
    Connected, // stream open and caught up ("ready" received)
    Reconnecting, // lost; retrying with backoff, will resume from the last seq
};

struct StreamEvent
{
    QString type; // "call_initiated", "call_update", later others (agent_update)
    qint64 seq = 0;
    QString sessionId;
    QDateTime at;
    Calls::Call call; // valid for call events
    AgentInfo agent; // valid for agent_update: the agent, as GET /api/agents lists them
};

class HubClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubClient)

public:
    explicit HubClient(QObject *parent = nullptr);
    ~HubClient() override;

    // http://host:port (no path). Changing it logs out.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;

    // Login keeps the session; every later request sends its token. A 401 on any request
    // after login emits sessionExpired() (the token expired or was revoked).
    void login(const QString &username, const QString &password, Reply<Session> reply);
    void logout();
    bool isLoggedIn() const;
    const Session &session() const;

    void health(Reply<Health> reply);
    void me(Reply<Auth::Identity> reply);
    // PATCH /api/me: the user's own line ("" removes it) and display name.
    void updateMyLine(const QString &line, Reply<Auth::Identity> reply);
    void activeCalls(Reply<ActiveCalls> reply);
    void call(const QString &sessionId, Reply<Calls::Call> reply);
    void history(const HistoryQuery &query, Reply<HistoryPage> reply);
    void agents(Reply<QList<AgentInfo>> reply);
    void initiate(const InitiateRequest &request, Reply<Calls::Call> reply);
    void transfer(
        const QString &sessionId, const TransferRequest &request, Reply<Calls::Call> reply);
    // POST /api/calls/{id}/recording/link: a short-lived address of the call's recording on the
    // hub (its local copy, with Range), which a media player can open without a token header.
    void recordingLink(const QString &sessionId, Reply<QUrl> reply);

    // --- Analytics and recordings management (hubclientanalytics.cpp) ---
    // GET /api/analytics/call-volume, agent-performance, call-duration-stats and summary for
    // the query's range; an agent gets only their own figures (the hub decides).
    void callVolume(const AnalyticsQuery &query, Reply<CallVolume> reply);
    void agentPerformance(const AnalyticsQuery &query, Reply<AgentPerformance> reply);
    void callDurationStats(const AnalyticsQuery &query, Reply<DurationStats> reply);
    void analyticsSummary(const AnalyticsQuery &query, Reply<AnalyticsSummary> reply);
    // POST /api/calls/{id}/recording/download (the hub fetches AT's file into its storage),
    // GET .../recording/status, DELETE .../recording (supervisors and admins).
    void downloadRecording(const QString &sessionId, Reply<RecordingStatus> reply);
    void recordingStatus(const QString &sessionId, Reply<RecordingStatus> reply);
    void deleteRecording(const QString &sessionId, Reply<RecordingStatus> reply);

    // --- Wrap-up and today's spend (hubclientwrapup.cpp) ---
    void dispositions(Reply<WrapUpChoices> reply);
    // POST /api/calls/{id}/wrap-up: the call as it now stands. Saving again replaces it.
    void saveWrapUp(const QString &sessionId,
        const QString &disposition,
        const QString &notes,
        Reply<Calls::Call> reply);
    void spendToday(Reply<SpendToday> reply);

    // --- Agent states (hubclientagents.cpp) ---
    // PUT /api/me/state: an agent chooses "available" (reason "") or "away" with a reason.
    void setMyState(const QString &state, const QString &reason, Reply<AgentInfo> reply);
    // PUT /api/agents/{name}/state: a supervisor or admin chooses for an agent.
    void setAgentState(const QString &username,
        const QString &state,
        const QString &reason,
        Reply<AgentInfo> reply);
    void awayReasons(Reply<AwayReasons> reply);
    // GET /api/me read as an agent: their state (the counts and "online" stay unset).
    void myState(Reply<AgentInfo> reply);

    // The live stream (/api/calls/stream). start() first fetches /api/calls/active (emitting
    // snapshot()), then opens the stream with since=<snapshot seq>. When the connection drops
    // it retries with backoff (0.5 s doubling to 10 s, with jitter) and resumes with
    // since=<last seq seen>, so no event is lost or repeated. stop() closes it for good.
    void startStream();
    void stopStream();
    ConnectionState connectionState() const;
    qint64 lastSeq() const;

    // The network access manager recordings are downloaded and played with (shares the
    // hub's base URL; the player fetches AT's recording URL itself).
    QNetworkAccessManager *network() const;

    // Tuning (tests shorten them): how long a request may take before it fails as a Network
    // error (10 s), and the stream's reconnect delays (0.5 s doubling to 10 s, plus jitter).
    void setRequestTimeout(int milliseconds);
    void setReconnectDelays(int firstMilliseconds, int maxMilliseconds);

Q_SIGNALS:
    void snapshot(const QList<Calls::Call> &calls, qint64 seq);
    void event(const Client::StreamEvent &event);
    void connectionStateChanged(Client::ConnectionState state);
    // After a reconnect: how many events arrived that happened while the stream was down.
    void caughtUp(int missedEvents);
    void sessionExpired();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

QString connectionStateName(ConnectionState state);

} // namespace Client

Q_DECLARE_METATYPE(Client::StreamEvent)
Q_DECLARE_METATYPE(Client::ConnectionState)
