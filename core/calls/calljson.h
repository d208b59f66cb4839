#pragma once

// The public JSON shape of a call: the hub's REST answers, its WebSocket events and the
// `data` column of the calls table all use it. It is a contract with every frontend: add keys,
// never rename or remove one, never change a value's type.
//
// {
//   "sessionId": "ATVId_…",                  // never empty
//   "kind": "click_to_call" | "inbound" | "outbound" | "unknown",
//   "direction": "inbound" | "outbound" | "unknown",
//   "state": "queued" | "ringing" | "in_progress" | "transferring" | "completed" |
//            "no_answer" | "busy" | "failed" | "rejected" | "transferred",   // Calls::apiName
//   "final": true,                            // the call has ended (derived from state)
//   "customerNumber": "+254712345678",        // or "<username>.<clientName>" (WebRTC)
//   "atNumber": "+254711082000",
//   "agent": "agent1",                        // username; "" while unassigned
//   "agentLine": "+254700000001",             // the agent's number or SIP address the call rang
//   "legs": {"customer": "+254712345678", "agent": "agent1@ke.sip.africastalking.com"},
//                                             // derived: agent = agentLine, else for an inbound
//                                             // call the dialled leg's destination, else ""
//   "clientRequestId": "order-42",
//   "carrier": "Safaricom",
//   "clientDialedNumber": "",                 // what a WebRTC client typed
//   "createdAt": "2026-11-24T10:15:30.123Z",  // Simu's clock, UTC, milliseconds
//   "answeredAt": "…" | null,
//   "endedAt": "…" | null,
//   "startedAt": "…" | null,                  // AT's callStartTime (AT's clock, read as UTC)
//   "updatedAt": "…",
//   "durationSeconds": 39 | null,             // AT's, what AT bills
//   "cost": {"amount": "147.440", "currency": "UGX"} | null,   // amount exactly as AT sent it
//   "hangupCause": "NORMAL_CLEARING",
//   "status": "Success",                      // AT's status text
//   "dialedLeg": {"destination": "…", "startedAt": "…" | null, "durationSeconds": 6 | null}
//                | null,
//   "lastBridgeHangupCause": "",
//   "recordingUrl": "",
//   "dtmfDigits": "",
//   "transfer": {"target": "…", "state": "Completed", "hangupCause": ""} | null,
//   "callbacksApplied": 3,                    // how many AT notifications changed the call
//   "wrapUp": {"disposition": "Resolved", "notes": "…", "by": "agent1", "at": "…"} | null
//                                             // the agent's wrap-up (POST …/wrap-up); null until
//                                             // saved. Snake case by the API's decision (issue 5).
// }
//
// Times are read with or without milliseconds; one without a zone is taken as UTC.
// Text is always a string ("" when unknown); only times, numbers and the grouped objects are
// null when absent. An object is null only when all its parts are empty (so a currency
// without an amount still comes back). "final" and "legs" are derived and ignored on reading.
// callFromJson(toJson(call)) == call for every call.

#include "calls/call.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Calls {

QJsonObject toJson(const Call &call);
// The same as QJsonDocument(toJson(call)).toJson(QJsonDocument::Compact), byte for byte, but
// written directly (a few microseconds instead of twenty): for storage and events, which
// serialise every call on the webhook's hot path.
QByteArray toJsonText(const Call &call);

// Reads what toJson() wrote. A missing key or null reads as unset/empty (so rows written
// before a key was added still read); a wrong type, an unknown state, kind or direction, an
// unreadable time or a missing sessionId is refused with a message naming the key.
Util::Result<Call, QString> callFromJson(const QJsonObject &json);

// "2026-11-24T10:15:30.123Z" (UTC, milliseconds); an invalid time gives "".
QString isoTime(const QDateTime &time);

// Stable names for Voice::Direction in the API and storage: "inbound", "outbound", "unknown".
QString directionApiName(Voice::Direction direction);
std::optional<Voice::Direction> directionFromApiName(const QString &name);

} // namespace Calls
