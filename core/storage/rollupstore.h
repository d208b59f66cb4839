#pragma once

// Writes the analytics of ended calls (tables in schema.cpp, version 3): each call's facts in
// analytics_calls, added to the hourly and daily sums and to the day's duration histogram.
// record() runs inside the caller's transaction, the same one that writes the call, so the sums
// never disagree with the calls table, even across a crash.
//
// A call is summed once. Recording the facts a call already has changes nothing (a replay after
// a crash, a duplicate); different facts for it (a late notification that fills in the cost)
// replace its old contribution with the new one. Rows whose sums fall to zero are removed.

#include "analytics/callfacts.h"
#include "calls/call.h"
#include "storage/database.h"
#include "storage/rollupreader.h"
#include "util/result.h"

#include <QList>

#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace Storage {

class StatementCache;

struct EndedCallsChunk
{
    QList<Calls::Call> calls;
    qint64 lastRowId = 0; // where the next chunk starts
    bool atEnd = false;
};

class RollupStore final
{
public:
    explicit RollupStore(Database &database);
    ~RollupStore();
    RollupStore(const RollupStore &) = delete;
    RollupStore &operator=(const RollupStore &) = delete;

    // Call inside a transaction (Database::transaction). A batch is applied in order (a call
    // may appear more than once: the last facts count), its sums added up in memory first, so
    // a row many calls share is written once per batch.
    Util::Result<void, StorageError> record(const QList<Analytics::CallFacts> &batch);
    Util::Result<void, StorageError> record(const Analytics::CallFacts &facts);
    // What a call has contributed so far; nullopt when it was never summed.
    Util::Result<std::optional<Analytics::CallFacts>, StorageError> recorded(
        const QString &sessionId);

    // Ended calls in the calls table with a rowid above `afterRowId`, in rowid order: for
    // summing the calls stored before the analytics existed. Unreadable rows are skipped.
    Util::Result<EndedCallsChunk, StorageError> endedCallsAfter(qint64 afterRowId, int limit);

private:
    enum Table { HOURS, DAYS, HOURS_ALL, DAYS_ALL, TABLE_COUNT };
    // What a batch changes: sums per (table, start, agent, direction, currency), and durations
    // per (day, agent), signed.
    struct Changes
    {
        void add(const Analytics::CallFacts &facts, int sign);
        std::map<std::tuple<int, qint64, QString, QString, QString>, RollupMeasures> sums;
        std::map<std::pair<qint64, QString>, std::vector<std::pair<int, qint64>>> durations;
    };

    Util::Result<void, StorageError> apply(const QList<Analytics::CallFacts> &batch);
    Util::Result<void, StorageError> insertFacts(const Analytics::CallFacts &facts);
    Util::Result<void, StorageError> writeSums(const Changes &changes);
    Util::Result<void, StorageError> writeHistograms(const Changes &changes);
    Util::Result<void, StorageError> rebuildHistogram(qint64 day, const QString &agent);

    std::unique_ptr<StatementCache> m_sql;
};

} // namespace Storage
