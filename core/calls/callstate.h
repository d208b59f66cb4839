#pragma once

// Where a call stands, as Simu tracks it from AT's notifications (reference §3.7).
//
//   Queued ──► Ringing ──► InProgress ──► Transferring ──► Transferred
//     │           │            │               │
//     └───────────┴────────────┴───────────────┴──► Completed / NoAnswer / Busy / Failed / Rejected
//
// Final states absorb: once a call has ended, no later notification reopens it (a late final
// notification may still fill in data such as cost; see callstatemachine.h).
//
// Transferred is final. It means the call left us: AT reported the transfer done
// (callSessionState=TransferCompleted or callTransferState=Completed), so no agent of ours is
// on it any more. AT still sends one isActive=0 notification when the transferred call really
// hangs up; that one fills in duration, cost and hangup cause but the state stays Transferred.

#include <QObject>
#include <QString>

#include <optional>

namespace Calls {
Q_NAMESPACE

enum class CallState : quint8 {
    Queued, // /call accepted it; AT has not told us anything yet (outbound only)
    Ringing, // inbound call announced to us, not yet answered by anyone
    InProgress, // answered: the customer is on the line
    Transferring, // a /callTransfer is under way; the customer may hear hold music
    Completed, // answered, then hung up normally
    NoAnswer, // rang out, or the caller gave up first
    Busy, // the callee was busy
    Failed, // never connected: absent, unallocated number, network fault, unknown cause
    Rejected, // the callee refused the call
    Transferred, // handed to another number; no longer ours (final, see above)
};
Q_ENUM_NS(CallState)

bool isFinal(CallState state);

// Stable lower_snake names for the API, storage and logs: "queued", "in_progress",
// "no_answer", ... Never translated; never change one once released. (Not called toString():
// QTest finds toString() by argument-dependent lookup and expects it to return char *, so a
// Calls::toString(CallState) would break every QCOMPARE on a CallState.)
QString apiName(CallState state);
std::optional<CallState> callStateFromApiName(const QString &name);

// For people: "No answer". Translated (context "Calls::CallState").
QString displayName(CallState state);

// How the call came to be, which decides who owns it and how it is routed:
//   ClickToCall: an agent asked the hub to call a customer; AT rings the agent's line first and
//                dials the customer once the agent answers.
//   Inbound:     a customer called our AT number.
//   Outbound:    a call placed through /call that is not a click-to-call (a campaign, the API).
//   Unknown:     not known (yet): a notification that named no direction.
enum class CallKind : quint8 { Unknown, ClickToCall, Inbound, Outbound };
Q_ENUM_NS(CallKind)

// Stable names for the API and storage: "click_to_call", "inbound", "outbound", "unknown".
QString kindApiName(CallKind kind);
std::optional<CallKind> callKindFromApiName(const QString &name);

} // namespace Calls
