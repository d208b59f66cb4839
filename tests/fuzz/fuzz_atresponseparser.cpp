// What AT's REST API answers -> the At:: reply parsers. The first input byte picks the
// endpoint (low two bits) and the HTTP status or network outcome (the other six); the rest is
// the body. A body may start with "header: value\n\n" lines (X-Current-Queue-Size, Location).
// Every reply gives a result or an Error with a message; an error for a 2xx reply that AT
// accepted says the request may have reached AT.

#include "at/atresponseparser.h"
#include "fuzzsupport.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

const int STATUSES[] = {200,
    201,
    202,
    204,
    299,
    301,
    302,
    400,
    401,
    403,
    404,
    409,
    429,
    500,
    502,
    503,
    504,
    199,
    100,
    600,
    999,
    -1};

const At::TransportOutcome FAILURES[] = {At::TransportOutcome::ConnectionRefused,
    At::TransportOutcome::HostNotFound,
    At::TransportOutcome::Timeout,
    At::TransportOutcome::ConnectionLost,
    At::TransportOutcome::TlsError,
    At::TransportOutcome::NetworkError};

At::TransportReply replyFor(uint8_t selector, const QByteArray &input)
{
    At::TransportReply reply;
    const size_t pick = selector >> 2;
    if (pick < std::size(STATUSES)) {
        reply.outcome = At::TransportOutcome::Completed;
        reply.status = STATUSES[pick];
    } else {
        reply.outcome = FAILURES[(pick - std::size(STATUSES)) % std::size(FAILURES)];
        reply.errorString = QString::fromUtf8(input.left(64));
    }
    reply.body = input;
    const qsizetype headersEnd = input.indexOf("\n\n");
    if (headersEnd >= 0 && !input.startsWith('{')) {
        for (const QByteArray &line : input.left(headersEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        reply.body = input.mid(headersEnd + 2);
    }
    return reply;
}

template <typename T>
void check(const Util::Result<T, At::Error> &result, const At::TransportReply &reply)
{
    if (result)
        return;
    const At::Error &error = result.error();
    if (error.message.isEmpty())
        Fuzz::fail("an error without a message", reply.body);
    const bool completed2xx = reply.outcome == At::TransportOutcome::Completed
        && reply.status >= 200 && reply.status < 300;
    if (completed2xx && error.code == At::Error::Code::BadResponse && !error.mayHaveReachedAt)
        Fuzz::fail("a garbled 2xx answer does not warn that AT may have acted", reply.body);
    if (reply.provesNotSent() && error.mayHaveReachedAt)
        Fuzz::fail("a request that was never sent is said to have maybe reached AT", reply.body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const At::TransportReply reply = replyFor(data[0], Fuzz::bytes(data + 1, size - 1));
    switch (data[0] & 3) {
    case 0:
        check(At::parseCallReply(reply), reply);
        break;
    case 1:
        check(At::parseTransferReply(reply), reply);
        break;
    case 2:
        check(At::parseQueueStatusReply(reply), reply);
        break;
    default:
        check(At::parseMediaUploadReply(reply), reply);
        break;
    }
    return 0;
}
