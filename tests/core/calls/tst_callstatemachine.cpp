#include "callbackbuilder.h"
#include "calls/callstatemachine.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Calls::Call;
using Calls::CallState;
using Calls::CallStateMachine;
using Calls::Transition;
using TestSupport::CallbackBuilder;

using Events = QList<Voice::CallbackEvent>;
using States = QList<CallState>;

namespace {

const QString SESSION = u"ATVId_1"_s;
const QString CUSTOMER = u"+254722000001"_s;
const QString AT_NUMBER = u"+254711082000"_s;
const QString REQUEST_ID = u"order-42"_s;
const QDateTime T0(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);

QDateTime receivedAt(qsizetype index)
{
    return T0.addSecs(10 * (index + 1));
}

// What the call list, the call detail view and the bill would show once the sequence is over.
struct Expected
{
    QString customer = CUSTOMER;
    QString atNumber = AT_NUMBER;
    std::optional<int> duration;
    QString cost;
    QString currency;
    QString status;
    QString hangupCause;
    QString dialDestination;
    std::optional<int> dialDuration;
    QString lastBridgeHangupCause;
    QString recording;
    QString dtmf;
    QString transferTarget;
    QString transferCause;

    Expected &withCustomer(const QString &value)
    {
        customer = value;
        return *this;
    }
    Expected &withAtNumber(const QString &value)
    {
        atNumber = value;
        return *this;
    }
    Expected &withDuration(int value)
    {
        duration = value;
        return *this;
    }
    Expected &withCost(const QString &amount, const QString &currencyCode)
    {
        cost = amount;
        currency = currencyCode;
        return *this;
    }
    Expected &withStatus(const QString &value)
    {
        status = value;
        return *this;
    }
    Expected &withHangupCause(const QString &value)
    {
        hangupCause = value;
        return *this;
    }
    Expected &withDialDestination(const QString &value)
    {
        dialDestination = value;
        return *this;
    }
    Expected &withDialDuration(int value)
    {
        dialDuration = value;
        return *this;
    }
    Expected &withLastBridgeHangupCause(const QString &value)
    {
        lastBridgeHangupCause = value;
        return *this;
    }
    Expected &withRecording(const QString &value)
    {
        recording = value;
        return *this;
    }
    Expected &withDtmf(const QString &value)
    {
        dtmf = value;
        return *this;
    }
    Expected &withTransferTarget(const QString &value)
    {
        transferTarget = value;
        return *this;
    }
    Expected &withTransferCause(const QString &value)
    {
        transferCause = value;
        return *this;
    }
};

Call queuedCall()
{
    return Call::outboundQueued(SESSION, CUSTOMER, AT_NUMBER, REQUEST_ID, T0);
}

// Applies the events in order; the first one starts the call unless it was queued by /call.
QList<Transition> run(bool queuedFirst, const Events &events, bool duplicateEach = false)
{
    QList<Transition> transitions;
    std::optional<Call> call;
    if (queuedFirst)
        call = queuedCall();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const int times = duplicateEach ? 2 : 1;
        for (int n = 0; n < times; ++n) {
            const Transition t = call ? CallStateMachine::apply(*call, events.at(i), receivedAt(i))
                                      : CallStateMachine::start(events.at(i), receivedAt(i));
            call = t.call;
            transitions.append(t);
        }
    }
    return transitions;
}

// The final notification of an answered outbound call, as in reference §3.7 (b).
CallbackBuilder outboundCompleted()
{
    return CallbackBuilder::ended()
        .outbound(CUSTOMER, AT_NUMBER)
        .state(u"Completed"_s)
        .status(u"Success"_s)
        .carrier(u"Safaricom"_s)
        .startTime(u"2020-03-16 05:12:57"_s)
        .duration(u"7"_s)
        .cost(u"0.408333333333333345"_s, u"KES"_s);
}

// The final notification of an outbound call that never connected (§3.7 (c)).
CallbackBuilder outboundNotAnswered(const QString &cause)
{
    return CallbackBuilder::ended()
        .outbound(CUSTOMER, AT_NUMBER)
        .state(u"NotAnswered"_s)
        .status(u"NotAnswered"_s)
        .hangupCause(cause)
        .startTime(u"None"_s)
        .duration(u"0"_s)
        .cost(u"0"_s, u"KES"_s);
}

CallbackBuilder inboundRinging()
{
    return CallbackBuilder::active().inbound(CUSTOMER, AT_NUMBER).state(u"Ringing"_s);
}

CallbackBuilder inboundLive()
{
    return CallbackBuilder::active().inbound(CUSTOMER, AT_NUMBER).state(u"Answered"_s);
}

