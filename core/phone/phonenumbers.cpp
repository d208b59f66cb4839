#include "phonenumbers.h"

#include "numbertext.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>
#include <phonenumbers/phonenumberutil.h>
#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace Phone {

namespace {

const QString FALLBACK_REGION = u"KE"_s;
// libphonenumber's answers for "no such region" and "non-geographic entity" (+800, +882, ...).
constexpr char UNKNOWN_REGION[] = "ZZ";
constexpr char NON_GEOGRAPHIC_REGION[] = "001";

// libphonenumber's own process-wide instance; thread-safe and immutable once built.
const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// 0 for a region libphonenumber does not know, so this doubles as the validity check.
int countryCodeForRegion(const QString &region)
{
    return util().GetCountryCodeForRegion(region.toStdString());
}

// Empty for unknown codes and for the non-geographic pseudo-region "001".
QString regionForCountryCode(int countryCode)
{
    std::string region;
    util().GetRegionCodeForCountryCode(countryCode, &region);
    if (region == UNKNOWN_REGION || region == NON_GEOGRAPHIC_REGION)
        return {};
    return QString::fromStdString(region);
}

// The country code at the start of "+2547..." (codes are prefix-free, 1 to 3 digits), or 0.
int leadingCountryCode(const QString &international)
{
    for (qsizetype length = 1; length <= 3 && length < international.size(); ++length) {
        const int code = international.mid(1, length).toInt();
        std::string region;
        util().GetRegionCodeForCountryCode(code, &region);
        if (region != UNKNOWN_REGION)
            return code;
    }
    return 0;
}

// "Kenya"; for numbers without a territory (+800, +882) "country code +882".
QString placeName(const QString &regionCode, int countryCode)
{
    if (regionCode.size() == 2) {
        const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
        if (territory != QLocale::AnyTerritory)
            return QLocale::territoryToString(territory);
    }
    return QCoreApplication::translate("Phone::NumberParser", "country code +%1").arg(countryCode);
}

Util::Failure<NumberError> refuse(NumberErrorCode code, QString message)
{
    return Util::fail(NumberError{code, std::move(message)});
}

// Messages that name a country; without one ("+2") the generic wording is used.
Util::Failure<NumberError> refuseForPlace(
    NumberErrorCode code, const QString &typed, const QString &regionCode, int countryCode)
{
    const bool known = !regionCode.isEmpty() || countryCode != 0;
    const QString place = known ? placeName(regionCode, countryCode) : QString();
    switch (code) {
    case NumberErrorCode::TooShort:
        return refuse(code,
            known ? QCoreApplication::translate(
                "Phone::NumberParser", "%1 is too short for a phone number in %2.")
                        .arg(typed, place)
                  : QCoreApplication::translate(
                      "Phone::NumberParser", "%1 is too short to be a phone number.")
                        .arg(typed));
    case NumberErrorCode::TooLong:
        return refuse(code,
            known ? QCoreApplication::translate(
                "Phone::NumberParser", "%1 is too long for a phone number in %2.")
                        .arg(typed, place)
                  : QCoreApplication::translate(
                      "Phone::NumberParser", "%1 is too long to be a phone number.")
                        .arg(typed));
    case NumberErrorCode::InvalidCountryCode:
        return refuse(code,
            QCoreApplication::translate(
                "Phone::NumberParser", "%1 does not start with a known country code.")
                .arg(typed));
    case NumberErrorCode::Empty:
    case NumberErrorCode::NotANumber:
    case NumberErrorCode::InvalidForRegion:
        break;
    }
    return refuse(NumberErrorCode::InvalidForRegion,
        QCoreApplication::translate("Phone::NumberParser", "%1 is not a valid phone number in %2.")
            .arg(typed, place));
}

// Separators dropped, and the "00" international prefix turned into "+": libphonenumber only
// honours the default region's own prefix, and Kenya's is "000". "000..." is left alone for
// the regions that do use it.
std::optional<QString> numberForParsing(const QString &text)
{
    std::optional<QString> digits = NumberText::stripSeparators(text);
    if (digits && digits->startsWith(u"00"_s) && !digits->startsWith(u"000"_s))
        digits = u'+' + digits->mid(2);
    return digits;
}

// A valid number, or nothing: the formatting helpers return their input unchanged then.
std::optional<PhoneNumber> validNumber(const QString &text, const QString &region)
{
    const std::optional<QString> digits = numberForParsing(text.trimmed());
    if (!digits || digits->isEmpty())
        return std::nullopt;
    PhoneNumber number;
    if (util().Parse(digits->toStdString(), region.toStdString(), &number)
            != PhoneNumberUtil::NO_PARSING_ERROR
        || !util().IsValidNumber(number))
        return std::nullopt;
    return number;
}

Address sipAddress(const QString &text)
{
    QString address = text.trimmed();
    if (address.startsWith(u"sip:"_s, Qt::CaseInsensitive))
        address = address.mid(4);
    const qsizetype at = address.lastIndexOf(u'@');
    const QString host = address.mid(at + 1).toLower();
    Address result{AddressKind::SipAddress, address.left(at) + u'@' + host, {}, 0};
    // "ke.sip.africastalking.com" → KE / 254; "sandbox.sip..." has no country.
    const QString region = host.section(u'.', 0, 0).toUpper();
    if (region.size() == 2) {
        if (const int code = countryCodeForRegion(region)) {
            result.regionCode = region;
            result.countryCode = code;
        }
    }
    return result;
}

} // namespace

