#pragma once

// One attempt at fetching a recording from AT's recordingUrl into the recordings folder.
//
// The body is streamed to "<name>.part" as it arrives (never held in memory whole, never
// blocking the event loop), hashed on the way (SHA-256), and renamed to its final name only
// when the transfer is complete: a status other than 200, a size over the cap, a connection
// that drops before Content-Length bytes arrived, or a disk error leave no file behind.
// Whether to try again is the caller's decision; the result says whether it is worth it.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Recordings {

struct DownloadResult
{
    enum class Outcome {
        Stored, // complete, checksummed and renamed into place
        HttpError, // the server answered with a status other than 200
        NetworkError, // no answer, a timeout, or a transfer cut short
        TooLarge, // over the size cap
        DiskError, // the file could not be written or renamed
        Aborted, // abort() was called
    };
    Outcome outcome = Outcome::NetworkError;
    int httpStatus = 0;
    qint64 bytes = 0;
    QString sha256; // lower-case hex, when Stored
    QString error; // for a person: what failed, in words

    // Network trouble, timeouts and the server's own failures (5xx, 408, 429) may pass; a
    // definite answer (404, 403...), the size cap and the local disk will not.
    bool worthRetrying() const;
};

class Download final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Download)

public:
    struct Target
    {
        QUrl url;
        QString partPath; // written while the transfer runs
        QString finalPath; // renamed to when complete
        qint64 maxBytes = 200LL * 1024 * 1024;
        int stallTimeoutMs = 30000; // gives up when no byte arrives for this long
    };

    Download(QNetworkAccessManager &network, Target target, QObject *parent = nullptr);
    ~Download() override;

    // Starts the transfer; finished() follows exactly once (also for a URL that is refused
    // outright), never from within start().
    void start();
    // Stops the transfer and removes the partial file; finished() reports Aborted.
    void abort();

Q_SIGNALS:
    // total is -1 while the server has not said (no Content-Length).
    void progress(qint64 received, qint64 total);
    void finished(const Recordings::DownloadResult &result);

private:
    void handleHeaders();
    void handleData();
    void handleFinished();
    void finish(DownloadResult result);

    QNetworkAccessManager &m_network;
    Target m_target;
    QPointer<QNetworkReply> m_reply;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_received = 0;
    qint64 m_total = -1;
    bool m_done = false;
    std::optional<DownloadResult> m_stopReason; // why the transfer was cut short here
};

} // namespace Recordings