CallbackBuilder inboundCompleted(const QString &seconds = u"30"_s)
{
    return CallbackBuilder::ended()
        .inbound(CUSTOMER, AT_NUMBER)
        .state(u"Completed"_s)
        .status(u"Success"_s)
        .hangupCause(u"NORMAL_CLEARING"_s)
        .duration(seconds)
        .cost(u"2.5"_s, u"KES"_s);
}

} // namespace

class TestCallStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data()
    {
        QTest::addColumn<bool>("queuedFirst");
        QTest::addColumn<Events>("events");
        QTest::addColumn<States>("path");
        QTest::addColumn<Expected>("expected");

        const QString ugCaller = u"+256783204665"_s;
        const QString ugAtNumber = u"+256312319003"_s;
        const QString recording
            = u"http://41.210.130.212:8080/5d5e2457ca70ee2a65a3e1c3e23c1efc.mp3"_s;
        QTest::newRow("(a) inbound call bridged to an agent keeps cost, recording and agent leg")
            << false
            << Events{CallbackBuilder::active()
                          .inbound(ugCaller, ugAtNumber)
                          .state(u"Ringing"_s)
                          .carrier(u"MTN"_s)
                          .startTime(u"2023-01-18 20:04:52"_s),
                   CallbackBuilder::ended()
                       .inbound(ugCaller, ugAtNumber)
                       .carrier(u"MTN"_s)
                       .state(u"Completed"_s)
                       .status(u"Success"_s)
                       .startTime(u"2023-01-18 20:04:52"_s)
                       .duration(u"39"_s)
                       .cost(u"147.440"_s, u"UGX"_s)
                       .dial(u"+256700000001"_s, u"2023-01-18 20:05:25"_s, 6)
                       .recording(recording)
                       .hangupCause(u"NORMAL_CLEARING"_s)}
            << States{CallState::Ringing, CallState::Completed}
            << Expected()
                   .withCustomer(ugCaller)
                   .withAtNumber(ugAtNumber)
                   .withDuration(39)
                   .withCost(u"147.440"_s, u"UGX"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s)
                   .withDialDestination(u"+256700000001"_s)
                   .withDialDuration(6)
                   .withRecording(recording);

        QTest::newRow("(b) outbound call answered, digits pressed, hung up")
            << true
            << Events{CallbackBuilder::active()
                          .outbound(CUSTOMER, AT_NUMBER)
                          .state(u"Answered"_s)
                          .clientRequestId(REQUEST_ID),
                   CallbackBuilder::active()
                       .outbound(CUSTOMER, AT_NUMBER)
                       .state(u"Answered"_s)
                       .dtmf(u"1234"_s),
                   outboundCompleted()}
            << States{CallState::InProgress, CallState::InProgress, CallState::Completed}
            << Expected()
                   .withDuration(7)
                   .withCost(u"0.408333333333333345"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withDtmf(u"1234"_s);

        QTest::newRow("(c) outbound call to a switched-off phone failed, cost zero kept")
            << true << Events{outboundNotAnswered(u"SUBSCRIBER_ABSENT"_s)}
            << States{CallState::Failed}
            << Expected()
                   .withDuration(0)
                   .withCost(u"0"_s, u"KES"_s)
                   .withStatus(u"NotAnswered"_s)
                   .withHangupCause(u"SUBSCRIBER_ABSENT"_s);

        const QString partial = u"http://rec.example/abc.mp3"_s;
        QTest::newRow("(d) partial recording survives an empty recordingUrl in the final")
            << false
            << Events{inboundRinging(),
                   inboundLive().recording(partial),
                   inboundCompleted().recording(u""_s)}
            << States{CallState::Ringing, CallState::InProgress, CallState::Completed}
            << Expected()
                   .withDuration(30)
                   .withCost(u"2.5"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s)
                   .withRecording(partial);

        QTest::newRow("(d) terminal recording arrives with the final notification")
            << false << Events{inboundRinging(), inboundCompleted().recording(partial)}
            << States{CallState::Ringing, CallState::Completed}
            << Expected()
                   .withDuration(30)
                   .withCost(u"2.5"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s)
                   .withRecording(partial);

        QTest::newRow("(e) digits without a session state still mean the call is up")
            << false
            << Events{inboundRinging(),
                   CallbackBuilder::active().inbound(CUSTOMER, AT_NUMBER).dtmf(u"42#"_s),
                   inboundCompleted()}
            << States{CallState::Ringing, CallState::InProgress, CallState::Completed}
            << Expected()
                   .withDuration(30)
                   .withCost(u"2.5"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s)
                   .withDtmf(u"42#"_s);

        const auto notAnswered = [](const QString &cause) {
            return Expected()
                .withDuration(0)
                .withCost(u"0"_s, u"KES"_s)
                .withStatus(u"NotAnswered"_s)
                .withHangupCause(cause);
        };
        const struct
        {
            const char *name;
            const char *cause;
            CallState state;
        } outcomes[] = {
            {"callee busy", "USER_BUSY", CallState::Busy},
            {"callee did not pick up", "NO_ANSWER", CallState::NoAnswer},
            {"no response from the callee's phone", "NO_USER_RESPONSE", CallState::NoAnswer},
            {"request timed out", "RECOVERY_ON_TIMER_EXPIRE", CallState::NoAnswer},
            {"callee rejected the call", "CALL_REJECTED", CallState::Rejected},
            {"number not assigned", "UNALLOCATED_NUMBER", CallState::Failed},
            {"network fault", "NORMAL_TEMPORARY_FAILURE", CallState::Failed},
            {"service unavailable", "SERVICE_UNAVAILABLE", CallState::Failed},
            {"SIP agent not registered", "USER_NOT_REGISTERED", CallState::Failed},
            {"unspecified cause", "UNSPECIFIED", CallState::Failed},
            {"cause AT never documented", "INVALID_NUMBER_FORMAT", CallState::Failed},
            {"cause in lower case", "user_busy", CallState::Busy},
        };
        for (const auto &outcome : outcomes) {
            const QString cause = QString::fromLatin1(outcome.cause);
            QTest::newRow(outcome.name) << true << Events{outboundNotAnswered(cause)}
                                        << States{outcome.state} << notAnswered(cause);
        }

        QTest::newRow("not answered without a cause is a missed call, not a failure")
            << true << Events{outboundNotAnswered(QString())} << States{CallState::NoAnswer}
            << notAnswered(QString());
        QTest::newRow("aborted without anything else failed")
            << true
            << Events{CallbackBuilder::ended()
                          .outbound(CUSTOMER, AT_NUMBER)
                          .status(u"Aborted"_s)
                          .duration(u"0"_s)}
            << States{CallState::Failed} << Expected().withDuration(0).withStatus(u"Aborted"_s);

        QTest::newRow("inbound caller hung up while ringing is a missed call")
            << false
            << Events{inboundRinging(),
                   CallbackBuilder::ended()
                       .inbound(CUSTOMER, AT_NUMBER)
                       .state(u"NotAnswered"_s)
                       .status(u"NotAnswered"_s)
                       .hangupCause(u"ORIGINATOR_CANCEL"_s)
                       .duration(u"0"_s)}
            << States{CallState::Ringing, CallState::NoAnswer}
            << Expected()
                   .withDuration(0)
                   .withStatus(u"NotAnswered"_s)
                   .withHangupCause(u"ORIGINATOR_CANCEL"_s);

        QTest::newRow("answered call whose agent was busy is still a completed call")
            << false
            << Events{inboundRinging(),
                   inboundCompleted(u"25"_s)
                       .dial(u"agent1@ke.sip.africastalking.com"_s, u"None"_s, 0)
                       .lastBridgeHangupCause(u"USER_BUSY"_s)}
            << States{CallState::Ringing, CallState::Completed}
            << Expected()
                   .withDuration(25)
                   .withCost(u"2.5"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s)
                   .withDialDestination(u"agent1@ke.sip.africastalking.com"_s)
                   .withDialDuration(0)
                   .withLastBridgeHangupCause(u"USER_BUSY"_s);

        QTest::newRow("answered outbound call ending with a no-answer cause is completed")
            << true
            << Events{CallbackBuilder::active().outbound(CUSTOMER, AT_NUMBER).state(u"Answered"_s),
                   outboundNotAnswered(u"NO_ANSWER"_s)}
            << States{CallState::InProgress, CallState::Completed} << notAnswered(u"NO_ANSWER"_s);

        QTest::newRow("final first: completed call still has numbers, cost and duration")
            << false << Events{outboundCompleted()} << States{CallState::Completed}
            << Expected()
                   .withDuration(7)
                   .withCost(u"0.408333333333333345"_s, u"KES"_s)
                   .withStatus(u"Success"_s);
        QTest::newRow("final first: unanswered call still has its numbers")
            << false << Events{outboundNotAnswered(u"NO_ANSWER"_s)} << States{CallState::NoAnswer}
            << notAnswered(u"NO_ANSWER"_s);
        QTest::newRow("final first, then the earlier notifications arrive late and are ignored")
            << false
            << Events{outboundCompleted(),
                   CallbackBuilder::active().outbound(CUSTOMER, AT_NUMBER).state(u"Answered"_s),
                   CallbackBuilder::active().outbound(CUSTOMER, AT_NUMBER).dtmf(u"9"_s)}
            << States{CallState::Completed, CallState::Completed, CallState::Completed}
            << Expected()
                   .withDuration(7)
                   .withCost(u"0.408333333333333345"_s, u"KES"_s)
                   .withStatus(u"Success"_s);
        QTest::newRow("late ringing does not undo an answer")
            << false
            << Events{inboundRinging(), inboundLive(), inboundRinging(), inboundCompleted()}
            << States{CallState::Ringing,
                   CallState::InProgress,
                   CallState::InProgress,
                   CallState::Completed}
            << Expected()
                   .withDuration(30)
                   .withCost(u"2.5"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s);
        QTest::newRow("outbound first notification without a state means answered")
            << true << Events{CallbackBuilder::active().outbound(CUSTOMER, AT_NUMBER)}
            << States{CallState::InProgress} << Expected();
        QTest::newRow("WebRTC client calling out rings like an inbound call")
            << false
            << Events{CallbackBuilder::active()
                          .inbound(u"myapp.alice"_s, AT_NUMBER)
                          .state(u"Ringing"_s)
                          .carrier(u"None"_s)}
            << States{CallState::Ringing} << Expected().withCustomer(u"myapp.alice"_s);

        const QString target = u"+254733000002"_s;
        QTest::newRow("transfer completed: the final notification still brings cost and duration")
            << false
            << Events{inboundRinging(),
                   inboundLive(),
                   CallbackBuilder::active()
                       .inbound(CUSTOMER, AT_NUMBER)
                       .state(u"Transferred"_s)
                       .transfer(target + u":20"_s, QString(), u" Active"_s),
                   CallbackBuilder::active()
                       .inbound(CUSTOMER, AT_NUMBER)
                       .state(u"TransferCompleted"_s)
                       .status(u"Success"_s)
                       .transfer(target + u":20"_s, target, u"Completed"_s),
                   inboundCompleted(u"95"_s)}
            << States{CallState::Ringing,
                   CallState::InProgress,
                   CallState::Transferring,
                   CallState::Transferred,
                   CallState::Transferred}
            << Expected()
                   .withDuration(95)
                   .withCost(u"2.5"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s)
                   .withTransferTarget(target);
        QTest::newRow("call ending while transferring counts as transferred")
            << false
            << Events{inboundRinging(),
                   inboundLive(),
                   CallbackBuilder::active()
                       .inbound(CUSTOMER, AT_NUMBER)
                       .transfer(target + u":20"_s, QString(), u"Active"_s),
                   inboundCompleted(u"60"_s)}
            << States{CallState::Ringing,
                   CallState::InProgress,
                   CallState::Transferring,
                   CallState::Transferred}
            << Expected()
                   .withDuration(60)
                   .withCost(u"2.5"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s)
                   .withTransferTarget(target);
        QTest::newRow("failed transfer hands the call back to the agent")
            << false
            << Events{inboundRinging(),
                   inboundLive(),
                   CallbackBuilder::active()
                       .inbound(CUSTOMER, AT_NUMBER)
                       .transfer(u"0700:20"_s, QString(), u"Active"_s),
                   CallbackBuilder::active()
                       .inbound(CUSTOMER, AT_NUMBER)
                       .state(u"Active"_s)
                       .transfer(u"0700:20"_s, u"0700"_s, QString(), u"InvalidPhoneNumber"_s),
                   inboundCompleted()}
            << States{CallState::Ringing,
                   CallState::InProgress,
                   CallState::Transferring,
                   CallState::InProgress,
                   CallState::Completed}
            << Expected()
                   .withDuration(30)
                   .withCost(u"2.5"_s, u"KES"_s)
                   .withStatus(u"Success"_s)
                   .withHangupCause(u"NORMAL_CLEARING"_s)
                   .withTransferTarget(u"0700"_s)
                   .withTransferCause(u"InvalidPhoneNumber"_s);
    }
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

    // AT may deliver a notification twice (a retry after a slow answer): nothing may change.
    void duplicatesChangeNothing_data() { sequences_data(); }
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
    void ownershipSurvivesEveryTransition_data() { sequences_data(); }
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
};

SIMU_TEST_MAIN(TestCallStateMachine)
#include "tst_callstatemachine.moc"
