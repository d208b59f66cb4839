#include "durationhistogram.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Analytics {

namespace {

constexpr char FORMAT_VERSION = 1;

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

// Reads one varint at `at`, moving it on; nullopt when the blob ends inside one or it is too big.
std::optional<quint64> takeVarint(const QByteArray &blob, qsizetype &at)
{
    quint64 value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
        if (at >= blob.size())
            return std::nullopt;
        const auto byte = static_cast<quint8>(blob.at(at++));
        value |= quint64(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return value;
    }
    return std::nullopt;
}

// Walks an encoded histogram, handing each (seconds, count) to `visit`.
template <typename Visit>
Util::Result<void, QString> walk(const QByteArray &blob, Visit visit)
{
    if (blob.isEmpty())
        return {}; // no calls
    if (blob.at(0) != FORMAT_VERSION)
        return Util::fail(u"unknown duration histogram format %1"_s.arg(int(blob.at(0))));
    qsizetype at = 1;
    quint64 seconds = 0;
    bool first = true;
    while (at < blob.size()) {
        const auto step = takeVarint(blob, at);
        const auto count = takeVarint(blob, at);
        if (!step || !count)
            return Util::fail(u"a duration histogram is cut short at byte %1"_s.arg(at));
        if ((!first && *step == 0) || *count == 0)
            return Util::fail(u"a duration histogram repeats a value or holds an empty one"_s);
        seconds += *step;
        if (seconds > quint64(std::numeric_limits<int>::max())
            || *count > quint64(std::numeric_limits<qint64>::max() / 2))
            return Util::fail(u"a duration histogram holds an impossible value"_s);
        visit(static_cast<int>(seconds), static_cast<qint64>(*count));
        first = false;
    }
    return {};
}

QByteArray encodeEntries(const std::vector<std::pair<int, qint64>> &entries)
{
    QByteArray out;
    if (entries.empty())
        return out;
    out.append(FORMAT_VERSION);
    int previous = 0;
    for (const auto &[seconds, count] : entries) {
        putVarint(out, quint64(seconds - previous));
        putVarint(out, quint64(count));
        previous = seconds;
    }
    return out;
}

} // namespace

void DurationHistogram::add(int seconds, qint64 count)
{
    if (seconds < 0 || count == 0)
        return;
    qint64 *slot = nullptr;
    if (seconds < DENSE_LIMIT) {
        if (std::size_t(seconds) >= m_dense.size()) {
            if (count < 0)
                return;
            m_dense.resize(std::size_t(seconds) + 1, 0);
        }
        slot = &m_dense[std::size_t(seconds)];
    } else {
        const auto found = m_long.find(seconds);
        if (found == m_long.end() && count < 0)
            return;
        slot = &m_long[seconds];
    }
    const qint64 applied = count < 0 ? -std::min(*slot, -count) : count;
    *slot += applied;
    m_count += applied;
    m_totalSeconds += applied * seconds;
    if (seconds >= DENSE_LIMIT && *slot == 0)
        m_long.erase(seconds);
}

void DurationHistogram::merge(const DurationHistogram &other)
{
    if (m_dense.size() < other.m_dense.size())
        m_dense.resize(other.m_dense.size(), 0);
    for (std::size_t i = 0; i < other.m_dense.size(); ++i)
        m_dense[i] += other.m_dense[i];
    for (const auto &[seconds, count] : other.m_long)
        m_long[seconds] += count;
    m_count += other.m_count;
    m_totalSeconds += other.m_totalSeconds;
}

Util::Result<void, QString> DurationHistogram::mergeEncoded(const QByteArray &blob)
{
    // Checked whole first: a damaged blob must not leave half of itself counted.
    if (auto valid = walk(blob, [](int, qint64) {}); !valid)
        return valid;
    return walk(blob, [this](int seconds, qint64 count) { add(seconds, count); });
}

QByteArray DurationHistogram::encode() const
{
    return encodeEntries(entries());
}

