#pragma once

// Phone numbers and the other addresses AT can dial (reference §4.2 Dial, §6).
//
// Everything that touches libphonenumber lives in the .cpp files: this header is included by
// the dial pad, the AT client and the simulator, and none of them should see protobuf, abseil
// or libphonenumber's headers.
//
// Three kinds of address reach Simu:
//  - phone numbers, typed locally ("0712 345678") or internationally ("+254 712 345678",
//    "00254712345678"), always handed on as E.164 ("+254712345678");
//  - AT SIP addresses, "<name>@<cc>.sip.africastalking.com" (cc = ke, ug, ng, ... or sandbox);
//  - WebRTC client names, "<username>.<clientName>", which AT puts in callerNumber.

#include "util/result.h"

#include <QString>

#include <memory>

namespace Phone {

enum class AddressKind { PhoneNumber, SipAddress, WebRtcClient };

struct Address
{
    AddressKind kind = AddressKind::PhoneNumber;
    // E.164 "+254712345678"; SIP "agent1@ke.sip.africastalking.com" (host lower-cased, an
    // optional "sip:" scheme dropped); client "myapp.alice" as given.
    QString value;
    // "KE" for numbers and for SIP addresses on ke.sip...; empty for clients, for the sandbox
    // SIP host and for non-geographic numbers (+800, +882, ...).
    QString regionCode;
    int countryCode = 0; // 254; 0 when unknown

    friend bool operator==(const Address &, const Address &) = default;
};

enum class NumberErrorCode {
    Empty,
    NotANumber,
    TooShort,
    TooLong,
    InvalidCountryCode,
    InvalidForRegion
};

struct NumberError
{
    NumberErrorCode code = NumberErrorCode::NotANumber;
    // For a person, translated (context "Phone::NumberParser"), naming the country in English:
    // "0712 34 is too short for a phone number in Kenya."
    QString message;
};

class NumberParser
{
public:
    // A region is an ISO 3166 two-letter code ("KE", "ug"). An unknown or empty region falls
    // back to KE (AT's home market) with a warning in the log, so a bad setting never leaves
    // the dial pad unable to parse anything.
    explicit NumberParser(const QString &defaultRegion = QStringLiteral("KE"));

    QString defaultRegion() const;

    // Trims, then recognises a SIP address, a WebRTC client name or a phone number. Numbers may
    // contain spaces, dashes, dots and parentheses, start with "+" or the "00" international
    // prefix, or be local to the default region ("0712 345678" → "+254712345678" for KE).
    // Anything else (letters, "ext.", "*144#") is refused as NotANumber.
    Util::Result<Address, NumberError> parse(const QString &input) const;

    // "+254 712 345678" / "0712 345678". Anything that is not a valid number (SIP addresses,
    // client names, garbage) is returned unchanged, so these are safe to call on any address.
    QString formatInternational(const QString &e164) const;
    QString formatNational(const QString &e164) const;

    // "KE" for "+254712345678"; for a SIP address, the region of its host. Empty if unknown.
    QString regionOf(const QString &e164) const;

    // <name>@<cc>.sip.africastalking.com, host case-insensitive, optional "sip:" in front.
    // "a@ke.sip.africastalking.com.evil.com" is not one.
    static bool isSipAddress(const QString &input);
    // "<username>.<clientName>": letters, digits, '_' and '-', at least one letter in each
    // part, so a dotted number like "0712.345" is not mistaken for a client.
    static bool isWebRtcClient(const QString &input);

private:
    QString m_defaultRegion;
};

// For the dial pad: feed it the whole text typed so far, show what it returns. It re-formats
// from scratch on every call, so deleting or pasting needs no special handling.
class AsYouTypeFormatter
{
public:
    explicit AsYouTypeFormatter(const QString &region = QStringLiteral("KE"));
    ~AsYouTypeFormatter();
    AsYouTypeFormatter(const AsYouTypeFormatter &) = delete;
    AsYouTypeFormatter &operator=(const AsYouTypeFormatter &) = delete;

    // "0712345678" → "0712 345678", "+256772123456" → "+256 772 123456". Text with anything
    // but digits, '+' and the separators (SIP addresses, client names, "*144#") comes back
    // unchanged.
    QString format(const QString &typed);

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace Phone
