// Ui::RecordingPlayer against real MP3 recordings served over loopback HTTP: the same files
// the AT simulator hosts (AtSim::RecordingStore), played by Qt Multimedia's GStreamer
// backend with no sound server, and saved through QNetworkAccessManager.

#include "atsim/idgenerator.h"
#include "atsim/recordingstore.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "recordings/recordingplayer.h"
#include "widgettestmain.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr double CLIP_SECONDS = 1.5;
constexpr int LOAD_MS = 10000;

// A server that answers every request with the whole recording's headers (its full
// Content-Length) but only half its bytes, then either hangs up or keeps the line open.
class BrokenServer final : public QObject
{
public:
    enum class Mode { HangUpHalfway, StallHalfway };

    BrokenServer(QByteArray body, Mode mode)
        : m_body(std::move(body))
        , m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    bool halfSent() const { return m_halfSent; }
    QUrl url() const
    {
        return QUrl(u"http://127.0.0.1:%1/recording.mp3"_s.arg(m_server.serverPort()));
    }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray request
                = socket->property("request").toByteArray() + socket->readAll();
            socket->setProperty("request", request);
            if (!request.contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: "
                + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body.left(m_body.size() / 2));
            if (m_mode == Mode::HangUpHalfway)
                socket->disconnectFromHost(); // after the buffered half has gone out
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
            if (socket->bytesToWrite() == 0)
                m_halfSent = true;
        });
    }

    QTcpServer m_server;
    QByteArray m_body;
    Mode m_mode;
    bool m_halfSent = false;
};

} // namespace

class TestRecordingPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatTime_data();
    void formatTime();
    void suggestedFileName_data();
    void suggestedFileName();
    void loadsAndShowsLength();
    void playsToTheEnd();
    void spaceTogglesPlayback();
    void seek_data();
    void seek();
    void dragIsNotOverriddenByPlayback();
    void speed_data();
    void speed();
    void doubleSpeedPlaysFaster();
    void saveWritesTheServedBytes();
    void saveFailure_data();
    void saveFailure();
    void cancelSaveLeavesNothing();
    void missingRecordingShowsError();
    void invalidAddressShowsError();
    void clearForgetsTheRecording();

private:
    QUrl recordingUrl() const;
    // Loads the served recording and waits until its length is known.
    bool load(Ui::RecordingPlayer &player, const QUrl &url);
    QMediaPlayer *mediaPlayer(Ui::RecordingPlayer &player) const;

    std::unique_ptr<AtSim::IdGenerator> m_ids;
    std::unique_ptr<AtSim::RecordingStore> m_store;
    Http::Router m_router;
    std::unique_ptr<Http::Server> m_server;
    QString m_name;
    QByteArray m_mp3;
    QNetworkAccessManager m_network;
};

void TestRecordingPlayer::initTestCase()
{
    m_ids = std::make_unique<AtSim::IdGenerator>(42);
    m_store = std::make_unique<AtSim::RecordingStore>(*m_ids);
    m_name = m_store->create(CLIP_SECONDS);
    QVERIFY2(!m_name.isEmpty(), "the simulator's recording store could not make an MP3");
    m_mp3 = m_store->serve(m_name, {}).body;
    QVERIFY(m_mp3.size() > 1000);

    m_router.get(u"/recordings/{name}"_s, [this](const Http::Request &request) {
        return m_store->serve(request.pathParam(u"name"_s), request.header("Range"));
    });
    m_server = std::make_unique<Http::Server>(m_router);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0) != 0);
}

QUrl TestRecordingPlayer::recordingUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/recordings/%2"_s.arg(m_server->port()).arg(m_name));
}

bool TestRecordingPlayer::load(Ui::RecordingPlayer &player, const QUrl &url)
{
    player.setSource(url, u"customer.mp3"_s);
    return QTest::qWaitFor(
        [&] {
            return player.duration() > 0
                && (player.mediaStatus() == QMediaPlayer::LoadedMedia
                    || player.mediaStatus() == QMediaPlayer::BufferedMedia);
        },
        LOAD_MS);
}

QMediaPlayer *TestRecordingPlayer::mediaPlayer(Ui::RecordingPlayer &player) const
{
    return player.findChild<QMediaPlayer *>();
}

void TestRecordingPlayer::formatTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("shown");
    QTest::newRow("start of a recording shows 0:00") << qint64(0) << u"0:00"_s;
    QTest::newRow("seconds are padded to two digits") << qint64(5400) << u"0:05"_s;
    QTest::newRow("minutes are not padded") << qint64(65000) << u"1:05"_s;
    QTest::newRow("a long call shows hours") << qint64(3723000) << u"1:02:03"_s;
    QTest::newRow("a negative position shows 0:00") << qint64(-40) << u"0:00"_s;
}