Util::Result<QByteArray, QString> DurationHistogram::adjustEncoded(
    const QByteArray &blob, const std::vector<std::pair<int, qint64>> &changes)
{
    std::vector<std::pair<int, qint64>> entries;
    const auto walked = walk(
        blob, [&entries](int seconds, qint64 count) { entries.emplace_back(seconds, count); });
    if (!walked)
        return Util::fail(walked.error());
    for (const auto &[seconds, delta] : changes) {
        if (seconds < 0 || delta == 0)
            continue;
        const auto at = std::lower_bound(entries.begin(),
            entries.end(),
            seconds,
            [](const std::pair<int, qint64> &entry, int value) { return entry.first < value; });
        if (at != entries.end() && at->first == seconds) {
            at->second = std::max<qint64>(0, at->second + delta);
            if (at->second == 0)
                entries.erase(at);
        } else if (delta > 0) {
            entries.insert(at, {seconds, delta});
        }
    }
    return encodeEntries(entries);
}

Util::Result<DurationHistogram, QString> DurationHistogram::decode(const QByteArray &blob)
{
    DurationHistogram histogram;
    const auto walked
        = walk(blob, [&histogram](int seconds, qint64 count) { histogram.add(seconds, count); });
    if (!walked)
        return Util::fail(walked.error());
    return histogram;
}

std::vector<std::pair<int, qint64>> DurationHistogram::entries() const
{
    std::vector<std::pair<int, qint64>> out;
    for (std::size_t i = 0; i < m_dense.size(); ++i) {
        if (m_dense[i] != 0)
            out.emplace_back(int(i), m_dense[i]);
    }
    for (const auto &[seconds, count] : m_long)
        out.emplace_back(seconds, count);
    return out;
}

std::optional<int> DurationHistogram::max() const
{
    if (m_count == 0)
        return std::nullopt;
    if (!m_long.empty())
        return m_long.rbegin()->first;
    for (std::size_t i = m_dense.size(); i > 0; --i) {
        if (m_dense[i - 1] != 0)
            return int(i - 1);
    }
    return std::nullopt;
}

std::optional<double> DurationHistogram::mean() const
{
    if (m_count == 0)
        return std::nullopt;
    return double(m_totalSeconds) / double(m_count);
}

int DurationHistogram::valueAtRank(qint64 rank) const
{
    qint64 seen = 0;
    for (std::size_t i = 0; i < m_dense.size(); ++i) {
        seen += m_dense[i];
        if (seen > rank)
            return int(i);
    }
    for (const auto &[seconds, count] : m_long) {
        seen += count;
        if (seen > rank)
            return seconds;
    }
    return max().value_or(0);
}

std::optional<double> DurationHistogram::median() const
{
    if (m_count == 0)
        return std::nullopt;
    if (m_count % 2 == 1)
        return double(valueAtRank(m_count / 2));
    return (double(valueAtRank(m_count / 2 - 1)) + double(valueAtRank(m_count / 2))) / 2.0;
}

std::optional<int> DurationHistogram::percentile(int percent) const
{
    if (m_count == 0 || percent <= 0 || percent > 100)
        return std::nullopt;
    // Nearest rank: ceil(percent/100 · count), 1-based.
    const qint64 rank = (qint64(percent) * m_count + 99) / 100;
    return valueAtRank(std::max<qint64>(rank, 1) - 1);
}

QList<HistogramBin> DurationHistogram::bins(const QList<int> &edges) const
{
    QList<HistogramBin> out;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        HistogramBin bin;
        bin.fromSeconds = edges.at(i);
        if (i + 1 < edges.size())
            bin.toSeconds = edges.at(i + 1);
        out.append(bin);
    }
    if (out.isEmpty())
        return out;
    for (const auto &[seconds, count] : entries()) {
        // The last bin whose lower edge is at or below the duration.
        qsizetype bin = out.size() - 1;
        while (bin > 0 && seconds < out.at(bin).fromSeconds)
            --bin;
        out[bin].count += count;
    }
    return out;
}

} // namespace Analytics
