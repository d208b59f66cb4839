#pragma once

// The seam between Simu and the network for outgoing HTTP: the AT REST client and the
// simulator's callback poster both send through an IHttpTransport. Production code uses
// NetworkTransport (QNetworkAccessManager); unit tests use a recording fake.

#include "http/httprequest.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace At {

struct OutgoingRequest
{
    QByteArray method = "POST";
    QUrl url;
    Http::HeaderList headers;
    QByteArray body;
    int timeoutMs = 30000;

    QByteArray header(QByteArrayView name) const;
};

enum class TransportOutcome {
    Completed, // an HTTP response arrived (any status)
    ConnectionRefused, // nothing was sent: safe to retry
    HostNotFound, // nothing was sent: safe to retry
    Timeout, // the request may have reached the server
    ConnectionLost, // reset or closed mid-exchange: the request may have reached the server
    TlsError, // handshake failed before the request was sent
    NetworkError, // anything else; assume the request may have reached the server
};

struct TransportReply
{
    TransportOutcome outcome = TransportOutcome::NetworkError;
    int status = 0; // HTTP status when outcome == Completed
    Http::HeaderList headers;
    QByteArray body;
    QString errorString; // the network layer's own words, for logs

    QByteArray header(QByteArrayView name) const;
    // True only when the failure proves the request never left this machine.
    bool provesNotSent() const
    {
        return outcome == TransportOutcome::ConnectionRefused
            || outcome == TransportOutcome::HostNotFound || outcome == TransportOutcome::TlsError;
    }
};

class IHttpTransport
{
public:
    using Callback = std::function<void(const TransportReply &)>;
    virtual ~IHttpTransport() = default;
    // Sends asynchronously and calls `done` once, on the context's thread. If `context` is
    // destroyed first, `done` is never called.
    virtual void send(const OutgoingRequest &request, QObject *context, Callback done) = 0;
};

class NetworkTransport final : public QObject, public IHttpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTransport)

public:
    explicit NetworkTransport(QObject *parent = nullptr);
    ~NetworkTransport() override;

    void send(const OutgoingRequest &request, QObject *context, Callback done) override;

private:
    QNetworkAccessManager *m_nam;
};

} // namespace At
