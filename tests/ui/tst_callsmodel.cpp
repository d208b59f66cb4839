// Ui::CallsModel under a stream of hub events: rows appear, change in place and leave without
// the view ever being reset; what each cell says (state, number, duration, cost) is what an
// agent reads.

#include "fakeclock.h"
#include "models/callsmodel.h"
#include "widgettestmain.h"

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Calls::Call;
using Calls::CallState;
using Ui::CallsModel;

namespace {

// A call as the hub reports it, created `ageSeconds` ago on the fake clock.
Call makeCall(
    const QString &sessionId, const QDateTime &createdAt, CallState state = CallState::Ringing)
{
    Call call;
    call.sessionId = sessionId;
    call.direction = Voice::Direction::Inbound;
    call.kind = Calls::CallKind::Inbound;
    call.customerNumber = u"+254712345678"_s;
    call.atNumber = u"+254711082000"_s;
    call.agent = u"agent1"_s;
    call.state = state;
    call.createdAt = createdAt;
    call.updatedAt = createdAt;
    return call;
}

QString cell(const CallsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestCallsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsInsertAndUpdateWithoutReset();
    void repeatedEventChangesNothing();
    void rowsKeepArrivalOrderAndIndexSurvivesRemoval();
    void stateNamesInWords_data();
    void stateNamesInWords();
    void directionInWordsWithArrow_data();
    void directionInWordsWithArrow();
    void customerNumberFormattedInternationally_data();
    void customerNumberFormattedInternationally();
    void costShownAsAtSentIt_data();
    void costShownAsAtSentIt();
    void durationFromAnswerOnTheHubsClock_data();
    void durationFromAnswerOnTheHubsClock();
    void durationTicksOnlyForAnsweredLiveCalls();
    void startedTimeFollowsTheClockOffset();
    void rolesForViewsAndSorting();
    void endedCallStaysThenLeaves();
    void keepZeroRemovesAtOnce();
    void keepForeverThenShorten();
    void snapshotDropsCallsThatEndedLongAgo();
    void snapshotResetsOnce();
    void malformedInputIsHarmless();
    void fiveHundredCallsManyUpdates();

private:
    TestSupport::FakeClock m_clock;
};

void TestCallsModel::eventsInsertAndUpdateWithoutReset()
{
    CallsModel model(Phone::NumberParser(u"KE"_s), m_clock);
    model.setSnapshot({makeCall(u"ATVId_a"_s, m_clock.now())});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy callChanged(&model, &CallsModel::callChanged);

    Call b = makeCall(u"ATVId_b"_s, m_clock.now());
    model.applyCall(b);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1); // appended after the snapshot's call
    QCOMPARE(model.rowCount(), 2);

    b.state = CallState::InProgress;
    b.answeredAt = m_clock.now();
    model.applyCall(b);
    QCOMPARE(inserted.count(), 1); // an update is not an insert
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1); // only the call's own row
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(cell(model, 1, CallsModel::StateColumn), u"In progress"_s);
    QCOMPARE(cell(model, 0, CallsModel::StateColumn), u"Ringing"_s);
    QCOMPARE(callChanged.count(), 2);
    QCOMPARE(resets.count(), 0);
}

