#pragma once

// A compact player for one call recording: play/pause, a seek slider, position and length,
// speed 1×/1.5×/2×, and Save… (downloads the recording to a file the user picks). Playback is
// Qt Multimedia (GStreamer in Qt 6.4), which fetches http URLs itself; saving goes through the
// QNetworkAccessManager it is given, so it uses the same network settings as the hub client.
// Every failure is shown in the status line in words; nothing here crashes on a bad URL.

#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QAudioOutput;
class QComboBox;
class QDateTime;
class QKeyEvent;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSlider;
class QToolButton;

namespace Ui {

class RecordingDownload;

class RecordingPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingPlayer)

public:
    // `network` downloads recordings for Save… (HubClient::network(), so saving follows the
    // console's network settings); nullptr, or the first form, makes the player use its own.
    explicit RecordingPlayer(QWidget *parent = nullptr);
    explicit RecordingPlayer(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    // Loads a recording (does not start playing). `suggestedFileName` is what Save… offers,
    // e.g. suggestedFileName(customer, when). An invalid URL shows an error.
    void setSource(const QUrl &url, const QString &suggestedFileName);
    // Stops, forgets the recording and cancels a download in progress.
    void clear();
    QUrl source() const { return m_source; }

    void play();
    void pause();
    void togglePlayback();
    void seek(qint64 positionMs);
    // 1.0, 1.5 or 2.0 (the speeds the selector offers); other values are ignored.
    void setPlaybackRate(double rate);

    bool isPlaying() const;
    qint64 position() const;
    qint64 duration() const;
    double playbackRate() const;
    QMediaPlayer::MediaStatus mediaStatus() const;
    // The status line: loading and playback errors. Empty when all is well.
    QString statusText() const;
    // The line under it about Save…: progress, "Saved to …", or why saving failed.
    QString saveStatusText() const;
    bool isSaving() const;

    // The non-dialog part of Save…: downloads the recording to `path` through a QSaveFile,
    // so the file appears only when the whole recording arrived. Ends with saveFinished().
    void saveTo(const QString &path);
    void cancelSave();

    // "<customer>-<yyyyMMdd-hhmm>.mp3", with characters file systems dislike replaced.
    static QString suggestedFileName(const QString &customer, const QDateTime &when);
    // "1:05", "12:00", "1:02:03".
    static QString formatTime(qint64 ms);

Q_SIGNALS:
    void saveFinished(bool saved, const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void startDurationProbe();
    void finishDurationProbe(); // pauses and rewinds
    void endDurationProbe(); // only stops probing
    void handleMediaStatus(QMediaPlayer::MediaStatus status);
    void handlePlayerError(QMediaPlayer::Error error, const QString &message);
    void handlePlaybackState(QMediaPlayer::PlaybackState state);
    void handlePosition(qint64 ms);
    void handleDuration(qint64 ms);
    void handleSliderValue(int value);
    void handleSliderReleased();
    void handleSpeedChosen(int index);
    void handleRateChanged(double rate);
    void chooseSaveFile();
    void handleSaveProgress(qint64 received, qint64 total);
    void handleSaveFinished(bool saved, const QString &message);
    void setStatus(const QString &text, bool isError);
    void updateControls();
    void updateTimeLabels(qint64 positionMs);

    QNetworkAccessManager *m_network = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QUrl m_source;
    QString m_suggestedFileName;
    QString m_loadError; // set when the current source failed; cleared by setSource()
    bool m_probingDuration = false; // playing muted to learn the length (see .cpp)
    QTimer m_probeTimeout;

    QToolButton *m_playButton = nullptr;
    QSlider *m_seekSlider = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_lengthLabel = nullptr;
    QComboBox *m_speedBox = nullptr;
    QPushButton *m_saveButton = nullptr;
    QProgressBar *m_saveProgress = nullptr;
    QPushButton *m_cancelSaveButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    bool m_settingSlider = false; // the slider moves because playback moved, not the user

    RecordingDownload *m_download = nullptr;
    QString m_lastSaveFolder; // where Save… opens next time in this session
};

} // namespace Ui
