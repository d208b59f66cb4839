#include "queryparams.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Api {

std::optional<Error> unknownParameter(const Http::Request &request, const QSet<QString> &known)
{
    for (const auto &[name, value] : request.query.queryItems()) {
        Q_UNUSED(value)
        if (!known.contains(name))
            return Error::badRequest(
                u"invalid_parameter"_s, u"Unknown parameter \"%1\""_s.arg(name.left(64)));
    }
    return std::nullopt;
}

Util::Result<std::optional<QDateTime>, Error> timeParameter(
    const Http::Request &request, const QString &name)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return std::optional<QDateTime>();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return Util::fail(Error::badRequest(u"invalid_parameter"_s,
            u"\"%1\" must be an ISO-8601 time such as 2026-11-24T08:00:00Z"_s.arg(name)));
    return std::optional<QDateTime>(time.toUTC());
}

Util::Result<int, Error> intParameter(
    const Http::Request &request, const QString &name, int fallback, int minimum, int maximum)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return Util::fail(Error::badRequest(u"invalid_parameter"_s,
            u"\"%1\" must be a whole number from %2 to %3"_s.arg(name).arg(minimum).arg(maximum)));
    return value;
}

} // namespace Api