void TestCallsModel::repeatedEventChangesNothing()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    const Call a = makeCall(u"ATVId_a"_s, m_clock.now());
    model.applyCall(a);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyCall(a);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestCallsModel::rowsKeepArrivalOrderAndIndexSurvivesRemoval()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    model.setKeepEndedMs(0);
    const QStringList ids{u"ATVId_1"_s, u"ATVId_2"_s, u"ATVId_3"_s, u"ATVId_4"_s};
    for (const QString &id : ids)
        model.applyCall(makeCall(id, m_clock.now()));
    for (int row = 0; row < ids.size(); ++row) {
        QCOMPARE(model.rowOf(ids.at(row)), row);
        QCOMPARE(model.call(row).sessionId, ids.at(row));
    }

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Call second = makeCall(u"ATVId_2"_s, m_clock.now(), CallState::Completed);
    second.endedAt = m_clock.now();
    model.applyCall(second);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(model.rowOf(u"ATVId_2"_s), -1);
    QCOMPARE(model.rowOf(u"ATVId_3"_s), 1);
    QCOMPARE(model.rowOf(u"ATVId_4"_s), 2);
    QCOMPARE(model.call(2).sessionId, u"ATVId_4"_s);
    QCOMPARE(model.index(1, 0).data(CallsModel::SessionIdRole).toString(), u"ATVId_3"_s);

    // An update after the removal lands on the right row.
    Call fourth = makeCall(u"ATVId_4"_s, m_clock.now(), CallState::InProgress);
    model.applyCall(fourth);
    QCOMPARE(cell(model, 2, CallsModel::StateColumn), u"In progress"_s);
    QCOMPARE(cell(model, 1, CallsModel::StateColumn), u"Ringing"_s);
}

void TestCallsModel::stateNamesInWords_data()
{
    QTest::addColumn<CallState>("state");
    QTest::addColumn<QString>("shown");
    // AT accepted /call and has not reported yet: for the agent, the call is being dialled.
    QTest::newRow("queued") << CallState::Queued << u"Dialling"_s;
    QTest::newRow("ringing") << CallState::Ringing << u"Ringing"_s;
    QTest::newRow("in progress") << CallState::InProgress << u"In progress"_s;
    QTest::newRow("transferring") << CallState::Transferring << u"Transferring"_s;
    QTest::newRow("completed") << CallState::Completed << u"Completed"_s;
    QTest::newRow("no answer") << CallState::NoAnswer << u"No answer"_s;
    QTest::newRow("busy") << CallState::Busy << u"Busy"_s;
    QTest::newRow("failed") << CallState::Failed << u"Failed"_s;
    QTest::newRow("rejected") << CallState::Rejected << u"Rejected"_s;
    QTest::newRow("transferred") << CallState::Transferred << u"Transferred"_s;
}

void TestCallsModel::stateNamesInWords()
{
    QFETCH(CallState, state);
    QFETCH(QString, shown);
    CallsModel model(Phone::NumberParser(), m_clock);
    Call call = makeCall(u"ATVId_s"_s, m_clock.now(), state);
    if (call.isFinal())
        call.endedAt = m_clock.now();
    model.applyCall(call);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, CallsModel::StateColumn), shown);
    QCOMPARE(model.index(0, 0).data(CallsModel::StateRole).value<CallState>(), state);
    // Every state has its own visible colour swatch, the state's colour.
    const auto icon = model.index(0, 0).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    const QImage swatch = icon.pixmap(12, 12).toImage();
    QCOMPARE(swatch.pixelColor(6, 6), Ui::CallFormat::stateColour(state));
}

void TestCallsModel::directionInWordsWithArrow_data()
{
    QTest::addColumn<Voice::Direction>("direction");
    QTest::addColumn<QString>("word");
    QTest::newRow("inbound") << Voice::Direction::Inbound << u"Inbound"_s;
    QTest::newRow("outbound") << Voice::Direction::Outbound << u"Outbound"_s;
    QTest::newRow("unknown") << Voice::Direction::Unknown << u"Unknown"_s;
}

void TestCallsModel::directionInWordsWithArrow()
{
    QFETCH(Voice::Direction, direction);
    QFETCH(QString, word);
    CallsModel model(Phone::NumberParser(), m_clock);
    Call call = makeCall(u"ATVId_d"_s, m_clock.now());
    call.direction = direction;
    model.applyCall(call);
    const QString shown = cell(model, 0, CallsModel::DirectionColumn);
    QVERIFY2(shown.endsWith(word), qPrintable(shown));
    QCOMPARE(shown.contains(u'\u2199'), direction == Voice::Direction::Inbound);
    QCOMPARE(shown.contains(u'\u2197'), direction == Voice::Direction::Outbound);
}

