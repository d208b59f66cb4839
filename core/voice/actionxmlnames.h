#pragma once

// The one place where ActionXML element and attribute names are spelled. AT matches them
// case-sensitively: the PHP SDK once wrote "callBackUrl", AT ignored it and callers looped in
// <GetDigits> (reference §4.1, §7 item 4). The writer and the reader both use these constants.
// Always write them qualified (XmlElement::Say, XmlAttribute::Voice) or through a namespace
// alias; a `using namespace` would make them collide with the action structs (Voice::Say) and
// with namespace Voice itself (XmlAttribute::Voice).

#include "actions.h"

#include <QString>
#include <QStringView>

namespace Voice::XmlElement {

inline constexpr QStringView Response = u"Response";
inline constexpr QStringView Say = u"Say";
inline constexpr QStringView Play = u"Play";
inline constexpr QStringView GetDigits = u"GetDigits";
inline constexpr QStringView Dial = u"Dial";
inline constexpr QStringView Record = u"Record";
inline constexpr QStringView Enqueue = u"Enqueue";
inline constexpr QStringView Dequeue = u"Dequeue";
inline constexpr QStringView Conference = u"Conference";
inline constexpr QStringView Redirect = u"Redirect";
inline constexpr QStringView Reject = u"Reject";

} // namespace Voice::XmlElement

namespace Voice::XmlAttribute {

inline constexpr QStringView Voice = u"voice";
inline constexpr QStringView PlayBeep = u"playBeep";
inline constexpr QStringView Url = u"url";
inline constexpr QStringView NumDigits = u"numDigits";
inline constexpr QStringView Timeout = u"timeout";
inline constexpr QStringView FinishOnKey = u"finishOnKey";
inline constexpr QStringView CallbackUrl = u"callbackUrl"; // never "callBackUrl"
inline constexpr QStringView PhoneNumbers = u"phoneNumbers";
inline constexpr QStringView Record = u"record";
inline constexpr QStringView Sequential = u"sequential";
inline constexpr QStringView CallerId = u"callerId";
inline constexpr QStringView RingBackTone = u"ringBackTone"; // what Simu writes (Node, Java)
inline constexpr QStringView RingbackToneLegacy = u"ringbackTone"; // also read (PHP, docs sample)
inline constexpr QStringView MaxDuration = u"maxDuration";
inline constexpr QStringView MaxLength = u"maxLength";
inline constexpr QStringView TrimSilence = u"trimSilence";
inline constexpr QStringView Name = u"name";
inline constexpr QStringView HoldMusic = u"holdMusic";
inline constexpr QStringView PhoneNumber = u"phoneNumber";

} // namespace Voice::XmlAttribute

namespace Voice {

// The element name of an action ("Say", "GetDigits", ...), for messages and logs.
QString actionElementName(const Action &action);

// "<Say>": how messages quote an element.
QString xmlTag(QStringView elementName);

} // namespace Voice
