#pragma once

// AT's voice notifications → call state (reference §3.7). Pure functions on values: no QObject,
// no clock, no I/O, so every sequence AT can produce is a row in a test table.
//
// Rules, in the order they are checked:
//  - A notification for another session changes nothing.
//  - Final states absorb. A later isActive=1 notification never reopens an ended call: it is
//    ignored, with the reason in Transition::reason. A later final notification may still fill
//    in what the call lacks (cost, duration, recording after a transfer) but changes nothing
//    it already has, and never the state.
//  - isActive=1 on a live call: Ringing → Ringing; Answered / Active → InProgress; digits or a
//    recording prove the call is live → InProgress; transfer events → Transferring, or
//    Transferred once AT reports the transfer done; a failed transfer (callTransferHangupCause)
//    → back to InProgress. With no state at all, an inbound call rings and an outbound one is
//    in progress (AT notifies about outbound calls only once they are answered). A call never
//    moves backwards (a late "Ringing" does not undo "InProgress").
//  - isActive=0 on a live call ends it:
//      answered (status Success, a duration above 0, or already in progress) → Completed,
//        or Transferred if a transfer was under way or AT reports one done;
//      NO_ANSWER, NO_USER_RESPONSE, ORIGINATOR_CANCEL, RECOVERY_ON_TIMER_EXPIRE → NoAnswer;
//      USER_BUSY → Busy; CALL_REJECTED → Rejected;
//      SUBSCRIBER_ABSENT, UNALLOCATED_NUMBER, NORMAL_TEMPORARY_FAILURE, SERVICE_UNAVAILABLE,
//        USER_NOT_REGISTERED, UNSPECIFIED → Failed;
//      no cause (or NORMAL_CLEARING) with status / callSessionState NotAnswered → NoAnswer;
//      anything else not answered → Failed.
//  - A duplicated notification finds nothing new: changed == false.
//  - Customer number, AT number, direction, clientRequestId, carrier and AT's start time are
//    filled in from any notification when the call does not have them yet, so a final
//    notification that arrives first still gives a complete call.
//  - Odd values never crash: negative durations and "None" are treated as absent.
//  - Who owns the call (kind, agent, agentLine) is the hub's business: apply() never changes
//    it; start() seeds kind Inbound / Outbound from the first notification's direction.

#include "calls/call.h"
#include "voice/callbackevent.h"

#include <QDateTime>
#include <QString>

namespace Calls {

struct Transition
{
    Call call; // the call afterwards (equal to the input when nothing changed)
    bool changed = false; // false for duplicates, ignored and foreign notifications
    CallState previousState = CallState::Queued;
    QString reason; // for logs and the event log: "answered", "late notification ignored: ..."
};

class CallStateMachine final
{
public:
    CallStateMachine() = delete;

    // `current` is the call as known; `event` one notification about it.
    static Transition apply(
        const Call &current, const Voice::CallbackEvent &event, const QDateTime &receivedAt);

    // A notification for a session Simu has not seen: an inbound call's first notification,
    // an outbound call whose /call answer is still on its way, or a final that arrived first.
    // The Transition's previousState is Queued and changed is true.
    static Transition start(const Voice::CallbackEvent &event, const QDateTime &receivedAt);
    static Call fromFirstCallback(const Voice::CallbackEvent &event, const QDateTime &receivedAt)
    {
        return start(event, receivedAt).call;
    }
};

} // namespace Calls
