#include "hubclient.h"

#include "clientjson.h"
#include "clientlogging.h"
#include "hubclientprivate.h"
#include "replyreader.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Client {

namespace {

// A request body that can be read once and never rewound. Qt 6.4 silently sends a POST again
// when the server closes a kept-alive connection without answering; for /api/calls/initiate
// that would ring the customer twice. With a body it cannot rewind, Qt fails the request with
// ContentReSendError instead, and the person decides (the same guard as the AT client's, in
// core/at/httptransport.cpp).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; } // the point of this class
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

void HubClient::Private::send(const QByteArray &method,
    const QString &path,
    const QUrlQuery &query,
    const std::optional<QJsonObject> &body,
    JsonDone done)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        // Still asynchronous, as every answer is.
        QTimer::singleShot(0, q, [done = std::move(done)] {
            done(Util::fail(ClientError{ClientError::Kind::Network,
                0,
                QString(),
                tr("No hub address is set: enter the hub's address, like "
                   "http://192.168.1.20:8470.")}));
        });
        return;
    }
    QUrl url = baseUrl;
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    // The API never redirects; following one would re-post a body somewhere else.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    const QString token = session.token;
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());

    const bool changesState = method != "GET";
    QNetworkReply *reply = nullptr;
    if (changesState) {
        const QByteArray bytes
            = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
        if (body)
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
        // Without this Qt would copy the body into a buffer it can rewind and resend.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(bytes);
        reply = network->sendCustomRequest(request, method, device);
        device->setParent(reply);
    } else {
        reply = network->get(request);
    }
    pending.insert(reply);
    const ReplyContext context{baseUrl, timeoutMs, changesState};
    QObject::connect(reply,
        &QNetworkReply::finished,
        q,
        [this, reply, method, token, context, done = std::move(done)] {
            pending.remove(reply);
            reply->deleteLater();
            const auto result = readReply(*reply, context);
            // A login that has ended (expired, revoked, the account switched off). Only for
            // the token still in use: an answer to an old session's request says nothing.
            const bool ended = !result && result.error().kind == ClientError::Kind::Http
                && (result.error().httpStatus == 401
                    || result.error().code == u"account_disabled"_s)
                && !token.isEmpty() && token == session.token;
            // The code, not the message: a hub's message may quote a number someone typed.
            if (!result)
                qCInfo(lcClient).noquote()
                    << method << reply->url().path() << "failed:" << int(result.error().kind)
                    << result.error().httpStatus << result.error().code;
            const QPointer<HubClient> alive(q);
            done(result);
            if (ended && alive)
                expireSession();
        });
}

void HubClient::Private::setState(ConnectionState next)
{
    if (state == next)
        return;
    state = next;
    qCInfo(lcClient).noquote() << "call stream:" << connectionStateName(next);
    Q_EMIT q->connectionStateChanged(next);
}

void HubClient::Private::fetchSnapshot(bool thenOpenStream)
{
    const quint64 started = generation;
    q->activeCalls([this, started, thenOpenStream](const auto &result) {
        if (!streaming || generation != started)
            return;
        if (!result) {
            snapshotThenOpen = thenOpenStream;
            snapshotRetry.start(reconnectDelayMs(snapshotAttempt++,
                firstDelayMs,
                maxDelayMs,
                QRandomGenerator::global()->generateDouble()));
            return;
        }
        snapshotAttempt = 0;
        Q_EMIT q->snapshot(result->calls, result->seq);
        if (thenOpenStream && streaming && generation == started)
            stream.open(baseUrl, session.token, result->seq);
    });
}

void HubClient::Private::stopStreaming()
{
    streaming = false;
    ++generation;
    snapshotRetry.stop();
    stream.close();
    setState(ConnectionState::Disconnected);
}

void HubClient::Private::expireSession()
{
    if (session.token.isEmpty())
        return;
    qCInfo(lcClient) << "the hub ended the login of" << session.identity.username;
    session = Session{};
    stopStreaming();
    Q_EMIT q->sessionExpired();
}

void HubClient::Private::keepIdentity(const Auth::Identity &identity)
{
    if (!session.token.isEmpty() && session.identity.username == identity.username)
        session.identity = identity;
}

HubClient::HubClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    qRegisterMetaType<Client::StreamEvent>();
    qRegisterMetaType<Client::ConnectionState>();
    qRegisterMetaType<QList<Calls::Call>>();

    d->snapshotRetry.setSingleShot(true);
    connect(&d->snapshotRetry, &QTimer::timeout, this, [this] {
        d->fetchSnapshot(d->snapshotThenOpen);
    });
    connect(&d->stream, &CallStreamConnection::received, this, &HubClient::event);
    connect(&d->stream,
        &CallStreamConnection::ready,
        this,
        [this](qint64, int replayed, bool reconnected, bool historyReset) {
            d->setState(ConnectionState::Connected);
            if (reconnected)
                Q_EMIT caughtUp(replayed);
            if (historyReset) // the hub's database changed under us: start from its state
                d->fetchSnapshot(false);
        });
    connect(&d->stream, &CallStreamConnection::dropped, this, [this] {
        if (d->state == ConnectionState::Connected)
            d->setState(ConnectionState::Reconnecting);
    });
    connect(&d->stream, &CallStreamConnection::refused, this, [this] { d->expireSession(); });
}

HubClient::~HubClient()
{
    // Requests still on their way are dropped: their answers must not reach a half-destroyed
    // client.
    d->stream.close();
    for (QNetworkReply *reply : std::as_const(d->pending)) {
        reply->disconnect(this);
        reply->abort();
    }
}

void HubClient::setBaseUrl(const QUrl &url)
{
    const QUrl normalised = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    if (normalised == d->baseUrl)
        return;
    logout(); // a login belongs to one hub
    d->baseUrl = normalised;
}

