#include "storage/eventstore.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Storage::Database;
using Storage::EventStore;
using Storage::StoredEvent;

namespace {

const QDateTime T0(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

QJsonObject payload(int n)
{
    return QJsonObject{{u"n"_s, n}, {u"call"_s, QJsonObject{{u"state"_s, u"ringing"_s}}}};
}

QList<qint64> seqs(const QList<StoredEvent> &events)
{
    QList<qint64> result;
    for (const StoredEvent &event : events)
        result << event.seq;
    return result;
}

// Opens `path`, appends `count` events created from `from` one minute apart, returns their seqs.
QList<qint64> appendEvents(const QString &path, int count, const QDateTime &from)
{
    QList<qint64> result;
    auto database = Database::open(path);
    if (!database)
        return result;
    EventStore store(**database);
    for (int i = 0; i < count; ++i) {
        const auto seq = store.append(
            u"call_update"_s, u"ATVId_%1"_s.arg(i), u"agent1"_s, payload(i), from.addSecs(60 * i));
        if (!seq)
            return {};
        result << *seq;
    }
    return result;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void eventComesBackAsStored()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        EventStore store(**database);
        QCOMPARE(*store.lastSeq(), 0);
        QCOMPARE(*store.oldestSeq(), 0);
        const QJsonObject call{{u"sessionId"_s, u"ATVId_ü"_s}, {u"cost"_s, QJsonValue::Null}};
        const auto seq = store.append(u"call_initiated"_s,
            u"ATVId_ü"_s,
            u"agent1"_s,
            QJsonObject{{u"call"_s, call}},
            T0.addMSecs(123));
        QVERIFY2(seq.ok(), seq.ok() ? "" : qPrintable(seq.error().message));
        QVERIFY(*seq > 0);

        const auto events = store.since(0, 10);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        const StoredEvent &event = events->first();
        QCOMPARE(event.seq, *seq);
        QCOMPARE(event.type, u"call_initiated"_s);
        QCOMPARE(event.sessionId, u"ATVId_ü"_s);
        QCOMPARE(event.agent, u"agent1"_s);
        QCOMPARE(event.payload, (QJsonObject{{u"call"_s, call}}));
        QCOMPARE(event.createdAt, T0.addMSecs(123));
        QCOMPARE(*store.lastSeq(), *seq);
        QCOMPARE(*store.oldestSeq(), *seq);
    }

    void eventsWithoutSessionOrAgentAreKept()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        EventStore store(**database);
        QVERIFY(store.append(u"hub_started"_s, QString(), QString(), QJsonObject(), T0).ok());
        const auto events = store.since(0, 10);
        QCOMPARE(events->size(), 1);
        QVERIFY(events->first().sessionId.isEmpty());
        QVERIFY(events->first().payload.isEmpty());
    }

