// HubClient's agent-state requests (an agent's own choice, a supervisor's for an agent, the away
// reasons) and the reader of an agent as the hub lists them (GET /api/agents, agent_update).

#include "clientjson.h"
#include "hubclientprivate.h"
#include "jsonfield.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Client {

namespace {

// null or absent reads as "" (no line, no reason).
Util::Result<QString, QString> optionalText(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isNull() || value.isUndefined())
        return QString();
    if (!value.isString())
        return wrongField(key, u"text or null"_s);
    return value.toString();
}

Util::Result<AwayReasons, QString> readAwayReasons(const QJsonObject &json)
{
    auto reasons = nameListAt(json, u"reasons"_s);
    if (!reasons)
        return Util::fail(reasons.error());
    AwayReasons out;
    out.reasons = reasons.value();
    const QJsonValue seconds = json.value(u"afterCallWorkSeconds"_s);
    if (!seconds.isDouble() || seconds.toInt() < 0)
        return wrongField(u"afterCallWorkSeconds"_s, u"a number of seconds"_s);
    out.afterCallWorkSeconds = seconds.toInt();
    return out;
}

QJsonObject stateBody(const QString &state, const QString &reason)
{
    QJsonObject body{{u"state"_s, state}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return body;
}

} // namespace

Util::Result<AgentInfo, QString> agentFromJson(const QJsonObject &json, bool requireCounts)
{
    const QJsonValue username = json.value(u"username"_s);
    if (!username.isString() || username.toString().isEmpty())
        return wrongField(u"username"_s, u"a name"_s);
    AgentInfo agent;
    agent.username = username.toString();
    agent.displayName = json.value(u"displayName"_s).toString();
    const QJsonValue active = json.value(u"activeCalls"_s);
    if (active.isDouble() && active.toDouble() >= 0)
        agent.activeCalls = int(qMin<double>(active.toDouble(), std::numeric_limits<int>::max()));
    else if (requireCounts || !active.isUndefined())
        return wrongField(u"activeCalls"_s, u"a count"_s);
    agent.online = json.value(u"online"_s).toBool();
    auto line = optionalText(json, u"line"_s);
    if (!line)
        return Util::fail(line.error());
    agent.line = line.value();
    // A hub from before agent states sends none: the agent's state is then unknown ("").
    auto state = optionalText(json, u"state"_s);
    if (!state)
        return Util::fail(state.error());
    agent.state = state.value();
    auto reason = optionalText(json, u"stateReason"_s);
    if (!reason)
        return Util::fail(reason.error());
    agent.stateReason = reason.value();
    auto since = optionalText(json, u"stateSince"_s);
    if (!since)
        return Util::fail(since.error());
    if (!since->isEmpty()) {
        agent.stateSince = QDateTime::fromString(since.value(), Qt::ISODateWithMs);
        if (!agent.stateSince.isValid())
            return wrongField(u"stateSince"_s, u"an ISO-8601 time"_s);
    }
    auto next = optionalText(json, u"nextState"_s);
    if (!next)
        return Util::fail(next.error());
    agent.nextState = next.value();
    auto nextReason = optionalText(json, u"nextStateReason"_s);
    if (!nextReason)
        return Util::fail(nextReason.error());
    agent.nextStateReason = nextReason.value();
    return agent;
}

void HubClient::setMyState(const QString &state, const QString &reason, Reply<AgentInfo> reply)
{
    d->fetch<AgentInfo>(
        "PUT",
        u"/api/me/state"_s,
        {},
        stateBody(state, reason),
        [](const QJsonObject &json) { return agentFromJson(json); },
        std::move(reply));
}

void HubClient::setAgentState(
    const QString &username, const QString &state, const QString &reason, Reply<AgentInfo> reply)
{
    d->fetch<AgentInfo>(
        "PUT",
        u"/api/agents/%1/state"_s.arg(pathSegment(username)),
        {},
        stateBody(state, reason),
        [](const QJsonObject &json) { return agentFromJson(json); },
        std::move(reply));
}

void HubClient::awayReasons(Reply<AwayReasons> reply)
{
    d->fetch<AwayReasons>(
        "GET", u"/api/agents/away-reasons"_s, {}, std::nullopt, readAwayReasons, std::move(reply));
}

void HubClient::myState(Reply<AgentInfo> reply)
{
    d->fetch<AgentInfo>(
        "GET",
        u"/api/me"_s,
        {},
        std::nullopt,
        [](const QJsonObject &json) { return agentFromJson(json, false); },
        std::move(reply));
}

} // namespace Client
