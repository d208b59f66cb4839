#include "callcenter.h"

#include "at/atclient.h"
#include "auth/ratelimiter.h"
#include "calls/calljson.h"
#include "calls/callstatemachine.h"
#include "eventbus.h"
#include "phone/phonenumbers.h"
#include "storage/auditlog.h"
#include "storage/callbacklog.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "util/clock.h"
#include "util/logging.h"
#include "voice/actionxmlwriter.h"
#include "voice/callbackparser.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

constexpr int PENDING_INITIATION_SECONDS = 600;

RoutingOptions routingOptions(const HubConfig &config)
{
    return RoutingOptions{
        config.recordCalls, config.holdMusicUrl, config.queueName, config.maxAgentsRungAtOnce};
}

QString generatedRequestId()
{
    return u"simu-"_s + QString::number(QRandomGenerator::system()->generate64(), 16);
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

WebhookAnswer CallCenter::handleCallback(const QByteArray &body, const QString &remoteAddress)
{
    const auto parsed = Voice::CallbackParser::parse(body);
    if (!parsed) {
        ++m_stats.callbacksRejected;
        qCWarning(lcHub).noquote()
            << "refused a callback from" << remoteAddress << "-" << parsed.error().message;
        return {400, "text/plain; charset=UTF-8", parsed.error().message.toUtf8()};
    }
    const Voice::CallbackEvent &event = *parsed;
    const QDateTime now = m_services.clock.now();

    const std::optional<Calls::Call> before = knownCall(event.sessionId);
    Calls::Transition transition = before ? Calls::CallStateMachine::apply(*before, event, now)
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

    const bool changed = !before || !Calls::sameCallData(*before, call);
    const QString outcome = changed ? transition.reason : u"duplicate: "_s + transition.reason;
    // Whose lines ring must be known before persist() publishes the event: the streams show a
    // ringing call to the agents it is offered to (and an unassigned call to nobody else).
    const std::optional<QStringList> offeredBefore = m_offered.contains(call.sessionId)
        ? std::optional<QStringList>(m_offered.value(call.sessionId))
        : std::nullopt;
    if (decision)
        m_offered.insert(call.sessionId, decision->offeredTo);
    const auto stored = persist(call, !before, &body, remoteAddress, outcome);
    if (!stored) {
        if (offeredBefore)
            m_offered.insert(call.sessionId, *offeredBefore);
        else
            m_offered.remove(call.sessionId);
        ++m_stats.callbacksRejected;
        qCCritical(lcHub).noquote()
            << "cannot store a callback for" << event.sessionId << "-" << stored.error().message;
        return {503, "text/plain; charset=UTF-8", "The hub cannot store this callback right now"};
    }
    ++m_stats.callbacksAccepted;
    if (decision)
        m_services.agents.noteOffered(decision->offeredTo);
    if (call.isFinal() || call.state != Calls::CallState::Ringing)
        m_offered.remove(call.sessionId);
    if (changed)
        remember(call);
    if (!decision)
        return {200, "text/plain; charset=UTF-8", {}};
    const auto xml = Voice::ActionXmlWriter::write(decision->document);
    if (!xml) {
        qCCritical(lcHub) << "the hub built invalid ActionXML:" << xml.error().message;
        return {200, "text/plain; charset=UTF-8", {}};
    }
    return {200, "application/xml; charset=UTF-8", *xml};
}

Util::Result<qint64, Storage::StorageError> CallCenter::persist(const Calls::Call &call,
    bool isNew,
    const QByteArray *rawCallback,
    const QString &remoteAddress,
    const QString &outcome)
{
    const QDateTime now = m_services.clock.now();
    const bool changed = !outcome.startsWith(u"duplicate"_s);
    Storage::StoredEvent event;
    const auto done
        = m_services.database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
              if (rawCallback) {
                  const auto logged = m_services.callbackLog.append(
                      call.sessionId, now, remoteAddress, *rawCallback, outcome);
                  if (!logged)
                      return Util::fail(logged.error());
              }
              if (!changed)
                  return {};
              if (auto saved = m_services.calls.save(call); !saved)
                  return saved;
              event.type = isNew ? u"call_initiated"_s : u"call_update"_s;
              event.sessionId = call.sessionId;
              event.agent = call.agent;
              event.payload = Calls::toJson(call);
              event.createdAt = now;
              const auto seq = m_services.events.append(
                  event.type, event.sessionId, event.agent, event.payload, event.createdAt);
              if (!seq)
                  return Util::fail(seq.error());
              event.seq = *seq;
              return {};
          });
    if (!done)
        return Util::fail(done.error());
    if (event.seq > 0)
        m_services.bus.publish(event);
    return event.seq;
}

