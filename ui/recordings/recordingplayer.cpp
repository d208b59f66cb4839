#include "recordingplayer.h"

#include "recordingdownload.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// The speeds the selector offers, in its order.
constexpr double SPEEDS[] = {1.0, 1.5, 2.0};
// How long the silent duration probe may run before the player gives up on it.
constexpr int DURATION_PROBE_MS = 5000;

int speedIndex(double rate)
{
    for (int i = 0; i < int(std::size(SPEEDS)); ++i) {
        if (std::abs(SPEEDS[i] - rate) < 0.01)
            return i;
    }
    return -1;
}

// Bold rather than a colour: it stays readable in light and dark palettes alike.
void showMessage(QLabel &label, const QString &text, bool isError)
{
    QFont font = label.font();
    font.setBold(isError);
    label.setFont(font);
    label.setText(text);
    label.setVisible(!text.isEmpty());
}

} // namespace

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : RecordingPlayer(nullptr, parent)
{}

RecordingPlayer::RecordingPlayer(QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_download(new RecordingDownload(*m_network, this))
{
    // Without an audio output GStreamer reports every source as invalid (qt64-notes §2e).
    m_player->setAudioOutput(m_audio);
    setFocusPolicy(Qt::StrongFocus);
    m_probeTimeout.setSingleShot(true);
    m_probeTimeout.setInterval(DURATION_PROBE_MS);
    connect(&m_probeTimeout, &QTimer::timeout, this, &RecordingPlayer::finishDurationProbe);
    buildLayout();
    retranslate();

    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &RecordingPlayer::handleMediaStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &RecordingPlayer::handlePlayerError);
    connect(
        m_player, &QMediaPlayer::playbackStateChanged, this, &RecordingPlayer::handlePlaybackState);
    connect(m_player, &QMediaPlayer::positionChanged, this, &RecordingPlayer::handlePosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &RecordingPlayer::handleDuration);
    connect(m_player, &QMediaPlayer::seekableChanged, this, &RecordingPlayer::updateControls);
    connect(
        m_player, &QMediaPlayer::playbackRateChanged, this, &RecordingPlayer::handleRateChanged);
    connect(m_playButton, &QToolButton::clicked, this, &RecordingPlayer::togglePlayback);
    connect(m_seekSlider, &QSlider::valueChanged, this, &RecordingPlayer::handleSliderValue);
    connect(m_seekSlider, &QSlider::sliderReleased, this, &RecordingPlayer::handleSliderReleased);
    connect(m_speedBox, &QComboBox::activated, this, &RecordingPlayer::handleSpeedChosen);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordingPlayer::chooseSaveFile);
    connect(m_cancelSaveButton, &QPushButton::clicked, this, &RecordingPlayer::cancelSave);
    connect(m_download, &RecordingDownload::progress, this, &RecordingPlayer::handleSaveProgress);
    connect(m_download, &RecordingDownload::finished, this, &RecordingPlayer::handleSaveFinished);
    updateControls();
}

RecordingPlayer::~RecordingPlayer()
{
    // ~QWidget deletes the children after this object's own members are gone: nothing the
    // media player or the download (which discards its temporary file) emits while dying
    // may reach this half-destroyed widget.
    disconnect(m_player, nullptr, this, nullptr);
    disconnect(m_download, nullptr, this, nullptr);
    m_probeTimeout.stop();
}

void RecordingPlayer::buildLayout()
{
    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(u"playButton"_s);
    m_playButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_positionLabel = new QLabel(formatTime(0), this);
    m_positionLabel->setObjectName(u"positionLabel"_s);
    m_lengthLabel = new QLabel(formatTime(0), this);
    m_lengthLabel->setObjectName(u"lengthLabel"_s);

    m_seekSlider = new QSlider(Qt::Horizontal, this);
    m_seekSlider->setObjectName(u"seekSlider"_s);
    m_seekSlider->setRange(0, 0);
    m_seekSlider->setSingleStep(1000);
    m_seekSlider->setPageStep(5000);

    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(u"speedBox"_s);
    for (double speed : SPEEDS)
        m_speedBox->addItem(QString(), speed);

    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveButton"_s);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(u"saveLabel"_s);
    m_saveLabel->setWordWrap(true);
    m_saveLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveLabel->hide();

    m_saveProgress = new QProgressBar(this);
    m_saveProgress->setObjectName(u"saveProgress"_s);
    m_saveProgress->setMaximumWidth(160);
    m_saveProgress->hide();
    m_cancelSaveButton = new QPushButton(this);
    m_cancelSaveButton->setObjectName(u"cancelSaveButton"_s);
    m_cancelSaveButton->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_positionLabel);
    controls->addWidget(m_seekSlider, 1);
    controls->addWidget(m_lengthLabel);
    controls->addWidget(m_speedBox);
    controls->addWidget(m_saveButton);

    // Saving has its own line: a playback error and a save message never overwrite each other.
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveLabel, 1);
    saveRow->addWidget(m_saveProgress);
    saveRow->addWidget(m_cancelSaveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_statusLabel);
    layout->addLayout(saveRow);
}

