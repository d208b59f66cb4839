#include "wsframes.h"

namespace Bench {

QByteArray webSocketUpgrade(quint16 port, const QString &pathAndQuery)
{
    return "GET " + pathAndQuery.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: c2ltdS1odWJiZW5jaC1rZXk=\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

QByteArray pongFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x8A));
    frame.append(char(0x80 | (payload.size() & 0x7f))); // pings carry at most 125 bytes
    frame.append(4, '\0');
    frame.append(payload);
    return frame;
}

FrameReader::Kind FrameReader::next(QByteArray &payload)
{
    for (;;) {
        if (m_buffer.size() < 2)
            return Kind::None;
        const auto *bytes = reinterpret_cast<const unsigned char *>(m_buffer.constData());
        const bool fin = bytes[0] & 0x80;
        const int opcode = bytes[0] & 0x0f;
        const bool masked = bytes[1] & 0x80;
        quint64 length = bytes[1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return Kind::None;
            length = (quint64(bytes[2]) << 8) | bytes[3];
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return Kind::None;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | bytes[i];
            header = 10;
        }
        if (masked || length > quint64(64 * 1024 * 1024))
            return Kind::Malformed; // a server never masks
        if (quint64(m_buffer.size()) < quint64(header) + length)
            return Kind::None;
        QByteArray data = m_buffer.mid(header, qsizetype(length));
        m_buffer.remove(0, header + qsizetype(length));
        switch (opcode) {
        case 0x0: // continuation
        case 0x1: // text
        case 0x2: // binary
            m_fragments.append(data);
            if (!fin)
                continue;
            payload = std::exchange(m_fragments, {});
            return Kind::Text;
        case 0x8:
            return Kind::Close;
        case 0x9:
            payload = data;
            return Kind::Ping;
        case 0xA: // pong
            continue;
        default:
            return Kind::Malformed;
        }
    }
}

} // namespace Bench
