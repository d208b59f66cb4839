#include "recordingdownload.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// A download that receives nothing for this long is given up (a server that hangs).
constexpr int STALL_TIMEOUT_MS = 30'000;

bool isHttp(const QNetworkReply &reply)
{
    const QString scheme = reply.url().scheme();
    return scheme == u"http"_s || scheme == u"https"_s;
}

int httpStatus(const QNetworkReply &reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

RecordingDownload::RecordingDownload(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

RecordingDownload::~RecordingDownload()
{
    // Quietly: nobody listens to a download that is being destroyed. The QSaveFile (a child)
    // discards its temporary file.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RecordingDownload::start(const QUrl &url, const QString &path)
{
    if (isRunning())
        return;
    m_path = path;
    m_written = 0;
    m_cancelled = false;
    m_writeError.clear();
    delete m_file;
    m_file = new QSaveFile(path, this);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(false,
            tr("The recording could not be saved to %1: %2")
                .arg(QDir::toNativeSeparators(path), m_file->errorString()));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(STALL_TIMEOUT_MS);
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &RecordingDownload::handleReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &RecordingDownload::progress);
    connect(m_reply, &QNetworkReply::finished, this, &RecordingDownload::handleFinished);
}

void RecordingDownload::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // emits finished() at once
}

void RecordingDownload::handleReadyRead()
{
    if (m_reply && !writeAvailable(*m_reply))
        m_reply->abort(); // emits finished() at once, which reports m_writeError
}

bool RecordingDownload::writeAvailable(QNetworkReply &reply)
{
    const QByteArray chunk = reply.readAll();
    // An error page (404, 500...) is not the recording: never write it into the file.
    if (!m_file || (isHttp(reply) && (httpStatus(reply) < 200 || httpStatus(reply) > 299)))
        return true;
    if (m_file->write(chunk) != chunk.size()) {
        m_writeError = m_file->errorString();
        return false;
    }
    m_written += chunk.size();
    return true;
}

QString RecordingDownload::failureReason(QNetworkReply &reply) const
{
    const int status = httpStatus(reply);
    if (isHttp(reply) && status != 0 && (status < 200 || status > 299)) {
        const QString phrase = QString::fromLatin1(
            reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray())
                                   .trimmed();
        return tr("the server answered %1 %2").arg(QString::number(status), phrase).trimmed();
    }
    if (reply.error() == QNetworkReply::OperationCanceledError)
        return tr("the server stopped sending it");
    if (reply.error() != QNetworkReply::NoError)
        return reply.errorString();
    // A connection that closes early without an error still announced the size it meant.
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != m_written) {
        return tr("the download ended early (%1 of %2 bytes arrived)")
            .arg(QString::number(m_written), QString::number(length.toLongLong()));
    }
    return {};
}

void RecordingDownload::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    // What is still buffered (the last chunk) counts too.
    if (m_writeError.isEmpty() && !m_cancelled)
        writeAvailable(*reply);

    const QString where = QDir::toNativeSeparators(m_path);
    if (m_cancelled) {
        finish(false, tr("Saving was cancelled."));
        return;
    }
    if (!m_writeError.isEmpty()) {
        finish(false, tr("The recording could not be saved to %1: %2").arg(where, m_writeError));
        return;
    }
    const QString reason = failureReason(*reply);
    if (!reason.isEmpty()) {
        finish(false, tr("The recording could not be downloaded: %1.").arg(reason));
        return;
    }
    if (!m_file->commit()) {
        finish(false,
            tr("The recording could not be saved to %1: %2").arg(where, m_file->errorString()));
        return;
    }
    finish(true, tr("Saved to %1.").arg(where));
}

void RecordingDownload::finish(bool saved, const QString &message)
{
    if (m_file) {
        if (!saved)
            m_file->cancelWriting();
        // Now, not later: an uncommitted QSaveFile removes its temporary file as it goes.
        delete m_file;
        m_file = nullptr;
    }
    Q_EMIT finished(saved, message);
}

} // namespace Ui