void RecordingPlayer::retranslate()
{
    handlePlaybackState(m_player->playbackState());
    m_seekSlider->setAccessibleName(tr("Position in the recording"));
    m_positionLabel->setAccessibleName(tr("Position"));
    m_lengthLabel->setAccessibleName(tr("Length"));
    m_speedBox->setAccessibleName(tr("Playback speed"));
    m_speedBox->setToolTip(tr("Playback speed"));
    m_speedBox->setItemText(0, tr("1×"));
    m_speedBox->setItemText(1, tr("1.5×"));
    m_speedBox->setItemText(2, tr("2×"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setAccessibleName(tr("Save the recording to a file"));
    m_saveProgress->setAccessibleName(tr("Saving progress"));
    m_cancelSaveButton->setText(tr("Cancel"));
    m_cancelSaveButton->setAccessibleName(tr("Cancel saving"));
    m_statusLabel->setAccessibleName(tr("Recording status"));
    m_saveLabel->setAccessibleName(tr("Saving status"));
    setAccessibleName(tr("Recording player"));
}

void RecordingPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordingPlayer::keyPressEvent(QKeyEvent *event)
{
    // Children that use Space (buttons, the speed list) take it first; the slider and the
    // player itself pass it here.
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        togglePlayback();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RecordingPlayer::setSource(const QUrl &url, const QString &suggestedFileName)
{
    endDurationProbe();
    m_player->stop();
    m_loadError.clear();
    m_suggestedFileName = suggestedFileName.isEmpty() ? u"recording.mp3"_s : suggestedFileName;
    m_source = url;
    handleDuration(0);
    handlePosition(0);
    if (url.isEmpty() || !url.isValid() || url.isRelative()) {
        m_source.clear();
        m_player->setSource(QUrl());
        m_loadError = tr("The recording could not be loaded: its address is not valid.");
        setStatus(m_loadError, true);
        updateControls();
        return;
    }
    m_player->setSource(url);
    // Keep the chosen speed across recordings.
    m_player->setPlaybackRate(playbackRate());
    updateControls();
}

void RecordingPlayer::clear()
{
    cancelSave();
    endDurationProbe();
    m_player->stop();
    m_player->setSource(QUrl());
    m_source.clear();
    m_suggestedFileName.clear();
    m_loadError.clear();
    handleDuration(0);
    handlePosition(0);
    setStatus(QString(), false);
    showMessage(*m_saveLabel, QString(), false);
    updateControls();
}

void RecordingPlayer::play()
{
    if (!m_source.isValid() || !m_loadError.isEmpty())
        return;
    if (m_probingDuration) {
        // Already running, silently: make it audible from the start.
        endDurationProbe();
        m_player->setPosition(0);
        handlePlaybackState(m_player->playbackState());
        return;
    }
    m_player->play();
}

void RecordingPlayer::pause()
{
    if (m_probingDuration)
        finishDurationProbe();
    else
        m_player->pause();
}

// Qt 6.4's GStreamer backend learns an MP3's length only once data flows: an MP3 without a
// Xing header (AT's and the simulator's) reports 0 when loaded. So the player plays the
// first moments muted, takes the length when it arrives, and rewinds: the user sees the
// length before pressing Play.
void RecordingPlayer::startDurationProbe()
{
    m_probingDuration = true;
    m_audio->setMuted(true);
    m_probeTimeout.start();
    m_player->play();
}

void RecordingPlayer::finishDurationProbe()
{
    if (!m_probingDuration)
        return;
    endDurationProbe();
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    m_player->setPosition(0);
    handlePosition(0);
    handlePlaybackState(m_player->playbackState());
    if (m_loadError.isEmpty())
        setStatus(QString(), false);
}

void RecordingPlayer::endDurationProbe()
{
    m_probingDuration = false;
    m_probeTimeout.stop();
    m_audio->setMuted(false);
}

void RecordingPlayer::togglePlayback()
{
    if (isPlaying())
        pause();
    else
        play();
}

void RecordingPlayer::seek(qint64 positionMs)
{
    finishDurationProbe(); // its rewind must not undo this seek
    m_player->setPosition(qBound<qint64>(0, positionMs, qMax<qint64>(0, duration())));
}

void RecordingPlayer::setPlaybackRate(double rate)
{
    const int index = speedIndex(rate);
    if (index < 0)
        return;
    m_speedBox->setCurrentIndex(index);
    m_player->setPlaybackRate(SPEEDS[index]);
}

bool RecordingPlayer::isPlaying() const
{
    return !m_probingDuration && m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 RecordingPlayer::position() const
{
    return m_player->position();
}

qint64 RecordingPlayer::duration() const
{
    return m_player->duration();
}

double RecordingPlayer::playbackRate() const
{
    const int index = m_speedBox->currentIndex();
    return index >= 0 ? SPEEDS[index] : 1.0;
}

QMediaPlayer::MediaStatus RecordingPlayer::mediaStatus() const
{
    return m_player->mediaStatus();
}

QString RecordingPlayer::statusText() const
{
    return m_statusLabel->text();
}

QString RecordingPlayer::saveStatusText() const
{
    return m_saveLabel->text();
}

void RecordingPlayer::handleMediaStatus(QMediaPlayer::MediaStatus status)
{
    if (!m_loadError.isEmpty())
        return; // keep the error in view until another recording is chosen
    if (m_probingDuration) {
        if (status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia)
            finishDurationProbe(); // shorter than the probe: the length is known by now
        else
            return; // still "Loading the recording…"
    }
    if (status == QMediaPlayer::LoadedMedia && m_player->duration() <= 0
        && m_player->playbackState() == QMediaPlayer::StoppedState) {
        startDurationProbe();
        return;
    }
    switch (status) {
    case QMediaPlayer::LoadingMedia:
        setStatus(tr("Loading the recording…"), false);
        break;
    case QMediaPlayer::StalledMedia:
        setStatus(tr("Waiting for the recording to arrive…"), false);
        break;
    case QMediaPlayer::InvalidMedia:
        // errorOccurred() usually says why; if it has not, say what we know.
        m_loadError = tr("The recording could not be loaded: it is not audio that can be played.");
        setStatus(m_loadError, true);
        break;
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
    case QMediaPlayer::EndOfMedia:
    case QMediaPlayer::NoMedia:
        setStatus(QString(), false);
        break;
    }
    updateControls();
}

void RecordingPlayer::handlePlayerError(QMediaPlayer::Error error, const QString &message)
{
    if (error == QMediaPlayer::NoError)
        return;
    QString reason = message.trimmed();
    if (reason.isEmpty()) {
        switch (error) {
        case QMediaPlayer::ResourceError:
            reason = tr("the recording is not available");
            break;
        case QMediaPlayer::FormatError:
            reason = tr("its format is not supported");
            break;
        case QMediaPlayer::NetworkError:
            reason = tr("the network failed");
            break;
        case QMediaPlayer::AccessDeniedError:
            reason = tr("access was denied");
            break;
        case QMediaPlayer::NoError:
            break;
        }
    }
    endDurationProbe();
    m_loadError = tr("The recording could not be loaded: %1").arg(reason);
    setStatus(m_loadError, true);
    updateControls();
}

void RecordingPlayer::handlePlaybackState(QMediaPlayer::PlaybackState state)
{
    const bool playing = state == QMediaPlayer::PlayingState && !m_probingDuration;
    m_playButton->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
    m_playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    m_playButton->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void RecordingPlayer::handlePosition(qint64 ms)
{
    // While the user drags, the slider and the position label show where they are going; a
    // silent duration probe is not the user's playback.
    if (m_seekSlider->isSliderDown() || m_probingDuration)
        return;
    m_settingSlider = true;
    m_seekSlider->setValue(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    m_settingSlider = false;
    updateTimeLabels(ms);
}

void RecordingPlayer::handleDuration(qint64 ms)
{
    m_settingSlider = true;
    m_seekSlider->setRange(0, int(qBound(qint64(0), ms, qint64(std::numeric_limits<int>::max()))));
    m_settingSlider = false;
    m_lengthLabel->setText(formatTime(ms));
    updateControls();
    if (ms > 0 && m_probingDuration)
        finishDurationProbe();
}

void RecordingPlayer::handleSliderValue(int value)
{
    if (m_settingSlider)
        return;
    updateTimeLabels(value);
    // A drag seeks once, on release; clicks on the groove and the keyboard seek at once.
    if (!m_seekSlider->isSliderDown())
        m_player->setPosition(value);
}

void RecordingPlayer::handleSliderReleased()
{
    m_player->setPosition(m_seekSlider->value());
}

void RecordingPlayer::handleSpeedChosen(int index)
{
    if (index >= 0 && index < int(std::size(SPEEDS)))
        m_player->setPlaybackRate(SPEEDS[index]);
}

void RecordingPlayer::handleRateChanged(double rate)
{
    const int index = speedIndex(rate);
    if (index >= 0)
        m_speedBox->setCurrentIndex(index);
}

void RecordingPlayer::updateTimeLabels(qint64 positionMs)
{
    m_positionLabel->setText(formatTime(positionMs));
}

void RecordingPlayer::setStatus(const QString &text, bool isError)
{
    showMessage(*m_statusLabel, text, isError);
}

void RecordingPlayer::updateControls()
{
    const bool hasSource = m_source.isValid();
    m_playButton->setEnabled(hasSource && m_loadError.isEmpty());
    m_seekSlider->setEnabled(hasSource && m_loadError.isEmpty() && m_player->isSeekable()
        && m_seekSlider->maximum() > 0);
    // Saving stays possible after a playback error: the download may still work.
    m_saveButton->setEnabled(hasSource && !isSaving());
}

QString RecordingPlayer::formatTime(qint64 ms)
{
    const qint64 totalSeconds = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const QString ss = QString::number(seconds).rightJustified(2, u'0');
    if (hours > 0) {
        return u"%1:%2:%3"_s.arg(
            QString::number(hours), QString::number(minutes).rightJustified(2, u'0'), ss);
    }
    return u"%1:%2"_s.arg(QString::number(minutes), ss);
}

QString RecordingPlayer::suggestedFileName(const QString &customer, const QDateTime &when)
{
    // SIP addresses and client names can carry '@', ':' and '/', which some file systems refuse.
    static const QRegularExpression unsafe(u"[^A-Za-z0-9+._-]"_s);
    QString name = customer.trimmed();
    name.replace(unsafe, u"_"_s);
    if (name.isEmpty())
        name = u"recording"_s;
    if (when.isValid())
        name += u'-' + when.toLocalTime().toString(u"yyyyMMdd-HHmm"_s);
    return name + u".mp3"_s;
}

bool RecordingPlayer::isSaving() const
{
    return m_download->isRunning();
}

void RecordingPlayer::chooseSaveFile()
{
    if (!m_source.isValid() || isSaving())
        return;
    if (m_lastSaveFolder.isEmpty())
        m_lastSaveFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this,
        tr("Save Recording"),
        QDir(m_lastSaveFolder).filePath(m_suggestedFileName),
        tr("MP3 audio (*.mp3);;All files (*)"));
    if (path.isEmpty())
        return; // the user changed their mind
    m_lastSaveFolder = QFileInfo(path).absolutePath();
    saveTo(path);
}

void RecordingPlayer::saveTo(const QString &path)
{
    if (isSaving()) {
        Q_EMIT saveFinished(false, tr("A recording is already being saved."));
        return;
    }
    if (!m_source.isValid()) {
        handleSaveFinished(false, tr("There is no recording to save."));
        return;
    }
    m_saveProgress->setRange(0, 0); // busy until the size is known
    m_saveProgress->show();
    m_cancelSaveButton->show();
    showMessage(*m_saveLabel, tr("Saving the recording…"), false);
    m_download->start(m_source, path);
    updateControls();
}

void RecordingPlayer::cancelSave()
{
    m_download->cancel();
}

void RecordingPlayer::handleSaveProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        // Kilobytes keep large files inside the progress bar's int range.
        m_saveProgress->setRange(0, int(qMax<qint64>(1, total / 1024)));
        m_saveProgress->setValue(int(received / 1024));
    }
}

void RecordingPlayer::handleSaveFinished(bool saved, const QString &message)
{
    m_saveProgress->hide();
    m_cancelSaveButton->hide();
    showMessage(*m_saveLabel, message, !saved);
    updateControls();
    Q_EMIT saveFinished(saved, message);
}

} // namespace Ui
