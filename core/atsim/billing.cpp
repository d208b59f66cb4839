#include "billing.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

__extension__ typedef unsigned __int128 Fixed; // amount * 10^18: exact for any call cost

constexpr int DECIMALS = 18;

Fixed pow10(int n)
{
    Fixed value = 1;
    for (int i = 0; i < n; ++i)
        value *= 10;
    return value;
}

// "3.5" -> 3.5 * 10^18. Anything unparsable is 0: a misconfigured price bills nothing
// rather than crashing the simulator.
Fixed parseDecimal(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'.');
    if (parts.isEmpty() || parts.size() > 2)
        return 0;
    bool ok = true;
    const qulonglong whole = parts.at(0).isEmpty() ? 0 : parts.at(0).toULongLong(&ok);
    if (!ok)
        return 0;
    Fixed value = Fixed(whole) * pow10(DECIMALS);
    if (parts.size() == 2) {
        const QString fraction = parts.at(1).left(DECIMALS);
        for (const QChar c : fraction) {
            if (!c.isDigit())
                return 0;
        }
        if (!fraction.isEmpty())
            value += Fixed(fraction.toULongLong()) * pow10(DECIMALS - int(fraction.size()));
    }
    return value;
}

QString formatDecimal(Fixed value)
{
    if (value == 0)
        return u"0"_s;
    const Fixed scale = pow10(DECIMALS);
    QString fraction = QString::number(qulonglong(value % scale)).rightJustified(DECIMALS, u'0');
    while (fraction.size() > 3 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return QString::number(qulonglong(value / scale)) + u'.' + fraction;
}

} // namespace

QString billAmount(int seconds, const QString &perMinute)
{
    if (seconds <= 0)
        return u"0"_s;
    return formatDecimal(Fixed(seconds) * parseDecimal(perMinute) / 60);
}

QString addAmounts(const QString &a, const QString &b)
{
    return formatDecimal(parseDecimal(a) + parseDecimal(b));
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
            u"780"_s,
            u"781"_s,
            u"782"_s,
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
