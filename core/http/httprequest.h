#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A parsed HTTP request as plain data, so handlers are testable without sockets.
struct Request
{
    QByteArray method; // upper case: "GET", "POST", ...
    QString path; // decoded, without the query string
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress peer; // IPv4-mapped IPv6 addresses are unmapped
    QHash<QString, QString> pathParams; // filled by the Router from "{name}" segments

    // First header with this name, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString pathParam(const QString &name) const { return pathParams.value(name); }
    QString queryValue(const QString &name) const;
    // The media type of Content-Type, lower case, without parameters ("application/json").
    QByteArray mediaType() const;
};

} // namespace Http