NumberParser::NumberParser(const QString &defaultRegion)
    : m_defaultRegion(defaultRegion.trimmed().toUpper())
{
    if (m_defaultRegion.size() != 2 || countryCodeForRegion(m_defaultRegion) == 0) {
        qCWarning(lcApp) << "Unknown phone region" << defaultRegion << "- using" << FALLBACK_REGION;
        m_defaultRegion = FALLBACK_REGION;
    }
}

QString NumberParser::defaultRegion() const
{
    return m_defaultRegion;
}

Util::Result<Address, NumberError> NumberParser::parse(const QString &input) const
{
    const QString typed = input.trimmed();
    if (typed.isEmpty())
        return refuse(NumberErrorCode::Empty,
            QCoreApplication::translate("Phone::NumberParser", "Enter a phone number."));
    if (isSipAddress(typed))
        return sipAddress(typed);
    if (isWebRtcClient(typed))
        return Address{AddressKind::WebRtcClient, typed, {}, 0};

    const std::optional<QString> digits = numberForParsing(typed);
    if (!digits || digits->isEmpty() || *digits == u"+"_s) {
        if (typed.contains(u'@'))
            return refuse(NumberErrorCode::NotANumber,
                QCoreApplication::translate("Phone::NumberParser",
                    "“%1” is not an Africa's Talking SIP address "
                    "(name@ke.sip.africastalking.com).")
                    .arg(typed));
        return refuse(NumberErrorCode::NotANumber,
            QCoreApplication::translate("Phone::NumberParser", "“%1” is not a phone number.")
                .arg(typed));
    }

    // Where a refusal should say the number belongs: the country it dials, else our own.
    const bool international = digits->startsWith(u'+');
    const int typedCountryCode
        = international ? leadingCountryCode(*digits) : countryCodeForRegion(m_defaultRegion);
    const QString typedRegion
        = international ? regionForCountryCode(typedCountryCode) : m_defaultRegion;

    PhoneNumber number;
    switch (util().Parse(digits->toStdString(), m_defaultRegion.toStdString(), &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return refuseForPlace(NumberErrorCode::InvalidCountryCode, typed, {}, 0);
    case PhoneNumberUtil::TOO_LONG_NSN:
        return refuseForPlace(NumberErrorCode::TooLong, typed, typedRegion, typedCountryCode);
    // Only digits get this far, so libphonenumber's NOT_A_NUMBER means "too few of them" ("+2").
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return refuseForPlace(NumberErrorCode::TooShort, typed, typedRegion, typedCountryCode);
    }

    // Parse() accepts "12" happily: validity is a separate question (qt64-notes §2g).
    const int countryCode = number.country_code();
    const QString region = regionForCountryCode(countryCode);
    if (!util().IsValidNumber(number)) {
        switch (util().IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            return refuseForPlace(NumberErrorCode::TooShort, typed, region, countryCode);
        case PhoneNumberUtil::TOO_LONG:
            return refuseForPlace(NumberErrorCode::TooLong, typed, region, countryCode);
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return refuseForPlace(NumberErrorCode::InvalidCountryCode, typed, {}, 0);
        case PhoneNumberUtil::IS_POSSIBLE:
        case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        case PhoneNumberUtil::INVALID_LENGTH:
            break;
        }
        return refuseForPlace(NumberErrorCode::InvalidForRegion, typed, region, countryCode);
    }

    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    std::string numberRegion;
    util().GetRegionCodeForNumber(number, &numberRegion);
    const QString exactRegion
        = numberRegion == UNKNOWN_REGION || numberRegion == NON_GEOGRAPHIC_REGION
        ? QString()
        : QString::fromStdString(numberRegion);
    return Address{
        AddressKind::PhoneNumber, QString::fromStdString(e164), exactRegion, countryCode};
}

namespace {

// SIP addresses, client names and anything that is not a valid number come back unchanged.
QString formatAs(
    const QString &input, const QString &defaultRegion, PhoneNumberUtil::PhoneNumberFormat style)
{
    if (NumberParser::isSipAddress(input) || NumberParser::isWebRtcClient(input))
        return input;
    const std::optional<PhoneNumber> number = validNumber(input, defaultRegion);
    if (!number)
        return input;
    std::string formatted;
    util().Format(*number, style, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace

QString NumberParser::formatInternational(const QString &e164) const
{
    return formatAs(e164, m_defaultRegion, PhoneNumberUtil::INTERNATIONAL);
}

QString NumberParser::formatNational(const QString &e164) const
{
    return formatAs(e164, m_defaultRegion, PhoneNumberUtil::NATIONAL);
}

QString NumberParser::regionOf(const QString &e164) const
{
    if (isSipAddress(e164))
        return sipAddress(e164).regionCode;
    if (isWebRtcClient(e164))
        return {};
    const std::optional<PhoneNumber> number = validNumber(e164, m_defaultRegion);
    if (!number)
        return {};
    std::string region;
    util().GetRegionCodeForNumber(*number, &region);
    if (region == UNKNOWN_REGION || region == NON_GEOGRAPHIC_REGION)
        return {};
    return QString::fromStdString(region);
}

bool NumberParser::isSipAddress(const QString &input)
{
    // Anchored at both ends, so "a@ke.sip.africastalking.com.evil.com" does not pass.
    static const QRegularExpression pattern(
        uR"(^(?:sip:)?[A-Za-z0-9._~+-]+@(?:[A-Za-z]{2}|sandbox)\.sip\.africastalking\.com$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(input.trimmed()).hasMatch();
}

bool NumberParser::isWebRtcClient(const QString &input)
{
    static const QRegularExpression pattern(
        uR"(^[A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*\.[A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*$)"_s);
    return pattern.match(input.trimmed()).hasMatch();
}

} // namespace Phone
