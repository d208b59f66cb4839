// Calls::CallStateMachine against how AT really delivers notifications: twice, late, the
// final one first, for another session. Whatever the order, the call's record only moves
// forward, keeps its owner (kind, agent, line) and its times and counters stay right.

#include "callsequences.h"
#include "callstatemachinefixture.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CallStateMachineTest;

class TestCallStateMachineOrdering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // AT may deliver a notification twice (a retry after a slow answer): nothing may change.
    void duplicatesChangeNothing_data() { addSequenceTable(); }
    void duplicatesChangeNothing()
    {
        QFETCH(bool, queuedFirst);
        QFETCH(Events, events);

        const QList<Transition> once = run(queuedFirst, events);
        const QList<Transition> twice = run(queuedFirst, events, true);
        QCOMPARE(twice.size(), once.size() * 2);
        for (qsizetype i = 1; i < twice.size(); i += 2) {
            QVERIFY2(!twice.at(i).changed, qPrintable(twice.at(i).reason));
            QVERIFY(Calls::sameCallData(twice.at(i - 1).call, twice.at(i).call));
        }
        QVERIFY(twice.last().call == once.last().call);
    }

    // The hub decides who owns a call (kind, agent, the line it rang); no notification may
    // take a call away from its agent or turn a click-to-call into something else.
    void ownershipSurvivesEveryTransition_data() { addSequenceTable(); }
    void ownershipSurvivesEveryTransition()
    {
        QFETCH(bool, queuedFirst);
        QFETCH(Events, events);

        const auto stamp = [](Call call) {
            call.kind = Calls::CallKind::ClickToCall;
            call.agent = u"agent1"_s;
            call.agentLine = u"agent1.line@ke.sip.africastalking.com"_s;
            return call;
        };
        Call call = queuedFirst ? stamp(queuedCall())
                                : stamp(CallStateMachine::start(events.first(), T0).call);
        for (qsizetype i = queuedFirst ? 0 : 1; i < events.size(); ++i) {
            for (int delivery = 0; delivery < 2; ++delivery) { // AT may repeat any notification
                call = CallStateMachine::apply(call, events.at(i), receivedAt(i)).call;
                QCOMPARE(call.kind, Calls::CallKind::ClickToCall);
                QCOMPARE(call.agent, u"agent1"_s);
                QCOMPARE(call.agentLine, u"agent1.line@ke.sip.africastalking.com"_s);
            }
        }
    }

    void firstNotificationSeedsKindButNoAgent_data()
    {
        QTest::addColumn<Voice::CallbackEvent>("event");
        QTest::addColumn<Calls::CallKind>("kind");

        QTest::newRow("customer calling in is an inbound call")
            << inboundRinging().build() << Calls::CallKind::Inbound;
        QTest::newRow("answered call we placed is an outbound call")
            << CallbackBuilder::active().outbound(CUSTOMER, AT_NUMBER).build()
            << Calls::CallKind::Outbound;
        QTest::newRow("final of a call we placed arriving first is outbound")
            << outboundCompleted().build() << Calls::CallKind::Outbound;
        QTest::newRow("notification without a direction leaves the kind unknown")
            << CallbackBuilder::active().build() << Calls::CallKind::Unknown;
    }
    void firstNotificationSeedsKindButNoAgent()
    {
        QFETCH(Voice::CallbackEvent, event);
        QFETCH(Calls::CallKind, kind);

        const Call call = CallStateMachine::fromFirstCallback(event, T0);
        QCOMPARE(call.kind, kind);
        QVERIFY(call.agent.isEmpty());
        QVERIFY(call.agentLine.isEmpty());
    }

    void queuedCallIsOutboundAndUnassigned()
    {
        const Call call = queuedCall();
        QCOMPARE(call.kind, Calls::CallKind::Outbound);
        QVERIFY(call.agent.isEmpty());
        QVERIFY(call.agentLine.isEmpty());
    }

    // Assigning an agent is news for the call list even though no notification came.
    void ownershipIsCallData()
    {
        const Call before = queuedCall();
        Call after = before;
        after.agent = u"agent2"_s;
        QVERIFY(!Calls::sameCallData(before, after));
        after = before;
        after.agentLine = u"+254700000009"_s;
        QVERIFY(!Calls::sameCallData(before, after));
        after = before;
        after.kind = Calls::CallKind::ClickToCall;
        QVERIFY(!Calls::sameCallData(before, after));
    }

    void timesAndCounters()
    {
        const QList<Transition> transitions = run(true,
            Events{CallbackBuilder::active().outbound(CUSTOMER, AT_NUMBER).state(u"Answered"_s),
                CallbackBuilder::active().outbound(CUSTOMER, AT_NUMBER).dtmf(u"1"_s),
                outboundCompleted()});
        const Call &call = transitions.last().call;
        QCOMPARE(call.direction, Voice::Direction::Outbound);
        QCOMPARE(call.clientRequestId, REQUEST_ID);
        QCOMPARE(call.carrierName, u"Safaricom"_s);
        QCOMPARE(call.createdAt, T0);
        QCOMPARE(call.answeredAt, std::optional<QDateTime>(receivedAt(0)));
        QCOMPARE(call.endedAt, std::optional<QDateTime>(receivedAt(2)));
        QCOMPARE(call.updatedAt, receivedAt(2));
        QCOMPARE(call.callbacksApplied, 3);
        QCOMPARE(call.startedAt,
            std::optional<QDateTime>(QDateTime(QDate(2020, 3, 16), QTime(5, 12, 57), Qt::UTC)));
        QCOMPARE(transitions.at(0).previousState, CallState::Queued);
        QCOMPARE(transitions.at(2).previousState, CallState::InProgress);
    }

    void finalFirstStartsACompleteCall()
    {
        const Transition t = CallStateMachine::start(outboundCompleted(), T0);
        QVERIFY(t.changed);
        QCOMPARE(t.call.state, CallState::Completed);
        QCOMPARE(t.call.direction, Voice::Direction::Outbound);
        QCOMPARE(t.call.createdAt, T0);
        QCOMPARE(t.call.endedAt, std::optional<QDateTime>(T0));
        QCOMPARE(t.call.callbacksApplied, 1);
        QVERIFY(CallStateMachine::fromFirstCallback(outboundCompleted(), T0) == t.call);
    }

    void lateRoundTripIsIgnoredWithAReason()
    {
        const Call ended = CallStateMachine::start(outboundCompleted(), T0).call;
        const Transition late = CallStateMachine::apply(ended,
            CallbackBuilder::active().outbound(CUSTOMER, AT_NUMBER).recording(u"http://r/1.mp3"_s),
            T0.addSecs(5));
        QVERIFY(!late.changed);
        QVERIFY(late.call == ended);
        QVERIFY2(late.reason.contains(u"ignored"_s), qPrintable(late.reason));
        QVERIFY2(late.reason.contains(u"completed"_s), qPrintable(late.reason));
    }

    // A second final notification may complete the record but never rewrite it.
    void lateFinalFillsOnlyWhatIsMissing()
    {
        const Call ended = CallStateMachine::start(outboundCompleted(), T0).call;
        const Transition late = CallStateMachine::apply(ended,
            outboundCompleted()
                .duration(u"99"_s)
                .cost(u"9.99"_s, u"USD"_s)
                .hangupCause(u"NORMAL_CLEARING"_s)
                .recording(u"http://r/2.mp3"_s),
            T0.addSecs(5));
        QVERIFY(late.changed);
        QCOMPARE(late.call.state, CallState::Completed);
        QCOMPARE(late.call.durationSeconds, std::optional<int>(7));
        QCOMPARE(late.call.costAmount, u"0.408333333333333345"_s);
        QCOMPARE(late.call.currencyCode, u"KES"_s);
        QCOMPARE(late.call.hangupCause, u"NORMAL_CLEARING"_s);
        QCOMPARE(late.call.recordingUrl, u"http://r/2.mp3"_s);
        QCOMPARE(late.call.endedAt, ended.endedAt);
        QCOMPARE(late.call.callbacksApplied, 2);
        QVERIFY2(late.reason.contains(u"recording"_s), qPrintable(late.reason));
        QVERIFY2(!late.reason.contains(u"cost"_s), qPrintable(late.reason));
    }

    void notificationForAnotherSessionChangesNothing()
    {
        const Call queued = queuedCall();
        const Transition t = CallStateMachine::apply(queued,
            CallbackBuilder::ended(u"ATVId_other"_s)
                .outbound(CUSTOMER, AT_NUMBER)
                .status(u"Success"_s),
            T0);
        QVERIFY(!t.changed);
        QVERIFY(t.call == queued);
    }
};

SIMU_TEST_MAIN(TestCallStateMachineOrdering)
#include "tst_callstatemachine_ordering.moc"
