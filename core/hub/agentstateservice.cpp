#include "agentstateservice.h"

#include "calls/call.h"
#include "calls/calljson.h"
#include "eventbus.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

Storage::AgentStateRow toRow(const QString &username, const AgentStatus &status)
{
    Storage::AgentStateRow row;
    row.username = username;
    row.state = agentStateName(status.state);
    row.reason = status.reason;
    row.since = status.since;
    row.chosen = agentStateName(status.chosen);
    row.chosenReason = status.chosenReason;
    row.afterCallWorkEnds = status.afterCallWorkEnds;
    row.onCall = status.onCall;
    return row;
}

AgentStatus fromRow(const Storage::AgentStateRow &row)
{
    AgentStatus status;
    status.state = agentStateFromName(row.state).value_or(AgentState::Offline);
    status.reason = row.reason;
    status.since = row.since;
    status.chosen = agentStateFromName(row.chosen).value_or(AgentState::Offline);
    status.chosenReason = row.chosenReason;
    status.afterCallWorkEnds = row.afterCallWorkEnds;
    status.onCall = row.onCall;
    return status;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// What an agent on a call (or wrapping one up) returns to when it is over, when that is not
// simply "available": they chose away during the call. "" otherwise.
QString nextState(const AgentStatus &status)
{
    const bool occupied
        = status.state == AgentState::Busy || status.state == AgentState::AfterCallWork;
    if (!occupied || status.chosen == AgentState::Available)
        return {};
    return agentStateName(status.chosen);
}

} // namespace

QJsonObject agentJson(const AgentSummary &agent)
{
    const AgentStatus &status = agent.status;
    return QJsonObject{{u"username"_s, agent.username},
        {u"displayName"_s, agent.displayName},
        {u"line"_s, orNull(agent.line)},
        {u"online"_s, agent.online},
        {u"activeCalls"_s, agent.activeCalls},
        {u"state"_s, agentStateName(status.state)},
        {u"stateReason"_s, orNull(status.reason)},
        {u"stateSince"_s,
            status.since.isValid() ? QJsonValue(Calls::isoTime(status.since)) : QJsonValue()},
        {u"nextState"_s, orNull(nextState(status))},
        {u"nextStateReason"_s,
            nextState(status).isEmpty() ? QJsonValue() : orNull(status.chosenReason)}};
}

QJsonObject withTimeInState(QJsonObject performance, const Storage::TimeInState &times)
{
    const QList<AgentState> reported
        = {AgentState::Available, AgentState::Busy, AgentState::Away, AgentState::AfterCallWork};
    QJsonArray rows;
    for (const QJsonValue &value : performance.value(u"agents"_s).toArray()) {
        QJsonObject row = value.toObject();
        const QHash<QString, qint64> seconds = times.value(row.value(u"agent"_s).toString());
        QJsonObject inState;
        for (const AgentState state : reported)
            inState.insert(agentStateName(state), seconds.value(agentStateName(state)));
        row.insert(u"time_in_state"_s, inState);
        rows.append(row);
    }
    performance.insert(u"agents"_s, rows);
    return performance;
}

AgentStateService::AgentStateService(
    AgentStateSettings settings, Services services, QObject *parent)
    : QObject(parent)
    , m_machine(std::move(settings))
    , m_services(services)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &AgentStateService::expireDue);
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(0);
    connect(&m_recheck, &QTimer::timeout, this, &AgentStateService::recheckCalls);
    // Acts on a call's change once its event is out (after the commit, in seq order), and only
    // on what callChanging() noted: most events change nothing for any agent.
    connect(&m_services.bus,
        &EventBus::published,
        this,
        [this](const Storage::StoredEvent &event, const QByteArray &) {
            if ((m_endingCalls.isEmpty() && !m_onCallsChanged)
                || event.type == QLatin1StringView(AGENT_UPDATE_EVENT))
                return;
            if (const auto ended = m_endingCalls.constFind(event.sessionId);
                ended != m_endingCalls.constEnd()) {
                // An answered call that ended: its agent wraps up, even if AT named them only
                // now.
                if (startsAfterCallWork(ended->agent, ended->endedAt))
                    m_callsEnded.insert(ended->agent);
                m_endingCalls.erase(ended);
            }
            if (m_onCallsChanged || !m_callsEnded.isEmpty())
                callsChanged();
        });
}

