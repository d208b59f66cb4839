#include "bearertoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Auth::BearerToken {

namespace {

const QString prefix = u"simu_"_s;
// 32 bytes in base64url without padding: ceil(32 * 4 / 3) = 43 characters.
constexpr qsizetype EncodedLength = 43;

bool isBase64UrlCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'_';
}

} // namespace

QString generate()
{
    QByteArray random(RandomBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(random.data()), RandomBytes / int(sizeof(quint32)));
    return prefix
        + QString::fromLatin1(
            random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool looksValid(const QString &text)
{
    if (text.size() != prefix.size() + EncodedLength || !text.startsWith(prefix))
        return false;
    return std::all_of(text.cbegin() + prefix.size(), text.cend(), isBase64UrlCharacter);
}

QByteArray hash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Auth::BearerToken