void CallCenter::remember(const Calls::Call &call)
{
    if (call.isFinal())
        m_live.remove(call.sessionId);
    else
        m_live.insert(call.sessionId, call);
}

// --- commands ---------------------------------------------------------------------------------

void CallCenter::initiate(const Auth::Identity &user,
    const InitiateRequest &request,
    const QString &remoteAddress,
    CallDone done)
{
    const auto fail = [&done](HubError error) {
        done(Util::Result<Calls::Call, HubError>(Util::fail(std::move(error))));
    };
    if (user.line.isEmpty())
        return fail(error(HubError::Code::Conflict,
            u"no_line"_s,
            u"Set your own phone line (a number or SIP address) first: Simu rings "
            "it, and dials the customer once you answer."_s));
    const Phone::NumberParser numbers(m_config.defaultRegion);
    const auto customer = numbers.parse(request.to);
    if (!customer)
        return fail(error(
            HubError::Code::InvalidInput, u"invalid_phone_number"_s, customer.error().message));
    if (customer->kind == Phone::AddressKind::WebRtcClient)
        return fail(error(HubError::Code::InvalidInput,
            u"invalid_phone_number"_s,
            u"Simu cannot dial a WebRTC client name; give a phone number or an "
            "AT SIP address."_s));
    QString from = request.from;
    if (from.isEmpty() && !m_config.voiceNumbers.isEmpty())
        from = m_config.voiceNumbers.constFirst();
    if (from.isEmpty() || m_config.at.apiKey.isEmpty() || !m_config.at.voiceBaseUrl.isValid())
        return fail(error(HubError::Code::NotConfigured,
            u"at_not_configured"_s,
            u"The hub has no Africa's Talking account set up (API key, username "
            "and a voice number)."_s));
    if (!m_config.voiceNumbers.contains(from))
        return fail(error(HubError::Code::InvalidInput,
            u"invalid_from"_s,
            u"\"from\" must be one of the account's voice numbers: %1"_s.arg(
                m_config.voiceNumbers.join(u", "_s))));
    if (const auto allowed = m_services.limiter.acquire(user.username); !allowed) {
        HubError limited = error(HubError::Code::RateLimited,
            u"rate_limited"_s,
            u"Too many calls started; try again in %1 s."_s.arg(allowed.error()));
        limited.retryAfterSeconds = allowed.error();
        return fail(limited);
    }

    const QString requestId
        = request.clientRequestId.isEmpty() ? generatedRequestId() : request.clientRequestId;
    m_pending.insert(requestId, {user, customer->value, from, m_services.clock.now()});
    audit(user, u"call.initiate"_s, Util::maskNumber(customer->value), requestId, remoteAddress);
    m_services.at.makeCall(At::CallRequest{from, {user.line}, requestId},
        [this, requestId, remoteAddress, done](
            const Util::Result<At::CallResult, At::Error> &result) {
            finishInitiation(requestId, result, remoteAddress, done);
        });
}