void TestRecordingPlayer::formatTime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, shown);
    QCOMPARE(Ui::RecordingPlayer::formatTime(ms), shown);
}

void TestRecordingPlayer::suggestedFileName_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    const QDateTime when(QDate(2024, 3, 9), QTime(14, 5));
    QTest::newRow("number and local time")
        << u"+254722000111"_s << when << u"+254722000111-20240309-1405.mp3"_s;
    QTest::newRow("a SIP address becomes a valid file name")
        << u"agent1@ke.sip.africastalking.com"_s << when
        << u"agent1_ke.sip.africastalking.com-20240309-1405.mp3"_s;
    QTest::newRow("a slash cannot create folders")
        << u"../etc/x"_s << when << u".._etc_x-20240309-1405.mp3"_s;
    QTest::newRow("an unknown customer still gets a name")
        << QString() << when << u"recording-20240309-1405.mp3"_s;
    QTest::newRow("an unknown time is left out")
        << u"+254722000111"_s << QDateTime() << u"+254722000111.mp3"_s;
}

void TestRecordingPlayer::suggestedFileName()
{
    QFETCH(QString, customer);
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(Ui::RecordingPlayer::suggestedFileName(customer, when), expected);
}

void TestRecordingPlayer::loadsAndShowsLength()
{
    Ui::RecordingPlayer player(&m_network);
    QVERIFY2(load(player, recordingUrl()), qPrintable(player.statusText()));
    const qint64 expectedMs = qint64(AtSim::RecordingStore::mp3Seconds(m_mp3) * 1000);
    QVERIFY2(qAbs(player.duration() - expectedMs) < 150,
        qPrintable(u"duration %1 ms, file is %2 ms"_s.arg(player.duration()).arg(expectedMs)));
    QCOMPARE(player.findChild<QLabel *>(u"lengthLabel"_s)->text(), u"0:01"_s);
    QCOMPARE(player.findChild<QLabel *>(u"positionLabel"_s)->text(), u"0:00"_s);
    QCOMPARE(player.findChild<QSlider *>(u"seekSlider"_s)->maximum(), int(player.duration()));
    QVERIFY(player.findChild<QToolButton *>(u"playButton"_s)->isEnabled());
    QVERIFY(player.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    QCOMPARE(player.statusText(), QString());
    QVERIFY(!player.isPlaying());
}

void TestRecordingPlayer::playsToTheEnd()
{
    Ui::RecordingPlayer player(&m_network);
    QVERIFY(load(player, recordingUrl()));
    auto *slider = player.findChild<QSlider *>(u"seekSlider"_s);
    auto *playButton = player.findChild<QToolButton *>(u"playButton"_s);
    QCOMPARE(playButton->accessibleName(), u"Play"_s);
    QTest::mouseClick(playButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), LOAD_MS);
    QCOMPARE(playButton->accessibleName(), u"Pause"_s);
    // The slider follows playback, and the position label with it.
    QTRY_VERIFY_WITH_TIMEOUT(slider->value() > 300, LOAD_MS);
    QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, LOAD_MS);
    QVERIFY(!player.isPlaying());
    QCOMPARE(playButton->accessibleName(), u"Play"_s);
    QCOMPARE(player.statusText(), QString());
}

void TestRecordingPlayer::spaceTogglesPlayback()
{
    Ui::RecordingPlayer player(&m_network);
    player.show();
    QVERIFY(QTest::qWaitForWindowExposed(&player));
    QVERIFY(load(player, recordingUrl()));
    // Space on the player itself and on the slider (which does not use Space) toggles.
    for (QWidget *target :
        {static_cast<QWidget *>(&player), player.findChild<QWidget *>(u"seekSlider"_s)}) {
        QTest::keyClick(target, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), LOAD_MS);
        QTest::keyClick(target, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), LOAD_MS);
    }
}

void TestRecordingPlayer::seek_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("targetMs");
    QTest::newRow("seek() jumps") << u"api"_s << 1000;
    QTest::newRow("dragging the slider seeks on release") << u"drag"_s << 900;
    QTest::newRow("keyboard on the slider seeks (End)") << u"end"_s << -1;
}