AgentStateService::~AgentStateService() = default;

Util::Result<void, Storage::StorageError> AgentStateService::load()
{
    const auto rows = m_services.repository.all();
    if (!rows)
        return Util::fail(rows.error());
    for (const Storage::AgentStateRow &row : *rows)
        m_machine.restore(row.username, fromRow(row));
    qCInfo(lcHub) << "loaded the states of" << rows->size() << "agent(s)";
    recheckCalls();
    expireDue();
    return {};
}

void AgentStateService::loggedIn(const QString &username)
{
    const AgentStatus before = m_machine.status(username);
    apply(username, before, m_machine.loggedIn(username, m_services.clock.now()));
}

void AgentStateService::loggedOut(const QString &username)
{
    const AgentStatus before = m_machine.status(username);
    apply(username, before, m_machine.loggedOut(username, m_services.clock.now()));
}

Util::Result<AgentStatus, AgentStateError> AgentStateService::choose(const QString &username,
    const QString &state,
    const QString &reason,
    const QString &actor,
    const QString &remoteAddress)
{
    const AgentStatus before = m_machine.status(username);
    const auto chosen = m_machine.choose(username, state, reason, m_services.clock.now());
    if (!chosen)
        return Util::fail(chosen.error());
    apply(username, before, *chosen);
    if (actor != username) {
        Storage::AuditEntry entry;
        entry.at = m_services.clock.now();
        entry.actor = actor;
        entry.action = u"agent_state_set"_s;
        entry.target = username;
        entry.detail = reason.isEmpty() ? state : u"%1 (%2)"_s.arg(state, reason.left(40));
        entry.remoteAddress = remoteAddress;
        if (const auto recorded = m_services.audit.record(entry); !recorded)
            qCWarning(lcHub) << "cannot write the audit log:" << recorded.error().message;
    }
    return m_machine.status(username);
}

bool AgentStateService::startsAfterCallWork(const QString &agent, const QDateTime &endedAt)
{
    // A call that has ended keeps changing afterwards (its wrap-up, a late cost): only the first
    // sight of the agent's newest ended call starts after-call work, and only while that work
    // would still be running (a wrap-up saved for yesterday's call must not start it again).
    if (!endedAt.isValid())
        return false;
    const QDateTime newest = m_lastCallEnded.value(agent);
    if (newest.isValid() && endedAt <= newest)
        return false;
    m_lastCallEnded.insert(agent, endedAt);
    const int window = m_machine.settings().afterCallWorkSeconds;
    return endedAt.secsTo(m_services.clock.now()) < qMax(window, 1);
}

void AgentStateService::endAfterCallWork(const QString &username)
{
    const AgentStatus before = m_machine.status(username);
    apply(username, before, m_machine.endAfterCallWork(username, m_services.clock.now()));
}

void AgentStateService::callChanging(const QString &liveAgentBefore, const Calls::Call &call)
{
    // agentsOnCalls() counts a live call for its agent: did this call join or leave that?
    const QString liveAgentAfter = call.isFinal() ? QString() : call.agent;
    if (liveAgentAfter != liveAgentBefore)
        m_onCallsChanged = true;
    // Bridged to an agent's line: the agent talked (a queued caller did not). Every change of an
    // ended call is noted; startsAfterCallWork() lets only the first sight of its end count.
    if (call.isFinal() && !call.agent.isEmpty() && !call.dialLeg.destination.isEmpty()
        && call.endedAt)
        m_endingCalls.insert(call.sessionId, {call.agent, *call.endedAt});
    else if (!m_endingCalls.isEmpty())
        m_endingCalls.remove(call.sessionId);
}

void AgentStateService::callReloaded(const QString &sessionId)
{
    m_endingCalls.remove(sessionId);
    m_onCallsChanged = true;
    callsChanged();
}

void AgentStateService::callsChanged()
{
    if (!m_recheck.isActive())
        m_recheck.start();
}

