#include "callstreamconnection.h"

#include "clientjson.h"
#include "clientlogging.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Client {

int reconnectDelayMs(int attempt, int firstMs, int maxMs, double jitter)
{
    qint64 delay = qMax(1, firstMs);
    for (int i = 0; i < attempt && delay < maxMs; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, qMax(firstMs, maxMs));
    return int(delay + qint64(double(delay) / 4 * qBound(0.0, jitter, 1.0)));
}

int handshakeStatus(const QString &errorString)
{
    // Only the "QWebSocketPrivate::processHandshake:" prefix survives Qt's own translations.
    static const QRegularExpression status(u"processHandshake:\\D*(\\d{3})"_s);
    const QRegularExpressionMatch match = status.match(errorString);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

CallStreamConnection::CallStreamConnection(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CallStreamConnection::connectNow);
    m_handshakeTimeout.setSingleShot(true);
    connect(&m_handshakeTimeout, &QTimer::timeout, this, [this] {
        onFailure(m_socket, u"the hub did not complete the stream's handshake"_s, 0);
    });
    connect(&m_keepAlive, &QTimer::timeout, this, &CallStreamConnection::checkAlive);
}

CallStreamConnection::~CallStreamConnection()
{
    close();
}

void CallStreamConnection::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = qMax(1, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
}

void CallStreamConnection::setKeepAliveInterval(int intervalMs)
{
    m_keepAliveMs = qMax(100, intervalMs);
}

void CallStreamConnection::open(const QUrl &baseUrl, const QString &token, qint64 since)
{
    close();
    m_baseUrl = baseUrl;
    m_token = token;
    m_lastSeq = since;
    m_running = true;
    m_everReady = false;
    m_attempt = 0;
    connectNow();
}

void CallStreamConnection::close()
{
    m_running = false;
    m_retry.stop();
    discardSocket();
}

void CallStreamConnection::discardSocket()
{
    m_handshakeTimeout.stop();
    m_keepAlive.stop();
    m_awaitingReady = false;
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater(); // we may be inside one of its signals
}

void CallStreamConnection::connectNow()
{
    if (!m_running)
        return;
    discardSocket();
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(u"/api/calls/stream"_s);
    url.setQuery(u"since="_s + QString::number(m_lastSeq));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this] {
        m_awaitingReady = true;
        m_replayed = 0;
        m_lastHeard.start();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &CallStreamConnection::onText);
    connect(socket, &QWebSocket::pong, this, [this] { m_lastHeard.start(); });
    // Qt 6.4 has no QWebSocket::errorOccurred (6.5 added it).
    connect(socket,
        qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
        this,
        [this, socket](QAbstractSocket::SocketError) {
            const int status = handshakeStatus(socket->errorString());
            if (status != 0)
                onFailure(socket, socket->errorString(), status);
            else
                failSoon(socket, socket->errorString());
        });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        failSoon(socket,
            socket->closeReason().isEmpty()
                ? u"the connection closed"_s
                : u"the hub closed the stream: "_s + socket->closeReason());
    });
    qCDebug(lcClient) << "opening the call stream since" << m_lastSeq << "attempt" << m_attempt;
    m_handshakeTimeout.start(HANDSHAKE_TIMEOUT_MS);
    socket->open(request);
}

void CallStreamConnection::failSoon(QWebSocket *socket, const QString &reason)
{
    // QWebSocket reads the handshake's answer in a queued call, so a hub that refuses the
    // login (401, then it closes) shows up first as "remote host closed". One turn of the
    // event loop later the refusal, with its status, has been read: decide then.
    QMetaObject::invokeMethod(
        this,
        [this, socket = QPointer<QWebSocket>(socket), reason] {
            if (socket)
                onFailure(socket, reason, handshakeStatus(socket->errorString()));
        },
        Qt::QueuedConnection);
}

void CallStreamConnection::onFailure(QWebSocket *socket, const QString &reason, int httpStatus)
{
    if (!m_running || !socket || socket != m_socket)
        return; // an old socket, or already handled (error and disconnected both come)
    discardSocket();
    if (httpStatus == 401 || httpStatus == 403) {
        qCInfo(lcClient) << "the hub refused the call stream's login:" << httpStatus;
        m_running = false;
        Q_EMIT refused(httpStatus);
        return;
    }
    const int delay = reconnectDelayMs(
        m_attempt, m_firstDelayMs, m_maxDelayMs, QRandomGenerator::global()->generateDouble());
    ++m_attempt;
    qCInfo(lcClient).noquote() << u"call stream lost (%1); retrying in %2 ms"_s.arg(reason).arg(
        delay);
    m_retry.start(delay);
    Q_EMIT dropped(reason);
}

void CallStreamConnection::onText(const QString &text)
{
    m_lastHeard.start();
    const auto message = streamMessageFromText(text.toUtf8());
    if (!message) {
        qCWarning(lcClient).noquote() << "ignoring a stream message:" << message.error();
        return;
    }
    if (message->isReady) {
        const qint64 seq = message->readySeq;
        const bool historyReset = seq < m_lastSeq;
        m_lastSeq = historyReset ? seq : qMax(m_lastSeq, seq);
        m_handshakeTimeout.stop();
        m_keepAlive.start(m_keepAliveMs);
        m_attempt = 0;
        const bool reconnected = m_everReady;
        const int replayed = m_awaitingReady ? m_replayed : 0;
        m_everReady = true;
        m_awaitingReady = false;
        if (historyReset)
            qCWarning(lcClient) << "the hub's event history restarted at" << seq;
        Q_EMIT ready(seq, replayed, reconnected, historyReset);
        return;
    }
    const StreamEvent &incoming = message->event;
    if (incoming.seq <= m_lastSeq) {
        qCDebug(lcClient) << "dropping a repeated event" << incoming.seq;
        return;
    }
    m_lastSeq = incoming.seq;
    if (m_awaitingReady)
        ++m_replayed;
    Q_EMIT received(incoming);
}

void CallStreamConnection::checkAlive()
{
    if (!m_socket)
        return;
    if (m_lastHeard.isValid() && m_lastHeard.elapsed() > 2 * m_keepAliveMs) {
        onFailure(m_socket, u"the hub stopped answering"_s, 0);
        return;
    }
    m_socket->ping();
}

} // namespace Client
