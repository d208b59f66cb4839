#include "callstreams.h"

#include "apierror.h"
#include "auth/authservice.h"
#include "fanoutworker.h"
#include "hub/callcenter.h"
#include "hub/eventbus.h"
#include "hubapi.h"
#include "util/logging.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

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

CallStreams::CallStreams(Auth::AuthService &auth,
    Hub::CallCenter &calls,
    Hub::EventBus &bus,
    int threads,
    QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_calls(calls)
    , m_bus(bus)
{
    const int count = threads > 0 ? threads : qBound(1, QThread::idealThreadCount(), 4);
    for (int i = 0; i < count; ++i) {
        auto worker = std::make_unique<Worker>();
        worker->thread.setObjectName(u"simu-stream-%1"_s.arg(i));
        auto *fanout = new FanoutWorker;
        fanout->moveToThread(&worker->thread);
        worker->worker = fanout;
        // Deleted in its own thread, with the connections it owns, as the thread ends.
        connect(
            &worker->thread,
            &QThread::finished,
            fanout,
            [fanout] { delete fanout; },
            Qt::DirectConnection);
        connect(fanout, &FanoutWorker::gone, this, [this](quint64 id) { m_clients.remove(id); });
        worker->thread.start();
        m_workers.push_back(std::move(worker));
    }
    connect(&m_bus, &Hub::EventBus::published, this, &CallStreams::deliver);
    connect(&m_tokenCheck, &QTimer::timeout, this, &CallStreams::recheckTokens);
    m_tokenCheck.start(TOKEN_CHECK_MS);
}

CallStreams::~CallStreams()
{
    for (const auto &worker : m_workers) {
        worker->thread.quit();
        worker->thread.wait();
    }
}

qint64 CallStreams::lastSeq() const
{
    return m_bus.lastSeq();
}

QSet<QString> CallStreams::onlineUsers() const
{
    QSet<QString> online;
    for (const ClientInfo &client : m_clients)
        online.insert(client.username);
    return online;
}

void CallStreams::registerRoutes(Http::Router &router)
{
    const auto guard = [this](const Http::Request &request) {
        return admit(request);
    };
    const auto handler
        = [this](const Http::WebSocketHandoff &handoff, const Http::Request &request) {
              accept(handoff, request);
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

void CallStreams::accept(const Http::WebSocketHandoff &handoff, const Http::Request &request)
{
    // admit() let it through a moment ago, on this same thread: the token is good.
    const QString token = bearerToken(request, true);
    const auto identity = m_auth.authenticate(token);
    if (!identity) {
        ::close(int(handoff.descriptor));
        return;
    }
    Subscriber subscriber;
    subscriber.id = ++m_nextId;
    subscriber.username = identity->username;
    subscriber.seesAllCalls = Auth::canSeeAllCalls(identity->role);
    subscriber.sessionId = request.pathParam(u"session_id"_s);

    // What the client missed, then the ready mark, travel with the handoff: the worker sends
    // them before any event published after this moment.
    QByteArrayList backlog;
    bool valid = true;
    qint64 after = sinceParameter(request, &valid).value_or(m_bus.lastSeq());
    while (after < m_bus.lastSeq()) {
        const auto batch = m_bus.since(after, REPLAY_BATCH);
        if (!batch || batch->isEmpty())
            break;
        for (const Storage::StoredEvent &event : *batch) {
            if (eventVisibleTo(subscriber, event.sessionId, event.agent))
                backlog.append(Hub::EventBus::envelope(event));
            after = event.seq;
        }
    }
    backlog.append(readyMessage(m_bus.lastSeq()));

    const int index = m_nextWorker;
    m_nextWorker = (m_nextWorker + 1) % int(m_workers.size());
    FanoutWorker *worker = m_workers.at(index)->worker;
    m_clients.insert(subscriber.id, {token, identity->username, index});
    QMetaObject::invokeMethod(
        worker,
        [worker, handoff, subscriber, backlog] { worker->adopt(handoff, subscriber, backlog); },
        Qt::QueuedConnection);
    qCDebug(lcApi) << "stream opened for" << identity->username << "clients" << m_clients.size();
}

void CallStreams::deliver(const Storage::StoredEvent &event, const QByteArray &envelope)
{
    if (m_clients.isEmpty())
        return;
    for (const auto &worker : m_workers) {
        FanoutWorker *fanout = worker->worker;
        QMetaObject::invokeMethod(
            fanout,
            [fanout, sessionId = event.sessionId, audience = event.agent, envelope] {
                fanout->deliver(sessionId, audience, envelope);
            },
            Qt::QueuedConnection);
    }
}

void CallStreams::recheckTokens()
{
    QHash<QString, bool> valid; // each distinct token once
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (!valid.contains(it->token))
            valid.insert(it->token, m_auth.authenticate(it->token).ok());
        if (valid.value(it->token))
            continue;
        FanoutWorker *worker = m_workers.at(it->worker)->worker;
        QMetaObject::invokeMethod(
            worker,
            [worker, id = it.key()] { worker->close(id, u"the login has ended"_s); },
            Qt::QueuedConnection);
    }
}

} // namespace Api