void AgentStateService::recheckCalls()
{
    if (!m_onCalls)
        return;
    // Read now, the live calls include every change noted so far.
    m_onCallsChanged = false;
    const QSet<QString> onCalls = m_onCalls();
    const QDateTime now = m_services.clock.now();
    QStringList names = m_machine.all().keys();
    for (const QString &username : onCalls) {
        if (!m_machine.all().contains(username))
            names.append(username);
    }
    names.sort(); // one order every time: the events come out the same in every run
    for (const QString &username : std::as_const(names)) {
        const AgentStatus before = m_machine.status(username);
        apply(username, before, m_machine.setOnCall(username, onCalls.contains(username), now));
    }
    QStringList ended(m_callsEnded.cbegin(), m_callsEnded.cend());
    m_callsEnded.clear();
    ended.sort();
    for (const QString &username : std::as_const(ended)) {
        const AgentStatus before = m_machine.status(username);
        // Already wrapping up (the hub saw the call): nothing more to start.
        if (before.afterCallWorkEnds.isValid() && before.since == now)
            continue;
        apply(username, before, m_machine.callEnded(username, now));
    }
}

void AgentStateService::expireDue()
{
    const QHash<QString, AgentStatus> before = m_machine.all();
    for (const auto &[username, status] : m_machine.expire(m_services.clock.now()))
        apply(username, before.value(username), status);
    armTimer();
}

void AgentStateService::apply(
    const QString &username, const AgentStatus &before, const std::optional<AgentStatus> &after)
{
    if (!after)
        return;
    const bool visible
        = before.state != after->state || before.reason != after->reason || !before.since.isValid();
    // A choice made during a call changes nothing yet, but the agent's consoles show it ("then
    // Away ▸ Lunch"), so it is published; only real changes of state go to the state log.
    const bool publish
        = visible || before.chosen != after->chosen || before.chosenReason != after->chosenReason;
    const QDateTime at = m_services.clock.now();
    QByteArray payload;
    qint64 seq = 0;
    const auto written
        = m_services.database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
              if (auto saved = m_services.repository.save(toRow(username, *after), visible); !saved)
                  return Util::fail(saved.error());
              if (!publish)
                  return {};
              AgentSummary summary = m_describe ? m_describe(username) : AgentSummary{};
              summary.username = username;
              summary.status = *after;
              payload = QJsonDocument(agentJson(summary)).toJson(QJsonDocument::Compact);
              // The agent themselves may see it (their console shows their state); supervisors
              // see every event.
              const auto appended = m_services.events.appendJsonText(
                  QString::fromLatin1(AGENT_UPDATE_EVENT), QString(), username, payload, at);
              if (!appended)
                  return Util::fail(appended.error());
              seq = *appended;
              return {};
          });
    armTimer();
    if (!written) {
        // Routing follows memory either way; the stored state catches up with the next change.
        qCWarning(lcHub).noquote()
            << "cannot store the state of" << username << "-" << written.error().message;
        return;
    }
    if (seq == 0)
        return;
    if (visible)
        qCInfo(lcHub).noquote() << username << "is now" << agentStateName(after->state)
                                << after->reason;
    Storage::StoredEvent event;
    event.seq = seq;
    event.type = QString::fromLatin1(AGENT_UPDATE_EVENT);
    event.agent = username;
    event.payloadJson = payload;
    event.createdAt = at;
    m_services.bus.publish(event);
    Q_EMIT stateChanged(username, *after);
}

void AgentStateService::armTimer()
{
    const std::optional<QDateTime> next = m_machine.nextDeadline();
    if (!next) {
        m_deadline.stop();
        return;
    }
    const qint64 ms = m_services.clock.now().msecsTo(*next);
    m_deadline.start(int(qBound<qint64>(0, ms, 24LL * 3600 * 1000)));
}

Util::Result<Storage::TimeInState, Storage::StorageError> AgentStateService::timeInState(
    const QDateTime &from, const QDateTime &to, const QString &agent)
{
    return m_services.repository.timeInState(from, to, m_services.clock.now(), agent);
}

} // namespace Hub
