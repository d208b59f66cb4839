#include "recordinglinks.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Recordings {

namespace {

constexpr int KEY_BYTES = 32;

// Compares every byte whatever the first difference, so the time taken says nothing about
// how much of a guessed signature was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

LinkSigner::LinkSigner(QByteArray key)
    : m_key(std::move(key))
{
    if (m_key.isEmpty()) {
        m_key.resize(KEY_BYTES);
        QRandomGenerator::system()->generate(m_key.begin(), m_key.end());
    }
}

QString LinkSigner::sign(const QString &sessionId, qint64 expiresUnixSeconds) const
{
    // A separator that cannot occur in a number keeps ("ab", 1) and ("a", "b1") apart.
    const QByteArray message
        = "recording\n" + sessionId.toUtf8() + '\n' + QByteArray::number(expiresUnixSeconds);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString LinkSigner::link(const QString &sessionId, const QDateTime &expiresAt) const
{
    // Concatenated, not arg(): an encoded session id may hold "%2F"-like text.
    const qint64 expires = expiresAt.toSecsSinceEpoch();
    return u"/api/calls/"_s + QString::fromLatin1(QUrl::toPercentEncoding(sessionId))
        + u"/recording?access="_s + sign(sessionId, expires) + u"&expires="_s
        + QString::number(expires);
}

LinkSigner::Check LinkSigner::verify(const QString &sessionId,
    const QString &access,
    const QString &expires,
    const QDateTime &now) const
{
    bool isNumber = false;
    const qint64 expiresAt = expires.toLongLong(&isNumber);
    if (!isNumber || access.isEmpty() || access.size() > 100)
        return Check::Invalid;
    if (!sameBytes(sign(sessionId, expiresAt).toLatin1(), access.toLatin1()))
        return Check::Invalid;
    return now.toSecsSinceEpoch() >= expiresAt ? Check::Expired : Check::Valid;
}

} // namespace Recordings
