#include "requestdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return u""_s;
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

Util::Result<Util::FormFields, QString> fromJson(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Util::fail(u"The request content was malformed:\nInvalid JSON body"_s);
    Util::FormFields fields;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            QStringList parts;
            for (const QJsonValue &item : it.value().toArray()) {
                // callActions and similar arrays of objects stay JSON text.
                if (item.isObject())
                    parts.append(QString::fromUtf8(
                        QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)));
                else
                    parts.append(scalarText(item));
            }
            fields.append({it.key(), parts.join(u',')});
        } else {
            fields.append({it.key(), scalarText(it.value())});
        }
    }
    return fields;
}

QByteArray boundaryOf(const QByteArray &contentType)
{
    for (QByteArray parameter : contentType.split(';')) {
        parameter = parameter.trimmed();
        if (parameter.toLower().startsWith("boundary=")) {
            QByteArray boundary = parameter.mid(9);
            if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
                boundary = boundary.mid(1, boundary.size() - 2);
            return boundary;
        }
    }
    return {};
}

Util::Result<Util::FormFields, QString> fromMultipart(const Http::Request &request)
{
    const QByteArray boundary = boundaryOf(request.header("Content-Type"));
    const QString malformed = u"The request content was malformed:\nInvalid multipart body"_s;
    if (boundary.isEmpty())
        return Util::fail(malformed);
    const QByteArray delimiter = "--" + boundary;
    Util::FormFields fields;
    const QByteArray &body = request.body;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return Util::fail(malformed);
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return fields; // closing delimiter
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype next = body.indexOf(delimiter, position);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            return Util::fail(malformed);
        const QByteArray headers = body.mid(position, headersEnd - position);
        QByteArray value = body.mid(headersEnd + 4, next - headersEnd - 4);
        if (value.endsWith("\r\n"))
            value.chop(2);
        const qsizetype nameAt = headers.indexOf("name=\"");
        if (nameAt >= 0) {
            const qsizetype nameEnd = headers.indexOf('"', nameAt + 6);
            if (nameEnd < 0)
                return Util::fail(malformed);
            fields.append({QString::fromUtf8(headers.mid(nameAt + 6, nameEnd - nameAt - 6)),
                QString::fromUtf8(value)});
        }
        position = next;
    }
}

} // namespace

Util::Result<Util::FormFields, QString> decodeRequestFields(const Http::Request &request)
{
    const QByteArray type = request.mediaType();
    const QByteArray trimmed = request.body.trimmed();
    if (type == "application/json")
        return fromJson(request.body);
    if (type == "multipart/form-data")
        return fromMultipart(request);
    // The Node SDK 0.8.3 posts JSON text under a form content type to /queueStatus and
    // /mediaUpload; a form body never starts with '{'.
    if (trimmed.startsWith('{'))
        return fromJson(trimmed);
    return Util::decodeForm(request.body);
}

} // namespace AtSim
