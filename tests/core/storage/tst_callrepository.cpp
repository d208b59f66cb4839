#include "calls/calljson.h"
#include "samplecalls.h"
#include "storage/callrepository.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using Calls::Call;
using Calls::CallState;
using Storage::CallPage;
using Storage::CallQuery;
using Storage::CallRepository;
using Storage::Database;
using Storage::StorageError;
using TestSupport::ended;
using TestSupport::liveCall;

Q_DECLARE_METATYPE(CallQuery)

namespace {

const QDateTime T0(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);

QDateTime minute(int n)
{
    return T0.addSecs(60 * n);
}

QStringList ids(const QList<Call> &calls)
{
    QStringList result;
    for (const Call &call : calls)
        result << call.sessionId;
    return result;
}

Call owned(Call call, const QString &agent, Calls::CallKind kind)
{
    call.agent = agent;
    call.kind = kind;
    return call;
}

// The history every filter row runs against.
//   id   minute direction agent   customer        state
//   c01   0     inbound   agent1  +254712345678   completed
//   c02  10     inbound   agent2  +254712345678   no_answer
//   c03  20     outbound  agent1  +254733000001   completed
//   c04  30     outbound  agent1  +256712345678   busy       (Uganda: same last 9 digits)
//   c05  40     inbound   -       +254700111222   ringing
//   c06  50     outbound  agent2  +254733000001   in_progress
//   c07  60     inbound   agent1  myapp.alice     completed  (WebRTC client)
//   c08  70     inbound   agent1  +254799000000   completed
//   c09  70     inbound   agent2  +254799000000   completed  (same minute: session id decides)
QList<Call> history()
{
    using Calls::CallKind;
    const auto in = Voice::Direction::Inbound;
    const auto out = Voice::Direction::Outbound;
    return {
        ended(liveCall(u"c01"_s, minute(0), u"+254712345678"_s, u"agent1"_s, in),
            CallState::Completed,
            minute(5)),
        ended(liveCall(u"c02"_s, minute(10), u"+254712345678"_s, u"agent2"_s, in),
            CallState::NoAnswer,
            minute(11)),
        ended(liveCall(u"c03"_s, minute(20), u"+254733000001"_s, u"agent1"_s, out),
            CallState::Completed,
            minute(25)),
        ended(owned(liveCall(u"c04"_s, minute(30), u"+256712345678"_s, {}, out),
                  u"agent1"_s,
                  CallKind::Outbound),
            CallState::Busy,
            minute(31)),
        liveCall(u"c05"_s, minute(40), u"+254700111222"_s, {}, in),
        [] {
            Call call = liveCall(u"c06"_s, minute(50), u"+254733000001"_s, u"agent2"_s, out);
            call.state = CallState::InProgress;
            call.answeredAt = minute(51);
            return call;
        }(),
        ended(liveCall(u"c07"_s, minute(60), u"myapp.alice"_s, u"agent1"_s, in),
            CallState::Completed,
            minute(62)),
        ended(liveCall(u"c08"_s, minute(70), u"+254799000000"_s, u"agent1"_s, in),
            CallState::Completed,
            minute(72)),
        ended(liveCall(u"c09"_s, minute(70), u"+254799000000"_s, u"agent2"_s, in),
            CallState::Completed,
            minute(73)),
    };
}

QVariant column(const Database &database, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(database.connectionName(), false));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

CallQuery query(const std::function<void(CallQuery &)> &set)
{
    CallQuery q;
    set(q);
    return q;
}

} // namespace

class TestCallRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_repository.reset();
        auto database = Database::open(u":memory:"_s);
        QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().message));
        m_database = std::move(database).value();
        m_repository = std::make_unique<CallRepository>(*m_database);
    }
    void cleanup()
    {
        m_repository.reset(); // before the database: its statements hold the connection
        m_database.reset();
    }

    void savedCallComesBackWhole()
    {
        const Call call = TestSupport::completeCall();
        QVERIFY(m_repository->save(call).ok());
        const auto found = m_repository->find(call.sessionId);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QVERIFY(found->has_value());
        QCOMPARE(Calls::toJson(**found), Calls::toJson(call));
        QVERIFY(**found == call);
    }

    // The filter columns must say what the call says, or history searches go wrong.
    void columnsMirrorTheCall()
    {
        const Call call = TestSupport::completeCall();
        QVERIFY(m_repository->save(call).ok());
        const QString row = u"SELECT %1 FROM calls WHERE session_id = 'ATVId_complete'"_s;
        QCOMPARE(column(*m_database, row.arg(u"kind"_s)).toString(), u"inbound"_s);
        QCOMPARE(column(*m_database, row.arg(u"direction"_s)).toString(), u"inbound"_s);
        QCOMPARE(column(*m_database, row.arg(u"state"_s)).toString(), u"transferred"_s);
        QCOMPARE(
            column(*m_database, row.arg(u"customer_number"_s)).toString(), call.customerNumber);
        QCOMPARE(column(*m_database, row.arg(u"at_number"_s)).toString(), call.atNumber);
        QCOMPARE(column(*m_database, row.arg(u"agent"_s)).toString(), u"agent1"_s);
        QCOMPARE(column(*m_database, row.arg(u"created_at"_s)).toLongLong(),
            call.createdAt.toMSecsSinceEpoch());
        QCOMPARE(column(*m_database, row.arg(u"ended_at"_s)).toLongLong(),
            call.endedAt->toMSecsSinceEpoch());
        QCOMPARE(column(*m_database, row.arg(u"updated_at"_s)).toLongLong(),
            call.updatedAt.toMSecsSinceEpoch());
        QCOMPARE(column(*m_database, row.arg(u"duration_seconds"_s)).toInt(), 95);
        QCOMPARE(
            column(*m_database, row.arg(u"cost_amount"_s)).toString(), u"0.408333333333333345"_s);
        QCOMPARE(column(*m_database, row.arg(u"currency_code"_s)).toString(), u"KES"_s);
        const QJsonObject data
            = QJsonDocument::fromJson(column(*m_database, row.arg(u"data"_s)).toString().toUtf8())
                  .object();
        QCOMPARE(data, Calls::toJson(call));
    }

    void savingAgainUpdatesTheSameRow()
    {
        const Call ringing = liveCall(u"ATVId_1"_s, T0);
        QVERIFY(m_repository->save(ringing).ok());
        Call answered = ringing;
        answered.state = CallState::InProgress;
        answered.agent = u"agent2"_s;
        answered.answeredAt = T0.addSecs(3);
        QVERIFY(m_repository->save(answered).ok());
        const Call done = ended(answered, CallState::Completed, T0.addSecs(60));
        QVERIFY(m_repository->save(done).ok());

        QCOMPARE(column(*m_database, u"SELECT count(*) FROM calls"_s).toInt(), 1);
        QCOMPARE(column(*m_database, u"SELECT state FROM calls"_s).toString(), u"completed"_s);
        QCOMPARE(column(*m_database, u"SELECT agent FROM calls"_s).toString(), u"agent2"_s);
        QVERIFY(**m_repository->find(u"ATVId_1"_s) == done);
    }

    void unknownSessionIsNotAnError()
    {
        const auto found = m_repository->find(u"ATVId_never"_s);
        QVERIFY(found.ok());
        QVERIFY(!found->has_value());
        QVERIFY(m_repository->find(QString()).ok());
    }

    void callWithEmptyTextIsSaved()
    {
        Call call;
        call.sessionId = u"ATVId_bare"_s;
        call.createdAt = T0; // customer, AT number, agent, cost... all null strings
        const auto saved = m_repository->save(call);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QVERIFY(**m_repository->find(call.sessionId) == call);
    }

    void incompleteCallsAreRefused_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<QString>("mentions");
        Call noId = liveCall(u"x"_s, T0);
        noId.sessionId.clear();
        QTest::newRow("no session id") << noId << u"without a session id"_s;
        Call noTime = liveCall(u"ATVId_notime"_s, T0);
        noTime.createdAt = QDateTime();
        QTest::newRow("no creation time") << noTime << u"ATVId_notime: it has no creation time"_s;
    }
    void incompleteCallsAreRefused()
    {
        QFETCH(Call, call);
        QFETCH(QString, mentions);
        const auto saved = m_repository->save(call);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(mentions), qPrintable(saved.error().message));
        QCOMPARE(column(*m_database, u"SELECT count(*) FROM calls"_s).toInt(), 0);
    }

    void liveListsOnlyCallsStillGoingOldestFirst()
    {
        for (const Call &call : history())
            QVERIFY(m_repository->save(call).ok());
        Call lateButOlder = liveCall(u"c00"_s, minute(-5));
        QVERIFY(m_repository->save(lateButOlder).ok());

        auto live = m_repository->live();
        QVERIFY(live.ok());
        QCOMPARE(ids(*live), (QStringList{u"c00"_s, u"c05"_s, u"c06"_s}));

        // The call ends: it leaves the live list at once.
        QVERIFY(m_repository->save(ended(lateButOlder, CallState::Completed, minute(80))).ok());
        live = m_repository->live();
        QVERIFY(live.ok());
        QCOMPARE(ids(*live), (QStringList{u"c05"_s, u"c06"_s}));
    }

    void liveGoesByStateNotByEndTime()
    {
        Call finalWithoutEnd = liveCall(u"ATVId_final"_s, T0);
        finalWithoutEnd.state = CallState::Failed; // ended, but nobody set endedAt
        Call liveWithEnd = liveCall(u"ATVId_live"_s, T0.addSecs(1));
        liveWithEnd.endedAt = T0.addSecs(2); // odd, but still live by its state
        QVERIFY(m_repository->save(finalWithoutEnd).ok());
        QVERIFY(m_repository->save(liveWithEnd).ok());
        const auto live = m_repository->live();
        QVERIFY(live.ok());
        QCOMPARE(ids(*live), QStringList{u"ATVId_live"_s});
        QVERIFY(**m_repository->find(u"ATVId_live"_s) == liveWithEnd);
    }

    void liveCallsAtTheSameMomentComeInSessionOrder()
    {
        for (const QString &id : {u"ATVId_c"_s, u"ATVId_a"_s, u"ATVId_b"_s})
            QVERIFY(m_repository->save(liveCall(id, T0)).ok());
        QCOMPARE(
            ids(*m_repository->live()), (QStringList{u"ATVId_a"_s, u"ATVId_b"_s, u"ATVId_c"_s}));
    }

    void damagedRowIsSkippedInListsAndNamedOnFind()
    {
        QVERIFY(m_repository->save(liveCall(u"ATVId_good"_s, T0)).ok());
        QSqlQuery insert(QSqlDatabase::database(m_database->connectionName(), false));
        QVERIFY(insert.exec(u"INSERT INTO calls (session_id, kind, direction, state, created_at,"
                            " updated_at, data) VALUES ('ATVId_bad', 'inbound', 'inbound',"
                            " 'ringing', 1, 1, '{not json')"_s));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unreadable stored call"_s));
        const auto live = m_repository->live();
        QVERIFY(live.ok());
        QCOMPARE(ids(*live), QStringList{u"ATVId_good"_s});

        const auto found = m_repository->find(u"ATVId_bad"_s);
        QVERIFY(!found.ok());
        QVERIFY2(found.error().message.contains(u"ATVId_bad"_s), qPrintable(found.error().message));
        QVERIFY2(found.error().message.contains(u"damaged"_s), qPrintable(found.error().message));
    }

    void historyFilters_data()
    {
        QTest::addColumn<CallQuery>("query");
        QTest::addColumn<QStringList>("expected");

        const auto all = QStringList{u"c09"_s,
            u"c08"_s,
            u"c07"_s,
            u"c06"_s,
            u"c05"_s,
            u"c04"_s,
            u"c03"_s,
            u"c02"_s,
            u"c01"_s};
        QTest::newRow("no filter: every call, newest first, ties by session id")
            << CallQuery() << all;

        QTest::newRow("an agent sees their own calls")
            << query([](CallQuery &q) { q.agent = u"agent1"_s; })
            << QStringList{u"c08"_s, u"c07"_s, u"c04"_s, u"c03"_s, u"c01"_s};
        QTest::newRow("agent name is exact, not a prefix")
            << query([](CallQuery &q) { q.agent = u"agent"_s; }) << QStringList();
        QTest::newRow("quote in an agent name is just text")
            << query([](CallQuery &q) { q.agent = u"agent1' OR '1'='1"_s; }) << QStringList();

        QTest::newRow("inbound calls")
            << query([](CallQuery &q) { q.direction = Voice::Direction::Inbound; })
            << QStringList{u"c09"_s, u"c08"_s, u"c07"_s, u"c05"_s, u"c02"_s, u"c01"_s};
        QTest::newRow("outbound calls")
            << query([](CallQuery &q) { q.direction = Voice::Direction::Outbound; })
            << QStringList{u"c06"_s, u"c04"_s, u"c03"_s};

        QTest::newRow("one state") << query([](CallQuery &q) { q.states = {CallState::NoAnswer}; })
                                   << QStringList{u"c02"_s};
        QTest::newRow("missed calls: several states") << query([](CallQuery &q) {
            q.states = {CallState::NoAnswer, CallState::Busy, CallState::NoAnswer};
        }) << QStringList{u"c04"_s, u"c02"_s};
        QTest::newRow("live states") << query([](CallQuery &q) {
            q.states = {CallState::Ringing, CallState::InProgress};
        }) << QStringList{u"c06"_s, u"c05"_s};

        QTest::newRow("number in international form")
            << query([](CallQuery &q) { q.number = u"+254712345678"_s; })
            << QStringList{u"c02"_s, u"c01"_s};
        QTest::newRow("number without the plus")
            << query([](CallQuery &q) { q.number = u"254712345678"_s; })
            << QStringList{u"c02"_s, u"c01"_s};
        QTest::newRow("number with 00 prefix, spaces and dashes")
            << query([](CallQuery &q) { q.number = u"00254 712-345-678"_s; })
            << QStringList{u"c02"_s, u"c01"_s};
        QTest::newRow("national number finds every country's subscriber with those digits")
            << query([](CallQuery &q) { q.number = u"0712345678"_s; })
            << QStringList{u"c04"_s, u"c02"_s, u"c01"_s};
        QTest::newRow("last digits only") << query([](CallQuery &q) { q.number = u"5678"_s; })
                                          << QStringList{u"c04"_s, u"c02"_s, u"c01"_s};
        QTest::newRow("digits in the middle do not match")
            << query([](CallQuery &q) { q.number = u"71234"_s; }) << QStringList();
        QTest::newRow("a number without digits matches nothing")
            << query([](CallQuery &q) { q.number = u"alice"_s; }) << QStringList();
        QTest::newRow("zeros alone match nothing")
            << query([](CallQuery &q) { q.number = u"000"_s; }) << QStringList();
        QTest::newRow("LIKE wildcards are not wildcards")
            << query([](CallQuery &q) { q.number = u"%_"_s; }) << QStringList();
        QTest::newRow("wildcard next to a digit is ignored, the digit counts")
            << query([](CallQuery &q) { q.number = u"%1"_s; }) << QStringList{u"c06"_s, u"c03"_s};

        QTest::newRow("from is inclusive") << query([](CallQuery &q) { q.from = minute(60); })
                                           << QStringList{u"c09"_s, u"c08"_s, u"c07"_s};
        QTest::newRow("to is exclusive")
            << query([](CallQuery &q) { q.to = minute(10); }) << QStringList{u"c01"_s};
        QTest::newRow("range of one minute") << query([](CallQuery &q) {
            q.from = minute(20);
            q.to = minute(21);
        }) << QStringList{u"c03"_s};
        QTest::newRow("empty range") << query([](CallQuery &q) {
            q.from = minute(20);
            q.to = minute(20);
        }) << QStringList();
        QTest::newRow("a millisecond before the next call")
            << query([](CallQuery &q) { q.to = minute(10).addMSecs(1); })
            << QStringList{u"c02"_s, u"c01"_s};
        QTest::newRow("invalid times are no bound") << query([](CallQuery &q) {
            q.from = QDateTime();
            q.to = QDateTime();
        }) << all;

        QTest::newRow("combined: agent1's completed inbound calls in the last hour") << query(
            [](CallQuery &q) {
                q.agent = u"agent1"_s;
                q.direction = Voice::Direction::Inbound;
                q.states = {CallState::Completed};
                q.from = minute(5);
                q.to = minute(71);
            }) << QStringList{u"c08"_s, u"c07"_s};
        QTest::newRow("combined: a customer's calls with agent2") << query([](CallQuery &q) {
            q.agent = u"agent2"_s;
            q.number = u"0733000001"_s;
        }) << QStringList{u"c06"_s};
        QTest::newRow("combined filters that exclude each other") << query([](CallQuery &q) {
            q.direction = Voice::Direction::Outbound;
            q.number = u"+254712345678"_s;
        }) << QStringList();
    }
    void historyFilters()
    {
        QFETCH(CallQuery, query);
        QFETCH(QStringList, expected);

        for (const Call &call : history())
            QVERIFY(m_repository->save(call).ok());
        const auto page = m_repository->history(query);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
        QCOMPARE(ids(page->calls), expected);
        QCOMPARE(page->total, expected.size());
        // The same query again reuses its statement and must give the same answer.
        QCOMPARE(ids(m_repository->history(query)->calls), expected);
    }

    void paging_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("usedOffset");
        QTest::addColumn<int>("usedLimit");

        QTest::newRow("first page") << 0 << 2 << QStringList{u"c09"_s, u"c08"_s} << 0 << 2;
        QTest::newRow("middle page")
            << 2 << 3 << QStringList{u"c07"_s, u"c06"_s, u"c05"_s} << 2 << 3;
        QTest::newRow("last, short page") << 8 << 2 << QStringList{u"c01"_s} << 8 << 2;
        QTest::newRow("past the end") << 9 << 2 << QStringList() << 9 << 2;
        QTest::newRow("negative offset starts at the top")
            << -5 << 1 << QStringList{u"c09"_s} << 0 << 1;
        QTest::newRow("limit 0 still returns one call")
            << 0 << 0 << QStringList{u"c09"_s} << 0 << 1;
        QTest::newRow("huge limit is capped at 500")
            << 7 << 1'000'000 << QStringList{u"c02"_s, u"c01"_s} << 7 << 500;
    }
    void paging()
    {
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        QFETCH(int, usedOffset);
        QFETCH(int, usedLimit);

        for (const Call &call : history())
            QVERIFY(m_repository->save(call).ok());
        CallQuery query;
        query.offset = offset;
        query.limit = limit;
        const auto page = m_repository->history(query);
        QVERIFY(page.ok());
        QCOMPARE(ids(page->calls), expected);
        QCOMPARE(page->total, 9);
        QCOMPARE(page->offset, usedOffset);
        QCOMPARE(page->limit, usedLimit);
    }

    void walkingThePagesShowsEveryCallOnce()
    {
        for (const Call &call : history())
            QVERIFY(m_repository->save(call).ok());
        QStringList seen;
        CallQuery query;
        query.limit = 4;
        for (query.offset = 0;; query.offset += query.limit) {
            const auto page = m_repository->history(query);
            QVERIFY(page.ok());
            if (page->calls.isEmpty())
                break;
            seen << ids(page->calls);
        }
        QCOMPARE(seen,
            (QStringList{u"c09"_s,
                u"c08"_s,
                u"c07"_s,
                u"c06"_s,
                u"c05"_s,
                u"c04"_s,
                u"c03"_s,
                u"c02"_s,
                u"c01"_s}));
    }

    // The webhook's hot path: figures for docs/performance.md, not a timed assertion.
    void tenThousandSaves()
    {
        constexpr int count = 10'000;
        QList<Call> calls;
        calls.reserve(count);
        for (int i = 0; i < count; ++i) {
            Call call = TestSupport::completeCall(u"ATVId_%1"_s.arg(i, 6, 10, QChar(u'0')));
            call.customerNumber = u"+2547%1"_s.arg(i % 5000, 8, 10, QChar(u'0'));
            call.createdAt = T0.addMSecs(i);
            calls.append(call);
        }

        QElapsedTimer timer;
        timer.start();
        const auto saved = m_database->transaction([&]() -> Util::Result<void, StorageError> {
            for (const Call &call : std::as_const(calls)) {
                if (auto done = m_repository->save(call); !done)
                    return done;
            }
            return {};
        });
        const qint64 oneTransaction = timer.nsecsElapsed();
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(column(*m_database, u"SELECT count(*) FROM calls"_s).toInt(), count);

        timer.restart();
        for (int i = 0; i < 1000; ++i) {
            auto done = m_database->transaction([&] { return m_repository->save(calls.at(i)); });
            QVERIFY(done.ok());
        }
        const qint64 ownTransactions = timer.nsecsElapsed();

        timer.restart();
        qsizetype encodedBytes = 0;
        for (const Call &call : std::as_const(calls))
            encodedBytes += Calls::toJsonText(call).size();
        const qint64 encoding = timer.nsecsElapsed();
        timer.restart();
        for (const Call &call : std::as_const(calls)) {
            const QJsonDocument document(Calls::toJson(call));
            encodedBytes -= document.toJson(QJsonDocument::Compact).size();
        }
        const qint64 qtEncoding = timer.nsecsElapsed();
        QCOMPARE(encodedBytes, 0);

        CallQuery byNumber;
        byNumber.number = u"0700004999"_s;
        timer.restart();
        const auto found = m_repository->history(byNumber);
        const qint64 numberSearch = timer.nsecsElapsed();
        QVERIFY(found.ok());
        QCOMPARE(found->total, 2);

        qInfo("10,000 saves in one transaction: %.1f ms (%.1f us each, of which %.1f us is the "
              "JSON encoding; through QJsonDocument it would be %.1f us); 1,000 updates in their "
              "own transactions (in memory): %.1f us each; number search over 10,000 calls: "
              "%.2f ms",
            oneTransaction / 1e6,
            oneTransaction / 1e3 / count,
            encoding / 1e3 / count,
            qtEncoding / 1e3 / count,
            ownTransactions / 1e3 / 1000,
            numberSearch / 1e6);
    }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CallRepository> m_repository;
};

SIMU_TEST_MAIN(TestCallRepository)
#include "tst_callrepository.moc"
