#include "replyreader.h"

#include "clientjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Client {

namespace {

ClientError networkError(const QString &message)
{
    return ClientError{ClientError::Kind::Network, 0, QString(), message};
}

ClientError protocolError(const QString &message)
{
    return ClientError{ClientError::Kind::Protocol, 0, QString(), message};
}

ClientError unreachable(const QNetworkReply &reply, const ReplyContext &context)
{
    const QString hub = hubName(context.hub);
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return networkError(QCoreApplication::translate("Client::HubClient",
            "Cannot reach the hub at %1: connection refused. Is the hub running, and is the "
            "address right?")
                                .arg(hub));
    case QNetworkReply::HostNotFoundError:
        return networkError(QCoreApplication::translate(
            "Client::HubClient", "Cannot reach the hub at %1: there is no computer with that name.")
                                .arg(hub));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces
        return networkError(QCoreApplication::translate(
            "Client::HubClient", "The hub at %1 did not answer within %2 s.")
                                .arg(hub)
                                .arg(qMax(1, (context.timeoutMs + 999) / 1000)));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // Qt wanted to send it again; we never let it
        if (context.changesState)
            return networkError(QCoreApplication::translate("Client::HubClient",
                "The connection to the hub at %1 closed before it answered, so this may or "
                "may not have been done. Check before trying again.")
                                    .arg(hub));
        return networkError(QCoreApplication::translate(
            "Client::HubClient", "The connection to the hub at %1 closed before it answered.")
                                .arg(hub));
    case QNetworkReply::SslHandshakeFailedError:
        return networkError(QCoreApplication::translate(
            "Client::HubClient", "Cannot reach the hub at %1: the secure connection failed (%2).")
                                .arg(hub, reply.errorString()));
    default:
        break;
    }
    return networkError(
        QCoreApplication::translate("Client::HubClient", "Cannot reach the hub at %1: %2")
            .arg(hub, reply.errorString()));
}

} // namespace

QString hubName(const QUrl &hub)
{
    return hub.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

Util::Result<QJsonObject, ClientError> readReply(QNetworkReply &reply, const ReplyContext &context)
{
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return Util::fail(unreachable(reply, context));
    const int status = statusAttribute.toInt();
    const QByteArray body = reply.readAll();
    const QString hub = hubName(context.hub);

    if (status >= 300 && status < 400) // never followed: a POST must not land elsewhere
        return Util::fail(protocolError(QCoreApplication::translate("Client::HubClient",
            "The server at %1 sent the request on to %2. Give the hub's own address.")
                                            .arg(hub,
                                                reply.header(QNetworkRequest::LocationHeader)
                                                    .toUrl()
                                                    .toString(QUrl::RemoveUserInfo))));
    if (status >= 400) {
        if (const auto error = apiErrorFromBody(body))
            return Util::fail(
                ClientError{ClientError::Kind::Http, status, error->code, error->message});
        return Util::fail(protocolError(
            QCoreApplication::translate("Client::HubClient",
                "The server at %1 answered %2 %3, but not as a Simu hub does. Is this the hub's "
                "address?")
                .arg(hub)
                .arg(status)
                .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())));
    }
    if (status == 204 || (body.trimmed().isEmpty() && status == 202))
        return QJsonObject();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Util::fail(protocolError(QCoreApplication::translate("Client::HubClient",
            "The server at %1 answered something that is not the Simu hub's "
            "API. Is this the hub's address?")
                                            .arg(hub)));
    return document.object();
}

} // namespace Client