void TestRecordingPlayer::seek()
{
    QFETCH(QString, how);
    QFETCH(int, targetMs);
    Ui::RecordingPlayer player(&m_network);
    QVERIFY(load(player, recordingUrl()));
    auto *slider = player.findChild<QSlider *>(u"seekSlider"_s);
    // Seeking needs a running pipeline: start, then pause at the beginning.
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), LOAD_MS);
    player.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), LOAD_MS);
    const qint64 before = player.position();

    if (how == u"api"_s) {
        player.seek(targetMs);
    } else if (how == u"drag"_s) {
        slider->setSliderDown(true);
        slider->setSliderPosition(targetMs);
        QCOMPARE(player.findChild<QLabel *>(u"positionLabel"_s)->text(), u"0:00"_s);
        QTest::qWait(50);
        QCOMPARE(player.position(), before); // nothing moves until the user lets go
        slider->setSliderDown(false);
    } else {
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_End);
        targetMs = int(player.duration());
    }
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(player.position() - targetMs) < 200,
        qPrintable(u"position %1, wanted %2"_s.arg(player.position()).arg(targetMs)),
        LOAD_MS);
}

void TestRecordingPlayer::dragIsNotOverriddenByPlayback()
{
    Ui::RecordingPlayer player(&m_network);
    QVERIFY(load(player, recordingUrl()));
    auto *slider = player.findChild<QSlider *>(u"seekSlider"_s);
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 100, LOAD_MS);
    slider->setSliderDown(true);
    slider->setSliderPosition(1300);
    const qint64 positionBefore = player.position();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > positionBefore + 200, LOAD_MS);
    QCOMPARE(slider->value(), 1300); // playback moved on, the thumb stayed under the finger
    QCOMPARE(player.findChild<QLabel *>(u"positionLabel"_s)->text(), u"0:01"_s);
    slider->setSliderDown(false);
}

void TestRecordingPlayer::speed_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("shown");
    QTest::newRow("1.5x from the keyboard") << 1 << 1.5 << u"1.5×"_s;
    QTest::newRow("2x from the keyboard") << 2 << 2.0 << u"2×"_s;
}

void TestRecordingPlayer::speed()
{
    QFETCH(int, downPresses);
    QFETCH(double, rate);
    QFETCH(QString, shown);
    Ui::RecordingPlayer player(&m_network);
    QVERIFY(load(player, recordingUrl()));
    auto *speedBox = player.findChild<QComboBox *>(u"speedBox"_s);
    QCOMPARE(speedBox->currentText(), u"1×"_s);
    QCOMPARE(player.playbackRate(), 1.0);
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(speedBox, Qt::Key_Down);
    QCOMPARE(speedBox->currentText(), shown);
    QCOMPARE(player.playbackRate(), rate);
    QCOMPARE(mediaPlayer(player)->playbackRate(), rate);

    // Back to 1× from code: the selector follows.
    player.setPlaybackRate(1.0);
    QCOMPARE(speedBox->currentText(), u"1×"_s);
    QCOMPARE(mediaPlayer(player)->playbackRate(), 1.0);
    player.setPlaybackRate(2.0);
    QCOMPARE(speedBox->currentText(), u"2×"_s);
    player.setPlaybackRate(3.0); // not offered: ignored
    QCOMPARE(speedBox->currentText(), u"2×"_s);
}

void TestRecordingPlayer::doubleSpeedPlaysFaster()
{
    Ui::RecordingPlayer player(&m_network);
    QVERIFY(load(player, recordingUrl()));
    player.setPlaybackRate(2.0);
    QElapsedTimer timer;
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), LOAD_MS);
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, LOAD_MS);
    // 1.5 s of audio at 2× takes about 0.75 s; at 1× it would take 1.5 s.
    QVERIFY2(timer.elapsed() < 1200,
        qPrintable(u"%1 ms for %2 ms of audio"_s.arg(timer.elapsed()).arg(player.duration())));
}

void TestRecordingPlayer::saveWritesTheServedBytes()
{
    QTemporaryDir dir;
    Ui::RecordingPlayer player(&m_network);
    player.setSource(recordingUrl(), u"x.mp3"_s);
    const QString path = dir.filePath(u"call.mp3"_s);
    QSignalSpy finished(&player, &Ui::RecordingPlayer::saveFinished);
    player.saveTo(path);
    QVERIFY(player.isSaving());
    QVERIFY(!player.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    QVERIFY(finished.wait(LOAD_MS));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_mp3);
    QCOMPARE(player.saveStatusText(), u"Saved to %1."_s.arg(QDir::toNativeSeparators(path)));
    QVERIFY(player.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    QVERIFY(!player.isSaving());
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
        QStringList{u"call.mp3"_s});
}

void TestRecordingPlayer::saveFailure_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expectedStart");
    QTest::newRow("a 404 page is not saved as the recording")
        << u"missing"_s << u"The recording could not be downloaded: the server answered 404"_s;
    QTest::newRow("a server that hangs up halfway leaves no partial file")
        << u"hangup"_s << u"The recording could not be downloaded: "_s;
    QTest::newRow("a folder that does not exist is reported")
        << u"nofolder"_s << u"The recording could not be saved to "_s;
}

