#pragma once

// HubClient's insides, shared by the files that implement its requests by feature
// (hubclient.cpp, hubclient<feature>.cpp): one REST request, a parsed request, the stream state.

#include "callstreamconnection.h"
#include "hubclient.h"
#include "replyreader.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace Client {

inline constexpr int DEFAULT_TIMEOUT_MS = 10000;

// A path segment made of user input (a session id, a username), percent-encoded.
inline QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

struct HubClient::Private
{
    using JsonDone = std::function<void(const Util::Result<QJsonObject, ClientError> &)>;

    explicit Private(HubClient *owner)
        : q(owner)
        , network(std::make_unique<QNetworkAccessManager>())
    {}

    // One REST request; `done` gets the JSON object answered, or the error.
    void send(const QByteArray &method,
        const QString &path,
        const QUrlQuery &query,
        const std::optional<QJsonObject> &body,
        JsonDone done);

    // A request whose answer `parse` reads into a T.
    template <typename T, typename Parse>
    void fetch(const QByteArray &method,
        const QString &path,
        const QUrlQuery &query,
        const std::optional<QJsonObject> &body,
        Parse parse,
        Reply<T> reply)
    {
        const QUrl hub = baseUrl;
        send(method,
            path,
            query,
            body,
            [hub, parse = std::move(parse), reply = std::move(reply)](
                const Util::Result<QJsonObject, ClientError> &json) {
                if (!reply)
                    return;
                if (!json)
                    return reply(Util::fail(json.error()));
                auto value = parse(json.value());
                if (!value)
                    return reply(Util::fail(ClientError{ClientError::Kind::Protocol,
                        0,
                        QString(),
                        tr("The hub at %1 answered in a way this version of Simu does not "
                           "understand: %2")
                            .arg(hubName(hub), value.error())}));
                reply(Util::Result<T, ClientError>(std::move(value).value()));
            });
    }

    void setState(ConnectionState next);
    void fetchSnapshot(bool thenOpenStream);
    void stopStreaming();
    void expireSession();
    void keepIdentity(const Auth::Identity &identity);

    HubClient *q;
    std::unique_ptr<QNetworkAccessManager> network;
    QUrl baseUrl;
    Session session; // an empty token: logged out
    int timeoutMs = DEFAULT_TIMEOUT_MS;
    QSet<QNetworkReply *> pending;

    CallStreamConnection stream;
    ConnectionState state = ConnectionState::Disconnected;
    bool streaming = false;
    quint64 generation = 0; // bumped by stopStream(): answers to older requests are ignored
    QTimer snapshotRetry;
    bool snapshotThenOpen = true;
    int snapshotAttempt = 0;
    int firstDelayMs = 500;
    int maxDelayMs = 10000;
};

} // namespace Client
