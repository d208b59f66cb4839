// /api/agents: who is on duty, for supervisors. An agent is "online" while at least one call
// stream of theirs is open (the console keeps one open for as long as it runs); their state
// (available, busy, away, after_call_work, offline) is what routing goes by.

#include "auth/authservice.h"
#include "callstreams.h"
#include "hub/agentstateservice.h"
#include "hub/callcenter.h"
#include "hubapi.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Api {

Http::Response HubApi::listAgents(const Http::Request &, const Auth::Identity &user)
{
    if (!Auth::canSeeAllCalls(user.role))
        return toResponse(
            Error::forbidden(u"Only supervisors and administrators see the list of agents."_s));
    const auto users = m_auth.users();
    if (!users)
        return toResponse(fromAuthError(users.error()));

    QList<Auth::UserInfo> agents;
    for (const Auth::UserInfo &info : *users) {
        if (info.identity.role == Auth::Role::Agent && !info.disabled)
            agents.append(info);
    }
    std::sort(agents.begin(), agents.end(), [](const auto &a, const auto &b) {
        return a.identity.username < b.identity.username;
    });
    // The caller sees every call (checked above), so this counts every agent's live calls.
    QHash<QString, int> liveCalls;
    for (const Calls::Call &call : m_calls.activeCalls(user)) {
        if (!call.agent.isEmpty())
            ++liveCalls[call.agent];
    }
    const QSet<QString> online = m_streams.onlineUsers();

    const Hub::AgentStateService *states = m_calls.agentStates();

    QJsonArray list;
    for (const Auth::UserInfo &info : std::as_const(agents)) {
        const Auth::Identity &agent = info.identity;
        Hub::AgentSummary row;
        row.username = agent.username;
        row.displayName = agent.displayName;
        row.line = agent.line;
        row.online = online.contains(agent.username);
        row.activeCalls = liveCalls.value(agent.username);
        if (states)
            row.status = states->status(agent.username);
        list.append(Hub::agentJson(row));
    }
    return Http::Response::json(QJsonObject{{u"agents"_s, list}});
}

} // namespace Api
