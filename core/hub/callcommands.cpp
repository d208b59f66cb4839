// CallCenter, part two: the commands users give — place a click-to-call, transfer a call —
// which go through AT's REST API and then into the journal like any change.

#include "at/atclient.h"
#include "auth/ratelimiter.h"
#include "callcenter.h"
#include "phone/phonenumbers.h"
#include "spendcap.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

constexpr int PENDING_INITIATION_SECONDS = 600;

QString generatedRequestId()
{
    return u"simu-"_s + QString::number(QRandomGenerator::system()->generate64(), 16);
}

HubError error(HubError::Code code, const QString &errorCode, const QString &message)
{
    return HubError{code, errorCode, message, 0};
}

} // namespace

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
    // The cap before the rate limiter: a refused call must not use up the user's quota.
    if (m_services.spend) {
        if (auto refused = m_services.spend->refusal())
            return fail(*refused);
    }
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

    audit(pending.user, u"call.initiated"_s, entry.sessionId, {}, remoteAddress);
    // A notification may already have created the call (adopting the pending initiation).
    if (const auto known = m_live.constFind(entry.sessionId); known != m_live.constEnd()) {
        done(*known);
        return;
    }
    Calls::Call call = Calls::Call::outboundQueued(
        entry.sessionId, pending.customer, pending.from, clientRequestId, now);
    call.kind = Calls::CallKind::ClickToCall;
    call.agent = pending.user.username;
    call.agentLine = pending.user.line;
    save(call, true, remoteAddress, done);
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
            save(updated, false, remoteAddress, done);
        });
}

} // namespace Hub