void CallCenter::finishInitiation(const QString &clientRequestId,
    const Util::Result<At::CallResult, At::Error> &result,
    const QString &remoteAddress,
    const CallDone &done)
{
    const PendingInitiation pending = m_pending.value(clientRequestId);
    // Forget initiations nobody will adopt any more.
    const QDateTime now = m_services.clock.now();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.key() != clientRequestId && it->startedAt.secsTo(now) > PENDING_INITIATION_SECONDS)
            it = m_pending.erase(it);
        else
            ++it;
    }
    const auto fail = [&](HubError error) {
        m_pending.remove(clientRequestId);
        audit(
            pending.user, u"call.initiate.failed"_s, clientRequestId, error.message, remoteAddress);
        done(Util::Result<Calls::Call, HubError>(Util::fail(std::move(error))));
    };
    if (!result)
        return fail(fromAtError(result.error(), u"place the call"_s));
    if (result->entries.isEmpty())
        return fail(error(HubError::Code::AtUnavailable,
            u"at_bad_response"_s,
            u"Africa's Talking answered without a call entry."_s));
    const At::CallEntry &entry = result->entries.constFirst();
    if (!entry.queued())
        return fail(error(HubError::Code::AtRejected,
            u"at_rejected"_s,
            u"Africa's Talking did not place the call to your line %1: %2"_s.arg(
                pending.user.line, entry.statusText)));

    // A notification may already have created the call (adopting the pending initiation).
    Calls::Call call;
    const bool known = m_live.contains(entry.sessionId);
    if (known) {
        call = m_live.value(entry.sessionId);
    } else {
        call = Calls::Call::outboundQueued(
            entry.sessionId, pending.customer, pending.from, clientRequestId, now);
        call.kind = Calls::CallKind::ClickToCall;
        call.agent = pending.user.username;
        call.agentLine = pending.user.line;
        const auto stored = persist(call, true, nullptr, remoteAddress, u"initiated"_s);
        if (!stored)
            return fail(error(HubError::Code::Storage,
                u"storage_unavailable"_s,
                u"The call was placed but the hub could not store it: %1"_s.arg(
                    stored.error().message)));
        remember(call);
    }
    audit(pending.user, u"call.initiated"_s, entry.sessionId, {}, remoteAddress);
    done(call);
}

void CallCenter::transfer(const Auth::Identity &user,
    const QString &sessionId,
    const TransferCommand &command,
    const QString &remoteAddress,
    CallDone done)
{
    const auto fail = [&done](HubError error) {
        done(Util::Result<Calls::Call, HubError>(Util::fail(std::move(error))));
    };
    const auto current = call(user, sessionId);
    if (!current)
        return fail(current.error());
    if (current->isFinal())
        return fail(
            error(HubError::Code::Conflict, u"call_ended"_s, u"The call has already ended."_s));
    if (current->state != Calls::CallState::InProgress)
        return fail(error(HubError::Code::Conflict,
            u"not_connected"_s,
            u"Only a connected call can be transferred (this one is %1)."_s.arg(
                Calls::displayName(current->state))));
    const Phone::NumberParser numbers(m_config.defaultRegion);
    const auto target = numbers.parse(command.to);
    if (!target)
        return fail(
            error(HubError::Code::InvalidInput, u"invalid_phone_number"_s, target.error().message));
    audit(user, u"call.transfer"_s, sessionId, Util::maskNumber(target->value), remoteAddress);
    At::TransferRequest request{sessionId, target->value, command.callLeg, {}};
    m_services.at.transferCall(request,
        [this, user, sessionId, targetNumber = target->value, remoteAddress, done](
            const Util::Result<At::TransferResult, At::Error> &result) {
            if (!result) {
                const HubError failure = fromAtError(result.error(), u"transfer the call"_s);
                audit(user, u"call.transfer.failed"_s, sessionId, failure.message, remoteAddress);
                return done(Util::Result<Calls::Call, HubError>(Util::fail(failure)));
            }
            Calls::Call updated = m_live.value(sessionId);
            if (updated.sessionId.isEmpty())
                return done(
                    Util::Result<Calls::Call, HubError>(Util::fail(error(HubError::Code::Conflict,
                        u"call_ended"_s,
                        u"The call ended while it was being transferred."_s))));
            updated.transfer.target = targetNumber;
            updated.transfer.state = u"Requested"_s;
            updated.transfer.hangupCause.clear();
            updated.updatedAt = m_services.clock.now();
            if (const auto stored = persist(updated, false, nullptr, remoteAddress, u"transfer"_s);
                !stored)
                return done(Util::Result<Calls::Call, HubError>(Util::fail(error(
                    HubError::Code::Storage, u"storage_unavailable"_s, stored.error().message))));
            remember(updated);
            done(updated);
        });
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
