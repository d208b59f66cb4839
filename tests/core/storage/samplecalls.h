#pragma once

// Calls for the storage and JSON tests: one with every field set, and helpers for the
// variations the tests need.

#include "calls/call.h"

#include <QDateTime>
#include <QString>

namespace TestSupport {

using namespace Qt::StringLiterals;

inline const QDateTime sampleTime(QDate(2026, 11, 24), QTime(10, 15, 30, 123), Qt::UTC);

// An inbound call that rang an agent, was answered, recorded, transferred and billed: every
// field of Calls::Call holds something.
inline Calls::Call completeCall(const QString &sessionId = u"ATVId_complete"_s)
{
    Calls::Call call;
    call.sessionId = sessionId;
    call.direction = Voice::Direction::Inbound;
    call.kind = Calls::CallKind::Inbound;
    call.agent = u"agent1"_s;
    call.agentLine = u"agent1.simu@ke.sip.africastalking.com"_s;
    call.customerNumber = u"+254712345678"_s;
    call.atNumber = u"+254711082000"_s;
    call.clientRequestId = u"order-42"_s;
    call.carrierName = u"Safaricom"_s;
    call.clientDialedNumber = u"0712345678"_s;
    call.state = Calls::CallState::Transferred;
    call.createdAt = sampleTime;
    call.answeredAt = sampleTime.addMSecs(4'001);
    call.endedAt = sampleTime.addSecs(95);
    call.startedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15, 29), Qt::UTC);
    call.durationSeconds = 95;
    call.costAmount = u"0.408333333333333345"_s;
    call.currencyCode = u"KES"_s;
    call.hangupCause = u"NORMAL_CLEARING"_s;
    call.status = u"Success"_s;
    call.dialLeg.destination = u"agent1.simu@ke.sip.africastalking.com"_s;
    call.dialLeg.startedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15, 33), Qt::UTC);
    call.dialLeg.durationSeconds = 40;
    call.lastBridgeHangupCause = u"NORMAL_CLEARING"_s;
    call.recordingUrl = u"https://rec.example/5d5e2457.mp3"_s;
    call.dtmfDigits = u"1234#"_s;
    call.transfer.target = u"+254733000002"_s;
    call.transfer.state = u"Completed"_s;
    call.transfer.hangupCause = QString();
    call.wrapUp = Calls::WrapUp{u"Callback requested"_s,
        u"Wants a call after 5 pm.\nPrefers Swahili."_s,
        u"agent1"_s,
        sampleTime.addSecs(140)};
    call.callbacksApplied = 5;
    call.updatedAt = sampleTime.addSecs(96);
    return call;
}

// A live call as the hub would save it: created at `createdAt`, not yet answered.
inline Calls::Call liveCall(const QString &sessionId,
    const QDateTime &createdAt,
    const QString &customer = u"+254712345678"_s,
    const QString &agent = QString(),
    Voice::Direction direction = Voice::Direction::Inbound)
{
    Calls::Call call;
    call.sessionId = sessionId;
    call.direction = direction;
    call.kind = direction == Voice::Direction::Inbound ? Calls::CallKind::Inbound
                                                       : Calls::CallKind::ClickToCall;
    call.customerNumber = customer;
    call.atNumber = u"+254711082000"_s;
    call.agent = agent;
    call.state = direction == Voice::Direction::Inbound ? Calls::CallState::Ringing
                                                        : Calls::CallState::Queued;
    call.createdAt = createdAt;
    call.updatedAt = createdAt;
    call.callbacksApplied = 1;
    return call;
}

// The same call, ended as `state` at `endedAt`.
inline Calls::Call ended(Calls::Call call, Calls::CallState state, const QDateTime &endedAt)
{
    call.state = state;
    call.endedAt = endedAt;
    call.updatedAt = endedAt;
    call.durationSeconds = 30;
    call.costAmount = u"2.5"_s;
    call.currencyCode = u"KES"_s;
    call.callbacksApplied += 1;
    return call;
}

} // namespace TestSupport
