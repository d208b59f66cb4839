#include "httptransport.h"

#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace At {

namespace {

QByteArray findHeader(const Http::HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TransportOutcome outcomeOf(QNetworkReply::NetworkError error, bool gotStatus)
{
    if (gotStatus)
        return TransportOutcome::Completed;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return TransportOutcome::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return TransportOutcome::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces
        return TransportOutcome::Timeout;
    case QNetworkReply::RemoteHostClosedError:
        return TransportOutcome::ConnectionLost;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportOutcome::TlsError;
    default:
        return TransportOutcome::NetworkError;
    }
}

} // namespace

QByteArray OutgoingRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QByteArray TransportReply::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

NetworkTransport::NetworkTransport(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{}

NetworkTransport::~NetworkTransport() = default;

void NetworkTransport::send(const OutgoingRequest &request, QObject *context, Callback done)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(request.timeoutMs);
    // AT calls must never be replayed behind our back: a /call resent by the network layer
    // would ring the customer twice.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply *reply = m_nam->sendCustomRequest(networkRequest, request.method, request.body);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        TransportReply out;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        out.outcome = outcomeOf(reply->error(), status.isValid());
        out.status = status.toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            out.headers.append({name, value});
        out.body = reply->readAll();
        out.errorString = reply->errorString();
        if (guard)
            done(out);
    });
}

} // namespace At
