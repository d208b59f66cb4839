#pragma once

// The Africa's Talking voice REST client: /call, /callTransfer, /queueStatus, /mediaUpload
// over an injected IHttpTransport (NetworkTransport in the product, a recording fake in unit
// tests).
//
// Every method answers exactly once through its callback, always asynchronously (also for a
// request refused locally), on this object's thread; if the Client is destroyed first, the
// callback is not called. Retries follow RetryPolicy: a /call that may have reached AT is
// never sent again.

#include "atconfig.h"
#include "aterror.h"
#include "atrequests.h"
#include "atresponses.h"
#include "httptransport.h"
#include "retrypolicy.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace At {

class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    using CallCallback = std::function<void(const Util::Result<CallResult, Error> &)>;
    using TransferCallback = std::function<void(const Util::Result<TransferResult, Error> &)>;
    using QueueStatusCallback = std::function<void(const Util::Result<QueueStatusResult, Error> &)>;
    using MediaUploadCallback = std::function<void(const Util::Result<MediaUploadResult, Error> &)>;

    Client(IHttpTransport &transport,
        Config config,
        RetryPolicy policy = {},
        QObject *parent = nullptr);
    ~Client() override;

    const Config &config() const { return m_config; }
    // Applies to requests started afterwards (e.g. after the user edits Settings).
    void setConfig(const Config &config) { m_config = config; }

    void makeCall(const CallRequest &request, CallCallback done);
    void transferCall(const TransferRequest &request, TransferCallback done);
    void queueStatus(const QueueStatusRequest &request, QueueStatusCallback done);
    void uploadMedia(const MediaUploadRequest &request, MediaUploadCallback done);

Q_SIGNALS:
    // A failed attempt will be sent again after delayMs; `attempt` is the upcoming one (2, 3...).
    void retryScheduled(const QString &endpoint, int attempt, int delayMs);

private:
    // The last word on a request: the final reply, or the error that kept it from being sent.
    using Finish = std::function<void(const Util::Result<TransportReply, Error> &)>;
    struct Job;

    void start(Endpoint endpoint, Util::Result<OutgoingRequest, Error> request, Finish finish);
    void sendAttempt(const std::shared_ptr<Job> &job);
    void handleAttemptReply(const std::shared_ptr<Job> &job, const TransportReply &reply);

    IHttpTransport &m_transport;
    Config m_config;
    RetryPolicy m_policy;
};

} // namespace At
