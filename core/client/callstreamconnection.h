#pragma once

// The WebSocket half of the hub client: one connection to /api/calls/stream that stays open.
// It resumes with ?since=<last seq seen> after every drop, so the hub sends exactly what was
// missed; passes on each event once, in seq order (anything at or below the last seq is a
// repeat and dropped); says when it is caught up (the hub's "ready" mark); pings the hub so a
// connection that died silently (a cable pulled, a laptop asleep) is noticed; and stops for
// good when the hub refuses the login.

#include "client/hubclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace Client {

// How long to wait before reconnect attempt `attempt` (0 for the first): `firstMs` doubling up
// to `maxMs`, plus `jitter` (0 to 1) times a quarter of that, so a room full of consoles does
// not reconnect in lockstep when the hub comes back.
int reconnectDelayMs(int attempt, int firstMs, int maxMs, double jitter);

// The HTTP status in QWebSocket's "QWebSocketPrivate::processHandshake: Unhandled http status
// code: 401 (Unauthorized)." (Qt 6.4 reports a refused handshake only as text, possibly
// translated); 0 when there is none.
int handshakeStatus(const QString &errorString);

class CallStreamConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallStreamConnection)

public:
    explicit CallStreamConnection(QObject *parent = nullptr);
    ~CallStreamConnection() override;

    // Connects to <baseUrl>/api/calls/stream?since=<since> (ws:// for http://, wss:// for
    // https://) with the bearer token, and keeps reconnecting until close().
    void open(const QUrl &baseUrl, const QString &token, qint64 since);
    // Closes for good: no signal after this.
    void close();
    bool isOpen() const { return m_running; }
    qint64 lastSeq() const { return m_lastSeq; }

    void setReconnectDelays(int firstMs, int maxMs);
    // Ping every `intervalMs`; a connection silent for twice that is given up and reopened.
    void setKeepAliveInterval(int intervalMs);

    static constexpr int HANDSHAKE_TIMEOUT_MS = 15000;

Q_SIGNALS:
    // A new event (seq above every seq before it).
    void received(const Client::StreamEvent &event);
    // The hub sent "ready": everything up to `seq` has been sent. `replayed` events came
    // before it on this connection; `reconnected` is false for the first connection after
    // open(). `historyReset`: the hub's seq went backwards (its database was replaced), so
    // what the client holds may be stale.
    void ready(qint64 seq, int replayed, bool reconnected, bool historyReset);
    // The connection was lost, or an attempt failed; the next attempt is scheduled.
    void dropped(const QString &reason);
    // The hub refused the handshake with 401/403: the login has ended. Stopped.
    void refused(int httpStatus);

private:
    void connectNow();
    void onText(const QString &text);
    void failSoon(QWebSocket *socket, const QString &reason);
    void onFailure(QWebSocket *socket, const QString &reason, int httpStatus);
    void discardSocket();
    void checkAlive();

    QUrl m_baseUrl;
    QString m_token;
    qint64 m_lastSeq = 0;
    bool m_running = false;
    bool m_everReady = false;
    bool m_awaitingReady = false;
    int m_replayed = 0;
    int m_attempt = 0;
    int m_firstDelayMs = 500;
    int m_maxDelayMs = 10000;
    int m_keepAliveMs = 15000;
    QPointer<QWebSocket> m_socket;
    QTimer m_retry;
    QTimer m_handshakeTimeout;
    QTimer m_keepAlive;
    QElapsedTimer m_lastHeard;
};

} // namespace Client