QUrl HubClient::baseUrl() const
{
    return d->baseUrl;
}

void HubClient::login(const QString &username, const QString &password, Reply<Session> reply)
{
    // A new login replaces the old one, whatever its answer; the old token ends on the hub.
    logout();
    d->fetch<Session>(
        "POST",
        u"/api/auth/login"_s,
        {},
        QJsonObject{{u"username"_s, username}, {u"password"_s, password}},
        [this](const QJsonObject &json) {
            auto session = sessionFromJson(json);
            if (session)
                d->session = session.value();
            return session;
        },
        std::move(reply));
}

void HubClient::logout()
{
    d->stopStreaming();
    if (!isLoggedIn())
        return;
    // The hub forgets the token; nobody waits for its answer, and the session is gone here
    // already (so its 401, if any, ends nothing).
    d->send("POST", u"/api/auth/logout"_s, {}, std::nullopt, [](const auto &) {});
    d->session = Session{};
}

bool HubClient::isLoggedIn() const
{
    return !d->session.token.isEmpty();
}

const Session &HubClient::session() const
{
    return d->session;
}

void HubClient::health(Reply<Health> reply)
{
    d->fetch<Health>("GET", u"/api/health"_s, {}, std::nullopt, healthFromJson, std::move(reply));
}

void HubClient::me(Reply<Auth::Identity> reply)
{
    d->fetch<Auth::Identity>(
        "GET",
        u"/api/me"_s,
        {},
        std::nullopt,
        [this](const QJsonObject &json) {
            auto identity = identityFromJson(json);
            if (identity)
                d->keepIdentity(identity.value());
            return identity;
        },
        std::move(reply));
}

void HubClient::updateMyLine(const QString &line, Reply<Auth::Identity> reply)
{
    d->fetch<Auth::Identity>(
        "PATCH",
        u"/api/me"_s,
        {},
        QJsonObject{{u"line"_s, line}},
        [this](const QJsonObject &json) {
            auto identity = identityFromJson(json);
            if (identity)
                d->keepIdentity(identity.value());
            return identity;
        },
        std::move(reply));
}

void HubClient::activeCalls(Reply<ActiveCalls> reply)
{
    d->fetch<ActiveCalls>(
        "GET", u"/api/calls/active"_s, {}, std::nullopt, activeCallsFromJson, std::move(reply));
}

void HubClient::call(const QString &sessionId, Reply<Calls::Call> reply)
{
    d->fetch<Calls::Call>("GET",
        u"/api/calls/"_s + pathSegment(sessionId),
        {},
        std::nullopt,
        callFromApiJson,
        std::move(reply));
}

void HubClient::history(const HistoryQuery &query, Reply<HistoryPage> reply)
{
    d->fetch<HistoryPage>("GET",
        u"/api/calls"_s,
        historyQueryItems(query),
        std::nullopt,
        historyPageFromJson,
        std::move(reply));
}

void HubClient::agents(Reply<QList<AgentInfo>> reply)
{
    d->fetch<QList<AgentInfo>>(
        "GET", u"/api/agents"_s, {}, std::nullopt, agentsFromJson, std::move(reply));
}

void HubClient::initiate(const InitiateRequest &request, Reply<Calls::Call> reply)
{
    d->fetch<Calls::Call>("POST",
        u"/api/calls/initiate"_s,
        {},
        initiateBody(request),
        callFromApiJson,
        std::move(reply));
}

void HubClient::transfer(
    const QString &sessionId, const TransferRequest &request, Reply<Calls::Call> reply)
{
    d->fetch<Calls::Call>("POST",
        u"/api/calls/%1/transfer"_s.arg(pathSegment(sessionId)),
        {},
        transferBody(request),
        callFromApiJson,
        std::move(reply));
}

void HubClient::recordingLink(const QString &sessionId, Reply<QUrl> reply)
{
    const QUrl hub = d->baseUrl;
    d->fetch<QUrl>(
        "POST",
        u"/api/calls/%1/recording/link"_s.arg(pathSegment(sessionId)),
        {},
        QJsonObject(),
        [hub](const QJsonObject &json) { return recordingLinkFromJson(json, hub); },
        std::move(reply));
}

void HubClient::startStream()
{
    if (d->streaming)
        return;
    if (!isLoggedIn()) {
        qCWarning(lcClient) << "the call stream needs a login first";
        return;
    }
    d->streaming = true;
    ++d->generation;
    d->snapshotAttempt = 0;
    d->setState(ConnectionState::Connecting);
    d->fetchSnapshot(true);
}

void HubClient::stopStream()
{
    d->stopStreaming();
}

ConnectionState HubClient::connectionState() const
{
    return d->state;
}

qint64 HubClient::lastSeq() const
{
    return d->stream.lastSeq();
}

QNetworkAccessManager *HubClient::network() const
{
    return d->network.get();
}

void HubClient::setRequestTimeout(int milliseconds)
{
    d->timeoutMs = qMax(1, milliseconds);
}

void HubClient::setReconnectDelays(int firstMilliseconds, int maxMilliseconds)
{
    d->firstDelayMs = qMax(1, firstMilliseconds);
    d->maxDelayMs = qMax(d->firstDelayMs, maxMilliseconds);
    d->stream.setReconnectDelays(d->firstDelayMs, d->maxDelayMs);
}

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return u"disconnected"_s;
    case ConnectionState::Connecting:
        return u"connecting"_s;
    case ConnectionState::Connected:
        return u"connected"_s;
    case ConnectionState::Reconnecting:
        return u"reconnecting"_s;
    }
    return u"disconnected"_s; // unreachable: every enumerator is handled above
}

} // namespace Client
