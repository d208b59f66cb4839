#pragma once

// Why an ActionXML document is refused, by the writer (an app is about to send it), the reader
// (the simulator received it) or the validator both use. The message is for a person: it names
// the element and attribute as they appear in the XML, so it can be pasted into a log or shown
// in the simulator's event view as it is.

#include <QString>

namespace Voice {

struct ActionXmlError
{
    enum class Code {
        // The bytes (reader only).
        EmptyBody, // nothing but whitespace
        DocumentTooLarge, // over ReadOptions::maxBytes
        MalformedXml, // not well-formed XML (QXmlStreamReader's reason in the message)
        WrongRoot, // root element is not <Response> (names are case-sensitive)
        UnknownElement, // an element AT does not know, with UnknownPolicy::Fail
        UnknownAttribute, // an attribute AT does not know, with UnknownPolicy::Fail
        MisplacedElement, // a known element where it cannot be, e.g. <Dial> inside <GetDigits>
        InvalidBoolean, // not "true"/"false"
        InvalidInteger, // not a whole number that fits an int

        // The document's content (validator: reader and writer alike).
        RejectNotAlone, // <Reject> with any other action
        ActionAfterTerminal, // an action after <Redirect>, <Reject> or a bare <Record/>
        TooManyPrompts, // <GetDigits>/<Record> with more than one <Say>/<Play>
        EmptySayText, // <Say> with no text
        MissingUrl, // <Play> without url, <Redirect> without a URL
        InvalidUrl, // not an absolute http(s) URL
        NoDialNumbers, // <Dial> without phoneNumbers
        InvalidDialNumber, // an empty phoneNumbers entry or one containing a comma
        MissingPhoneNumber, // <Dequeue> without phoneNumber
        NonPositiveNumber, // numDigits, timeout, maxLength or maxDuration <= 0
        InvalidFinishOnKey, // finishOnKey not exactly one of 0-9 * #
        InvalidCharacter, // a character XML 1.0 cannot carry (control characters, lone surrogates)
        WriteFailed, // QXmlStreamWriter reported an error (should not happen after validation)
    };

    Code code = Code::MalformedXml;
    int actionIndex = -1; // index in ActionDocument::actions; -1 when about the document as a whole
    qint64 line = 0; // reader only: line of the offending XML, 0 when unknown or not from XML
    QString message;
};

} // namespace Voice
