#pragma once

// The hub's SQLite database: opened in WAL mode, migrated to the current schema, and used only
// from the thread that opened it. Only core/storage touches QtSql; everything else goes
// through the repositories there. See schema.cpp for the tables.

#include "util/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace Storage {

struct StorageError
{
    QString message; // what failed, in words, with SQLite's own reason
};

// How hard a commit tries to reach the disk. Normal survives the process being killed at
// any moment (what the webhook promises); Full also survives a power cut, at a cost.
enum class Durability { Normal, Full };

class Database final
{
public:
    // Opens (creating the file and its folder if needed) and migrates. ":memory:" gives a
    // private in-memory database, for tests.
    static Util::Result<std::unique_ptr<Database>, StorageError> open(
        const QString &filePath, Durability durability = Durability::Normal);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString filePath() const { return m_filePath; }
    // The QtSql connection name; repositories use QSqlDatabase::database(connectionName()).
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    static int currentSchemaVersion();

    // Moves SQLite's WAL checkpoints (copying the log into the database file, with an fsync)
    // off this thread: the hub's event loop then never waits for the disk. A private thread
    // with its own connection runs a PASSIVE checkpoint every `intervalMs`. Not for ":memory:".
    void startBackgroundCheckpoints(int intervalMs = 1000);

    // Runs `work` inside one transaction (BEGIN IMMEDIATE ... COMMIT) and rolls back if it
    // fails. Transactions do not nest: a `work` that calls transaction() again fails.
    Util::Result<void, StorageError> transaction(
        const std::function<Util::Result<void, StorageError>()> &work);

private:
    class Checkpointer;
    Database(QString filePath, QString connectionName);
    Util::Result<void, StorageError> configure(Durability durability);
    Util::Result<void, StorageError> migrate();

    QString m_filePath;
    QString m_connectionName;
    bool m_inTransaction = false;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

// One SQL statement's failure, worded with its context: "cannot save the call: disk full".
StorageError sqlError(const QString &what, const QString &sqliteText);

} // namespace Storage
