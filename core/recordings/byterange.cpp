#include "byterange.h"

#include <QString>

#include <limits>
#include <optional>

namespace Recordings {

namespace {

// Digits only, no sign and no spaces; numbers too long for qint64 read as "very large", which
// is what they mean for a range.
std::optional<qint64> number(QByteArrayView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::numeric_limits<qint64>::max();
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

ByteRange ByteRange::parse(const QByteArray &header, qint64 size)
{
    const QByteArray text = header.trimmed();
    const qsizetype equals = text.indexOf('=');
    if (equals < 0 || text.left(equals).trimmed().toLower() != "bytes")
        return {};
    const QByteArray spec = text.mid(equals + 1).trimmed();
    if (spec.contains(','))
        return {}; // several ranges: the whole file
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return {};
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();

    if (firstText.isEmpty()) { // "bytes=-n": the last n bytes
        const auto suffix = number(lastText);
        if (!suffix)
            return {};
        if (*suffix == 0 || size <= 0)
            return {Kind::Unsatisfiable};
        return {Kind::Part, *suffix >= size ? 0 : size - *suffix, size - 1};
    }
    const auto first = number(firstText);
    if (!first)
        return {};
    qint64 last = size - 1;
    if (!lastText.isEmpty()) {
        const auto end = number(lastText);
        if (!end || *end < *first)
            return {}; // malformed: ignored
        last = qMin(last, *end);
    }
    if (*first >= size)
        return {Kind::Unsatisfiable};
    return {Kind::Part, *first, last};
}

QByteArray ByteRange::contentRange(qint64 size) const
{
    if (kind != Kind::Part)
        return "bytes */" + QByteArray::number(size);
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
        + QByteArray::number(size);
}

} // namespace Recordings
