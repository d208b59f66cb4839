#pragma once

// One voice notification from AT (reference §3), as CallbackParser produces it. Values stay
// the strings AT sent ("amount" keeps "0.408333333333333345"); a few typed views are added
// where Simu needs to compute with them. A field AT did not send is a null QString; a field
// sent empty (recordingUrl= when nothing was recorded) is an empty, non-null QString.

#include "util/formcodec.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Voice {

enum class Direction { Unknown, Inbound, Outbound };

// callSessionState. Values outside AT's known set map to Other (the text is kept).
enum class SessionState {
    Unknown, // field absent
    Ringing,
    Answered,
    Active,
    Completed,
    NotAnswered,
    Transferred,
    TransferCompleted,
    Other,
};

struct CallbackEvent
{
    // Required: a callback without them is a parse error.
    QString sessionId; // "ATVId_…"
    bool isActive = false;

    // Base fields (every notification).
    QString direction; // "Inbound" / "Outbound"
    Direction directionKind = Direction::Unknown;
    QString callerNumber; // the phone user's side; "+" restored if it arrived as a space
    QString destinationNumber; // your AT number
    QString callSessionState;
    SessionState sessionState = SessionState::Unknown;
    QString callerCarrierName;
    QString callerCountryCode; // "254"; "-1" for WebRTC clients
    QString callStartTime; // "2023-01-18 20:04:52" (either encoding), or "None"
    std::optional<QDateTime> callStartedAt; // parsed; AT's time zone is unconfirmed, read as UTC
    QString clientRequestId;
    QString clientDialedNumber; // WebRTC clients only

    // Round trips.
    QString dtmfDigits; // after <GetDigits>
    QString recordingUrl; // after a partial <Record>, or in the final notification

    // Final notification (isActive == false).
    QString status; // "Success", "NotAnswered", "Aborted", ...
    QString durationInSeconds;
    std::optional<int> durationSeconds;
    QString currencyCode;
    QString amount;
    QString hangupCause;
    QString dialDestinationNumber;
    QString dialStartTime;
    std::optional<QDateTime> dialStartedAt;
    QString dialDurationInSeconds;
    std::optional<int> dialDurationSeconds;
    QString lastBridgeHangupCause;

    // Call-transfer events (reference §3.6).
    QString callTransferParam; // "+2547XXXXXXXX:20"
    QString callTransferredToNumber;
    QString callTransferState; // trimmed: AT's docs show stray leading spaces
    QString callTransferHangupCause;

    // Every field exactly as decoded from the wire, unknown ones included (stored verbatim).
    Util::FormFields raw;

    bool isFinal() const { return !isActive; }
    bool isTransferEvent() const
    {
        return !callTransferState.isNull() || !callTransferParam.isNull();
    }
};

} // namespace Voice