    // The hub's fast path: the payload as the JSON text it broadcasts.
    void payloadGivenAsTextComesBackAsAnObject()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        EventStore store(**database);
        const auto seq = store.appendJsonText(u"call_update"_s,
            u"ATVId_1"_s,
            u"agent1"_s,
            QByteArrayLiteral("{\"call\":{\"state\":\"ringing\",\"who\":\"Zoë\"}}"),
            T0);
        QVERIFY2(seq.ok(), seq.ok() ? "" : qPrintable(seq.error().message));
        const auto events = store.since(0, 10);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().payload,
            (QJsonObject{
                {u"call"_s, QJsonObject{{u"state"_s, u"ringing"_s}, {u"who"_s, u"Zoë"_s}}}}));
    }

    void payloadTextThatIsNoObjectIsRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("an array") << QByteArrayLiteral("[1,2]");
        QTest::newRow("plain text") << QByteArrayLiteral("ringing");
        QTest::newRow("cut short") << QByteArrayLiteral("{\"call\":");
    }
    void payloadTextThatIsNoObjectIsRefused()
    {
        QFETCH(QByteArray, payload);
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        EventStore store(**database);
        const auto seq = store.appendJsonText(u"call_update"_s, u"ATVId_1"_s, {}, payload, T0);
        QVERIFY(!seq.ok());
        QVERIFY2(
            seq.error().message.contains(u"not a JSON object"_s), qPrintable(seq.error().message));
        QCOMPARE(*store.lastSeq(), 0);
    }

    void incompleteEventsAreRefused()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        EventStore store(**database);
        const auto noType = store.append(QString(), u"ATVId_1"_s, {}, {}, T0);
        QVERIFY(!noType.ok());
        QVERIFY2(noType.error().message.contains(u"without a type"_s),
            qPrintable(noType.error().message));
        const auto noTime = store.append(u"call_update"_s, u"ATVId_1"_s, {}, {}, QDateTime());
        QVERIFY(!noTime.ok());
        QVERIFY2(noTime.error().message.contains(u"no creation time"_s),
            qPrintable(noTime.error().message));
        QCOMPARE(*store.lastSeq(), 0);
    }

    // A client that saw seq N before the hub restarted must get N+1.. after it, never an old number.
    void seqKeepsGrowingAcrossRestarts()
    {
        const QString path = m_dir.filePath(u"restart.db"_s);
        const QList<qint64> before = appendEvents(path, 5, T0);
        QCOMPARE(before.size(), 5);
        for (int i = 1; i < before.size(); ++i)
            QVERIFY(before.at(i) > before.at(i - 1));

        const QList<qint64> after = appendEvents(path, 3, T0.addSecs(3600));
        QCOMPARE(after.size(), 3);
        QVERIFY(after.first() > before.last());

        auto database = Database::open(path);
        QVERIFY(database.ok());
        EventStore store(**database);
        QCOMPARE(*store.lastSeq(), after.last());
        QCOMPARE(seqs(*store.since(before.last(), 100)), after);
    }

    void sincePagesThroughEverythingInOrder_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("pages of seven") << 7;
        QTest::newRow("one page for all") << 1000;
        QTest::newRow("zero is taken as one") << 0;
    }
    void sincePagesThroughEverythingInOrder()
    {
        QFETCH(int, pageSize);
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        EventStore store(**database);
        QList<qint64> appended;
        for (int i = 0; i < 30; ++i)
            appended << *store.append(u"call_update"_s, u"ATVId_1"_s, {}, payload(i), T0);

        QList<qint64> seen;
        qint64 cursor = 0;
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = store.since(cursor, pageSize);
            QVERIFY(page.ok());
            QVERIFY(page->size() <= std::max(pageSize, 1));
            if (page->isEmpty())
                break;
            for (const StoredEvent &event : *page) {
                QCOMPARE(event.payload.value(u"n"_s).toInt(), seen.size()); // none skipped
                seen << event.seq;
            }
            cursor = page->last().seq;
        }
        QCOMPARE(seen, appended);
        QCOMPARE(store.since(appended.last(), 10)->size(), 0);
        QCOMPARE(store.since(appended.at(9), 3)->size(), 3);
        QCOMPARE(store.since(appended.at(9), 3)->first().seq, appended.at(10));
    }

    // Pruning the newest rows (or all of them) must not hand their numbers out again: a client
    // still holding one would take the new event for one it already has.
    void pruningNeverLetsASeqBeReused()
    {
        const QString path = m_dir.filePath(u"prune.db"_s);
        const QList<qint64> old = appendEvents(path, 10, T0);
        QCOMPARE(old.size(), 10);
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
            EventStore store(**database);
            const auto deleted = store.pruneBefore(T0.addSecs(60 * 4)); // minutes 0..3
            QVERIFY(deleted.ok());
            QCOMPARE(*deleted, 4);
            QCOMPARE(*store.oldestSeq(), old.at(4));
            QCOMPARE(seqs(*store.since(0, 100)), old.mid(4));

            QCOMPARE(*store.pruneBefore(T0.addDays(1)), 6); // everything, the newest too
            QCOMPARE(store.since(0, 100)->size(), 0);
            QCOMPARE(*store.oldestSeq(), 0);
            QCOMPARE(*store.lastSeq(), old.last());
            const auto next = store.append(u"call_update"_s, {}, {}, {}, T0.addDays(1));
            QVERIFY(next.ok());
            QVERIFY(*next > old.last());
            QCOMPARE(*store.pruneBefore(T0.addDays(2)), 1);
        }
        // And across a restart with an empty table.
        const QList<qint64> later = appendEvents(path, 1, T0.addDays(3));
        QCOMPARE(later.size(), 1);
        QVERIFY(later.first() > old.last() + 1);
    }

    void pruningKeepsTheCutOffMoment()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database.ok());
        EventStore store(**database);
        QVERIFY(store.append(u"a"_s, {}, {}, {}, T0.addMSecs(-1)).ok());
        const qint64 kept = *store.append(u"b"_s, {}, {}, {}, T0);
        QCOMPARE(*store.pruneBefore(T0), 1);
        QCOMPARE(seqs(*store.since(0, 10)), QList<qint64>{kept});
        QVERIFY(!store.pruneBefore(QDateTime()).ok());
    }

private:
    QTemporaryDir m_dir;
};

SIMU_TEST_MAIN(TestEventStore)
#include "tst_eventstore.moc"
