#include "storage/callbacklog.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Storage::CallbackLog;
using Storage::Database;
using Storage::LoggedCallback;

namespace {

const QDateTime T0(QDate(2026, 11, 24), QTime(10, 15, 30, 123), Qt::UTC);

} // namespace

class TestCallbackLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_log.reset();
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        m_database = std::move(database).value();
        m_log = std::make_unique<CallbackLog>(*m_database);
    }
    void cleanup()
    {
        m_log.reset();
        m_database.reset();
    }

    // What support reads when a call looks wrong: the body byte for byte, in arrival order.
    void bodiesComeBackVerbatimInArrivalOrder_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("form-encoded callback")
            << QByteArrayLiteral("isActive=1&sessionId=ATVId_1&callerNumber=%2B254712345678");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("binary garbage with NUL bytes")
            << QByteArray("\x00\xff\xfe garbage \x00 \x80", 16);
        QTest::newRow("non-UTF-8 text") << QByteArray("caf\xe9", 4);
        QTest::newRow("large body") << QByteArray(256 * 1024, 'x');
    }
    void bodiesComeBackVerbatimInArrivalOrder()
    {
        QFETCH(QByteArray, body);

        const auto first = m_log->append(u"ATVId_1"_s, T0, u"196.201.214.1"_s, body, u"applied"_s);
        const auto second = m_log->append(
            u"ATVId_1"_s, T0.addMSecs(1), u"::ffff:127.0.0.1"_s, "isActive=0", u"duplicate"_s);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(second.ok());
        QVERIFY(*second > *first);

        const auto logged = m_log->forSession(u"ATVId_1"_s);
        QVERIFY(logged.ok());
        QCOMPARE(logged->size(), 2);
        const LoggedCallback &one = logged->at(0);
        QCOMPARE(one.id, *first);
        QCOMPARE(one.sessionId, u"ATVId_1"_s);
        QCOMPARE(one.receivedAt, T0);
        QCOMPARE(one.receivedAt.timeSpec(), Qt::UTC);
        QCOMPARE(one.remoteAddress, u"196.201.214.1"_s);
        QCOMPARE(one.body.size(), body.size());
        QCOMPARE(one.body, body);
        QCOMPARE(one.outcome, u"applied"_s);
        QCOMPARE(logged->at(1).id, *second);
        QCOMPARE(logged->at(1).outcome, u"duplicate"_s);
    }

    void sessionsAreKeptApart()
    {
        QVERIFY(m_log->append(u"ATVId_1"_s, T0, {}, "a", u"applied"_s).ok());
        QVERIFY(m_log->append(u"ATVId_2"_s, T0, {}, "b", u"applied"_s).ok());
        QVERIFY(m_log->append(u"ATVId_1"_s, T0, {}, "c", u"applied"_s).ok());
        QVERIFY(m_log->append(u"ATVId_10"_s, T0, {}, "d", u"applied"_s).ok());

        const auto one = m_log->forSession(u"ATVId_1"_s);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 2);
        QCOMPARE(one->at(0).body, QByteArrayLiteral("a"));
        QCOMPARE(one->at(1).body, QByteArrayLiteral("c"));
        QCOMPARE(m_log->forSession(u"ATVId_"_s)->size(), 0);
        QCOMPARE(m_log->forSession(u"ATVId_%"_s)->size(), 0);
    }

    // A callback whose body named no session is still evidence and must be kept.
    void callbackWithoutASessionIsKept()
    {
        const auto id = m_log->append(QString(), T0, QString(), "garbage", QString());
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        const auto logged = m_log->forSession(QString());
        QVERIFY(logged.ok());
        QCOMPARE(logged->size(), 1);
        QCOMPARE(logged->at(0).body, QByteArrayLiteral("garbage"));
        QVERIFY(logged->at(0).outcome.isEmpty());
    }

    void callbackWithoutATimeIsRefused()
    {
        const auto id = m_log->append(u"ATVId_1"_s, QDateTime(), {}, "x", u"applied"_s);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(u"ATVId_1"_s), qPrintable(id.error().message));
        QCOMPARE(m_log->forSession(u"ATVId_1"_s)->size(), 0);
    }

    void survivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"log.db"_s);
        qint64 id = 0;
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
            CallbackLog log(**database);
            id = log.append(u"ATVId_1"_s, T0, u"10.0.0.1"_s, "isActive=1", u"applied"_s).valueOr(0);
            QVERIFY(id > 0);
        }
        auto database = Database::open(path);
        QVERIFY(database.ok());
        CallbackLog log(**database);
        const auto logged = log.forSession(u"ATVId_1"_s);
        QVERIFY(logged.ok());
        QCOMPARE(logged->size(), 1);
        QCOMPARE(logged->at(0).id, id);
        QCOMPARE(logged->at(0).body, QByteArrayLiteral("isActive=1"));
        QVERIFY(log.append(u"ATVId_1"_s, T0, {}, "again", {}).valueOr(0) > id);
    }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CallbackLog> m_log;
};

SIMU_TEST_MAIN(TestCallbackLog)
#include "tst_callbacklog.moc"
