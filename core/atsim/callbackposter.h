#pragma once

#include "util/formcodec.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace At {
class IHttpTransport;
}

namespace AtSim {

class SimClock;
class Transcript;

struct PostResult
{
    bool ok = false; // a 2xx arrived in time
    int status = 0;
    QByteArray body;
    QString error; // why it failed, in words
};

// Posts voice notifications the way AT does: form-encoded (spaces as '+', '+' as %2B), every
// value a string, and waits for the app's answer no longer than the configured timeout.
class CallbackPoster
{
public:
    CallbackPoster(At::IHttpTransport &transport,
        Transcript &transcript,
        const SimClock &clock,
        int replyTimeoutMs);

    void post(const QUrl &url,
        const QString &sessionId,
        const Util::FormFields &fields,
        QObject *context,
        std::function<void(const PostResult &)> done);

    // application/x-www-form-urlencoded as browsers and akka-http write it.
    static QByteArray encode(const Util::FormFields &fields);

private:
    At::IHttpTransport &m_transport;
    Transcript &m_transcript;
    const SimClock &m_clock;
    int m_replyTimeoutMs;
};

} // namespace AtSim