void TestCallsModel::customerNumberFormattedInternationally_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Kenyan mobile") << u"+254712345678"_s << u"+254 712 345678"_s;
    QTest::newRow("Ugandan mobile") << u"+256772123456"_s << u"+256 772 123456"_s;
    QTest::newRow("browser client as given") << u"myapp.alice"_s << u"myapp.alice"_s;
    QTest::newRow("SIP address as given")
        << u"agent2@ke.sip.africastalking.com"_s << u"agent2@ke.sip.africastalking.com"_s;
}

void TestCallsModel::customerNumberFormattedInternationally()
{
    QFETCH(QString, customer);
    QFETCH(QString, shown);
    CallsModel model(Phone::NumberParser(), m_clock);
    Call call = makeCall(u"ATVId_c"_s, m_clock.now());
    call.customerNumber = customer;
    model.applyCall(call);
    QCOMPARE(cell(model, 0, CallsModel::CustomerColumn), shown);

    // A changed number is re-formatted (the cache follows the call).
    call.customerNumber = u"+254722000000"_s;
    model.applyCall(call);
    QCOMPARE(cell(model, 0, CallsModel::CustomerColumn), u"+254 722 000000"_s);
}

void TestCallsModel::costShownAsAtSentIt_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<double>("sortValue");
    QTest::newRow("AT's long fraction rounds to cents")
        << u"0.408333333333333345"_s << u"KES"_s << u"KES 0.41"_s << 0.408333333333333345;
    QTest::newRow("three decimals") << u"147.440"_s << u"UGX"_s << u"UGX 147.44"_s << 147.44;
    QTest::newRow("whole amount gets cents") << u"5"_s << u"KES"_s << u"KES 5.00"_s << 5.0;
    QTest::newRow("tiny amount is not shown as zero")
        << u"0.004"_s << u"KES"_s << u"KES 0.004"_s << 0.004;
    QTest::newRow("free call") << u"0"_s << u"KES"_s << u"KES 0.00"_s << 0.0;
    QTest::newRow("no cost yet") << QString() << QString() << QString() << -1.0;
    QTest::newRow("unreadable amount shown as sent")
        << u"n/a"_s << u"KES"_s << u"KES n/a"_s << -1.0;
}

void TestCallsModel::costShownAsAtSentIt()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, shown);
    QFETCH(double, sortValue);
    CallsModel model(Phone::NumberParser(), m_clock);
    Call call = makeCall(u"ATVId_cost"_s, m_clock.now(), CallState::Completed);
    call.endedAt = m_clock.now();
    call.durationSeconds = 39;
    call.costAmount = amount;
    call.currencyCode = currency;
    model.applyCall(call);
    QCOMPARE(cell(model, 0, CallsModel::CostColumn), shown);
    if (!amount.isEmpty()) // AT's exact string stays within reach
        QVERIFY(cell(model, 0, CallsModel::CostColumn, Qt::ToolTipRole).contains(amount));
    QCOMPARE(
        model.index(0, CallsModel::CostColumn).data(CallsModel::SortRole).toDouble(), sortValue);
    const int alignment
        = model.index(0, CallsModel::CostColumn).data(Qt::TextAlignmentRole).toInt();
    QVERIFY(alignment & Qt::AlignRight);
}

