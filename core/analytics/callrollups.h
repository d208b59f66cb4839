#pragma once

// Keeps the analytics sums in step with the calls table. The hub's journal
// (core/hub/calljournal.h) hands callsWritten() every call it writes, inside the transaction
// that writes them, both in the write-behind and in the replay after a crash; so a call is in
// the sums exactly when its final state is in the calls table, however the hub stopped.
//
// Calls stored before the analytics existed are summed by buildPending() when the hub starts
// after the schema upgrade (schema.cpp version 3 asks for it in meta.analytics_build_pending),
// in chunks of their own transactions; an interrupted build resumes, and never counts a call
// twice (Storage::RollupStore keeps one row per summed call).

#include "storage/database.h"
#include "util/result.h"

#include <QList>

namespace Calls {
struct Call;
}
namespace Storage {
class Meta;
class RollupStore;
} // namespace Storage

namespace Analytics {

class CallRollups final
{
public:
    CallRollups(Storage::Database &database, Storage::RollupStore &store, Storage::Meta &meta);

    // Inside the transaction that wrote `calls` (in that order): sums those that have ended;
    // live ones wait until they end. One call per batch would do, but a batch writes each sum
    // once however many of its calls share it.
    Util::Result<void, Storage::StorageError> callsWritten(const QList<Calls::Call> &calls);

    // Sums every ended call already stored, if the upgrade asked for it; how many were read.
    Util::Result<int, Storage::StorageError> buildPending();

    static constexpr int BUILD_CHUNK = 2000; // calls per transaction while building

private:
    Storage::Database &m_database;
    Storage::RollupStore &m_store;
    Storage::Meta &m_meta;
};

} // namespace Analytics
