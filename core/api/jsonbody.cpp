#include "jsonbody.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Api {

Util::Result<JsonBody, Error> JsonBody::parse(const Http::Request &request)
{
    if (request.body.trimmed().isEmpty())
        return Util::fail(Error::badRequest(u"missing_body"_s, u"The request needs a JSON body"_s));
    const QByteArray type = request.mediaType();
    if (!type.isEmpty() && type != "application/json")
        return Util::fail(Error::badRequest(u"unsupported_media_type"_s,
            u"The body must be application/json, not %1"_s.arg(QString::fromLatin1(type))));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Util::fail(Error::badRequest(u"malformed_json"_s,
            u"The body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                .arg(parseError.offset)));
    if (!document.isObject())
        return Util::fail(
            Error::badRequest(u"malformed_json"_s, u"The body must be a JSON object"_s));
    return JsonBody(document.object());
}

Util::Result<void, Error> JsonBody::onlyFields(const QSet<QString> &allowed) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Util::fail(Error::badRequest(
                u"unknown_field"_s, u"Unknown field \"%1\""_s.arg(it.key().left(64))));
    }
    return {};
}

Util::Result<QString, Error> JsonBody::requiredString(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return Util::fail(
            Error::badRequest(u"missing_field"_s, u"\"%1\" is required"_s.arg(field)));
    if (!value.isString())
        return Util::fail(
            Error::badRequest(u"invalid_field"_s, u"\"%1\" must be a string"_s.arg(field)));
    if (value.toString().trimmed().isEmpty())
        return Util::fail(
            Error::badRequest(u"missing_field"_s, u"\"%1\" must not be empty"_s.arg(field)));
    return value.toString().trimmed();
}

Util::Result<std::optional<QString>, Error> JsonBody::optionalString(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return Util::fail(
            Error::badRequest(u"invalid_field"_s, u"\"%1\" must be a string"_s.arg(field)));
    return std::optional<QString>(value.toString().trimmed());
}

Util::Result<std::optional<bool>, Error> JsonBody::optionalBool(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<bool>();
    if (!value.isBool())
        return Util::fail(
            Error::badRequest(u"invalid_field"_s, u"\"%1\" must be true or false"_s.arg(field)));
    return std::optional<bool>(value.toBool());
}

} // namespace Api
