#include "downloader.h"

#include "util/logging.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Recordings {

namespace {

using Outcome = DownloadResult::Outcome;

DownloadResult failure(Outcome outcome, const QString &error, int httpStatus = 0)
{
    DownloadResult result;
    result.outcome = outcome;
    result.error = error;
    result.httpStatus = httpStatus;
    return result;
}

QString dataSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1);
}

} // namespace

bool DownloadResult::worthRetrying() const
{
    switch (outcome) {
    case Outcome::NetworkError:
        return true;
    case Outcome::HttpError:
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    case Outcome::Stored:
    case Outcome::TooLarge:
    case Outcome::DiskError:
    case Outcome::Aborted:
        break;
    }
    return false;
}

Download::Download(QNetworkAccessManager &network, Target target, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_target(std::move(target))
{}

Download::~Download()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_file.isOpen())
        m_file.close();
    if (!m_done && !m_target.partPath.isEmpty())
        QFile::remove(m_target.partPath);
}

void Download::start()
{
    const QString scheme = m_target.url.scheme().toLower();
    if (!m_target.url.isValid() || (scheme != u"http"_s && scheme != u"https"_s)
        || m_target.url.host().isEmpty()) {
        // Reported from the event loop, as a network failure would be.
        QTimer::singleShot(0, this, [this] {
            finish(failure(Outcome::HttpError,
                u"the recording URL is not an http(s) address: \"%1\""_s.arg(
                    m_target.url.toString().left(200))));
        });
        return;
    }
    m_file.setFileName(m_target.partPath);
    if (m_target.partPath.isEmpty() || !m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString why = m_file.errorString();
        QTimer::singleShot(0, this, [this, why] {
            finish(failure(Outcome::DiskError, u"cannot write the recording: %1"_s.arg(why)));
        });
        return;
    }
    QNetworkRequest request(m_target.url);
    request.setTransferTimeout(m_target.stallTimeoutMs);
    // A redirect to another host is fine (recordings may sit behind a CDN); one from https
    // down to http is not.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setRawHeader("Accept", "audio/mpeg, audio/*;q=0.9, */*;q=0.1");
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Download::handleHeaders);
    connect(m_reply, &QIODevice::readyRead, this, &Download::handleData);
    connect(m_reply, &QNetworkReply::finished, this, &Download::handleFinished);
}

void Download::abort()
{
    if (m_done)
        return;
    m_stopReason = failure(Outcome::Aborted, u"the download was stopped"_s);
    if (m_reply)
        m_reply->abort(); // finished() follows at once, through handleFinished()
    else
        finish(*m_stopReason);
}

void Download::handleHeaders()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    m_total = length.toLongLong();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && m_target.maxBytes > 0 && m_total > m_target.maxBytes) {
        m_stopReason = failure(Outcome::TooLarge,
            u"the recording is %1, over the %2 limit"_s.arg(
                dataSize(m_total), dataSize(m_target.maxBytes)),
            status);
        m_reply->abort();
    }
}

void Download::handleData()
{
    if (m_stopReason)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_reply->readAll(); // an error page, or a redirect's body: not the recording
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    m_received += chunk.size();
    if (m_target.maxBytes > 0 && m_received > m_target.maxBytes) {
        m_stopReason = failure(Outcome::TooLarge,
            u"the recording is over the %1 limit"_s.arg(dataSize(m_target.maxBytes)),
            status);
        m_reply->abort();
        return;
    }
    if (m_file.write(chunk) != chunk.size()) {
        m_stopReason = failure(
            Outcome::DiskError, u"cannot write the recording: %1"_s.arg(m_file.errorString()));
        m_reply->abort();
        return;
    }
    m_hash.addData(chunk);
    Q_EMIT progress(m_received, m_total);
}

void Download::handleFinished()
{
    if (!m_stopReason)
        handleData(); // whatever arrived with the end
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString errorText = m_reply->errorString();
    m_reply->deleteLater();
    m_reply.clear();
    if (m_stopReason)
        return finish(*m_stopReason);
    if (status != 0 && status != 200)
        return finish(failure(
            Outcome::HttpError, u"the recording server answered HTTP %1"_s.arg(status), status));
    if (error != QNetworkReply::NoError)
        return finish(failure(Outcome::NetworkError,
            u"the recording could not be fetched: %1"_s.arg(errorText),
            status));
    if (m_total >= 0 && m_received != m_total)
        return finish(failure(Outcome::NetworkError,
            u"the transfer stopped after %1 of %2 bytes"_s.arg(m_received).arg(m_total),
            status));
    if (m_received == 0)
        return finish( // perhaps not written yet on AT's side: worth another try
            failure(Outcome::NetworkError, u"the recording server sent an empty file"_s, status));

    // Complete: to disk, then into place under its final name.
    if (!m_file.flush()) {
        return finish(failure(
            Outcome::DiskError, u"cannot write the recording: %1"_s.arg(m_file.errorString())));
    }
    m_file.close();
    QFile::remove(m_target.finalPath);
    if (!QFile::rename(m_target.partPath, m_target.finalPath))
        return finish(
            failure(Outcome::DiskError, u"cannot move the finished recording into place"_s));
    DownloadResult stored;
    stored.outcome = Outcome::Stored;
    stored.httpStatus = status;
    stored.bytes = m_received;
    stored.sha256 = QString::fromLatin1(m_hash.result().toHex());
    m_done = true;
    Q_EMIT finished(stored);
}

void Download::finish(DownloadResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(m_target.partPath);
    result.bytes = m_received;
    Q_EMIT finished(result);
}

} // namespace Recordings
