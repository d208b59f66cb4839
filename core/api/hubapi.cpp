#include "hubapi.h"

#include "auth/authservice.h"
#include "callstreams.h"
#include "hub/callcenter.h"

using namespace Qt::StringLiterals;

namespace Api {

QString bearerToken(const Http::Request &request, bool allowQueryToken)
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.size() > 7 && header.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(header.mid(7).trimmed());
    if (allowQueryToken)
        return request.queryValue(u"token"_s);
    return {};
}

HubApi::HubApi(const Hub::HubConfig &config,
    Auth::AuthService &auth,
    Hub::CallCenter &calls,
    CallStreams &streams,
    Recordings::RecordingManager &recordings,
    Analytics::Reports &analytics,
    Hub::SpendMeter &spend)
    : m_config(config)
    , m_auth(auth)
    , m_calls(calls)
    , m_streams(streams)
    , m_recordings(recordings)
    , m_analytics(analytics)
    , m_spend(spend)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{}

std::optional<Error> HubApi::bodyTooLarge(const Http::Request &request) const
{
    if (m_config.apiMaxBodyBytes <= 0 || request.body.size() <= m_config.apiMaxBodyBytes)
        return std::nullopt;
    return Error::tooLarge(u"A request body is at most %1 bytes."_s.arg(m_config.apiMaxBodyBytes));
}

Http::AsyncHandler HubApi::authedAsync(AuthedAsyncHandler handler) const
{
    return
        [this, handler = std::move(handler)](const Http::Request &request, Http::Respond respond) {
            if (const auto tooLarge = bodyTooLarge(request)) {
                respond(toResponse(*tooLarge));
                return;
            }
            const QString token = bearerToken(request, false);
            if (token.isEmpty()) {
                respond(toResponse(Error::unauthorised(
                    u"Log in first, then send the token as \"Authorization: Bearer <token>\"."_s)));
                return;
            }
            const auto identity = m_auth.authenticate(token);
            if (!identity) {
                respond(toResponse(fromAuthError(identity.error())));
                return;
            }
            handler(request, *identity, std::move(respond));
        };
}

Http::AsyncHandler HubApi::authed(AuthedHandler handler) const
{
    return authedAsync([handler = std::move(handler)](const Http::Request &request,
                           const Auth::Identity &user,
                           Http::Respond respond) { respond(handler(request, user)); });
}

Http::AsyncHandler HubApi::adminOnly(AuthedHandler handler) const
{
    return authed(
        [handler = std::move(handler)](const Http::Request &request, const Auth::Identity &user) {
            if (!Auth::canManageUsers(user.role))
                return toResponse(Error::forbidden(u"Only an administrator may manage users."_s));
            return handler(request, user);
        });
}

