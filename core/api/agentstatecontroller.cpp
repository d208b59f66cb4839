// Agent states over the API: PUT /api/me/state (an agent's own choice), PUT
// /api/agents/{name}/state (a supervisor's or an administrator's choice for an agent) and GET
// /api/agents/away-reasons. The rules live in core/hub/agentstate.h; here is who may ask, and
// how a refusal reads.

#include "auth/authservice.h"
#include "callstreams.h"
#include "hub/agentstateservice.h"
#include "hub/callcenter.h"
#include "hubapi.h"
#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

Error unavailableStates()
{
    return Error::unavailable(
        u"agent_states_unavailable"_s, u"This hub does not keep agent states."_s);
}

struct StateRequest
{
    QString state;
    QString reason;
};

Util::Result<StateRequest, Error> readStateRequest(const Http::Request &request)
{
    const auto body = JsonBody::parse(request);
    if (!body)
        return Util::fail(body.error());
    if (auto only = body->onlyFields({u"state"_s, u"reason"_s}); !only)
        return Util::fail(only.error());
    const auto state = body->requiredString(u"state"_s);
    if (!state)
        return Util::fail(state.error());
    const auto reason = body->optionalString(u"reason"_s);
    if (!reason)
        return Util::fail(reason.error());
    return StateRequest{*state, reason->value_or(QString())};
}

} // namespace

Http::Response HubApi::agentStateAnswer(const QString &username)
{
    Hub::AgentStateService *states = m_calls.agentStates();
    Hub::AgentSummary agent;
    agent.username = username;
    if (const auto user = m_auth.user(username); user && user->has_value()) {
        agent.displayName = (*user)->identity.displayName;
        agent.line = (*user)->identity.line;
    }
    agent.online = m_streams.onlineUsers().contains(username);
    const Auth::Identity everyone{u"(agent states)"_s, {}, Auth::Role::Supervisor, {}};
    for (const Calls::Call &call : m_calls.activeCalls(everyone))
        agent.activeCalls += call.agent == username ? 1 : 0;
    if (states)
        agent.status = states->status(username);
    return Http::Response::json(Hub::agentJson(agent));
}

Http::Response HubApi::setMyState(const Http::Request &request, const Auth::Identity &user)
{
    Hub::AgentStateService *states = m_calls.agentStates();
    if (!states)
        return toResponse(unavailableStates());
    if (user.role != Auth::Role::Agent)
        return toResponse(Error::forbidden(u"Only agents have a state; supervisors and "
                                           "administrators are never rung for calls."_s));
    const auto wanted = readStateRequest(request);
    if (!wanted)
        return toResponse(wanted.error());
    const auto chosen = states->choose(
        user.username, wanted->state, wanted->reason, user.username, request.peer.toString());
    if (!chosen)
        return toResponse(Error::badRequest(chosen.error().code, chosen.error().message));
    return agentStateAnswer(user.username);
}

Http::Response HubApi::setAgentState(const Http::Request &request, const Auth::Identity &user)
{
    Hub::AgentStateService *states = m_calls.agentStates();
    if (!states)
        return toResponse(unavailableStates());
    if (!Auth::canSeeAllCalls(user.role))
        return toResponse(Error::forbidden(u"Only supervisors and administrators may set another "
                                           "agent's state; use PUT /api/me/state for your own."_s));
    const QString name = request.pathParam(u"name"_s).trimmed().toLower();
    const auto found = m_auth.user(name);
    if (!found)
        return toResponse(fromAuthError(found.error()));
    if (!found->has_value() || (*found)->identity.role != Auth::Role::Agent)
        return toResponse(Error::notFound(u"There is no agent \"%1\"."_s.arg(name.left(40))));
    const auto wanted = readStateRequest(request);
    if (!wanted)
        return toResponse(wanted.error());
    const auto chosen = states->choose(
        name, wanted->state, wanted->reason, user.username, request.peer.toString());
    if (!chosen)
        return toResponse(Error::badRequest(chosen.error().code, chosen.error().message));
    return agentStateAnswer(name);
}

Http::Response HubApi::awayReasons(const Http::Request &, const Auth::Identity &)
{
    const Hub::AgentStateService *states = m_calls.agentStates();
    if (!states)
        return toResponse(unavailableStates());
    QJsonArray stateNames;
    for (const Hub::AgentState state : Hub::allAgentStates())
        stateNames.append(Hub::agentStateName(state));
    return Http::Response::json(QJsonObject{
        {u"reasons"_s, QJsonArray::fromStringList(states->settings().awayReasons)},
        {u"afterCallWorkSeconds"_s, states->settings().afterCallWorkSeconds},
        {u"states"_s, stateNames},
    });
}

Util::Result<QJsonObject, Error> HubApi::withTimeInState(
    QJsonObject performance, const Auth::Identity &user, const QDateTime &from, const QDateTime &to)
{
    Hub::AgentStateService *states = m_calls.agentStates();
    if (!states)
        return performance;
    const QString only = Auth::canSeeAllCalls(user.role) ? QString() : user.username;
    const auto times = states->timeInState(from, to, only);
    if (!times)
        return Util::fail(Error::unavailable(u"storage_unavailable"_s, times.error().message));
    return Hub::withTimeInState(std::move(performance), *times);
}

} // namespace Api
