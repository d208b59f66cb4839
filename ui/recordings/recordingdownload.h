#pragma once

// Downloads one recording to a file. The bytes go to a QSaveFile, so the file at `path`
// appears only once the whole recording has arrived: a failed, cut-short or cancelled
// download leaves nothing behind (and an existing file of that name untouched).

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QSaveFile;

namespace Ui {

class RecordingDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingDownload)

public:
    RecordingDownload(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~RecordingDownload() override;

    // Starts the download; finished() follows exactly once (possibly before start() returns,
    // when the file cannot be created).
    void start(const QUrl &url, const QString &path);
    // Gives up: finished(false, "Saving was cancelled.").
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    // total is -1 while the size is unknown.
    void progress(qint64 received, qint64 total);
    // A sentence for the status line either way ("Saved to …" or why not).
    void finished(bool saved, const QString &message);

private:
    void handleReadyRead();
    // Moves what has arrived into the file; false when the disk refused it.
    bool writeAvailable(QNetworkReply &reply);
    void handleFinished();
    QString failureReason(QNetworkReply &reply) const;
    void finish(bool saved, const QString &message);

    QNetworkAccessManager &m_network;
    QPointer<QNetworkReply> m_reply;
    QSaveFile *m_file = nullptr;
    QString m_path;
    qint64 m_written = 0;
    bool m_cancelled = false;
    QString m_writeError;
};

} // namespace Ui
