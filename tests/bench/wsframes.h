#pragma once

// Just enough of RFC 6455 for a subscriber: the upgrade request, and reading the unmasked
// frames a server sends (text, continuation, ping, close).

#include <QByteArray>
#include <QString>

namespace Bench {

QByteArray webSocketUpgrade(quint16 port, const QString &pathAndQuery);
// A client's pong (clients must mask; a zero mask keeps the payload as it is).
QByteArray pongFrame(const QByteArray &payload);

class FrameReader
{
public:
    enum class Kind { None, Text, Ping, Close, Malformed };

    QByteArray &buffer() { return m_buffer; }
    // The next whole message in the buffer, continuation frames joined; None when the
    // buffer holds no whole message yet.
    Kind next(QByteArray &payload);

private:
    QByteArray m_buffer;
    QByteArray m_fragments;
};

} // namespace Bench
