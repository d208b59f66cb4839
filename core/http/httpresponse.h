#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace Http {

struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HeaderList headers;
    // Fault injection (used by the AT simulator): answer only after this many milliseconds,
    // or drop the connection without answering at all.
    int delayMs = 0;
    bool abortConnection = false;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response text(const QByteArray &text, int status = 200);
    static Response xml(const QByteArray &xml, int status = 200);
    static Response bytes(const QByteArray &contentType, const QByteArray &data, int status = 200);
    static Response empty(int status);

    Response &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
};

} // namespace Http
