#pragma once

// A recording IHttpTransport for unit tests: it keeps every OutgoingRequest and answers each
// with the next canned TransportReply (an HTTP answer or a network failure). Answers arrive
// asynchronously, like NetworkTransport's, and never after the context object is gone.
//
//     TestSupport::FakeHttpTransport transport;
//     transport.enqueue(FakeHttpTransport::failure(At::TransportOutcome::ConnectionRefused));
//     transport.enqueue(FakeHttpTransport::json(200, R"({"entries":[],"errorMessage":"None"})"));
//     ... client.makeCall(...) ...
//     QCOMPARE(transport.requests().size(), 2);

#include "at/httptransport.h"
#include "util/formcodec.h"

#include <QList>
#include <QTimer>

namespace TestSupport {

class FakeHttpTransport final : public At::IHttpTransport
{
public:
    static At::TransportReply http(int status,
        const QByteArray &body,
        const QByteArray &contentType,
        const Http::HeaderList &extraHeaders = {})
    {
        At::TransportReply reply;
        reply.outcome = At::TransportOutcome::Completed;
        reply.status = status;
        reply.body = body;
        reply.headers = {{"Content-Type", contentType}};
        reply.headers.append(extraHeaders);
        return reply;
    }
    static At::TransportReply json(
        int status, const QByteArray &body, const Http::HeaderList &extraHeaders = {})
    {
        return http(status, body, "application/json", extraHeaders);
    }
    static At::TransportReply text(int status, const QByteArray &body)
    {
        return http(status, body, "text/plain; charset=UTF-8");
    }
    static At::TransportReply failure(At::TransportOutcome outcome)
    {
        At::TransportReply reply;
        reply.outcome = outcome;
        reply.errorString = QStringLiteral("fake network failure");
        return reply;
    }

    void enqueue(const At::TransportReply &reply) { m_replies.append(reply); }
    int pendingReplies() const { return int(m_replies.size()); }

    const QList<At::OutgoingRequest> &requests() const { return m_requests; }
    Util::FormFields form(int index) const { return Util::decodeForm(m_requests.at(index).body); }

    void send(const At::OutgoingRequest &request, QObject *context, Callback done) override
    {
        m_requests.append(request);
        // A test that forgot to enqueue an answer gets a loud failure, not a hang.
        At::TransportReply reply = m_replies.isEmpty() ? failure(At::TransportOutcome::NetworkError)
                                                       : m_replies.takeFirst();
        QTimer::singleShot(0, context, [reply, done = std::move(done)] { done(reply); });
    }

private:
    QList<At::OutgoingRequest> m_requests;
    QList<At::TransportReply> m_replies;
};

} // namespace TestSupport