void TestCallsModel::durationFromAnswerOnTheHubsClock_data()
{
    QTest::addColumn<qint64>("offsetMs"); // hub clock minus local clock
    QTest::addColumn<int>("answeredSecondsAgo"); // on the hub's clock; -1 not answered
    QTest::addColumn<int>("atDuration"); // AT's final durationSeconds; -1 none
    QTest::addColumn<QString>("shown");
    QTest::newRow("ringing, not answered") << qint64(0) << -1 << -1 << u"\u2014"_s;
    QTest::newRow("answered 65 s ago") << qint64(0) << 65 << -1 << u"1:05"_s;
    QTest::newRow("hub clock 2 h ahead") << qint64(7'200'000) << 65 << -1 << u"1:05"_s;
    QTest::newRow("hub clock 5 min behind") << qint64(-300'000) << 9 << -1 << u"0:09"_s;
    QTest::newRow("over an hour") << qint64(0) << 3725 << -1 << u"1:02:05"_s;
    QTest::newRow("final: AT's duration wins") << qint64(0) << 65 << 39 << u"0:39"_s;
}

void TestCallsModel::durationFromAnswerOnTheHubsClock()
{
    QFETCH(qint64, offsetMs);
    QFETCH(int, answeredSecondsAgo);
    QFETCH(int, atDuration);
    QFETCH(QString, shown);
    CallsModel model(Phone::NumberParser(), m_clock);
    model.setClockOffsetMs(offsetMs);
    const QDateTime hubNow = m_clock.now().addMSecs(offsetMs);
    Call call = makeCall(u"ATVId_t"_s, hubNow.addSecs(-4000));
    if (answeredSecondsAgo >= 0) {
        call.state = CallState::InProgress;
        call.answeredAt = hubNow.addSecs(-answeredSecondsAgo);
    }
    if (atDuration >= 0) {
        call.state = CallState::Completed;
        call.endedAt = hubNow;
        call.durationSeconds = atDuration;
    }
    model.applyCall(call);
    QCOMPARE(cell(model, 0, CallsModel::DurationColumn), shown);

    if (answeredSecondsAgo >= 0 && atDuration < 0) {
        m_clock.advance(60s);
        const QString later = cell(model, 0, CallsModel::DurationColumn);
        QVERIFY2(later != shown, "a live call's duration must move with the clock");
        QCOMPARE(model.index(0, CallsModel::DurationColumn).data(CallsModel::SortRole).toInt(),
            answeredSecondsAgo + 60);
    }
}

void TestCallsModel::durationTicksOnlyForAnsweredLiveCalls()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    model.setKeepEndedMs(-1);
    Call ringing = makeCall(u"ATVId_ringing"_s, m_clock.now());
    Call talking = makeCall(u"ATVId_talking"_s, m_clock.now(), CallState::InProgress);
    talking.answeredAt = m_clock.now();
    Call ended = makeCall(u"ATVId_ended"_s, m_clock.now(), CallState::Completed);
    ended.answeredAt = m_clock.now();
    ended.endedAt = m_clock.now();
    ended.durationSeconds = 12;
    Call talking2 = talking;
    talking2.sessionId = u"ATVId_talking2"_s;
    model.setSnapshot({ringing, talking, ended, talking2});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.wait(CallsModel::TickIntervalMs * 3));
    QSet<int> rows;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(CallsModel::DurationColumn));
        QCOMPARE(bottomRight.column(), int(CallsModel::DurationColumn));
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows.insert(row);
    }
    QCOMPARE(rows, (QSet<int>{model.rowOf(u"ATVId_talking"_s), model.rowOf(u"ATVId_talking2"_s)}));
}

void TestCallsModel::startedTimeFollowsTheClockOffset()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    const Call call = makeCall(u"ATVId_st"_s, m_clock.now());
    model.applyCall(call);
    const QString local = m_clock.now().toLocalTime().toString(u"HH:mm:ss"_s);
    QCOMPARE(cell(model, 0, CallsModel::StartedColumn), local);
    QCOMPARE(model.index(0, CallsModel::StartedColumn).data(CallsModel::SortRole).toLongLong(),
        m_clock.now().toMSecsSinceEpoch());

    // The hub's clock runs 30 s fast: the call started 30 s earlier on this computer's clock.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setClockOffsetMs(30'000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 0, CallsModel::StartedColumn),
        m_clock.now().addSecs(-30).toLocalTime().toString(u"HH:mm:ss"_s));
}

