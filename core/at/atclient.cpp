#include "atclient.h"

#include "atrequestencoder.h"
#include "atresponseparser.h"
#include "util/formcodec.h"
#include "util/logging.h"

#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace At {

namespace {

// Adapts a typed callback and its parser to the one untyped retry loop below.
template <typename T>
std::function<void(const Util::Result<TransportReply, Error> &)> finishWith(
    Util::Result<T, Error> (*parse)(const TransportReply &),
    std::function<void(const Util::Result<T, Error> &)> done)
{
    return [parse, done = std::move(done)](const Util::Result<TransportReply, Error> &last) {
        if (!done)
            return;
        if (!last) {
            done(Util::fail(last.error()));
            return;
        }
        done(parse(*last));
    };
}

// Numbers from the form body, masked, for a log line that tells requests apart.
QString maskedNumbers(const OutgoingRequest &request)
{
    const Util::FormFields form = Util::decodeForm(request.body);
    QStringList masked;
    for (const QString &name : {u"to"_s, u"phoneNumber"_s, u"phoneNumbers"_s}) {
        const QString value = Util::formValue(form, name);
        if (value.isNull())
            continue;
        for (const QString &number : value.split(u','))
            masked.append(Util::maskNumber(number));
    }
    return masked.join(u',');
}

} // namespace

struct Client::Job
{
    Endpoint endpoint = Endpoint::Call;
    OutgoingRequest request;
    int attempt = 1;
    Finish finish;
};

Client::Client(IHttpTransport &transport, Config config, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_config(std::move(config))
    , m_policy(policy)
{}

Client::~Client() = default;

void Client::makeCall(const CallRequest &request, CallCallback done)
{
    start(Endpoint::Call, encodeCall(m_config, request), finishWith(&parseCallReply, done));
}

void Client::transferCall(const TransferRequest &request, TransferCallback done)
{
    start(Endpoint::CallTransfer,
        encodeTransfer(m_config, request),
        finishWith(&parseTransferReply, done));
}

void Client::queueStatus(const QueueStatusRequest &request, QueueStatusCallback done)
{
    start(Endpoint::QueueStatus,
        encodeQueueStatus(m_config, request),
        finishWith(&parseQueueStatusReply, done));
}

void Client::uploadMedia(const MediaUploadRequest &request, MediaUploadCallback done)
{
    start(Endpoint::MediaUpload,
        encodeMediaUpload(m_config, request),
        finishWith(&parseMediaUploadReply, done));
}

void Client::start(Endpoint endpoint, Util::Result<OutgoingRequest, Error> request, Finish finish)
{
    if (!request) {
        qCInfo(lcAt) << "not sending" << endpointPath(endpoint) << "-" << request.error().message;
        // Asynchronous like every other answer, so callers never see re-entrant callbacks.
        QTimer::singleShot(0, this, [error = request.error(), finish = std::move(finish)] {
            finish(Util::fail(error));
        });
        return;
    }
    auto job = std::make_shared<Job>();
    job->endpoint = endpoint;
    job->request = std::move(request).value();
    job->finish = std::move(finish);
    sendAttempt(job);
}

void Client::sendAttempt(const std::shared_ptr<Job> &job)
{
    // Never the apiKey header or the body: they hold the key and whole numbers.
    qCInfo(lcAt).noquote() << "POST" << job->request.url.toDisplayString(QUrl::RemoveUserInfo)
                           << "numbers" << maskedNumbers(job->request) << "attempt" << job->attempt;
    m_transport.send(job->request, this, [this, job](const TransportReply &reply) {
        handleAttemptReply(job, reply);
    });
}

void Client::handleAttemptReply(const std::shared_ptr<Job> &job, const TransportReply &reply)
{
    const QString path = endpointPath(job->endpoint);
    const std::optional<int> delay = m_policy.retryDelay(
        job->endpoint, reply, job->attempt, QRandomGenerator::global()->generateDouble());
    if (delay) {
        qCInfo(lcAt) << path << "attempt" << job->attempt << "failed (" << reply.errorString
                     << "HTTP" << reply.status << "); retrying in" << *delay << "ms";
        ++job->attempt;
        Q_EMIT retryScheduled(path, job->attempt, *delay);
        QTimer::singleShot(*delay, this, [this, job] { sendAttempt(job); });
        return;
    }
    if (reply.outcome == TransportOutcome::Completed)
        qCInfo(lcAt) << path << "answered HTTP" << reply.status << "after" << job->attempt
                     << "attempt(s)";
    else
        qCWarning(lcAt) << path << "failed:" << reply.errorString << "after" << job->attempt
                        << "attempt(s)";
    job->finish(reply);
}

} // namespace At
