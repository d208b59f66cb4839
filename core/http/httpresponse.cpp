#include "httpresponse.h"

#include <QJsonDocument>

namespace Http {

Response Response::json(const QJsonObject &object, int status)
{
    return bytes("application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

Response Response::json(const QJsonArray &array, int status)
{
    return bytes("application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

Response Response::text(const QByteArray &text, int status)
{
    return bytes("text/plain; charset=UTF-8", text, status);
}

Response Response::xml(const QByteArray &xml, int status)
{
    return bytes("application/xml; charset=UTF-8", xml, status);
}

Response Response::bytes(const QByteArray &contentType, const QByteArray &data, int status)
{
    Response response;
    response.status = status;
    response.contentType = contentType;
    response.body = data;
    return response;
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

Response Response::fromFile(const QByteArray &contentType, const FileBody &file, int status)
{
    Response response;
    response.status = status;
    response.contentType = contentType;
    response.file = file;
    return response;
}

Response &Response::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace Http
