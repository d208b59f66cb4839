#pragma once

// What the call state machine tests share (tst_callstatemachine_ordering.cpp and
// tst_callstatemachine_finals.cpp): the call's numbers and times, the notifications AT sends
// for the common cases, a runner that applies a sequence of them, and what the call list,
// detail view and bill should show at the end.

#include "callbackbuilder.h"
#include "calls/callstatemachine.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace CallStateMachineTest {

using namespace Qt::StringLiterals;
using Calls::Call;
using Calls::CallState;
using Calls::CallStateMachine;
using Calls::Transition;
using TestSupport::CallbackBuilder;

using Events = QList<Voice::CallbackEvent>;
using States = QList<CallState>;

inline const QString SESSION = u"ATVId_1"_s;
inline const QString CUSTOMER = u"+254722000001"_s;
inline const QString AT_NUMBER = u"+254711082000"_s;
inline const QString REQUEST_ID = u"order-42"_s;
inline const QDateTime T0(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);

inline QDateTime receivedAt(qsizetype index)
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

inline Call queuedCall()
{
    return Call::outboundQueued(SESSION, CUSTOMER, AT_NUMBER, REQUEST_ID, T0);
}

// Applies the events in order; the first one starts the call unless it was queued by /call.
inline QList<Transition> run(bool queuedFirst, const Events &events, bool duplicateEach = false)
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
inline CallbackBuilder outboundCompleted()
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
inline CallbackBuilder outboundNotAnswered(const QString &cause)
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

inline CallbackBuilder inboundRinging()
{
    return CallbackBuilder::active().inbound(CUSTOMER, AT_NUMBER).state(u"Ringing"_s);
}

inline CallbackBuilder inboundLive()
{
    return CallbackBuilder::active().inbound(CUSTOMER, AT_NUMBER).state(u"Answered"_s);
}

inline CallbackBuilder inboundCompleted(const QString &seconds = u"30"_s)
{
    return CallbackBuilder::ended()
        .inbound(CUSTOMER, AT_NUMBER)
        .state(u"Completed"_s)
        .status(u"Success"_s)
        .hangupCause(u"NORMAL_CLEARING"_s)
        .duration(seconds)
        .cost(u"2.5"_s, u"KES"_s);
}

} // namespace CallStateMachineTest
