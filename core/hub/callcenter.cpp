#include "callcenter.h"

#include "agentstateservice.h"
#include "at/atclient.h"
#include "auth/ratelimiter.h"
#include "calljournal.h"
#include "calls/calljson.h"
#include "calls/callstatemachine.h"
#include "phone/phonenumbers.h"
#include "storage/auditlog.h"
#include "util/clock.h"
#include "util/logging.h"
#include "voice/actionxmlwriter.h"
#include "voice/callbackparser.h"

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

constexpr qsizetype ENDED_CALLS_KEPT = 2000;

RoutingOptions routingOptions(const HubConfig &config)
{
    return RoutingOptions{
        config.recordCalls, config.holdMusicUrl, config.queueName, config.maxAgentsRungAtOnce};
}

HubError error(HubError::Code code, const QString &errorCode, const QString &message)
{
    return HubError{code, errorCode, message, 0};
}

} // namespace

CallCenter::CallCenter(const HubConfig &config, Services services, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_services(services)
{}

CallCenter::~CallCenter() = default;

Util::Result<void, Storage::StorageError> CallCenter::load()
{
    const auto live = m_services.calls.live();
    if (!live)
        return Util::fail(live.error());
    for (const Calls::Call &call : *live)
        m_live.insert(call.sessionId, call);
    qCInfo(lcHub) << "loaded" << m_live.size() << "live call(s)";
    return {};
}

// --- webhook ----------------------------------------------------------------------------------

std::optional<Calls::Call> CallCenter::knownCall(const QString &sessionId) const
{
    const auto live = m_live.constFind(sessionId);
    if (live != m_live.constEnd())
        return *live;
    const auto ended = m_ended.constFind(sessionId);
    if (ended != m_ended.constEnd())
        return *ended;
    if (auto waiting = m_services.journal.pendingCall(sessionId))
        return waiting;
    const auto stored = m_services.calls.find(sessionId);
    if (stored && stored->has_value())
        return **stored;
    return std::nullopt;
}

void CallCenter::adoptPending(Calls::Call &call, const QString &clientRequestId)
{
    // A notification can overtake /call's own answer; clientRequestId ties it to the agent's
    // click-to-call, whose customer is not the number AT reports (that is the agent's line).
    const auto pending = m_pending.constFind(clientRequestId);
    if (clientRequestId.isEmpty() || pending == m_pending.constEnd())
        return;
    call.kind = Calls::CallKind::ClickToCall;
    call.customerNumber = pending->customer;
    call.atNumber = pending->from;
    call.agent = pending->user.username;
    call.agentLine = pending->user.line;
}

QSet<QString> CallCenter::busyAgents() const
{
    QSet<QString> busy;
    for (const Calls::Call &call : m_live) {
        if (!call.agent.isEmpty())
            busy.insert(call.agent);
    }
    for (const QStringList &offered : m_offered) {
        for (const QString &agent : offered)
            busy.insert(agent);
    }
    return busy;
}

QSet<QString> CallCenter::agentsOnCalls() const
{
    QSet<QString> onCalls;
    // AT tells nothing between ringing an agent's line and the end of the call, so a call that
    // is the agent's (a click-to-call, an inbound call rung on their line alone) makes them busy
    // from the first ring to the end.
    for (const Calls::Call &call : m_live) {
        if (!call.agent.isEmpty())
            onCalls.insert(call.agent);
    }
    return onCalls;
}

void CallCenter::handleCallback(
    const QByteArray &body, const QString &remoteAddress, AnswerAt answer)
{
    const auto parsed = Voice::CallbackParser::parse(body);
    if (!parsed) {
        ++m_stats.callbacksRejected;
        qCWarning(lcHub).noquote()
            << "refused a callback from" << remoteAddress << "-" << parsed.error().message;
        answer({400, "text/plain; charset=UTF-8", parsed.error().message.toUtf8()});
        return;
    }
    const Voice::CallbackEvent &event = *parsed;
    const QDateTime now = m_services.clock.now();

    const std::optional<Calls::Call> before = knownCall(event.sessionId);
    const Calls::Transition transition = before
        ? Calls::CallStateMachine::apply(*before, event, now)
        : Calls::CallStateMachine::start(event, now);
    Calls::Call call = transition.call;
    if (!before)
        adoptPending(call, event.clientRequestId);

    // Decide AT's next move. Only the first notification of a call asks for one; a repeat of
    // it (AT retrying after a timeout) gets the same kind of answer again.
    const bool asksForActions = event.isActive && event.dtmfDigits.isNull()
        && event.recordingUrl.isNull() && !event.isTransferEvent();
    std::optional<RoutingDecision> decision;
    if (asksForActions && !call.isFinal()) {
        if (call.kind == Calls::CallKind::Inbound
            && event.sessionState == Voice::SessionState::Ringing) {
            QSet<QString> busy = busyAgents();
            for (const QString &agent : m_offered.value(call.sessionId))
                busy.remove(agent); // a retried notification may ring the same agents again
            decision
                = routeInbound(call, m_services.agents.available(busy), routingOptions(m_config));
        } else if (call.kind == Calls::CallKind::ClickToCall
            && event.sessionState == Voice::SessionState::Answered) {
            decision = connectClickToCall(call, routingOptions(m_config));
        }
    }
    if (decision && call.agent.isEmpty() && !decision->assignedAgent.isEmpty()) {
        call.agent = decision->assignedAgent;
        call.agentLine = decision->assignedLine;
    }
    // An inbound call offered to several agents belongs to whoever's line AT bridged.
    if (call.agent.isEmpty() && !call.dialLeg.destination.isEmpty()) {
        if (const auto agent = m_services.agents.byLine(call.dialLeg.destination)) {
            call.agent = agent->username;
            call.agentLine = agent->line;
        }
    }

    // Who hears about this change: the call's agent, and every agent its ringing reached
    // (so an agent who was offered a call also sees it end, whoever took it).
    QStringList audience = m_offered.value(call.sessionId);
    if (decision) {
        for (const QString &agent : decision->offeredTo)
            audience.append(agent);
        m_offered.insert(call.sessionId, decision->offeredTo);
        m_services.agents.noteOffered(decision->offeredTo);
    }
    if (!call.agent.isEmpty())
        audience.prepend(call.agent);
    audience.removeDuplicates();
    if (call.isFinal() || call.state != Calls::CallState::Ringing)
        m_offered.remove(call.sessionId);

    // Memory changes now, so the next callback of this turn already sees this one; if the
    // commit fails, memory is reloaded from the database.
    const bool changed = !before || !Calls::sameCallData(*before, call);
    if (changed) {
        tellAgentStates(call);
        remember(call);
    }

    QByteArray xml;
    if (decision) {
        const auto written = Voice::ActionXmlWriter::write(decision->document);
        if (written)
            xml = *written;
        else
            qCCritical(lcHub) << "the hub built invalid ActionXML:" << written.error().message;
    }
    JournalEntry entry;
    entry.sessionId = call.sessionId;
    entry.at = now;
    entry.callbackBody = body;
    entry.remoteAddress = remoteAddress;
    entry.outcome = changed ? transition.reason : u"duplicate: "_s + transition.reason;
    if (changed) {
        entry.call = call;
        entry.eventType = before ? u"call_update"_s : u"call_initiated"_s;
        entry.audience = audience;
    }
    const QString sessionId = call.sessionId;
    m_services.journal.append(std::move(entry),
        [this, sessionId, xml, answer = std::move(answer)](
            const Util::Result<qint64, Storage::StorageError> &stored) {
            if (!stored) {
                ++m_stats.callbacksRejected;
                qCCritical(lcHub).noquote()
                    << "cannot store a callback for" << sessionId << "-" << stored.error().message;
                reloadFromStorage(sessionId);
                answer({503,
                    "text/plain; charset=UTF-8",
                    "The hub cannot store this callback right now"});
                return;
            }
            ++m_stats.callbacksAccepted;
            if (xml.isEmpty())
                answer({200, "text/plain; charset=UTF-8", {}});
            else
                answer({200, "application/xml; charset=UTF-8", xml});
        });
}

void CallCenter::save(
    const Calls::Call &call, bool isNew, const QString &remoteAddress, CallDone done)
{
    tellAgentStates(call);
    remember(call);
    JournalEntry entry;
    entry.sessionId = call.sessionId;
    entry.at = m_services.clock.now();
    entry.remoteAddress = remoteAddress;
    entry.call = call;
    entry.eventType = isNew ? u"call_initiated"_s : u"call_update"_s;
    entry.audience = call.agent.isEmpty() ? QStringList() : QStringList{call.agent};
    m_services.journal.append(std::move(entry),
        [this, call, done = std::move(done)](
            const Util::Result<qint64, Storage::StorageError> &stored) {
            if (!stored) {
                reloadFromStorage(call.sessionId);
                done(Util::Result<Calls::Call, HubError>(Util::fail(error(HubError::Code::Storage,
                    u"storage_unavailable"_s,
                    u"The hub could not store the call: %1"_s.arg(stored.error().message)))));
                return;
            }
            done(call);
        });
}

void CallCenter::remember(const Calls::Call &call)
{
    if (!call.isFinal()) {
        m_live.insert(call.sessionId, call);
        return;
    }
    m_live.remove(call.sessionId);
    // Late and repeated callbacks of a call that just ended are common; keep the newest ended
    // calls at hand instead of reading them back from the database.
    if (!m_ended.contains(call.sessionId))
        m_endedOrder.append(call.sessionId);
    m_ended.insert(call.sessionId, call);
    while (m_endedOrder.size() > ENDED_CALLS_KEPT)
        m_ended.remove(m_endedOrder.takeFirst());
}

void CallCenter::tellAgentStates(const Calls::Call &call)
{
    if (!m_agentStates)
        return;
    const auto live = m_live.constFind(call.sessionId);
    m_agentStates->callChanging(live == m_live.constEnd() ? QString() : live->agent, call);
}

void CallCenter::reloadFromStorage(const QString &sessionId)
{
    m_live.remove(sessionId);
    m_ended.remove(sessionId);
    if (m_agentStates)
        m_agentStates->callReloaded(sessionId);
    const auto stored = m_services.calls.find(sessionId);
    if (stored && stored->has_value())
        remember(**stored);
}

// --- queries ----------------------------------------------------------------------------------

bool CallCenter::canSee(const Auth::Identity &user, const Calls::Call &call) const
{
    return Auth::canSeeAllCalls(user.role) || call.agent == user.username
        || m_offered.value(call.sessionId).contains(user.username);
}

QList<Calls::Call> CallCenter::activeCalls(const Auth::Identity &user) const
{
    QList<Calls::Call> out;
    for (const Calls::Call &call : m_live) {
        if (canSee(user, call))
            out.append(call);
    }
    std::sort(out.begin(), out.end(), [](const Calls::Call &a, const Calls::Call &b) {
        return a.createdAt < b.createdAt;
    });
    return out;
}

Util::Result<Calls::Call, HubError> CallCenter::call(
    const Auth::Identity &user, const QString &sessionId) const
{
    const std::optional<Calls::Call> found = knownCall(sessionId);
    // A call the user may not see is reported exactly like one that does not exist.
    if (!found || !canSee(user, *found))
        return Util::fail(error(HubError::Code::NotFound,
            u"not_found"_s,
            u"No call %1 that you can see."_s.arg(sessionId.left(64))));
    return *found;
}

Util::Result<Storage::CallPage, HubError> CallCenter::history(
    const Auth::Identity &user, Storage::CallQuery query) const
{
    if (!Auth::canSeeAllCalls(user.role))
        query.agent = user.username;
    // History reads the calls table: bring it up to date with the event log first.
    if (const auto written = m_services.journal.flushCalls(); !written)
        return Util::fail(
            error(HubError::Code::Storage, u"storage_unavailable"_s, written.error().message));
    const auto page = m_services.calls.history(query);
    if (!page)
        return Util::fail(
            error(HubError::Code::Storage, u"storage_unavailable"_s, page.error().message));
    return *page;
}

HubStats CallCenter::stats() const
{
    HubStats stats = m_stats;
    stats.liveCalls = int(m_live.size());
    return stats;
}

// --- helpers ----------------------------------------------------------------------------------

void CallCenter::audit(const Auth::Identity &user,
    const QString &action,
    const QString &target,
    const QString &detail,
    const QString &remoteAddress)
{
    Storage::AuditEntry entry;
    entry.at = m_services.clock.now();
    entry.actor = user.username;
    entry.action = action;
    entry.target = target;
    entry.detail = detail;
    entry.remoteAddress = remoteAddress;
    if (const auto recorded = m_services.audit.record(entry); !recorded)
        qCWarning(lcHub) << "cannot write the audit log:" << recorded.error().message;
}

HubError CallCenter::fromAtError(const At::Error &atError, const QString &what)
{
    using Code = At::Error::Code;
    switch (atError.code) {
    case Code::Unauthorised:
    case Code::InvalidRequest:
        return error(HubError::Code::NotConfigured,
            u"at_not_configured"_s,
            u"Cannot %1: %2"_s.arg(what, atError.message));
    case Code::ProviderRejected:
    case Code::BadRequest:
        return error(HubError::Code::AtRejected,
            u"at_rejected"_s,
            u"Cannot %1: %2"_s.arg(what, atError.message));
    case Code::RateLimited:
    case Code::HttpError:
    case Code::Timeout:
    case Code::ConnectionFailed:
    case Code::NetworkError:
    case Code::BadResponse:
        break;
    }
    return error(HubError::Code::AtUnavailable,
        u"at_unavailable"_s,
        u"Cannot %1: %2"_s.arg(what, atError.message));
}

} // namespace Hub