void HubApi::registerRoutes(Http::Router &router)
{
    using namespace std::placeholders;
    const auto sync = [this](auto method) {
        return [this, method](const Http::Request &r, const Auth::Identity &u) {
            return (this->*method)(r, u);
        };
    };

    router.post(u"/api/auth/login"_s, [this](const Http::Request &r) { return login(r); });
    router.addAsync("POST", u"/api/auth/logout"_s, authed(sync(&HubApi::logout)));
    router.addAsync("GET", u"/api/me"_s, authed(sync(&HubApi::me)));
    router.addAsync("PATCH", u"/api/me"_s, authed(sync(&HubApi::updateMe)));
    router.addAsync("GET", u"/api/agents"_s, authed(sync(&HubApi::listAgents)));
    router.addAsync("PUT", u"/api/me/state"_s, authed(sync(&HubApi::setMyState)));
    router.addAsync("GET", u"/api/agents/away-reasons"_s, authed(sync(&HubApi::awayReasons)));
    router.addAsync("PUT", u"/api/agents/{name}/state"_s, authed(sync(&HubApi::setAgentState)));

    router.addAsync("POST",
        u"/api/calls/initiate"_s,
        authedAsync([this](const Http::Request &r, const Auth::Identity &u, Http::Respond respond) {
            initiate(r, u, std::move(respond));
        }));
    router.addAsync("GET", u"/api/calls/active"_s, authed(sync(&HubApi::activeCalls)));
    // The streams without an Upgrade header: say what they are rather than "no such route".
    const auto webSocketOnly = [](const Http::Request &) {
        return toResponse(Error{
            426, u"websocket_required"_s, u"This is a WebSocket endpoint: connect with ws://."_s});
    };
    router.get(u"/api/calls/stream"_s, webSocketOnly);
    router.get(u"/api/calls/stream/{session_id}"_s, webSocketOnly);
    router.addAsync("GET", u"/api/calls"_s, authed(sync(&HubApi::history)));
    router.addAsync("GET", u"/api/calls/{session_id}"_s, authed(sync(&HubApi::callById)));
    router.addAsync("POST",
        u"/api/calls/{session_id}/transfer"_s,
        authedAsync([this](const Http::Request &r, const Auth::Identity &u, Http::Respond respond) {
            transfer(r, u, std::move(respond));
        }));
    router.addAsync("POST",
        u"/api/calls/{session_id}/wrap-up"_s,
        authedAsync([this](const Http::Request &r, const Auth::Identity &u, Http::Respond respond) {
            saveWrapUp(r, u, std::move(respond));
        }));
    router.addAsync("GET", u"/api/wrap-up/dispositions"_s, authed(sync(&HubApi::dispositions)));
    router.addAsync("GET", u"/api/spend/today"_s, authed(sync(&HubApi::spendToday)));
    // Players cannot send a header: the audio also opens with a signed link (?access=...).
    router.addAsync("GET",
        u"/api/calls/{session_id}/recording"_s,
        [this](const Http::Request &r, Http::Respond respond) {
            recordingAudio(r, std::move(respond));
        });
    router.addAsync(
        "DELETE", u"/api/calls/{session_id}/recording"_s, authed(sync(&HubApi::deleteRecording)));
    router.addAsync(
        "POST", u"/api/calls/{session_id}/recording/link"_s, authed(sync(&HubApi::recordingLink)));
    router.addAsync("POST",
        u"/api/calls/{session_id}/recording/download"_s,
        authed(sync(&HubApi::downloadRecording)));
    router.addAsync("GET",
        u"/api/calls/{session_id}/recording/status"_s,
        authed(sync(&HubApi::recordingStatus)));

    router.addAsync("GET", u"/api/analytics/call-volume"_s, authed(sync(&HubApi::callVolume)));
    router.addAsync(
        "GET", u"/api/analytics/agent-performance"_s, authed(sync(&HubApi::agentPerformance)));
    router.addAsync(
        "GET", u"/api/analytics/call-duration-stats"_s, authed(sync(&HubApi::callDurationStats)));
    router.addAsync("GET", u"/api/analytics/summary"_s, authed(sync(&HubApi::analyticsSummary)));

    router.addAsync("GET", u"/api/users"_s, adminOnly(sync(&HubApi::listUsers)));
    router.addAsync("POST", u"/api/users"_s, adminOnly(sync(&HubApi::createUser)));
    router.addAsync("PATCH", u"/api/users/{name}"_s, adminOnly(sync(&HubApi::updateUser)));
    router.addAsync("DELETE", u"/api/users/{name}"_s, adminOnly(sync(&HubApi::deleteUser)));

    router.get(u"/api/health"_s, [this](const Http::Request &r) { return health(r); });
    router.get(u"/api/openapi.json"_s, [this](const Http::Request &r) { return openApi(r); });
    router.addAsync("POST",
        u"/api/webhooks/africastalking/{secret}"_s,
        [this](const Http::Request &r, Http::Respond respond) { webhook(r, std::move(respond)); });

    m_streams.registerRoutes(router);

    router.get(u"/"_s, [this](const Http::Request &) { return webConsoleFile(u"index.html"_s); });
    router.get(u"/web/{file}"_s,
        [this](const Http::Request &r) { return webConsoleFile(r.pathParam(u"file"_s)); });

    router.setNotFoundHandler([](const Http::Request &r) {
        return toResponse(Error::notFound(
            u"There is no %1 %2."_s.arg(QString::fromLatin1(r.method), r.path.left(200))));
    });
    router.setMethodNotAllowedHandler([](const Http::Request &r) {
        return toResponse(Error{405,
            u"method_not_allowed"_s,
            u"%1 is not allowed on %2."_s.arg(QString::fromLatin1(r.method), r.path.left(200))});
    });
}

Error HubApi::fromHubError(const Hub::HubError &error)
{
    using Code = Hub::HubError::Code;
    switch (error.code) {
    case Code::InvalidInput:
        return Error::badRequest(error.errorCode, error.message);
    case Code::NotFound:
        return Error::notFound(error.message);
    case Code::Forbidden:
        return Error::forbidden(error.message);
    case Code::Conflict:
    case Code::AtRejected:
        return Error::conflict(error.errorCode, error.message);
    case Code::RateLimited: {
        Error limited = Error::tooManyRequests(error.message, error.retryAfterSeconds);
        if (!error.errorCode.isEmpty())
            limited.code = error.errorCode; // "rate_limited", "spend_cap_reached"
        return limited;
    }
    case Code::NotConfigured:
    case Code::AtUnavailable:
    case Code::Storage:
        break;
    }
    return Error::unavailable(error.errorCode, error.message, error.retryAfterSeconds);
}

} // namespace Api
