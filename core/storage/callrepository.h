#pragma once

// Calls in SQLite: one row per call, upserted by sessionId on every change. The `data` column
// holds the whole call as Calls::toJson (the truth, read back with Calls::callFromJson); the
// other columns are copies for filtering and sorting only.
//
// Each statement is prepared once per repository and reused, so a save on the webhook's hot
// path is a rebind and one step, not a re-parse. Use a repository on the thread that opened
// the Database, and destroy it before the Database (its statements hold the connection).

#include "calls/call.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Storage {

struct CallQuery
{
    QString agent; // exact username; empty = any agent
    std::optional<Voice::Direction> direction;
    QList<Calls::CallState> states; // empty = any
    // The customer's number: only its digits count ('+', spaces and dashes are ignored), and
    // leading zeros are dropped as a trunk or international prefix. A call matches when its
    // stored number ends with what is left, so "0712345678", "712345678", "254712345678",
    // "+254 712 345 678" and "00254712345678" all find +254712345678. A number without a
    // non-zero digit matches no call. Empty = any.
    QString number;
    std::optional<QDateTime> from, to; // created_at in [from, to); an invalid time = no bound
    QString disposition; // the wrap-up's disposition, any letter case; empty = any call
    int offset = 0; // below 0 counts as 0
    int limit = 50; // clamped to 1..500
};

struct CallPage
{
    QList<Calls::Call> calls;
    int total = 0; // calls matching the query, over all pages
    int offset = 0; // the offset and limit actually used (after clamping)
    int limit = 0;
};

class CallRepository final
{
public:
    static constexpr int maxPageSize = 500;

    explicit CallRepository(Database &database);
    ~CallRepository();
    CallRepository(const CallRepository &) = delete;
    CallRepository &operator=(const CallRepository &) = delete;

    // Inserts the call, or replaces the stored one with the same sessionId. Refuses a call
    // without a sessionId or without a creation time.
    Util::Result<void, StorageError> save(const Calls::Call &call);
    Util::Result<std::optional<Calls::Call>, StorageError> find(const QString &sessionId);
    // Calls not in a final state, oldest first (created_at, then session_id).
    Util::Result<QList<Calls::Call>, StorageError> live();
    // Newest first (created_at DESC, session_id DESC).
    Util::Result<CallPage, StorageError> history(const CallQuery &query);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Storage
