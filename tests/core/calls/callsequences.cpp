#include "callsequences.h"

#include <QTest>

namespace CallStateMachineTest {

void addSequenceTable()
{
    QTest::addColumn<bool>("queuedFirst");
    QTest::addColumn<Events>("events");
    QTest::addColumn<States>("path");
    QTest::addColumn<Expected>("expected");

    const QString ugCaller = u"+256783204665"_s;
    const QString ugAtNumber = u"+256312319003"_s;
    const QString recording = u"http://41.210.130.212:8080/5d5e2457ca70ee2a65a3e1c3e23c1efc.mp3"_s;
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
        << true << Events{outboundNotAnswered(u"SUBSCRIBER_ABSENT"_s)} << States{CallState::Failed}
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
        << false << Events{inboundRinging(), inboundLive(), inboundRinging(), inboundCompleted()}
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

} // namespace CallStateMachineTest
