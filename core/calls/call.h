#pragma once

// One call as Simu knows it: a plain value, built and changed only by the state machine
// (callstatemachine.h) from AT's notifications, and by Call::outboundQueued() when /call
// answers Queued.
//
// Times: createdAt / answeredAt / endedAt / updatedAt are Simu's own clock (when the news
// reached us), so they are comparable with each other. AT's own times (startedAt,
// dialLeg.startedAt) are kept as AT reported them: AT's time zone is unconfirmed (reference
// §3.4), so they are shown, never mixed into Simu's arithmetic. Durations are AT's, which is
// what AT bills.

#include "calls/callstate.h"
#include "voice/callbackevent.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Calls {

// The <Dial> leg AT bridged the call to (final notification, reference §3.2).
struct DialLeg
{
    QString destination; // dialDestinationNumber: a number or a SIP address
    std::optional<QDateTime> startedAt; // dialStartTime, AT's clock
    std::optional<int> durationSeconds;

    friend bool operator==(const DialLeg &, const DialLeg &) = default;
};

// A /callTransfer as AT reported it (reference §3.6).
struct TransferInfo
{
    QString target; // callTransferredToNumber, else the number in callTransferParam
    QString state; // callTransferState: "Active", "Completed", "CallerHangup", ...
    QString hangupCause; // callTransferHangupCause: "InvalidPhoneNumber", ... (a failed transfer)

    friend bool operator==(const TransferInfo &, const TransferInfo &) = default;
};

// What the agent recorded after the call (POST /api/calls/{id}/wrap-up): a disposition from the
// hub's configured list and free-text notes. Set by the hub, never by the state machine.
struct WrapUp
{
    QString disposition; // "Resolved", "Callback requested", ...
    QString notes;
    QString by; // the username who saved it
    QDateTime at; // when, Simu's clock

    friend bool operator==(const WrapUp &, const WrapUp &) = default;
};

struct Call
{
    QString sessionId; // AT's "ATVId_…", the key everywhere
    Voice::Direction direction = Voice::Direction::Unknown;

    // Who the call belongs to. Set by the hub (routing, click-to-call), never by the state
    // machine, which only seeds `kind` from the direction of a call's first notification.
    CallKind kind = CallKind::Unknown;
    QString agent; // the user (username) handling the call; empty while unassigned
    QString agentLine; // the agent's phone number or AT SIP address the call rang

    // The phone user: callerNumber in notifications (for an outbound call, the number we
    // dialled); "<username>.<clientName>" for WebRTC clients.
    QString customerNumber;
    QString atNumber; // our AT number: destinationNumber in notifications, `from` for /call
    QString clientRequestId;
    QString carrierName; // callerCarrierName: "Safaricom", "MTN", ...
    QString clientDialedNumber; // what a WebRTC client typed, raw

    CallState state = CallState::Queued;
    QDateTime createdAt; // when Simu first learned of the call
    // When Simu learned it was answered; unset if Simu never saw it live (final came first).
    std::optional<QDateTime> answeredAt;
    std::optional<QDateTime> endedAt; // when Simu learned it had ended
    std::optional<QDateTime> startedAt; // callStartTime as AT reported it

    // From the final notification.
    std::optional<int> durationSeconds;
    QString costAmount; // exactly as AT sent it: "0.408333333333333345", "147.440"
    QString currencyCode; // "KES", "UGX"
    QString hangupCause; // "NORMAL_CLEARING", "USER_BUSY", ...
    QString status; // AT's status text: "Success", "NotAnswered", "Aborted"
    DialLeg dialLeg;
    QString lastBridgeHangupCause;
    QString recordingUrl; // latest non-empty one (partial <Record>, or the final notification)

    QString dtmfDigits; // the last digits pressed after <GetDigits>
    TransferInfo transfer;
    std::optional<WrapUp> wrapUp; // unset until the agent wraps the call up

    // Bookkeeping, not call data: how many notifications changed this call, and when the last
    // one did. A duplicated notification changes neither.
    int callbacksApplied = 0;
    QDateTime updatedAt;

    bool isFinal() const { return Calls::isFinal(state); }
    bool hasCost() const { return !costAmount.isEmpty(); }

    // The call /call just queued: direction Outbound, kind Outbound, state Queued. (A
    // click-to-call sets kind, agent and agentLine afterwards.)
    static Call outboundQueued(const QString &sessionId,
        const QString &customerNumber,
        const QString &atNumber,
        const QString &clientRequestId,
        const QDateTime &now);

    friend bool operator==(const Call &, const Call &) = default;
};

// The same call ignoring the bookkeeping fields: is there anything new in `after`?
bool sameCallData(const Call &before, const Call &after);

} // namespace Calls

Q_DECLARE_METATYPE(Calls::Call)