void TestRecordingPlayer::saveFailure()
{
    QFETCH(QString, server);
    QFETCH(QString, expectedStart);
    QTemporaryDir dir;
    // An earlier save of the same name must survive a failed one untouched.
    const QString path
        = server == u"nofolder"_s ? dir.filePath(u"gone/call.mp3"_s) : dir.filePath(u"call.mp3"_s);
    if (server != u"nofolder"_s) {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier save");
    }
    BrokenServer broken(m_mp3, BrokenServer::Mode::HangUpHalfway);
    QVERIFY(broken.listen());
    QUrl url = recordingUrl();
    if (server == u"missing"_s)
        url.setPath(u"/recordings/%1.mp3"_s.arg(QString(32, u'0')));
    else if (server == u"hangup"_s)
        url = broken.url();

    Ui::RecordingPlayer player(&m_network);
    player.setSource(url, u"x.mp3"_s);
    QSignalSpy finished(&player, &Ui::RecordingPlayer::saveFinished);
    player.saveTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, LOAD_MS);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.startsWith(expectedStart), qPrintable(message));
    QCOMPARE(player.saveStatusText(), message);
    QVERIFY(!player.findChild<QProgressBar *>(u"saveProgress"_s)->isVisibleTo(&player));

    if (server == u"nofolder"_s) {
        QVERIFY(!QFile::exists(path));
    } else {
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
            QStringList{u"call.mp3"_s});
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("earlier save"));
    }
}

void TestRecordingPlayer::cancelSaveLeavesNothing()
{
    QTemporaryDir dir;
    BrokenServer stalled(m_mp3, BrokenServer::Mode::StallHalfway);
    QVERIFY(stalled.listen());
    Ui::RecordingPlayer player(&m_network);
    player.setSource(stalled.url(), u"x.mp3"_s);
    QSignalSpy finished(&player, &Ui::RecordingPlayer::saveFinished);
    player.saveTo(dir.filePath(u"call.mp3"_s));
    auto *cancel = player.findChild<QPushButton *>(u"cancelSaveButton"_s);
    QVERIFY(cancel->isVisibleTo(&player));
    // Cancel mid-download: the server has sent half and waits for ever. (Qt writes the
    // QSaveFile to an unnamed O_TMPFILE on Linux, so nothing is visible until commit.)
    QTRY_VERIFY_WITH_TIMEOUT(stalled.halfSent(), LOAD_MS);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(player.saveStatusText(), u"Saving was cancelled."_s);
    QVERIFY(!cancel->isVisibleTo(&player));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestRecordingPlayer::missingRecordingShowsError()
{
    Ui::RecordingPlayer player(&m_network);
    QUrl url = recordingUrl();
    url.setPath(u"/recordings/%1.mp3"_s.arg(QString(32, u'0')));
    player.setSource(url, u"x.mp3"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        player.statusText().startsWith(u"The recording could not be loaded: "_s), LOAD_MS);
    QVERIFY(!player.findChild<QToolButton *>(u"playButton"_s)->isEnabled());
    player.play(); // a stray Space or click does nothing harmful
    QVERIFY(!player.isPlaying());
    // Another recording afterwards plays normally: the error is not sticky.
    QVERIFY(load(player, recordingUrl()));
    QCOMPARE(player.statusText(), QString());
    QVERIFY(player.findChild<QToolButton *>(u"playButton"_s)->isEnabled());
}

void TestRecordingPlayer::invalidAddressShowsError()
{
    Ui::RecordingPlayer player(&m_network);
    player.setSource(QUrl(), u"x.mp3"_s);
    QCOMPARE(
        player.statusText(), u"The recording could not be loaded: its address is not valid."_s);
    QVERIFY(!player.findChild<QToolButton *>(u"playButton"_s)->isEnabled());
    QVERIFY(!player.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
}

void TestRecordingPlayer::clearForgetsTheRecording()
{
    Ui::RecordingPlayer player(&m_network);
    QVERIFY(load(player, recordingUrl()));
    player.clear();
    QCOMPARE(player.source(), QUrl());
    QCOMPARE(player.findChild<QLabel *>(u"lengthLabel"_s)->text(), u"0:00"_s);
    QVERIFY(!player.findChild<QToolButton *>(u"playButton"_s)->isEnabled());
    QVERIFY(!player.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    QCOMPARE(player.statusText(), QString());
}

SIMU_WIDGET_TEST_MAIN(TestRecordingPlayer)

#include "tst_recordingplayer.moc"