void TestCallsModel::rolesForViewsAndSorting()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    Call call = makeCall(u"ATVId_roles"_s, m_clock.now(), CallState::InProgress);
    call.answeredAt = m_clock.now().addSecs(-10);
    call.carrierName = u"Safaricom"_s;
    model.applyCall(call);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(CallsModel::SessionIdRole).toString(), u"ATVId_roles"_s);
    QCOMPARE(first.data(CallsModel::CallRole).value<Call>(), call);
    QCOMPARE(model.callAt(first), call);
    QCOMPARE(first.data(CallsModel::IsFinalRole).toBool(), false);
    QCOMPARE(first.data(CallsModel::AgentRole).toString(), u"agent1"_s);
    QCOMPARE(first.data(CallsModel::DirectionRole).toInt(), int(Voice::Direction::Inbound));
    QCOMPARE(model.index(0, CallsModel::DurationColumn).data(CallsModel::SortRole).toInt(), 10);
    QVERIFY(cell(model, 0, CallsModel::CustomerColumn, Qt::ToolTipRole).contains(u"Safaricom"_s));
    QVERIFY(model.index(0, CallsModel::DurationColumn).data(Qt::TextAlignmentRole).toInt()
        & Qt::AlignRight);
    QVERIFY(!(model.index(0, CallsModel::AgentColumn).data(Qt::TextAlignmentRole).toInt()
        & Qt::AlignRight));
    QCOMPARE(model.headerData(CallsModel::CostColumn, Qt::Horizontal).toString(), u"Cost"_s);
    QCOMPARE(model.columnCount(), int(CallsModel::ColumnCount));
}

void TestCallsModel::endedCallStaysThenLeaves()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    model.setKeepEndedMs(150);
    Call call = makeCall(u"ATVId_end"_s, m_clock.now(), CallState::InProgress);
    call.answeredAt = m_clock.now();
    model.applyCall(call);

    call.state = CallState::Completed;
    call.endedAt = m_clock.now();
    call.durationSeconds = 39;
    call.costAmount = u"4.9"_s;
    call.currencyCode = u"KES"_s;
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyCall(call);
    // The agent sees how it ended and what it cost...
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, CallsModel::StateColumn), u"Completed"_s);
    QCOMPARE(cell(model, 0, CallsModel::CostColumn), u"KES 4.90"_s);
    QCOMPARE(cell(model, 0, CallsModel::DurationColumn), u"0:39"_s);
    QCOMPARE(removed.count(), 0);
    // ...then it goes, by itself.
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowOf(u"ATVId_end"_s), -1);
}

void TestCallsModel::keepZeroRemovesAtOnce()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    model.setKeepEndedMs(0);
    model.applyCall(makeCall(u"ATVId_z"_s, m_clock.now()));
    Call ended = makeCall(u"ATVId_z"_s, m_clock.now(), CallState::NoAnswer);
    ended.endedAt = m_clock.now();
    model.applyCall(ended);
    QCOMPARE(model.rowCount(), 0);
    // An ended call never seen live is not shown at all.
    ended.sessionId = u"ATVId_z2"_s;
    model.applyCall(ended);
    QCOMPARE(model.rowCount(), 0);
}

void TestCallsModel::keepForeverThenShorten()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    model.setKeepEndedMs(-1);
    QCOMPARE(model.keepEndedMs(), -1);
    Call ended = makeCall(u"ATVId_k"_s, m_clock.now().addSecs(-3600), CallState::Failed);
    ended.endedAt = m_clock.now().addSecs(-3500); // ended long ago: kept anyway
    model.applyCall(ended);
    model.applyCall(makeCall(u"ATVId_live"_s, m_clock.now()));
    QCOMPARE(model.rowCount(), 2);
    model.setKeepEndedMs(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.call(0).sessionId, u"ATVId_live"_s);
}

