#include "requestdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        // Shortest form that reads back the same: 0.1 stays "0.1", 86400 stays "86400".
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return u""_s;
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
            // "to": [...] and other arrays become one comma-joined value, as the form would
            // carry it; objects (callActions) and nested arrays stay JSON text.
            QStringList parts;
            for (const QJsonValue &item : it.value().toArray())
                parts.append(jsonText(item));
            fields.append({it.key(), parts.join(u',')});
        } else {
            fields.append({it.key(), jsonText(it.value())});
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

// The name parameter of a part's Content-Disposition header; empty when the part has none
// (it is skipped), nullopt when the header is broken. Parameters are read one by one so that
// `filename="a.mp3"` is never mistaken for the name.
std::optional<QString> partName(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-disposition")
            continue;
        QByteArray rest = line.mid(colon + 1).trimmed();
        while (!rest.isEmpty()) {
            const qsizetype semicolon = rest.indexOf(';');
            const qsizetype equals = rest.indexOf('=');
            if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
                // A bare token such as "form-data".
                rest = semicolon < 0 ? QByteArray() : rest.mid(semicolon + 1).trimmed();
                continue;
            }
            const QByteArray key = rest.left(equals).trimmed().toLower();
            rest = rest.mid(equals + 1).trimmed();
            QByteArray value;
            if (rest.startsWith('"')) {
                const qsizetype close = rest.indexOf('"', 1);
                if (close < 0)
                    return std::nullopt;
                value = rest.mid(1, close - 1);
                rest = rest.mid(close + 1);
            } else {
                const qsizetype end = rest.indexOf(';');
                value = (end < 0 ? rest : rest.left(end)).trimmed();
                rest = end < 0 ? QByteArray() : rest.mid(end);
            }
            if (key == "name")
                return QString::fromUtf8(value);
            const qsizetype next = rest.indexOf(';');
            rest = next < 0 ? QByteArray() : rest.mid(next + 1).trimmed();
        }
    }
    return QString();
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
        const auto name = partName(headers);
        if (!name)
            return Util::fail(malformed);
        if (!name->isEmpty())
            fields.append({*name, QString::fromUtf8(value)});
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
