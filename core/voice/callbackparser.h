#pragma once

// Turns the body of an AT voice notification (reference §3) into a CallbackEvent.
//
// The body is untrusted: anything can POST to the callback URL. Every input gives either an
// event or a CallbackError whose message a person understands; nothing crashes or asserts, and
// messages never quote more than a short prefix of a value.
//
// What is normalised (everything else stays the string AT sent; `raw` keeps every field as
// decoded, unknown ones included):
// * callStartTime / dialStartTime: "2022-03-01 16:13:56" (a form '+' decoded as space) and
//   "2022-03-01+16:13:56" (a literal '+', sent as %2B) give the same time, read as UTC; "None"
//   and anything unparsable give no time.
// * callerNumber, destinationNumber, dialDestinationNumber, callTransferredToNumber: " 254…"
//   (a bare '+' that form decoding turned into a space) gets its '+' back. callTransferParam
//   (" 2547…:20") too. clientDialedNumber is what a browser user typed and stays untouched, as
//   do SIP addresses and WebRTC client names ("myapp.alice").
// * durationInSeconds / dialDurationInSeconds: an int view when the value is a whole number.
// * direction / callSessionState: an enum view; unknown text maps to Unknown / Other.
// * callTransferState is trimmed (AT's docs show stray leading spaces).
// * A field sent twice: the first value counts (as Util::formValue does), except that two
//   different sessionId or isActive values make the callback ambiguous, which is an error.

#include "callbackevent.h"
#include "util/formcodec.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Voice {

struct CallbackError
{
    enum class Code {
        EmptyBody, // nothing (or only whitespace) was posted
        MissingSessionId, // no sessionId field
        InvalidSessionId, // empty, whitespace or control characters, or longer than 128
        MissingIsActive, // no isActive field
        InvalidIsActive, // not "0" or "1"
        ConflictingField, // sessionId or isActive sent twice with different values
    };

    Code code = Code::EmptyBody;
    QString message;
};

class CallbackParser final
{
public:
    static constexpr qsizetype MaxSessionIdLength = 128;

    static Util::Result<CallbackEvent, CallbackError> parse(const QByteArray &formBody);
    // For a body decoded elsewhere (JSON, multipart) into name/value pairs.
    static Util::Result<CallbackEvent, CallbackError> parse(const Util::FormFields &fields);

    // "2022-03-01 16:13:56" or "2022-03-01+16:13:56" as UTC; nothing for "None" or garbage.
    static std::optional<QDateTime> parseTime(const QString &value);
    // " 254711082000" -> "+254711082000"; anything else is returned unchanged.
    static QString restorePlus(const QString &number);
};

} // namespace Voice
