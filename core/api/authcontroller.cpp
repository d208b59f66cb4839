// /api/auth/login, /api/auth/logout, /api/me (and a user changing their own line and name) —
// and how authentication errors read.

#include "auth/authservice.h"
#include "hub/agentstateservice.h"
#include "hub/callcenter.h"
#include "hubapi.h"
#include "jsonbody.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

QJsonObject identityJson(const Auth::Identity &identity)
{
    return QJsonObject{{u"username"_s, identity.username},
        {u"displayName"_s, identity.displayName},
        {u"role"_s, Auth::roleApiName(identity.role)},
        {u"line"_s, identity.line.isEmpty() ? QJsonValue() : identity.line}};
}

} // namespace

Error HubApi::fromAuthError(const Auth::AuthError &error)
{
    using Code = Auth::AuthError::Code;
    switch (error.code) {
    case Code::InvalidCredentials:
        return {401, u"invalid_credentials"_s, error.message};
    case Code::InvalidToken:
        return {401, u"invalid_token"_s, error.message};
    case Code::Expired:
        return {401, u"token_expired"_s, error.message};
    case Code::Disabled:
        return {403, u"account_disabled"_s, error.message};
    case Code::Throttled:
        return Error::tooManyRequests(error.message, error.retryAfterSeconds);
    case Code::InvalidInput:
        return Error::badRequest(u"invalid_field"_s, error.message);
    case Code::NotFound:
        return Error::notFound(error.message);
    case Code::Conflict:
        return Error::conflict(u"conflict"_s, error.message);
    case Code::LastAdmin:
        return Error::conflict(u"last_admin"_s, error.message);
    case Code::Storage:
        break;
    }
    return Error::unavailable(u"storage_unavailable"_s, error.message);
}

Http::Response HubApi::login(const Http::Request &request)
{
    if (const auto tooLarge = bodyTooLarge(request))
        return toResponse(*tooLarge);
    const auto body = JsonBody::parse(request);
    if (!body)
        return toResponse(body.error());
    if (auto only = body->onlyFields({u"username"_s, u"password"_s}); !only)
        return toResponse(only.error());
    const auto username = body->requiredString(u"username"_s);
    if (!username)
        return toResponse(username.error());
    const QJsonValue password = body->object().value(u"password"_s);
    if (!password.isString() || password.toString().isEmpty())
        return toResponse(Error::badRequest(u"missing_field"_s, u"\"password\" is required"_s));
    const auto result = m_auth.login(*username, password.toString(), request.peer.toString());
    if (!result)
        return toResponse(fromAuthError(result.error()));
    // Signing in makes an agent available (agentstate.h); one who is away stays away.
    if (result->identity.role == Auth::Role::Agent && m_calls.agentStates())
        m_calls.agentStates()->loggedIn(result->identity.username);
    return Http::Response::json(QJsonObject{
        {u"token"_s, result->token},
        {u"role"_s, Auth::roleApiName(result->identity.role)},
        {u"expiresAt"_s, result->expiresAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"user"_s, identityJson(result->identity)},
    });
}

Http::Response HubApi::logout(const Http::Request &request, const Auth::Identity &user)
{
    if (const auto done = m_auth.logout(bearerToken(request, false), request.peer.toString());
        !done)
        return toResponse(fromAuthError(done.error()));
    if (user.role == Auth::Role::Agent && m_calls.agentStates())
        m_calls.agentStates()->loggedOut(user.username);
    return Http::Response::empty(204);
}

Http::Response HubApi::me(const Http::Request &, const Auth::Identity &user)
{
    return Http::Response::json(meJson(user));
}

QJsonObject HubApi::meJson(const Auth::Identity &user) const
{
    QJsonObject json = identityJson(user);
    // An agent's own state, as GET /api/agents shows it.
    if (user.role == Auth::Role::Agent && m_calls.agentStates()) {
        Hub::AgentSummary summary;
        summary.status = m_calls.agentStates()->status(user.username);
        const QJsonObject state = Hub::agentJson(summary);
        for (const QString &key : {u"state"_s, u"stateReason"_s, u"stateSince"_s})
            json.insert(key, state.value(key));
    }
    return json;
}

Http::Response HubApi::updateMe(const Http::Request &request, const Auth::Identity &user)
{
    const auto body = JsonBody::parse(request);
    if (!body)
        return toResponse(body.error());
    if (auto only = body->onlyFields({u"line"_s, u"displayName"_s}); !only)
        return toResponse(only.error());
    // The same rules and the same audit entry (user_updated, with the user as the actor) as an
    // administrator's change; only these two fields are the user's own business.
    Auth::UserPatch patch;
    const auto displayName = body->optionalString(u"displayName"_s);
    if (!displayName)
        return toResponse(displayName.error());
    patch.displayName = *displayName;
    const auto line = body->optionalString(u"line"_s);
    if (!line)
        return toResponse(line.error());
    if (body->has(u"line"_s))
        patch.line = line->value_or(QString()); // "" or null removes the line
    const auto updated = m_auth.updateUser(
        user.username, patch, user.username, request.peer.toString(), bearerToken(request, false));
    if (!updated)
        return toResponse(fromAuthError(updated.error()));
    // The next inbound call must ring the new line, not a cached old one.
    m_calls.agentsChanged();
    return Http::Response::json(meJson(updated->identity));
}

} // namespace Api
