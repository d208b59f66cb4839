#include "callbackposter.h"

#include "at/httptransport.h"
#include "simclock.h"
#include "transcript.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

QString failureText(const At::TransportReply &reply, int timeoutMs)
{
    switch (reply.outcome) {
    case At::TransportOutcome::Timeout:
        return u"the app did not answer within %1 ms (appReplyTimeoutMs)"_s.arg(timeoutMs);
    case At::TransportOutcome::ConnectionRefused:
        return u"the app's callback URL refused the connection"_s;
    case At::TransportOutcome::HostNotFound:
        return u"the callback URL's host name was not found"_s;
    case At::TransportOutcome::ConnectionLost:
        return u"the app closed the connection without an answer"_s;
    case At::TransportOutcome::TlsError:
        return u"no secure connection to the callback URL (%1)"_s.arg(reply.errorString);
    case At::TransportOutcome::Completed:
    case At::TransportOutcome::NetworkError:
        break;
    }
    return u"the app did not answer (%1)"_s.arg(reply.errorString);
}

} // namespace

CallbackPoster::CallbackPoster(At::IHttpTransport &transport,
    Transcript &transcript,
    const SimClock &clock,
    int replyTimeoutMs)
    : m_transport(transport)
    , m_transcript(transcript)
    , m_clock(clock)
    , m_replyTimeoutMs(replyTimeoutMs)
{}

QByteArray CallbackPoster::encode(const Util::FormFields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        QByteArray encoded = QUrl::toPercentEncoding(value, " *");
        encoded.replace(' ', '+');
        body += QUrl::toPercentEncoding(name) + '=' + encoded;
    }
    return body;
}

void CallbackPoster::post(const QUrl &url,
    const QString &sessionId,
    const Util::FormFields &fields,
    QObject *context,
    std::function<void(const PostResult &)> done)
{
    At::OutgoingRequest request;
    request.url = url;
    request.body = encode(fields);
    request.timeoutMs = m_replyTimeoutMs;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
        {"User-Agent", "simu-atsim (Africa's Talking simulator)"}};

    Exchange exchange;
    exchange.kind = Exchange::Kind::Callback;
    exchange.at = m_clock.now();
    exchange.sessionId = sessionId;
    exchange.method = u"POST"_s;
    exchange.url = url;
    exchange.requestBody = request.body;

    m_transport.send(request, context, [this, exchange, done](const At::TransportReply &reply) {
        Exchange finished = exchange;
        PostResult result;
        result.status = reply.status;
        result.body = reply.body;
        if (reply.outcome != At::TransportOutcome::Completed) {
            result.error = failureText(reply, m_replyTimeoutMs);
        } else if (reply.status < 200 || reply.status > 299) {
            result.error = u"the app answered HTTP %1"_s.arg(reply.status);
        } else {
            result.ok = true;
        }
        finished.status = reply.status;
        finished.responseBody = reply.body;
        finished.error = result.error;
        m_transcript.append(finished);
        if (!result.ok)
            qCWarning(lcSim) << "callback for" << exchange.sessionId << "failed:" << result.error;
        done(result);
    });
}

} // namespace AtSim
