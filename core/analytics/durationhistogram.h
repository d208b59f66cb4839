#pragma once

// How many calls lasted each whole second. AT reports durations as whole seconds, so the
// median and the 90th percentile read from this are the exact ones, not estimates.
//
// Stored per (day, agent) as a small blob: only the seconds that occur, as varint pairs
// (seconds since the previous entry, count), ascending. A day of one agent's calls takes a few
// hundred bytes whatever the longest call lasted, so no duration needs a cap. Counting uses a
// dense array for the first day's worth of seconds (so merging thousands of blobs is a pass of
// additions) and a map above that.

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace Analytics {

struct HistogramBin
{
    int fromSeconds = 0; // inclusive
    std::optional<int> toSeconds; // exclusive; nullopt for the last, open bin
    qint64 count = 0;

    friend bool operator==(const HistogramBin &, const HistogramBin &) = default;
};

class DurationHistogram
{
public:
    // Dense counting covers 0..DENSE_LIMIT-1 seconds (one day); longer calls go to the map.
    static constexpr int DENSE_LIMIT = 86400;

    // Adds `count` calls of `seconds` (a negative count takes them away; never below zero).
    // Negative seconds are ignored: AT never sends them.
    void add(int seconds, qint64 count = 1);
    // Adds every call of another histogram.
    void merge(const DurationHistogram &other);
    // Adds an encoded histogram without building one first (the hot path of a query).
    Util::Result<void, QString> mergeEncoded(const QByteArray &blob);

    QByteArray encode() const;
    static Util::Result<DurationHistogram, QString> decode(const QByteArray &blob);
    // The encoded histogram with `changes` applied ((seconds, calls): a negative count takes
    // calls away), straight on the few entries it holds: the write path's way to count one
    // call, without the counting arrays a query builds.
    static Util::Result<QByteArray, QString> adjustEncoded(
        const QByteArray &blob, const std::vector<std::pair<int, qint64>> &changes);

    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 totalSeconds() const { return m_totalSeconds; }
    std::optional<int> max() const;
    std::optional<double> mean() const;
    // The middle duration; for an even count, the mean of the two middle ones.
    std::optional<double> median() const;
    // Nearest rank: the shortest duration that at least `percent` % of the calls do not exceed.
    std::optional<int> percentile(int percent) const;
    // Counts per bin; `edges` ascending, starting at 0: {0, 30, 60} gives 0-30, 30-60, 60+.
    QList<HistogramBin> bins(const QList<int> &edges) const;

    // (seconds, count) for every second that occurs, ascending.
    std::vector<std::pair<int, qint64>> entries() const;

    friend bool operator==(const DurationHistogram &a, const DurationHistogram &b)
    {
        return a.entries() == b.entries();
    }

private:
    // The smallest duration d with more than `rank` calls at or below it (rank is 0-based).
    int valueAtRank(qint64 rank) const;

    std::vector<qint64> m_dense; // grown on demand up to DENSE_LIMIT
    std::map<int, qint64> m_long;
    qint64 m_count = 0;
    qint64 m_totalSeconds = 0;
};

} // namespace Analytics
