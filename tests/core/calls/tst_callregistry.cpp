#include "callbackbuilder.h"
#include "calls/callregistry.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Calls::Call;
using Calls::CallRegistry;
using Calls::CallState;
using TestSupport::CallbackBuilder;

namespace {

const QString CUSTOMER = u"+254722000001"_s;
const QString AT_NUMBER = u"+254711082000"_s;
const QDateTime T0(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);

Call queued(const QString &sessionId, const QDateTime &at = T0)
{
    return Call::outboundQueued(sessionId, CUSTOMER, AT_NUMBER, u"order-42"_s, at);
}

Voice::CallbackEvent answered(const QString &sessionId)
{
    return CallbackBuilder::active(sessionId).outbound(CUSTOMER, AT_NUMBER).state(u"Answered"_s);
}

Voice::CallbackEvent ringing(const QString &sessionId)
{
    return CallbackBuilder::active(sessionId).inbound(CUSTOMER, AT_NUMBER).state(u"Ringing"_s);
}

Voice::CallbackEvent completed(const QString &sessionId)
{
    return CallbackBuilder::ended(sessionId)
        .outbound(CUSTOMER, AT_NUMBER)
        .state(u"Completed"_s)
        .status(u"Success"_s)
        .duration(u"12"_s)
        .cost(u"0.5"_s, u"KES"_s);
}

Voice::CallbackEvent busy(const QString &sessionId)
{
    return CallbackBuilder::ended(sessionId)
        .outbound(CUSTOMER, AT_NUMBER)
        .status(u"NotAnswered"_s)
        .hangupCause(u"USER_BUSY"_s)
        .duration(u"0"_s);
}

QStringList sessionIds(const QList<Call> &calls)
{
    QStringList ids;
    for (const Call &call : calls)
        ids << call.sessionId;
    return ids;
}

} // namespace

class TestCallRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the live call list hears about each notification.
    void signalsPerNotification_data()
    {
        QTest::addColumn<bool>("queuedFirst");
        QTest::addColumn<QList<Voice::CallbackEvent>>("before");
        QTest::addColumn<Voice::CallbackEvent>("event");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("updated");
        QTest::addColumn<CallState>("previous");
        QTest::addColumn<CallState>("state");

        const QString s = u"ATVId_1"_s;
        using Events = QList<Voice::CallbackEvent>;
        QTest::newRow("inbound call appears as ringing")
            << false << Events{} << ringing(s) << 1 << 0 << CallState::Queued << CallState::Ringing;
        QTest::newRow("queued outbound call is answered")
            << true << Events{} << answered(s) << 0 << 1 << CallState::Queued
            << CallState::InProgress;
        QTest::newRow("answered call hangs up")
            << true << Events{answered(s)} << completed(s) << 0 << 1 << CallState::InProgress
            << CallState::Completed;
        QTest::newRow("queued call was busy")
            << true << Events{} << busy(s) << 0 << 1 << CallState::Queued << CallState::Busy;
        QTest::newRow("repeated notification is silent")
            << true << Events{answered(s)} << answered(s) << 0 << 0 << CallState::InProgress
            << CallState::InProgress;
        QTest::newRow("late round trip after the end is silent")
            << true << Events{answered(s), completed(s)}
            << CallbackBuilder::active(s).outbound(CUSTOMER, AT_NUMBER).dtmf(u"5"_s).build() << 0
            << 0 << CallState::Completed << CallState::Completed;
        QTest::newRow("final first appears as a finished call")
            << false << Events{} << completed(s) << 1 << 0 << CallState::Queued
            << CallState::Completed;
    }
    void signalsPerNotification()
    {
        QFETCH(bool, queuedFirst);
        QFETCH(QList<Voice::CallbackEvent>, before);
        QFETCH(Voice::CallbackEvent, event);
        QFETCH(int, added);
        QFETCH(int, updated);
        QFETCH(CallState, previous);
        QFETCH(CallState, state);

        CallRegistry registry;
        if (queuedFirst)
            registry.addQueued(queued(event.sessionId));
        for (const Voice::CallbackEvent &earlier : before)
            registry.applyCallback(earlier, T0.addSecs(1));

        QSignalSpy addedSpy(&registry, &CallRegistry::callAdded);
        QSignalSpy updatedSpy(&registry, &CallRegistry::callUpdated);
        const Calls::Transition transition = registry.applyCallback(event, T0.addSecs(2));

        QCOMPARE(addedSpy.size(), added);
        QCOMPARE(updatedSpy.size(), updated);
        QCOMPARE(transition.changed, added + updated > 0);
        QCOMPARE(transition.call.state, state);
        QCOMPARE(registry.find(event.sessionId)->state, state);
        if (added) {
            QCOMPARE(addedSpy.at(0).at(0).value<Call>().state, state);
            QCOMPARE(addedSpy.at(0).at(0).value<Call>().customerNumber, CUSTOMER);
        }
        if (updated) {
            QCOMPARE(updatedSpy.at(0).at(0).value<Call>().state, state);
            QCOMPARE(updatedSpy.at(0).at(1).value<CallState>(), previous);
        }
    }

    void queuedCallIsFoundAndActive()
    {
        CallRegistry registry;
        QSignalSpy addedSpy(&registry, &CallRegistry::callAdded);
        const Call &stored = registry.addQueued(queued(u"ATVId_1"_s));
        QCOMPARE(stored.state, CallState::Queued);
        QCOMPARE(addedSpy.size(), 1);
        QVERIFY(registry.find(u"ATVId_1"_s).has_value());
        QCOMPARE(registry.find(u"ATVId_1"_s)->clientRequestId, u"order-42"_s);
        QCOMPARE(sessionIds(registry.activeCalls()), QStringList{u"ATVId_1"_s});
        QVERIFY(!registry.find(u"ATVId_unknown"_s).has_value());
    }

    // AT's notification can overtake the /call answer on a fast failure.
    void queuedAfterItsNotificationKeepsTheOutcome()
    {
        CallRegistry registry;
        registry.applyCallback(CallbackBuilder::ended(u"ATVId_1"_s)
                                   .outbound(CUSTOMER, QString())
                                   .status(u"NotAnswered"_s)
                                   .hangupCause(u"USER_BUSY"_s),
            T0.addSecs(1));
        QSignalSpy addedSpy(&registry, &CallRegistry::callAdded);
        QSignalSpy updatedSpy(&registry, &CallRegistry::callUpdated);

        const Call &stored = registry.addQueued(queued(u"ATVId_1"_s, T0.addSecs(2)));
        QCOMPARE(stored.state, CallState::Busy);
        QCOMPARE(stored.clientRequestId, u"order-42"_s);
        QCOMPARE(stored.atNumber, AT_NUMBER);
        QCOMPARE(addedSpy.size(), 0);
        QCOMPARE(updatedSpy.size(), 1);
        QCOMPARE(registry.activeCalls().size(), 0);

        // Adding it a second time has nothing more to say.
        registry.addQueued(queued(u"ATVId_1"_s, T0.addSecs(3)));
        QCOMPARE(updatedSpy.size(), 1);
    }

    void refusesCallsWithoutSession_data()
    {
        QTest::addColumn<QString>("sessionId");
        QTest::newRow("empty") << QString();
        QTest::newRow("AT's None for a refused recipient") << u"None"_s;
        QTest::newRow("blank") << u"  "_s;
    }
    void refusesCallsWithoutSession()
    {
        QFETCH(QString, sessionId);
        CallRegistry registry;
        QSignalSpy addedSpy(&registry, &CallRegistry::callAdded);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Not tracking queued call"_s));
        const Call &stored = registry.addQueued(queued(sessionId));
        QVERIFY(stored.sessionId.isEmpty());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"without a session id"_s));
        const Calls::Transition t
            = registry.applyCallback(CallbackBuilder::ended(sessionId).status(u"Success"_s), T0);
        QVERIFY(!t.changed);
        QCOMPARE(addedSpy.size(), 0);
        QVERIFY(registry.activeCalls().isEmpty());
        QVERIFY(registry.recentCalls().isEmpty());
    }

    void activeCallsOldestFirstAndEndedOnesLeave()
    {
        CallRegistry registry;
        registry.addQueued(queued(u"ATVId_b"_s, T0.addSecs(20)));
        registry.addQueued(queued(u"ATVId_a"_s, T0.addSecs(10)));
        registry.applyCallback(ringing(u"ATVId_c"_s), T0.addSecs(30));
        QCOMPARE(sessionIds(registry.activeCalls()),
            (QStringList{u"ATVId_a"_s, u"ATVId_b"_s, u"ATVId_c"_s}));

        registry.applyCallback(busy(u"ATVId_b"_s), T0.addSecs(40));
        registry.applyCallback(completed(u"ATVId_a"_s), T0.addSecs(50));
        QCOMPARE(sessionIds(registry.activeCalls()), QStringList{u"ATVId_c"_s});
        QCOMPARE(sessionIds(registry.recentCalls()), (QStringList{u"ATVId_a"_s, u"ATVId_b"_s}));
        QCOMPARE(registry.find(u"ATVId_a"_s)->costAmount, u"0.5"_s);
    }

    // Memory stays bounded, and a very late notification cannot bring a dropped call back.
    void oldEndedCallsAreDroppedForGood()
    {
        CallRegistry registry(2);
        for (const QString &id : {u"ATVId_1"_s, u"ATVId_2"_s, u"ATVId_3"_s}) {
            registry.addQueued(queued(id));
            registry.applyCallback(completed(id), T0.addSecs(5));
        }
        QVERIFY(!registry.find(u"ATVId_1"_s).has_value());
        QCOMPARE(sessionIds(registry.recentCalls()), (QStringList{u"ATVId_3"_s, u"ATVId_2"_s}));

        QSignalSpy addedSpy(&registry, &CallRegistry::callAdded);
        const Calls::Transition late
            = registry.applyCallback(answered(u"ATVId_1"_s), T0.addSecs(60));
        QVERIFY(!late.changed);
        QCOMPARE(addedSpy.size(), 0);
        QVERIFY(registry.activeCalls().isEmpty());
    }

    // A transferred call leaves the live list at once, and still gets its bill afterwards.
    void transferredCallLeavesThenGetsItsCost()
    {
        CallRegistry registry;
        const QString s = u"ATVId_t"_s;
        registry.applyCallback(ringing(s), T0);
        registry.applyCallback(
            CallbackBuilder::active(s).inbound(CUSTOMER, AT_NUMBER).state(u"Answered"_s),
            T0.addSecs(1));
        registry.applyCallback(
            CallbackBuilder::active(s)
                .inbound(CUSTOMER, AT_NUMBER)
                .state(u"TransferCompleted"_s)
                .transfer(u"+254733000002:20"_s, u"+254733000002"_s, u"Completed"_s),
            T0.addSecs(2));
        QVERIFY(registry.activeCalls().isEmpty());

        QSignalSpy updatedSpy(&registry, &CallRegistry::callUpdated);
        registry.applyCallback(CallbackBuilder::ended(s)
                                   .inbound(CUSTOMER, AT_NUMBER)
                                   .status(u"Success"_s)
                                   .duration(u"80"_s)
                                   .cost(u"3.2"_s, u"KES"_s),
            T0.addSecs(90));
        QCOMPARE(updatedSpy.size(), 1);
        QCOMPARE(updatedSpy.at(0).at(1).value<CallState>(), CallState::Transferred);
        const Call call = *registry.find(s);
        QCOMPARE(call.state, CallState::Transferred);
        QCOMPARE(call.durationSeconds, std::optional<int>(80));
        QCOMPARE(call.costAmount, u"3.2"_s);
        QCOMPARE(sessionIds(registry.recentCalls()), QStringList{s});
    }
};

SIMU_TEST_MAIN(TestCallRegistry)
#include "tst_callregistry.moc"
