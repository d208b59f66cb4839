#include "callstreams.h"

#include "apierror.h"
#include "auth/authservice.h"
#include "hub/callcenter.h"
#include "hub/eventbus.h"
#include "hubapi.h"
#include "util/logging.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

constexpr int REPLAY_BATCH = 1000;
constexpr int TOKEN_CHECK_MS = 60 * 1000;

std::optional<qint64> sinceParameter(const Http::Request &request, bool *valid)
{
    *valid = true;
    const QString text = request.queryValue(u"since"_s);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seq = text.toLongLong(&ok);
    if (!ok || seq < 0) {
        *valid = false;
        return std::nullopt;
    }
    return seq;
}

QByteArray readyMessage(qint64 seq)
{
    return QJsonDocument(QJsonObject{{u"type"_s, u"ready"_s}, {u"seq"_s, seq}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

bool eventVisibleTo(const Subscriber &subscriber, const QString &sessionId, const QString &audience)
{
    if (!subscriber.sessionId.isEmpty() && subscriber.sessionId != sessionId)
        return false;
    if (subscriber.seesAllCalls)
        return true;
    for (const QStringView agent : QStringView(audience).split(u',')) {
        if (agent == subscriber.username)
            return true;
    }
    return false;
}

CallStreams::CallStreams(
    Auth::AuthService &auth, Hub::CallCenter &calls, Hub::EventBus &bus, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_calls(calls)
    , m_bus(bus)
{
    connect(&m_bus, &Hub::EventBus::published, this, &CallStreams::deliver);
    connect(&m_tokenCheck, &QTimer::timeout, this, &CallStreams::recheckTokens);
    m_tokenCheck.start(TOKEN_CHECK_MS);
}

CallStreams::~CallStreams()
{
    for (const Subscriber &subscriber : m_subscribers) {
        subscriber.socket->disconnect(this);
        subscriber.socket->deleteLater();
    }
}

qint64 CallStreams::lastSeq() const
{
    return m_bus.lastSeq();
}

void CallStreams::registerRoutes(Http::Router &router)
{
    const auto guard = [this](const Http::Request &request) {
        return admit(request);
    };
    const auto handler = [this](QWebSocket *socket, const Http::Request &request) {
        accept(socket, request);
    };
    router.webSocket(u"/api/calls/stream"_s, guard, handler);
    router.webSocket(u"/api/calls/stream/{session_id}"_s, guard, handler);
}

std::optional<Http::Response> CallStreams::admit(const Http::Request &request) const
{
    const QString token = bearerToken(request, true);
    if (token.isEmpty())
        return toResponse(
            Error::unauthorised(u"Send \"Authorization: Bearer <token>\" or ?token=<token>."_s));
    const auto identity = m_auth.authenticate(token);
    if (!identity)
        return toResponse(HubApi::fromAuthError(identity.error()));
    bool valid = true;
    sinceParameter(request, &valid);
    if (!valid)
        return toResponse(Error::badRequest(
            u"invalid_parameter"_s, u"\"since\" must be a sequence number, 0 or more"_s));
    const QString sessionId = request.pathParam(u"session_id"_s);
    if (!sessionId.isEmpty() && !m_calls.call(*identity, sessionId))
        return toResponse(
            Error::notFound(u"No call %1 that you can see."_s.arg(sessionId.left(64))));
    return std::nullopt;
}

void CallStreams::accept(QWebSocket *socket, const Http::Request &request)
{
    const QString token = bearerToken(request, true);
    const auto identity = m_auth.authenticate(token);
    if (!identity) { // the guard already checked; a token revoked in between lands here
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"not authenticated"_s);
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    Subscriber subscriber;
    subscriber.socket = socket;
    subscriber.token = token;
    subscriber.username = identity->username;
    subscriber.seesAllCalls = Auth::canSeeAllCalls(identity->role);
    subscriber.sessionId = request.pathParam(u"session_id"_s);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });

    bool valid = true;
    replay(subscriber, sinceParameter(request, &valid).value_or(m_bus.lastSeq()));
    socket->sendTextMessage(QString::fromUtf8(readyMessage(m_bus.lastSeq())));
    m_subscribers.push_back(subscriber);
    qCDebug(lcApi) << "stream opened for" << identity->username << "clients"
                   << m_subscribers.size();
}

void CallStreams::replay(const Subscriber &subscriber, qint64 afterSeq)
{
    qint64 after = afterSeq;
    while (after < m_bus.lastSeq()) {
        const auto batch = m_bus.since(after, REPLAY_BATCH);
        if (!batch || batch->isEmpty())
            break;
        for (const Storage::StoredEvent &event : *batch) {
            if (eventVisibleTo(subscriber, event.sessionId, event.agent))
                subscriber.socket->sendTextMessage(
                    QString::fromUtf8(Hub::EventBus::envelope(event)));
            after = event.seq;
        }
    }
}

void CallStreams::deliver(const Storage::StoredEvent &event, const QByteArray &envelope)
{
    if (m_subscribers.empty())
        return;
    const QString text = QString::fromUtf8(envelope);
    for (const Subscriber &subscriber : m_subscribers) {
        if (!eventVisibleTo(subscriber, event.sessionId, event.agent))
            continue;
        if (subscriber.socket->bytesToWrite() > MAX_BACKLOG_BYTES) {
            qCWarning(lcApi) << "closing a stream that cannot keep up:" << subscriber.username;
            subscriber.socket->close(
                QWebSocketProtocol::CloseCodePolicyViolated, u"too slow; reconnect with ?since="_s);
            continue;
        }
        subscriber.socket->sendTextMessage(text);
        // Write now rather than on a later turn of the event loop: one syscall per client
        // here is cheaper than a notifier round trip each, and the event arrives sooner.
        subscriber.socket->flush();
    }
}

void CallStreams::recheckTokens()
{
    QHash<QString, bool> valid; // each distinct token once
    for (const Subscriber &subscriber : m_subscribers) {
        if (!valid.contains(subscriber.token))
            valid.insert(subscriber.token, m_auth.authenticate(subscriber.token).ok());
        if (!valid.value(subscriber.token))
            subscriber.socket->close(
                QWebSocketProtocol::CloseCodePolicyViolated, u"the login has ended"_s);
    }
}

void CallStreams::drop(QWebSocket *socket)
{
    std::erase_if(m_subscribers,
        [socket](const Subscriber &subscriber) { return subscriber.socket == socket; });
    socket->deleteLater();
}

} // namespace Api
