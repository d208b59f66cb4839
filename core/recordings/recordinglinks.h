#pragma once

// Short-lived signed links to one call's recording, for players that cannot send an
// Authorization header (Qt Multimedia's GStreamer backend, a browser's <audio>):
//
//   /api/calls/<session id>/recording?access=<signature>&expires=<unix seconds>
//
// The signature is HMAC-SHA256 over the session id and the expiry, keyed with 32 random bytes
// this hub draws at start and keeps in memory only: a link opens that one call, until it
// expires or the hub restarts, and never carries the user's bearer token.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Recordings {

class LinkSigner final
{
public:
    enum class Check { Valid, Invalid, Expired };

    // An empty key draws a random one.
    explicit LinkSigner(QByteArray key = {});

    // base64url, no padding.
    QString sign(const QString &sessionId, qint64 expiresUnixSeconds) const;
    // The link's path and query for this call, valid until `expiresAt`.
    QString link(const QString &sessionId, const QDateTime &expiresAt) const;
    // `access` and `expires` as the query carried them. A signature that does not match (a
    // changed expiry, another call's link) is Invalid whatever the time; a matching one past
    // its expiry is Expired.
    Check verify(const QString &sessionId,
        const QString &access,
        const QString &expires,
        const QDateTime &now) const;

private:
    QByteArray m_key;
};

} // namespace Recordings
