#include "callstatemachine.h"

#include <QStringList>

using namespace Qt::StringLiterals;
using Voice::CallbackEvent;
using Voice::SessionState;

namespace Calls {

namespace {

// Live notifications overwrite what they carry; finals on an ended call only fill gaps.
enum class Fill { Overwrite, MissingOnly };

// AT writes "None" where a value is missing (callStartTime=None, errorMessage=None).
bool meaningful(const QString &value)
{
    const QString trimmed = value.trimmed();
    return !trimmed.isEmpty() && trimmed.compare(u"None"_s, Qt::CaseInsensitive) != 0;
}

bool sameText(const QString &value, QStringView expected)
{
    return value.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}

void assign(QString &field, const QString &value, Fill fill)
{
    if (!meaningful(value) || (fill == Fill::MissingOnly && !field.isEmpty()))
        return;
    field = value.trimmed();
}

template <typename T>
void assign(std::optional<T> &field, const std::optional<T> &value, Fill fill)
{
    if (!value || (fill == Fill::MissingOnly && field))
        return;
    field = value;
}

// Durations are counts of seconds; a negative one is a broken value, not a fact.
std::optional<int> validDuration(const std::optional<int> &seconds)
{
    return seconds && *seconds >= 0 ? seconds : std::nullopt;
}

// Who and where: filled from any notification, never overwritten.
void fillIdentity(Call &call, const CallbackEvent &event)
{
    if (call.direction == Voice::Direction::Unknown)
        call.direction = event.directionKind;
    assign(call.customerNumber, event.callerNumber, Fill::MissingOnly);
    assign(call.atNumber, event.destinationNumber, Fill::MissingOnly);
    assign(call.clientRequestId, event.clientRequestId, Fill::MissingOnly);
    assign(call.carrierName, event.callerCarrierName, Fill::MissingOnly);
    assign(call.clientDialedNumber, event.clientDialedNumber, Fill::MissingOnly);
    assign(call.startedAt, event.callStartedAt, Fill::MissingOnly);
}

void recordRoundTrip(Call &call, const CallbackEvent &event)
{
    if (!event.dtmfDigits.isNull())
        call.dtmfDigits = event.dtmfDigits.trimmed();
    // An empty recordingUrl means "nothing recorded this time": keep the earlier one.
    assign(call.recordingUrl, event.recordingUrl, Fill::Overwrite);
}

bool isTransferEvent(const CallbackEvent &event)
{
    return event.isTransferEvent() || !event.callTransferredToNumber.isNull()
        || !event.callTransferHangupCause.isNull()
        || event.sessionState == SessionState::Transferred
        || event.sessionState == SessionState::TransferCompleted;
}

bool transferDone(const CallbackEvent &event)
{
    return event.sessionState == SessionState::TransferCompleted
        || sameText(event.callTransferState, u"Completed");
}

bool transferFailed(const CallbackEvent &event)
{
    return meaningful(event.callTransferHangupCause);
}

// "+2547XXXXXXXX:20" → "+2547XXXXXXXX"
QString transferParamTarget(const QString &param)
{
    const qsizetype colon = param.lastIndexOf(u':');
    return (colon < 0 ? param : param.left(colon)).trimmed();
}

void recordTransfer(Call &call, const CallbackEvent &event, Fill fill)
{
    if (!isTransferEvent(event))
        return;
    const QString target = meaningful(event.callTransferredToNumber)
        ? event.callTransferredToNumber
        : transferParamTarget(event.callTransferParam);
    assign(call.transfer.target, target, fill);
    assign(call.transfer.state, event.callTransferState, fill);
    if (fill == Fill::Overwrite) // a new attempt clears the previous attempt's failure
        call.transfer.hangupCause = meaningful(event.callTransferHangupCause)
            ? event.callTransferHangupCause.trimmed()
            : QString();
    else
        assign(call.transfer.hangupCause, event.callTransferHangupCause, fill);
}

void recordFinalData(Call &call, const CallbackEvent &event, Fill fill)
{
    assign(call.durationSeconds, validDuration(event.durationSeconds), fill);
    if (meaningful(event.amount) && (fill == Fill::Overwrite || call.costAmount.isEmpty())) {
        call.costAmount = event.amount.trimmed(); // the amount and its currency go together
        call.currencyCode
            = meaningful(event.currencyCode) ? event.currencyCode.trimmed() : QString();
    }
    assign(call.hangupCause, event.hangupCause, fill);
    assign(call.status, event.status, fill);
    assign(call.dialLeg.destination, event.dialDestinationNumber, fill);
    assign(call.dialLeg.startedAt, event.dialStartedAt, fill);
    assign(call.dialLeg.durationSeconds, validDuration(event.dialDurationSeconds), fill);
    assign(call.lastBridgeHangupCause, event.lastBridgeHangupCause, fill);
    assign(call.recordingUrl, event.recordingUrl, fill);
}

bool isLive(CallState state)
{
    return state == CallState::InProgress || state == CallState::Transferring;
}

// Live states in the order a call moves through them; a notification never moves it back.
int progress(CallState state)
{
    switch (state) {
    case CallState::Queued:
        return 0;
    case CallState::Ringing:
        return 1;
    case CallState::InProgress:
        return 2;
    case CallState::Transferring:
        return 3;
    default:
        return 4;
    }
}

CallState forward(CallState from, CallState to)
{
    return progress(to) >= progress(from) ? to : from;
}

CallState liveState(const Call &before, const CallbackEvent &event)
{
    if (isTransferEvent(event)) {
        if (transferFailed(event)) // the customer is still with us
            return CallState::InProgress;
        return transferDone(event) ? CallState::Transferred
                                   : forward(before.state, CallState::Transferring);
    }
    switch (event.sessionState) {
    case SessionState::Ringing:
        return forward(before.state, CallState::Ringing);
    case SessionState::Answered:
    case SessionState::Active:
        return forward(before.state, CallState::InProgress);
    default:
        break;
    }
    // Digits and recordings only come from a call that is up.
    if (!event.dtmfDigits.isNull() || !event.recordingUrl.isNull())
        return forward(before.state, CallState::InProgress);
    if (before.state == CallState::Queued) {
        const Voice::Direction direction = event.directionKind != Voice::Direction::Unknown
            ? event.directionKind
            : before.direction;
        return direction == Voice::Direction::Outbound ? CallState::InProgress : CallState::Ringing;
    }
    return before.state;
}

bool isOneOf(const QString &cause, std::initializer_list<QStringView> causes)
{
    for (const QStringView candidate : causes) {
        if (cause == candidate)
            return true;
    }
    return false;
}

CallState finalState(const Call &before, const Call &after, const CallbackEvent &event)
{
    const bool notAnswered
        = sameText(event.status, u"NotAnswered") || event.sessionState == SessionState::NotAnswered;
    const bool answered = isLive(before.state) || after.durationSeconds.value_or(0) > 0
        || (sameText(event.status, u"Success") && !notAnswered);
    if (answered) {
        const bool transferred = !transferFailed(event)
            && (before.state == CallState::Transferring || transferDone(event)
                || event.sessionState == SessionState::Transferred);
        return transferred ? CallState::Transferred : CallState::Completed;
    }

    const QString cause = event.hangupCause.trimmed().toUpper();
    if (isOneOf(cause,
            {u"NO_ANSWER", u"NO_USER_RESPONSE", u"ORIGINATOR_CANCEL", u"RECOVERY_ON_TIMER_EXPIRE"}))
        return CallState::NoAnswer;
    if (cause == u"USER_BUSY")
        return CallState::Busy;
    if (cause == u"CALL_REJECTED")
        return CallState::Rejected;
    if (isOneOf(cause,
            {u"SUBSCRIBER_ABSENT",
                u"UNALLOCATED_NUMBER",
                u"NORMAL_TEMPORARY_FAILURE",
                u"SERVICE_UNAVAILABLE",
                u"USER_NOT_REGISTERED",
                u"UNSPECIFIED"}))
        return CallState::Failed;
    // AT said "not answered" without saying why; an unrecognised cause is a failure.
    const bool noCause = !meaningful(cause) || cause == u"NORMAL_CLEARING";
    return noCause && notAnswered ? CallState::NoAnswer : CallState::Failed;
}

QStringList filledIn(const Call &before, const Call &after)
{
    QStringList fields;
    const auto note = [&fields](bool differs, const QString &name) {
        if (differs)
            fields << name;
    };
    note(before.durationSeconds != after.durationSeconds, u"duration"_s);
    note(before.costAmount != after.costAmount, u"cost"_s);
    note(before.hangupCause != after.hangupCause, u"hangup cause"_s);
    note(before.status != after.status, u"status"_s);
    note(before.dialLeg != after.dialLeg, u"dialled leg"_s);
    note(before.lastBridgeHangupCause != after.lastBridgeHangupCause, u"bridge hangup cause"_s);
    note(before.recordingUrl != after.recordingUrl, u"recording"_s);
    note(before.transfer != after.transfer, u"transfer"_s);
    note(before.customerNumber != after.customerNumber || before.atNumber != after.atNumber
            || before.direction != after.direction || before.startedAt != after.startedAt
            || before.clientRequestId != after.clientRequestId
            || before.carrierName != after.carrierName
            || before.clientDialedNumber != after.clientDialedNumber,
        u"call details"_s);
    return fields;
}

QString describeEnd(const Call &call)
{
    QString reason = u"ended: "_s + apiName(call.state);
    if (!call.status.isEmpty() || !call.hangupCause.isEmpty())
        reason
            += u" (status %1, hangupCause %2)"_s.arg(call.status.isEmpty() ? u"-"_s : call.status,
                call.hangupCause.isEmpty() ? u"-"_s : call.hangupCause);
    return reason;
}

} // namespace

Transition CallStateMachine::apply(
    const Call &current, const CallbackEvent &event, const QDateTime &receivedAt)
{
    Transition result{current, false, current.state, {}};
    if (event.sessionId != current.sessionId) {
        result.reason = u"notification for another session ignored"_s;
        return result;
    }
    if (current.isFinal() && !event.isFinal()) {
        result.reason = u"late isActive=1 notification ignored: the call already ended as "_s
            + apiName(current.state);
        return result;
    }

    Call next = current;
    fillIdentity(next, event);
    if (current.isFinal()) {
        recordTransfer(next, event, Fill::MissingOnly);
        recordFinalData(next, event, Fill::MissingOnly);
        const QStringList fields = filledIn(current, next);
        result.reason = fields.isEmpty()
            ? u"repeated final notification: nothing new"_s
            : u"late final notification filled in: "_s + fields.join(u", "_s);
    } else if (event.isFinal()) {
        recordRoundTrip(next, event);
        recordTransfer(next, event, Fill::Overwrite);
        recordFinalData(next, event, Fill::Overwrite);
        next.state = finalState(current, next, event);
        next.endedAt = receivedAt;
        result.reason = describeEnd(next);
    } else {
        recordRoundTrip(next, event);
        recordTransfer(next, event, Fill::Overwrite);
        next.state = liveState(current, event);
        if (progress(next.state) >= progress(CallState::InProgress) && !next.answeredAt)
            next.answeredAt = receivedAt;
        if (next.isFinal()) // the transfer completed: the call has left us
            next.endedAt = receivedAt;
        result.reason = next.state == current.state
            ? QString(u"still "_s + apiName(next.state))
            : QString(apiName(current.state) + u" → "_s + apiName(next.state));
    }

    result.changed = !sameCallData(current, next);
    if (result.changed) {
        next.callbacksApplied = current.callbacksApplied + 1;
        next.updatedAt = receivedAt;
    } else if (!current.isFinal()) {
        result.reason = u"duplicate notification: nothing new"_s;
    }
    result.call = next;
    return result;
}

Transition CallStateMachine::start(const CallbackEvent &event, const QDateTime &receivedAt)
{
    Call seed;
    seed.sessionId = event.sessionId;
    seed.createdAt = receivedAt;
    seed.updatedAt = receivedAt;
    Transition result = apply(seed, event, receivedAt);
    // A call we first hear of from AT was not placed by the hub as a click-to-call: its
    // direction says what it is. Only the hub assigns agents.
    switch (result.call.direction) {
    case Voice::Direction::Inbound:
        result.call.kind = CallKind::Inbound;
        break;
    case Voice::Direction::Outbound:
        result.call.kind = CallKind::Outbound;
        break;
    case Voice::Direction::Unknown:
        break;
    }
    // Even an empty notification tells us the call exists.
    result.changed = true;
    result.call.callbacksApplied = 1;
    result.call.updatedAt = receivedAt;
    result.previousState = CallState::Queued;
    result.reason = u"first notification: "_s + apiName(result.call.state);
    return result;
}

} // namespace Calls
