#include "httptransport.h"

#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <cstring>

namespace At {

namespace {

// The request body as a device that can be read once and never rewound. Qt 6.4's HTTP layer
// silently sends a POST again when the server closes the connection without answering (seen
// on the wire: two identical requests from one QNetworkAccessManager::post). For /call that
// rings the customer twice. With a body it cannot rewind, Qt gives up with ContentReSendError
// instead, and the AT client decides about retries itself, knowing which ones are safe.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
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
    case QNetworkReply::ContentReSendError: // Qt wanted to replay the request; OneShotBody refused
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
    // would ring the customer twice. Hence HTTP/1.1 only, no redirects (a 307 re-posts the
    // body elsewhere; a 3xx comes back as a status instead), and a body that cannot be rewound
    // (see OneShotBody). Retries belong to the caller, which knows what is safe to repeat.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Without this Qt would first copy a sequential body into a rewindable buffer.
    networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());

    auto *body = new OneShotBody(request.body, nullptr);
    QNetworkReply *reply = m_nam->sendCustomRequest(networkRequest, request.method, body);
    body->setParent(reply); // Qt reads it while the reply runs
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
