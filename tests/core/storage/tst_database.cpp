#include "storage/callbacklog.h"
#include "storage/database.h"
#include "testmain.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Storage::Database;
using Storage::StorageError;

namespace {

// One value from the database, through a private connection of the test's own.
QVariant pragma(const Database &database, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(database.connectionName(), false));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

int callbackCount(const Database &database)
{
    return pragma(database, u"SELECT count(*) FROM callback_log"_s).toInt();
}

Util::Result<void, StorageError> logOne(Database &database, const QString &session)
{
    Storage::CallbackLog log(database);
    auto id = log.append(session,
        QDateTime::currentDateTimeUtc(),
        u"127.0.0.1"_s,
        QByteArrayLiteral("isActive=1"),
        u"applied"_s);
    if (!id)
        return Util::fail(id.error());
    return {};
}

// Sets user_version behind the back of Database, as a newer Simu would have left it.
bool stampVersion(const QString &path, int version)
{
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stamp"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(u"PRAGMA user_version=%1"_s.arg(version));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"stamp"_s);
    return done;
}

int readVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"read"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"read"_s);
    return version;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void opensAndMigratesANewFile()
    {
        const QString path = m_dir.filePath(u"new/sub/folder/simu.db"_s);
        auto database = Database::open(path);
        QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().message));
        QVERIFY(QFile::exists(path));
        QCOMPARE((*database)->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(Database::currentSchemaVersion() >= 1);
        for (const QString &table :
            {u"calls"_s, u"callback_log"_s, u"events"_s, u"audit_log"_s, u"users"_s, u"tokens"_s}) {
            QCOMPARE(
                pragma(**database,
                    u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s
                        .arg(table))
                    .toInt(),
                1);
        }
    }

    // A restart opens the same file again: nothing may be migrated twice or lost.
    void reopeningIsIdempotentAndKeepsData()
    {
        const QString path = m_dir.filePath(u"reopen.db"_s);
        {
            auto first = Database::open(path);
            QVERIFY(first.ok());
            QVERIFY(logOne(**first, u"ATVId_1"_s).ok());
        }
        for (int round = 0; round < 2; ++round) {
            auto again = Database::open(path);
            QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
            QCOMPARE((*again)->schemaVersion(), Database::currentSchemaVersion());
            QCOMPARE(callbackCount(**again), 1);
        }
    }

    void fileDatabaseIsInWalMode()
    {
        auto database = Database::open(m_dir.filePath(u"wal.db"_s));
        QVERIFY(database.ok());
        QCOMPARE(pragma(**database, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(**database, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        QCOMPARE(pragma(**database, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(logOne(**database, u"ATVId_1"_s).ok());
        QVERIFY(QFile::exists(m_dir.filePath(u"wal.db-wal"_s)));
    }

    void fullDurabilitySyncsEveryCommit()
    {
        auto database = Database::open(m_dir.filePath(u"full.db"_s), Storage::Durability::Full);
        QVERIFY(database.ok());
        QCOMPARE(pragma(**database, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    }

    void newerSchemaIsRefusedWithoutTouchingIt()
    {
        const QString path = m_dir.filePath(u"future.db"_s);
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
        }
        const int future = Database::currentSchemaVersion() + 1;
        QVERIFY(stampVersion(path, future));

        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        const QString message = refused.error().message;
        QVERIFY2(message.contains(u"newer Simu"_s), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QString::number(future)), qPrintable(message));

        // The refusal must not have "downgraded" the file.
        QCOMPARE(readVersion(path), future);
    }

    void transactionCommits()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        auto done = (*database)->transaction([&]() -> Util::Result<void, StorageError> {
            if (auto a = logOne(**database, u"ATVId_1"_s); !a)
                return a;
            return logOne(**database, u"ATVId_2"_s);
        });
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(callbackCount(**database), 2);
    }

    void failedTransactionLeavesNothingBehind()
    {
        auto database = Database::open(m_dir.filePath(u"rollback.db"_s));
        QVERIFY(database.ok());
        QVERIFY(logOne(**database, u"ATVId_before"_s).ok());
        auto failed = (*database)->transaction([&]() -> Util::Result<void, StorageError> {
            if (auto a = logOne(**database, u"ATVId_half"_s); !a)
                return a;
            return Util::fail(StorageError{u"the call could not be saved"_s});
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, u"the call could not be saved"_s);
        QCOMPARE(callbackCount(**database), 1);

        // And the connection is usable afterwards (not stuck inside the failed transaction).
        QVERIFY(
            (*database)->transaction([&] { return logOne(**database, u"ATVId_after"_s); }).ok());
        QCOMPARE(callbackCount(**database), 2);
    }

    void transactionsDoNotNest()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        QString innerError;
        auto outer = (*database)->transaction([&]() -> Util::Result<void, StorageError> {
            auto inner
                = (*database)->transaction([&] { return logOne(**database, u"ATVId_inner"_s); });
            if (!inner)
                innerError = inner.error().message;
            return logOne(**database, u"ATVId_outer"_s);
        });
        QVERIFY(outer.ok());
        QVERIFY2(innerError.contains(u"do not nest"_s), qPrintable(innerError));
        QCOMPARE(callbackCount(**database), 1); // the inner work never ran
    }

    void unwritableLocationGivesAClearError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");

        QFile blocker(m_dir.filePath(u"a-file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QTest::newRow("data folder is a file")
            << m_dir.filePath(u"a-file/simu.db"_s) << u"cannot create the data folder"_s;
        // /proc exists and refuses new files, even to root.
        QTest::newRow("folder nobody may write to")
            << u"/proc/simu-test.db"_s << u"cannot open the database /proc/simu-test.db"_s;
        QTest::newRow("read-only folder")
            << m_dir.filePath(u"readonly/simu.db"_s) << u"cannot open the database"_s;
    }
    void unwritableLocationGivesAClearError()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);

        if (QTest::currentDataTag() == QByteArrayLiteral("read-only folder")) {
            if (geteuid() == 0)
                QSKIP("root writes into read-only folders; the /proc row covers this");
            QVERIFY(QDir().mkpath(m_dir.filePath(u"readonly"_s)));
            QVERIFY(QFile::setPermissions(
                m_dir.filePath(u"readonly"_s), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        auto database = Database::open(path);
        QVERIFY(!database.ok());
        QVERIFY2(database.error().message.contains(mentions), qPrintable(database.error().message));
    }

    void inMemoryDatabasesArePrivate()
    {
        auto first = Database::open(u":memory:"_s);
        auto second = Database::open(u":memory:"_s);
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE((*first)->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(logOne(**first, u"ATVId_1"_s).ok());
        QCOMPARE(callbackCount(**first), 1);
        QCOMPARE(callbackCount(**second), 0);
        QVERIFY((*first)->connectionName() != (*second)->connectionName());
    }

private:
    QTemporaryDir m_dir;
};

SIMU_TEST_MAIN(TestDatabase)
#include "tst_database.moc"
