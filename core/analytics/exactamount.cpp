#include "exactamount.h"

using namespace Qt::StringLiterals;

namespace Analytics {

namespace {

// Floor division and its remainder, so a negative sum carries the right way.
qint64 floorDiv(qint64 value, qint64 by)
{
    const qint64 quotient = value / by;
    return (value % by != 0 && (value < 0) != (by < 0)) ? quotient - 1 : quotient;
}

qint64 floorMod(qint64 value, qint64 by)
{
    return value - floorDiv(value, by) * by;
}

} // namespace

std::optional<ExactAmount> ExactAmount::parse(QStringView text)
{
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView decimals = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() && decimals.isEmpty())
        return std::nullopt; // "", "-", "."
    if (whole.size() > MAX_DECIMALS || decimals.size() > MAX_DECIMALS)
        return std::nullopt;
    qint64 units = 0;
    for (const QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        units = units * 10 + (c.unicode() - u'0');
    }
    qint64 fraction = 0;
    for (int i = 0; i < MAX_DECIMALS; ++i) {
        int digit = 0;
        if (i < decimals.size()) {
            const QChar c = decimals.at(i);
            if (c < u'0' || c > u'9')
                return std::nullopt;
            digit = c.unicode() - u'0';
        }
        fraction = fraction * 10 + digit;
    }
    ExactAmount amount;
    amount.m_units = units;
    amount.m_fraction = fraction;
    return negative ? -amount : amount;
}

ExactAmount ExactAmount::fromParts(qint64 units, qint64 nanos, qint64 attos)
{
    // attos → nanos → units, each carry by floor division; every intermediate fits in 64 bits
    // for any sum SQLite can hold.
    nanos += floorDiv(attos, NANO);
    attos = floorMod(attos, NANO);
    units += floorDiv(nanos, NANO);
    nanos = floorMod(nanos, NANO);
    ExactAmount amount;
    amount.m_units = units;
    amount.m_fraction = nanos * NANO + attos;
    return amount;
}

ExactAmount &ExactAmount::operator+=(const ExactAmount &other)
{
    m_units += other.m_units;
    m_fraction += other.m_fraction; // < 2·10¹⁸: fits
    if (m_fraction >= ONE) {
        m_fraction -= ONE;
        ++m_units;
    }
    return *this;
}

ExactAmount ExactAmount::operator-() const
{
    ExactAmount negated;
    if (m_fraction == 0) {
        negated.m_units = -m_units;
    } else {
        negated.m_units = -m_units - 1;
        negated.m_fraction = ONE - m_fraction;
    }
    return negated;
}

QString ExactAmount::toString() const
{
    const bool negative = m_units < 0;
    const ExactAmount magnitude = negative ? -*this : *this;
    QString text = QString::number(magnitude.m_units);
    if (magnitude.m_fraction != 0) {
        QString decimals = u"%1"_s.arg(magnitude.m_fraction, MAX_DECIMALS, 10, QChar(u'0'));
        while (decimals.endsWith(u'0'))
            decimals.chop(1);
        text += u'.' + decimals;
    }
    return negative ? u'-' + text : text;
}

} // namespace Analytics
