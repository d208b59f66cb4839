#include "apierror.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Api {

Error Error::badRequest(const QString &code, const QString &message)
{
    return {400, code, message};
}

Error Error::unauthorised(const QString &message)
{
    return {401, u"unauthorised"_s, message};
}

Error Error::forbidden(const QString &message)
{
    return {403, u"forbidden"_s, message};
}

Error Error::notFound(const QString &message)
{
    return {404, u"not_found"_s, message};
}

Error Error::conflict(const QString &code, const QString &message)
{
    return {409, code, message};
}

Error Error::tooLarge(const QString &message)
{
    return {413, u"body_too_large"_s, message};
}

Error Error::tooManyRequests(const QString &message, int retryAfterSeconds)
{
    return {429, u"rate_limited"_s, message, retryAfterSeconds};
}

Error Error::unavailable(const QString &code, const QString &message, int retryAfterSeconds)
{
    return {503, code, message, retryAfterSeconds};
}

Error Error::internal(const QString &message)
{
    return {500, u"internal"_s, message};
}

Http::Response toResponse(const Error &error)
{
    Http::Response response = Http::Response::json(
        QJsonObject{
            {u"error"_s, QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}}}},
        error.status);
    if (error.retryAfterSeconds > 0)
        response.withHeader("Retry-After", QByteArray::number(error.retryAfterSeconds));
    if (error.status == 401)
        response.withHeader("WWW-Authenticate", "Bearer realm=\"simu\"");
    return response;
}

} // namespace Api
