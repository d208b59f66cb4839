#include "websocketconnection.h"

#include "util/logging.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Http {

namespace {

constexpr quint8 OPCODE_CONTINUATION = 0x0;
constexpr quint8 OPCODE_TEXT = 0x1;
constexpr quint8 OPCODE_BINARY = 0x2;
constexpr quint8 OPCODE_CLOSE = 0x8;
constexpr quint8 OPCODE_PING = 0x9;
constexpr quint8 OPCODE_PONG = 0xA;

} // namespace

QByteArray webSocketAccept(const QByteArray &key)
{
    const QByteArray input = key.trimmed() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    return QCryptographicHash::hash(input, QCryptographicHash::Sha1).toBase64();
}

WebSocketConnection::WebSocketConnection(const WebSocketHandoff &handoff, QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &WebSocketConnection::readFrames);
    connect(&m_socket, &QTcpSocket::disconnected, this, &WebSocketConnection::finish);
    if (!m_socket.setSocketDescriptor(handoff.descriptor)) {
        qCWarning(lcHttp) << "cannot take over a WebSocket connection:" << m_socket.errorString();
        return;
    }
    m_open = true;
    m_socket.write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Accept: "
        + webSocketAccept(handoff.key) + "\r\n\r\n");
    m_socket.flush();
    if (m_socket.bytesAvailable() > 0) // a client may send right after its request
        readFrames();
}

WebSocketConnection::~WebSocketConnection()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void WebSocketConnection::sendFrame(quint8 opcode, const QByteArray &payload)
{
    if (!m_open)
        return;
    // Server frames are never masked (RFC 6455 §5.1).
    QByteArray frame;
    frame.reserve(payload.size() + 10);
    frame += char(0x80 | opcode);
    const qsizetype size = payload.size();
    if (size < 126) {
        frame += char(size);
    } else if (size <= 0xFFFF) {
        frame += char(126);
        quint16 length = qToBigEndian(quint16(size));
        frame.append(reinterpret_cast<const char *>(&length), 2);
    } else {
        frame += char(127);
        quint64 length = qToBigEndian(quint64(size));
        frame.append(reinterpret_cast<const char *>(&length), 8);
    }
    frame += payload;
    m_socket.write(frame);
    m_socket.flush();
}

void WebSocketConnection::sendText(const QByteArray &utf8)
{
    if (!m_closeSent)
        sendFrame(OPCODE_TEXT, utf8);
}

void WebSocketConnection::close(quint16 code, const QString &reason)
{
    if (!m_open || m_closeSent)
        return;
    quint16 bigEndian = qToBigEndian(code);
    QByteArray payload(reinterpret_cast<const char *>(&bigEndian), 2);
    payload += reason.toUtf8().left(120);
    sendFrame(OPCODE_CLOSE, payload);
    m_closeSent = true;
    m_socket.disconnectFromHost(); // after what is buffered has gone out
}

void WebSocketConnection::finish()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT closed();
}

void WebSocketConnection::readFrames()
{
    m_buffer += m_socket.readAll();
    while (m_buffer.size() >= 2) {
        const auto byte0 = quint8(m_buffer.at(0));
        const auto byte1 = quint8(m_buffer.at(1));
        const bool fin = byte0 & 0x80;
        const quint8 opcode = byte0 & 0x0F;
        const bool masked = byte1 & 0x80;
        quint64 length = byte1 & 0x7F;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            offset = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = qFromBigEndian<quint64>(m_buffer.constData() + 2);
            offset = 10;
        }
        // Clients must mask (§5.1); anything huge is not something this API expects.
        if (!masked || length > quint64(MAX_INCOMING_FRAME)) {
            close(masked ? 1009 : 1002, masked ? u"message too big"_s : u"protocol error"_s);
            m_buffer.clear();
            return;
        }
        if (quint64(m_buffer.size()) < offset + 4 + length)
            return;
        const QByteArray mask = m_buffer.mid(offset, 4);
        QByteArray payload = m_buffer.mid(offset + 4, qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ mask.at(i % 4));
        m_buffer.remove(0, offset + 4 + qsizetype(length));

        switch (opcode) {
        case OPCODE_PING:
            sendFrame(OPCODE_PONG, payload);
            break;
        case OPCODE_PONG:
            break;
        case OPCODE_CLOSE:
            if (!m_closeSent) {
                sendFrame(OPCODE_CLOSE, payload.left(2));
                m_closeSent = true;
            }
            m_socket.disconnectFromHost();
            return;
        case OPCODE_TEXT:
        case OPCODE_CONTINUATION:
            m_message += payload;
            if (m_message.size() > MAX_INCOMING_FRAME) {
                close(1009, u"message too big"_s);
                return;
            }
            if (fin) {
                Q_EMIT textReceived(QString::fromUtf8(m_message));
                m_message.clear();
            }
            break;
        case OPCODE_BINARY:
        default:
            close(1003, u"only text is spoken here"_s);
            return;
        }
    }
}

} // namespace Http