void TestCallsModel::snapshotDropsCallsThatEndedLongAgo()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    model.setKeepEndedMs(60'000);
    Call old = makeCall(u"ATVId_old"_s, m_clock.now().addSecs(-600), CallState::Completed);
    old.endedAt = m_clock.now().addSecs(-300);
    Call recent = makeCall(u"ATVId_recent"_s, m_clock.now().addSecs(-60), CallState::Completed);
    recent.endedAt = m_clock.now().addSecs(-10);
    const Call live = makeCall(u"ATVId_live"_s, m_clock.now());
    model.setSnapshot({old, recent, live});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(u"ATVId_old"_s), -1);
    QVERIFY(model.rowOf(u"ATVId_recent"_s) >= 0);
    QVERIFY(model.rowOf(u"ATVId_live"_s) >= 0);
}

void TestCallsModel::snapshotResetsOnce()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    model.applyCall(makeCall(u"ATVId_gone"_s, m_clock.now()));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Call a = makeCall(u"ATVId_a"_s, m_clock.now());
    Call aLater = a;
    aLater.state = CallState::InProgress;
    model.setSnapshot({a, makeCall(u"ATVId_b"_s, m_clock.now()), aLater});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 2); // listed twice, shown once, as the later copy says
    QCOMPARE(model.rowOf(u"ATVId_gone"_s), -1);
    QCOMPARE(cell(model, model.rowOf(u"ATVId_a"_s), CallsModel::StateColumn), u"In progress"_s);
}

void TestCallsModel::malformedInputIsHarmless()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    Call nameless = makeCall(QString(), m_clock.now());
    // Refused with a warning in the log, each time.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"without a sessionId"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"without a sessionId"_s));
    model.applyCall(nameless);
    model.setSnapshot({nameless});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.call(-1).sessionId, QString());
    QCOMPARE(model.call(7).sessionId, QString());
    QCOMPARE(model.callAt(QModelIndex()).sessionId, QString());
    QVERIFY(!model.index(3, 0).data().isValid());
    QCOMPARE(model.rowOf(u"ATVId_nothing"_s), -1);
}

void TestCallsModel::fiveHundredCallsManyUpdates()
{
    CallsModel model(Phone::NumberParser(), m_clock);
    model.setKeepEndedMs(-1);
    model.setSnapshot({});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    constexpr int calls = 500;
    constexpr int rounds = 40;
    const CallState lifecycle[] = {
        CallState::Ringing, CallState::InProgress, CallState::Transferring, CallState::InProgress};
    QHash<QString, Call> expected;
    // Calls arrive interleaved, in an order that is not their row order: a simple LCG.
    quint32 seed = 12345;
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < calls; ++i) {
            seed = seed * 1664525u + 1013904223u;
            const int n = int(seed % calls);
            const QString id = u"ATVId_%1"_s.arg(n, 3, 10, QChar(u'0'));
            Call call = expected.value(id, makeCall(id, m_clock.now()));
            call.customerNumber = u"+2547%1"_s.arg(10'000'000 + n);
            call.callbacksApplied += 1;
            call.state = lifecycle[call.callbacksApplied % 4];
            if (round == rounds - 1 && n % 5 == 0) {
                call.state = CallState::Completed;
                call.costAmount = u"%1.5"_s.arg(n);
                call.currencyCode = u"KES"_s;
            }
            expected.insert(id, call);
            model.applyCall(call);
        }
    }

    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(inserted.count(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const int row = model.rowOf(it.key());
        QVERIFY(row >= 0);
        QCOMPARE(model.call(row), it.value());
        QCOMPARE(cell(model, row, CallsModel::StateColumn), Calls::displayName(it->state));
        QCOMPARE(cell(model, row, CallsModel::CustomerColumn),
            Phone::NumberParser().formatInternational(it->customerNumber));
        if (it->hasCost())
            QCOMPARE(cell(model, row, CallsModel::CostColumn),
                u"KES %1.50"_s.arg(it.key().mid(6).toInt()));
    }
}

SIMU_WIDGET_TEST_MAIN(TestCallsModel)

#include "tst_callsmodel.moc"
