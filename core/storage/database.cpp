#include "database.h"

#include "schema.h"
#include "util/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"simu-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Util::Result<void, StorageError> exec(QSqlDatabase db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Util::fail(sqlError(what, query.lastError().text()));
    return {};
}

} // namespace

StorageError sqlError(const QString &what, const QString &sqliteText)
{
    return StorageError{u"%1: %2"_s.arg(what, sqliteText.trimmed())};
}

// Lives in its own thread with its own connection (a QSqlDatabase connection may only be used
// from the thread that created it).
class Database::Checkpointer
{
public:
    Checkpointer(const QString &filePath, const QString &connectionName, int intervalMs)
    {
        m_thread.setObjectName(u"simu-checkpoint"_s);
        auto *worker = new QObject; // deleted in the thread when it finishes
        worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::started, worker, [=] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
                db.setDatabaseName(filePath);
                db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
                if (!db.open())
                    qCWarning(lcStorage)
                        << "background checkpoints are off:" << db.lastError().text();
            }
            auto *timer = new QTimer(worker);
            QObject::connect(timer, &QTimer::timeout, worker, [connectionName] {
                QSqlQuery query(QSqlDatabase::database(connectionName, false));
                if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
                    qCDebug(lcStorage) << "checkpoint:" << query.lastError().text();
            });
            timer->start(intervalMs);
        });
        QObject::connect(
            &m_thread,
            &QThread::finished,
            worker,
            [worker, connectionName] {
                {
                    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
                    if (db.isOpen()) {
                        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
                        db.close();
                    }
                }
                QSqlDatabase::removeDatabase(connectionName);
                delete worker;
            },
            Qt::DirectConnection);
        m_thread.start();
    }

    ~Checkpointer()
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
};

void Database::startBackgroundCheckpoints(int intervalMs)
{
    if (m_filePath == u":memory:"_s || m_checkpointer)
        return;
    // This connection stops checkpointing by itself when a commit fills the log; the
    // checkpointer's thread does it instead.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"PRAGMA wal_autocheckpoint=0"_s)) {
        qCWarning(lcStorage) << "cannot move checkpoints off the hub's thread:"
                             << query.lastError().text();
        return;
    }
    m_checkpointer = std::make_unique<Checkpointer>(
        m_filePath, m_connectionName + u"-checkpoint"_s, intervalMs);
}

Database::Database(QString filePath, QString connectionName)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_checkpointer.reset(); // its last checkpoint runs before the main connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return migrations().constLast().toVersion;
}

Util::Result<std::unique_ptr<Database>, StorageError> Database::open(
    const QString &filePath, Durability durability)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Util::fail(StorageError{
            u"The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)"_s});
    if (filePath != u":memory:"_s) {
        const QString folder = QFileInfo(filePath).absolutePath();
        if (!QDir().mkpath(folder))
            return Util::fail(StorageError{u"cannot create the data folder %1"_s.arg(folder)});
    }
    std::unique_ptr<Database> database(new Database(filePath, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Util::fail(
            sqlError(u"cannot open the database %1"_s.arg(filePath), db.lastError().text()));
    if (auto configured = database->configure(durability); !configured)
        return Util::fail(configured.error());
    if (auto migrated = database->migrate(); !migrated)
        return Util::fail(migrated.error());
    return database;
}

Util::Result<void, StorageError> Database::configure(Durability durability)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // WAL: readers never block the writer, and a commit is one append to the log. With
    // synchronous=NORMAL a committed transaction survives the process being killed (the
    // log is in the OS's hands); FULL also fsyncs every commit, for power cuts.
    const QStringList pragmas = {
        u"PRAGMA journal_mode=WAL"_s,
        durability == Durability::Full ? u"PRAGMA synchronous=FULL"_s
                                       : u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA foreign_keys=ON"_s,
        u"PRAGMA temp_store=MEMORY"_s,
        // Give the disk back after a burst: the log is cut to 64 MiB when it restarts.
        u"PRAGMA journal_size_limit=67108864"_s,
    };
    for (const QString &pragma : pragmas) {
        if (auto done = exec(db, pragma, u"cannot configure the database"_s); !done)
            return done;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Util::Result<void, StorageError> Database::migrate()
{
    const int version = schemaVersion();
    if (version < 0)
        return Util::fail(StorageError{u"cannot read the database's schema version"_s});
    if (version > currentSchemaVersion())
        return Util::fail(StorageError{
            u"the database %1 was written by a newer Simu (schema %2; this Simu knows up to %3)"_s
                .arg(m_filePath)
                .arg(version)
                .arg(currentSchemaVersion())});
    for (const Migration &migration : migrations()) {
        if (migration.toVersion <= version)
            continue;
        auto applied = transaction([&]() -> Util::Result<void, StorageError> {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            const QString what
                = u"cannot upgrade the database to schema %1"_s.arg(migration.toVersion);
            for (const QString &statement : migration.statements) {
                if (auto done = exec(db, statement, what); !done)
                    return done;
            }
            return exec(db, u"PRAGMA user_version=%1"_s.arg(migration.toVersion), what);
        });
        if (!applied)
            return applied;
        qCInfo(lcStorage) << "database schema upgraded to" << migration.toVersion;
    }
    return {};
}

Util::Result<void, StorageError> Database::transaction(
    const std::function<Util::Result<void, StorageError>()> &work)
{
    if (m_inTransaction)
        return Util::fail(StorageError{u"transactions do not nest"_s});
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (auto begun = exec(db, u"BEGIN IMMEDIATE"_s, u"cannot start a transaction"_s); !begun)
        return begun;
    m_inTransaction = true;
    Util::Result<void, StorageError> result = work();
    m_inTransaction = false;
    if (!result) {
        (void)exec(
            db, u"ROLLBACK"_s, u"cannot roll back"_s); // the first error is the one to report
        return result;
    }
    if (auto committed = exec(db, u"COMMIT"_s, u"cannot commit"_s); !committed) {
        (void)exec(
            db, u"ROLLBACK"_s, u"cannot roll back"_s); // the first error is the one to report
        return committed;
    }
    return {};
}

} // namespace Storage
