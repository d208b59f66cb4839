// Calls::CallStateMachine's mapping of AT's notification sequences to the state a call ends in
// and what its record shows (cost, duration, dial leg, recording, transfer), odd values that
// must never break a call, and the API and display names of states and kinds.

#include "callsequences.h"
#include "callstatemachinefixture.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CallStateMachineTest;

class TestCallStateMachineFinals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data() { addSequenceTable(); }
    void sequences()
    {
        QFETCH(bool, queuedFirst);
        QFETCH(Events, events);
        QFETCH(States, path);
        QFETCH(Expected, expected);

        const QList<Transition> transitions = run(queuedFirst, events);
        QCOMPARE(transitions.size(), path.size());
        for (qsizetype i = 0; i < transitions.size(); ++i) {
            if (transitions.at(i).call.state != path.at(i))
                qInfo() << "after notification" << i + 1 << transitions.at(i).reason;
            QCOMPARE(transitions.at(i).call.state, path.at(i));
        }

        const Call &call = transitions.last().call;
        QCOMPARE(call.sessionId, SESSION);
        QCOMPARE(call.customerNumber, expected.customer);
        QCOMPARE(call.atNumber, expected.atNumber);
        QCOMPARE(call.durationSeconds, expected.duration);
        QCOMPARE(call.costAmount, expected.cost);
        QCOMPARE(call.currencyCode, expected.currency);
        QCOMPARE(call.status, expected.status);
        QCOMPARE(call.hangupCause, expected.hangupCause);
        QCOMPARE(call.dialLeg.destination, expected.dialDestination);
        QCOMPARE(call.dialLeg.durationSeconds, expected.dialDuration);
        QCOMPARE(call.lastBridgeHangupCause, expected.lastBridgeHangupCause);
        QCOMPARE(call.recordingUrl, expected.recording);
        QCOMPARE(call.dtmfDigits, expected.dtmf);
        QCOMPARE(call.transfer.target, expected.transferTarget);
        QCOMPARE(call.transfer.hangupCause, expected.transferCause);
        // An ended call has an end time; a live one must not.
        QCOMPARE(call.endedAt.has_value(), call.isFinal());
    }

    void oddValuesNeverBreakACall_data()
    {
        QTest::addColumn<Voice::CallbackEvent>("event");
        QTest::addColumn<CallState>("state");

        QTest::newRow("empty active notification")
            << CallbackBuilder::active().build() << CallState::Ringing;
        QTest::newRow("empty final notification")
            << CallbackBuilder::ended().build() << CallState::Failed;
        QTest::newRow("unknown session state")
            << CallbackBuilder::active().inbound(CUSTOMER, AT_NUMBER).state(u"Parked"_s).build()
            << CallState::Ringing;
        QTest::newRow("negative duration is not a duration") << CallbackBuilder::ended()
                                                                    .outbound(CUSTOMER, AT_NUMBER)
                                                                    .status(u"NotAnswered"_s)
                                                                    .duration(u"-5"_s)
                                                                    .build()
                                                             << CallState::NoAnswer;
        QTest::newRow("None everywhere") << CallbackBuilder::ended()
                                                .outbound(u"None"_s, u"None"_s)
                                                .status(u"None"_s)
                                                .hangupCause(u"None"_s)
                                                .cost(u"None"_s, u"None"_s)
                                                .recording(u"None"_s)
                                                .startTime(u"None"_s)
                                                .build()
                                         << CallState::Failed;
        QTest::newRow("garbage duration text")
            << CallbackBuilder::ended().status(u"Success"_s).duration(u"seven"_s).build()
            << CallState::Completed;
    }
    void oddValuesNeverBreakACall()
    {
        QFETCH(Voice::CallbackEvent, event);
        QFETCH(CallState, state);

        const Call call = CallStateMachine::fromFirstCallback(event, T0);
        QCOMPARE(call.state, state);
        QCOMPARE(call.sessionId, SESSION);
        QVERIFY(!call.durationSeconds || *call.durationSeconds >= 0);
        QVERIFY(call.customerNumber != u"None"_s);
        QVERIFY(call.costAmount != u"None"_s);
        QVERIFY(call.recordingUrl != u"None"_s);
        QVERIFY(call.hangupCause != u"None"_s);
    }

    void stateNames_data()
    {
        QTest::addColumn<CallState>("state");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<QString>("shown");

        QTest::newRow("queued") << CallState::Queued << u"queued"_s << false << u"Queued"_s;
        QTest::newRow("ringing") << CallState::Ringing << u"ringing"_s << false << u"Ringing"_s;
        QTest::newRow("in progress")
            << CallState::InProgress << u"in_progress"_s << false << u"In progress"_s;
        QTest::newRow("transferring")
            << CallState::Transferring << u"transferring"_s << false << u"Transferring"_s;
        QTest::newRow("completed")
            << CallState::Completed << u"completed"_s << true << u"Completed"_s;
        QTest::newRow("no answer")
            << CallState::NoAnswer << u"no_answer"_s << true << u"No answer"_s;
        QTest::newRow("busy") << CallState::Busy << u"busy"_s << true << u"Busy"_s;
        QTest::newRow("failed") << CallState::Failed << u"failed"_s << true << u"Failed"_s;
        QTest::newRow("rejected") << CallState::Rejected << u"rejected"_s << true << u"Rejected"_s;
        QTest::newRow("transferred")
            << CallState::Transferred << u"transferred"_s << true << u"Transferred"_s;
    }
    void stateNames()
    {
        QFETCH(CallState, state);
        QFETCH(QString, name);
        QFETCH(bool, ended);
        QFETCH(QString, shown);
        QCOMPARE(Calls::apiName(state), name);
        QCOMPARE(Calls::callStateFromApiName(name), std::optional<CallState>(state));
        QCOMPARE(Calls::isFinal(state), ended);
        QCOMPARE(Calls::displayName(state), shown);
    }

    void unknownStateName()
    {
        QCOMPARE(Calls::callStateFromApiName(u"InProgress"_s), std::nullopt);
        QCOMPARE(Calls::callStateFromApiName(QString()), std::nullopt);
    }

    void kindNames_data()
    {
        QTest::addColumn<Calls::CallKind>("kind");
        QTest::addColumn<QString>("name");

        QTest::newRow("unknown") << Calls::CallKind::Unknown << u"unknown"_s;
        QTest::newRow("click to call") << Calls::CallKind::ClickToCall << u"click_to_call"_s;
        QTest::newRow("inbound") << Calls::CallKind::Inbound << u"inbound"_s;
        QTest::newRow("outbound") << Calls::CallKind::Outbound << u"outbound"_s;
    }
    void kindNames()
    {
        QFETCH(Calls::CallKind, kind);
        QFETCH(QString, name);
        QCOMPARE(Calls::kindApiName(kind), name);
        QCOMPARE(Calls::callKindFromApiName(name), std::optional<Calls::CallKind>(kind));
    }

    void unknownKindName()
    {
        QCOMPARE(Calls::callKindFromApiName(u"ClickToCall"_s), std::nullopt);
        QCOMPARE(Calls::callKindFromApiName(QString()), std::nullopt);
    }
};

SIMU_TEST_MAIN(TestCallStateMachineFinals)
#include "tst_callstatemachine_finals.moc"
