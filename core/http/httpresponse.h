#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Http {

// A body that stays on disk: the server streams `length` bytes of the file from `offset` in
// chunks as the client takes them, so a large download (a call recording) never sits in
// memory whole.
struct FileBody
{
    QString path;
    qint64 offset = 0;
    qint64 length = 0;
};

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
    // Set instead of `body` for a file streamed from disk (see FileBody).
    std::optional<FileBody> file;
    // The Content-Length to announce when the body is left out (a HEAD request); -1 announces
    // the body actually sent.
    qint64 announcedLength = -1;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response text(const QByteArray &text, int status = 200);
    static Response xml(const QByteArray &xml, int status = 200);
    static Response bytes(const QByteArray &contentType, const QByteArray &data, int status = 200);
    static Response empty(int status);
    static Response fromFile(const QByteArray &contentType, const FileBody &file, int status = 200);

    Response &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
    // What the body is long, wherever it is kept.
    qint64 contentLength() const { return file ? file->length : body.size(); }
};

} // namespace Http
