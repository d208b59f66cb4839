#pragma once

// ActionDocument -> the XML an app answers an AT voice callback with (reference §4).
//
// Output, byte for byte (golden files in tests/core/voice/data/actionxml depend on it):
// * `<?xml version="1.0" encoding="UTF-8"?>`, a newline, then `<Response>`; children indented
//   by two spaces, one element per line, a final newline. An empty document is `<Response/>`.
// * Attributes in this fixed order, each written only when set (AT's default applies
//   otherwise); booleans as "true"/"false", numbers in decimal:
//     Say        voice playBeep                       (text as element content)
//     Play       url
//     GetDigits  numDigits timeout finishOnKey callbackUrl      (+ one prompt child)
//     Dial       phoneNumbers record sequential callerId ringBackTone maxDuration
//     Record     finishOnKey maxLength timeout trimSilence playBeep callbackUrl (+ one prompt)
//     Enqueue    name holdMusic
//     Dequeue    phoneNumber name
//     Conference, Reject: no attributes;  Redirect: the URL as element content
// * phoneNumbers are comma-joined without spaces. Text and attribute values are XML-escaped
//   (& < > " and, in attributes, tab/newline as character references); a carriage return is
//   written as &#13; in text too, since readers turn a literal one into a newline.
// Every document goes through ActionXmlValidator first: an invalid one is never written.

#include "actions.h"
#include "actionxmlerror.h"
#include "util/result.h"

#include <QByteArray>

namespace Voice {

class ActionXmlWriter final
{
public:
    static Util::Result<QByteArray, ActionXmlError> write(const ActionDocument &document);
};

} // namespace Voice
