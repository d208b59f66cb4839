#pragma once

// The hub's LAN API: every /api route, the AT webhook, the web console's files and the
// WebSocket call streams, registered on one Http::Router. Handlers are thin: check who is
// asking, read the input, make one call into the hub, write JSON. The contract (paths, names,
// error shape) is documented in resources/api/openapi.json, served at /api/openapi.json.

#include "apierror.h"
#include "auth/identity.h"
#include "http/router.h"
#include "hub/hubconfig.h"
#include "hub/huberror.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>

namespace Auth {
class AuthService;
struct AuthError;
} // namespace Auth
namespace Analytics {
class Reports;
}
namespace Hub {
class CallCenter;
class SpendMeter;
} // namespace Hub
namespace Recordings {
class RecordingManager;
}

namespace Api {

class CallStreams;

class HubApi final
{
public:
    HubApi(const Hub::HubConfig &config,
        Auth::AuthService &auth,
        Hub::CallCenter &calls,
        CallStreams &streams,
        Recordings::RecordingManager &recordings,
        Analytics::Reports &analytics,
        Hub::SpendMeter &spend);

    void registerRoutes(Http::Router &router);

    // Error mappings shared by the handlers.
    static Error fromHubError(const Hub::HubError &error);
    static Error fromAuthError(const Auth::AuthError &error);

    // Counted for /api/health ("wrongSecret"): posts to the webhook with a wrong secret.
    qint64 webhookSecretFailures() const { return m_webhookSecretFailures; }

private:
    using AuthedHandler
        = std::function<Http::Response(const Http::Request &, const Auth::Identity &)>;
    using AuthedAsyncHandler
        = std::function<void(const Http::Request &, const Auth::Identity &, Http::Respond)>;
    Http::AsyncHandler authed(AuthedHandler handler) const;
    Http::AsyncHandler authedAsync(AuthedAsyncHandler handler) const;
    Http::AsyncHandler adminOnly(AuthedHandler handler) const;
    // 413 in the API's error shape for a body over apiMaxBodyBytes (the webhook has its own
    // cap). The HTTP server's own cap answers in plain text, so the hub leaves it off.
    std::optional<Error> bodyTooLarge(const Http::Request &request) const;

    // authcontroller.cpp
    Http::Response login(const Http::Request &request);
    Http::Response logout(const Http::Request &request, const Auth::Identity &user);
    Http::Response me(const Http::Request &request, const Auth::Identity &user);
    Http::Response updateMe(const Http::Request &request, const Auth::Identity &user);
    // The user as GET /api/me answers: who they are and, for an agent, their state.
    QJsonObject meJson(const Auth::Identity &user) const;
    // agentscontroller.cpp
    Http::Response listAgents(const Http::Request &request, const Auth::Identity &user);
    // agentstatecontroller.cpp: agent states
    Http::Response setMyState(const Http::Request &request, const Auth::Identity &user);
    Http::Response setAgentState(const Http::Request &request, const Auth::Identity &user);
    Http::Response awayReasons(const Http::Request &request, const Auth::Identity &user);
    Http::Response agentStateAnswer(const QString &username);
    // GET /api/analytics/agent-performance's rows with "time_in_state" added (seconds in each
    // state within [from, to)).
    Util::Result<QJsonObject, Error> withTimeInState(QJsonObject performance,
        const Auth::Identity &user,
        const QDateTime &from,
        const QDateTime &to);
    // callscontroller.cpp
    void initiate(const Http::Request &request, const Auth::Identity &user, Http::Respond respond);
    Http::Response activeCalls(const Http::Request &request, const Auth::Identity &user);
    Http::Response callById(const Http::Request &request, const Auth::Identity &user);
    Http::Response history(const Http::Request &request, const Auth::Identity &user);
    void transfer(const Http::Request &request, const Auth::Identity &user, Http::Respond respond);
    // recordingscontroller.cpp
    void recordingAudio(const Http::Request &request, Http::Respond respond);
    void recordingAudioFor(
        const Http::Request &request, const Auth::Identity &user, Http::Respond respond);
    Http::Response recordingLink(const Http::Request &request, const Auth::Identity &user);
    Http::Response downloadRecording(const Http::Request &request, const Auth::Identity &user);
    Http::Response recordingStatus(const Http::Request &request, const Auth::Identity &user);
    Http::Response deleteRecording(const Http::Request &request, const Auth::Identity &user);
    // The call's recordingUrl when `user` may see the call, else the error to answer.
    Util::Result<QString, Error> recordingSource(
        const Http::Request &request, const Auth::Identity &user) const;
    // analyticscontroller.cpp
    Http::Response callVolume(const Http::Request &request, const Auth::Identity &user);
    Http::Response agentPerformance(const Http::Request &request, const Auth::Identity &user);
    Http::Response callDurationStats(const Http::Request &request, const Auth::Identity &user);
    Http::Response analyticsSummary(const Http::Request &request, const Auth::Identity &user);
    // wrapupcontroller.cpp: wrap-up and dispositions; spendcontroller.cpp: today's spend
    void saveWrapUp(
        const Http::Request &request, const Auth::Identity &user, Http::Respond respond);
    Http::Response dispositions(const Http::Request &request, const Auth::Identity &user);
    Http::Response spendToday(const Http::Request &request, const Auth::Identity &user);
    // userscontroller.cpp
    Http::Response listUsers(const Http::Request &request, const Auth::Identity &user);
    Http::Response createUser(const Http::Request &request, const Auth::Identity &user);
    Http::Response updateUser(const Http::Request &request, const Auth::Identity &user);
    Http::Response deleteUser(const Http::Request &request, const Auth::Identity &user);
    // systemcontroller.cpp
    Http::Response health(const Http::Request &request) const;
    Http::Response openApi(const Http::Request &request) const;
    Http::Response webConsoleFile(const QString &path) const;
    // webhookcontroller.cpp
    void webhook(const Http::Request &request, Http::Respond respond);

    const Hub::HubConfig &m_config;
    Auth::AuthService &m_auth;
    Hub::CallCenter &m_calls;
    CallStreams &m_streams;
    Recordings::RecordingManager &m_recordings;
    Analytics::Reports &m_analytics;
    Hub::SpendMeter &m_spend;
    QDateTime m_startedAt;
    qint64 m_webhookSecretFailures = 0;
};

// "Bearer <token>" from the Authorization header, or (for browsers' WebSockets, which cannot
// set headers) the token query parameter when allowQueryToken is true.
QString bearerToken(const Http::Request &request, bool allowQueryToken);

} // namespace Api
