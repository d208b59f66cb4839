#pragma once

// The server side of one WebSocket (RFC 6455), on a TCP connection Simu owns outright.
//
// Why not QWebSocket: Qt's WebSocket server hands over a QWebSocket whose TCP socket stays
// behind in the HTTP server's thread, so it can never move. Simu takes the connection over at
// the upgrade instead (Http::Server duplicates its descriptor) and speaks the protocol itself:
// the handshake answer, unmasked frames out, masked frames in, ping and close. Create a
// connection in the thread that will use it; then many threads can each write to their own
// share of the clients.

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

namespace Http {

// A connection taken over at its upgrade: the duplicated descriptor and the client's key.
struct WebSocketHandoff
{
    qintptr descriptor = -1;
    QByteArray key; // Sec-WebSocket-Key
};

// base64(SHA-1(key + the RFC's GUID)): the Sec-WebSocket-Accept answer.
QByteArray webSocketAccept(const QByteArray &key);

class WebSocketConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketConnection)

public:
    // Takes ownership of the descriptor and answers the handshake (101).
    explicit WebSocketConnection(const WebSocketHandoff &handoff, QObject *parent = nullptr);
    ~WebSocketConnection() override;

    bool isOpen() const { return m_open; }
    // One text frame, written to the socket now.
    void sendText(const QByteArray &utf8);
    void close(quint16 code, const QString &reason);
    qint64 bytesToWrite() const { return m_socket.bytesToWrite(); }
    QHostAddress peerAddress() const { return m_socket.peerAddress(); }

    static constexpr qint64 MAX_INCOMING_FRAME = 64 * 1024;

Q_SIGNALS:
    void textReceived(const QString &text);
    void closed();

private:
    void readFrames();
    void sendFrame(quint8 opcode, const QByteArray &payload);
    void finish();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_message; // a text message spread over continuation frames
    bool m_open = false;
    bool m_closeSent = false;
};

} // namespace Http
