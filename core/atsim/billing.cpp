#include "billing.h"

#include <QStringList>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

__extension__ typedef unsigned __int128 Wide;

constexpr int DECIMALS = 18;
constexpr quint64 FRACTION_SCALE = 1000000000000000000ULL; // 10^18
constexpr int MAX_WHOLE_DIGITS = 38; // fits in 128 bits

// An amount as AT reports it: a whole part and exactly 18 decimals. Billing multiplies whole
// and fraction separately, so even an absurd price times the longest duration stays exact
// instead of silently overflowing into a wrong bill.
struct Amount
{
    Wide whole = 0;
    quint64 fraction = 0; // units of 10^-18, below FRACTION_SCALE
};

bool isAsciiDigits(QStringView text)
{
    // QChar::isDigit() would also accept Arabic-Indic and other digits.
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<Wide> parseDigits(QStringView digits)
{
    if (!isAsciiDigits(digits) || digits.size() > MAX_WHOLE_DIGITS)
        return std::nullopt;
    Wide value = 0;
    for (const QChar c : digits)
        value = value * 10 + Wide(c.unicode() - u'0');
    return value;
}

// "3.5" -> {3, 5 * 10^17}. Anything unparsable (signs, exponents, letters, a second point) is
// nullopt: a misconfigured price bills nothing rather than crashing the simulator.
std::optional<Amount> parseDecimal(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'.');
    if (parts.size() > 2)
        return std::nullopt;
    const auto whole = parseDigits(parts.at(0));
    if (!whole)
        return std::nullopt;
    Amount amount{*whole, 0};
    if (parts.size() == 2) {
        if (!isAsciiDigits(parts.at(1)))
            return std::nullopt;
        // Digits beyond the 18th are dropped: AT never reports more.
        const QStringView digits = QStringView(parts.at(1)).left(DECIMALS);
        Wide fraction = *parseDigits(digits);
        for (qsizetype i = digits.size(); i < DECIMALS; ++i)
            fraction *= 10;
        amount.fraction = quint64(fraction);
    }
    return amount;
}

QString wideToString(Wide value)
{
    if (value == 0)
        return u"0"_s;
    QString digits;
    while (value > 0) {
        digits.prepend(QChar(u'0' + char16_t(value % 10)));
        value /= 10;
    }
    return digits;
}

QString formatDecimal(const Amount &amount)
{
    if (amount.whole == 0 && amount.fraction == 0)
        return u"0"_s;
    QString fraction = QString::number(amount.fraction).rightJustified(DECIMALS, u'0');
    while (fraction.size() > 3 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return wideToString(amount.whole) + u'.' + fraction;
}

} // namespace

QString billAmount(int seconds, const QString &perMinute)
{
    const auto price = parseDecimal(perMinute);
    // A price's whole part beyond 64 bits is no currency's: it is a typo, billed as nothing.
    if (seconds <= 0 || !price || price->whole > Wide(std::numeric_limits<quint64>::max()))
        return u"0"_s;
    // seconds * price / 60, truncated to 18 decimals. With W = seconds * whole (< 2^95) and
    // F = seconds * fraction (< 2^91): W * 10^18 + F = 60 * 10^18 * (W / 60) + R.
    const Wide wholeProduct = Wide(seconds) * price->whole;
    const Wide fractionProduct = Wide(seconds) * price->fraction;
    const Wide rest = (wholeProduct % 60) * FRACTION_SCALE + fractionProduct;
    const Wide perMinuteScale = Wide(60) * FRACTION_SCALE;
    return formatDecimal(
        Amount{wholeProduct / 60 + rest / perMinuteScale, quint64((rest % perMinuteScale) / 60)});
}

QString addAmounts(const QString &a, const QString &b)
{
    const Amount x = parseDecimal(a).value_or(Amount{});
    const Amount y = parseDecimal(b).value_or(Amount{});
    const quint64 fraction = x.fraction + y.fraction; // both below 10^18: no overflow
    const bool carry = fraction >= FRACTION_SCALE;
    return formatDecimal(
        Amount{x.whole + y.whole + (carry ? 1 : 0), carry ? fraction - FRACTION_SCALE : fraction});
}

QString carrierFor(const QString &region, const QString &e164)
{
    const QString national = e164.mid(4); // after "+254" and other 3-digit codes
    if (region == u"KE"_s) {
        static const QStringList airtel = {u"73"_s,
            u"750"_s,
            u"751"_s,
            u"752"_s,
            u"753"_s,
            u"754"_s,
            u"755"_s,
            u"756"_s,
            u"78"_s,
            u"10"_s};
        for (const QString &prefix : airtel) {
            if (national.startsWith(prefix))
                return u"Airtel"_s;
        }
        return national.startsWith(u"77"_s) ? u"Telkom"_s : u"Safaricom"_s;
    }
    if (region == u"UG"_s)
        return national.startsWith(u"70"_s) || national.startsWith(u"75"_s) ? u"Airtel"_s
                                                                            : u"MTN"_s;
    if (region == u"TZ"_s)
        return u"Vodacom"_s;
    if (region == u"NG"_s || region == u"RW"_s || region == u"GH"_s || region == u"ZA"_s)
        return u"MTN"_s;
    return u"Unknown"_s;
}

} // namespace AtSim
