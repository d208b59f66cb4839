#include "callrollups.h"

#include "callfacts.h"
#include "storage/meta.h"
#include "storage/rollupstore.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace Analytics {

namespace {

const QString BUILD_PENDING = u"analytics_build_pending"_s;
// How far an interrupted build got (a rowid of the calls table).
const QString BUILD_AFTER = u"analytics_build_after_rowid"_s;

} // namespace

CallRollups::CallRollups(
    Storage::Database &database, Storage::RollupStore &store, Storage::Meta &meta)
    : m_database(database)
    , m_store(store)
    , m_meta(meta)
{}

Util::Result<void, Storage::StorageError> CallRollups::callsWritten(const QList<Calls::Call> &calls)
{
    QList<CallFacts> ended;
    for (const Calls::Call &call : calls) {
        if (std::optional<CallFacts> facts = factsOf(call))
            ended.append(std::move(*facts));
    }
    return m_store.record(ended);
}

Util::Result<int, Storage::StorageError> CallRollups::buildPending()
{
    const auto pending = m_meta.value(BUILD_PENDING);
    if (!pending)
        return Util::fail(pending.error());
    if (*pending == 0)
        return 0;
    const auto resumeAfter = m_meta.value(BUILD_AFTER);
    if (!resumeAfter)
        return Util::fail(resumeAfter.error());
    qint64 after = *resumeAfter;
    int read = 0;
    qCInfo(lcHub) << "summing the stored calls for the call analytics";
    bool done = false;
    while (!done) {
        const auto chunk = m_store.endedCallsAfter(after, BUILD_CHUNK);
        if (!chunk)
            return Util::fail(chunk.error());
        done = chunk->atEnd;
        const auto written
            = m_database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
                  if (auto summed = callsWritten(chunk->calls); !summed)
                      return summed;
                  if (done) {
                      if (auto cleared = m_meta.setValue(BUILD_AFTER, 0); !cleared)
                          return cleared;
                      return m_meta.setValue(BUILD_PENDING, 0);
                  }
                  return m_meta.setValue(BUILD_AFTER, chunk->lastRowId);
              });
        if (!written)
            return Util::fail(written.error());
        after = chunk->lastRowId;
        read += int(chunk->calls.size());
        if (read > 0 && read % (BUILD_CHUNK * 50) == 0)
            qCInfo(lcHub) << "summed" << read << "stored calls so far";
    }
    qCInfo(lcHub) << "the call analytics now include" << read << "stored call(s)";
    return read;
}

} // namespace Analytics
