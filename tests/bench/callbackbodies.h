#pragma once

// Callback bodies as Africa's Talking sends them (form-encoded, '+' as %2B, spaces in times
// as '+', the same field order as the captures in tests/core/voice/data/callbacks): an
// inbound call's first notification (Ringing) and its final one (Completed, with cost, the
// bridged agent's dial fields and a recording URL). Every detail (caller, carrier, duration,
// cost...) varies with the call's serial number, deterministically, so runs are repeatable.

#include <QByteArray>
#include <QList>
#include <QString>

namespace Bench {

// The agents the bench hub is given; inbound calls are bridged to their lines.
constexpr int AGENT_COUNT = 20;
QString agentName(int index);
QString agentLine(int index); // "+2547000002NN"
// The account's AT number every inbound call rings.
inline constexpr const char *AT_NUMBER = "+254711082942";

class CallbackBodies
{
public:
    CallbackBodies();

    // "ATVId_" and 32 hex digits, unique per (run, stream, serial).
    static QByteArray sessionId(quint32 run, quint32 stream, quint64 serial);

    QByteArray firstNotification(const QByteArray &sessionId, quint64 serial) const;
    QByteArray finalNotification(const QByteArray &sessionId, quint64 serial) const;

private:
    struct Caller
    {
        QByteArray number; // already form-encoded
        QByteArray carrier;
        QByteArray countryCode;
        QByteArray currency;
    };
    Caller caller(quint64 serial) const;
    const QByteArray &startTime(quint64 serial) const;

    QList<QByteArray> m_startTimes; // form-encoded "YYYY-MM-DD+HH%3AMM%3ASS"
    QList<QByteArray> m_agentLines; // form-encoded
};

} // namespace Bench
