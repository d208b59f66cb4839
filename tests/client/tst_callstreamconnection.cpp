// Client::CallStreamConnection against a scripted WebSocket server that plays the hub: which
// events reach the console (new ones, once, in order), what "ready" reports, how it resumes
// after a drop, and that nothing the server sends can crash it.

#include "client/callstreamconnection.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 10000;

QString eventText(qint64 seq, const QString &state = u"ringing"_s)
{
    const QJsonObject call{{u"sessionId"_s, u"ATVId_%1"_s.arg(seq)}, {u"state"_s, state}};
    return QString::fromUtf8(QJsonDocument(
        QJsonObject{{u"type"_s, u"call_update"_s},
            {u"seq"_s, seq},
            {u"sessionId"_s, u"ATVId_%1"_s.arg(seq)},
            {u"at"_s, u"2026-11-25T01:29:43.676Z"_s},
            {u"call"_s, call}}).toJson(QJsonDocument::Compact));
}

QString readyText(qint64 seq)
{
    return u"{\"type\":\"ready\",\"seq\":%1}"_s.arg(seq);
}

// Plays the hub's side: each new connection gets the next script (a list of messages, then
// the connection closes when `closeAfter` is set).
class ScriptedHub
{
public:
    struct Script
    {
        QStringList messages;
        bool closeAfter = false;
    };

    ScriptedHub()
        : m_server(u"scripted hub"_s, QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                requests.append(socket->requestUrl());
                authorizations.append(socket->request().rawHeader("Authorization"));
                const Script script = scripts.isEmpty() ? Script{} : scripts.takeFirst();
                for (const QString &message : script.messages)
                    socket->sendTextMessage(message);
                if (script.closeAfter) {
                    socket->flush();
                    socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"restarting"_s);
                }
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost)); }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    QList<Script> scripts;
    QList<QUrl> requests;
    QByteArrayList authorizations;

private:
    QWebSocketServer m_server;
};

struct Heard
{
    explicit Heard(Client::CallStreamConnection &stream)
    {
        QObject::connect(&stream,
            &Client::CallStreamConnection::received,
            &stream,
            [this](const Client::StreamEvent &event) { seqs.append(event.seq); });
        QObject::connect(&stream,
            &Client::CallStreamConnection::ready,
            &stream,
            [this](qint64 seq, int replayed, bool reconnected, bool historyReset) {
                readies.append({seq, replayed, reconnected, historyReset});
            });
    }
    struct Ready
    {
        qint64 seq;
        int replayed;
        bool reconnected;
        bool historyReset;
        friend bool operator==(const Ready &, const Ready &) = default;
    };
    QList<qint64> seqs;
    QList<Ready> readies;
};

} // namespace

class TestCallStreamConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyNewEventsPassInOrder()
    {
        ScriptedHub hub;
        QVERIFY(hub.listen());
        hub.scripts.append({{eventText(4), // before `since`: already seen
            eventText(6),
            eventText(6), // sent twice
            u"nonsense"_s, // not JSON
            u"{\"type\":\"call_update\",\"seq\":7}"_s, // a call event without its call
            eventText(7),
            readyText(7),
            eventText(8),
            eventText(5), // older than the last one
            eventText(9)}});
        Client::CallStreamConnection stream;
        Heard heard(stream);
        // Bad messages are logged and skipped, never fatal.
        QTest::ignoreMessage(QtWarningMsg, "ignoring a stream message: not JSON: illegal value");
        QTest::ignoreMessage(
            QtWarningMsg, "ignoring a stream message: \"call\" is missing or is not an object");
        stream.open(hub.baseUrl(), u"simu_token"_s, 5);

        QTRY_COMPARE_WITH_TIMEOUT(heard.seqs, (QList<qint64>{6, 7, 8, 9}), WAIT_MS);
        QCOMPARE(heard.readies, (QList<Heard::Ready>{{7, 2, false, false}}));
        QCOMPARE(stream.lastSeq(), 9);
        QCOMPARE(hub.requests.constFirst().path(), u"/api/calls/stream"_s);
        QCOMPARE(hub.requests.constFirst().query(), u"since=5"_s);
        QCOMPARE(hub.authorizations.constFirst(), QByteArray("Bearer simu_token"));
    }

    void aDropResumesFromTheLastSeqSeen()
    {
        ScriptedHub hub;
        QVERIFY(hub.listen());
        hub.scripts.append({{readyText(10), eventText(11), eventText(12)}, true});
        // While away: 13 and 14 happened; the hub replays them, then says ready.
        hub.scripts.append({{eventText(13), eventText(14), readyText(14)}});
        Client::CallStreamConnection stream;
        stream.setReconnectDelays(20, 100);
        Heard heard(stream);
        QSignalSpy dropped(&stream, &Client::CallStreamConnection::dropped);
        stream.open(hub.baseUrl(), u"simu_token"_s, 10);

        QTRY_COMPARE_WITH_TIMEOUT(heard.readies.size(), 2, WAIT_MS);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(hub.requests.size(), 2);
        QCOMPARE(hub.requests.at(1).query(), u"since=12"_s); // not 10: it saw 11 and 12
        QCOMPARE(heard.seqs, (QList<qint64>{11, 12, 13, 14}));
        QCOMPARE(heard.readies, (QList<Heard::Ready>{{10, 0, false, false}, {14, 2, true, false}}));
    }

    void aHubWhoseHistoryRestartedIsNoticed()
    {
        ScriptedHub hub;
        QVERIFY(hub.listen());
        hub.scripts.append({{readyText(3)}}); // the client had seen 40: a new database
        Client::CallStreamConnection stream;
        Heard heard(stream);
        QTest::ignoreMessage(QtWarningMsg, "the hub's event history restarted at 3");
        stream.open(hub.baseUrl(), u"simu_token"_s, 40);
        QTRY_COMPARE_WITH_TIMEOUT(heard.readies.size(), 1, WAIT_MS);
        QCOMPARE(heard.readies.constFirst(), (Heard::Ready{3, 0, false, true}));
        QCOMPARE(stream.lastSeq(), 3); // the hub's new events (4, 5...) must not be dropped
    }

    void reconnectDelaysDoubleUpToTenSeconds_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("delay");
        QTest::newRow("first retry after half a second") << 0 << 0.0 << 500;
        QTest::newRow("then a second") << 1 << 0.0 << 1000;
        QTest::newRow("then two") << 2 << 0.0 << 2000;
        QTest::newRow("then eight") << 4 << 0.0 << 8000;
        QTest::newRow("never more than ten") << 5 << 0.0 << 10000;
        QTest::newRow("still ten after an hour of retries") << 400 << 0.0 << 10000;
        QTest::newRow("jitter adds at most a quarter") << 5 << 1.0 << 12500;
        QTest::newRow("half the jitter") << 0 << 0.5 << 562;
    }

    void reconnectDelaysDoubleUpToTenSeconds()
    {
        QFETCH(int, attempt);
        QFETCH(double, jitter);
        QFETCH(int, delay);
        QCOMPARE(Client::reconnectDelayMs(attempt, 500, 10000, jitter), delay);
    }

    void aRefusedHandshakeIsReadFromQtsMessage_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("status");
        QTest::newRow("401")
            << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized)."_s
            << 401;
        QTest::newRow("403")
            << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (Forbidden)."_s
            << 403;
        QTest::newRow("Qt's German translation")
            << u"QWebSocketPrivate::processHandshake: Unbehandelter HTTP-Status-Code: 401 (Unauthorized)."_s
            << 401;
        QTest::newRow("no status: the connection was refused") << u"Connection refused"_s << 0;
        QTest::newRow("a bad status line is no status")
            << u"QWebSocketPrivate::processHandshake: Invalid statusline in response: HTTP/1.1."_s
            << 0;
    }

    void aRefusedHandshakeIsReadFromQtsMessage()
    {
        QFETCH(QString, error);
        QFETCH(int, status);
        QCOMPARE(Client::handshakeStatus(error), status);
    }

    void closeStopsEverything()
    {
        ScriptedHub hub;
        QVERIFY(hub.listen());
        hub.scripts.append({{readyText(1)}, true});
        Client::CallStreamConnection stream;
        stream.setReconnectDelays(20, 20);
        QSignalSpy dropped(&stream, &Client::CallStreamConnection::dropped);
        stream.open(hub.baseUrl(), u"simu_token"_s, 0);
        QVERIFY(dropped.wait(WAIT_MS));
        stream.close();
        QVERIFY(!stream.isOpen());
        const qsizetype attempts = hub.requests.size();
        // Long enough for several retries at 20 ms, had close() not stopped them.
        QVERIFY(!dropped.wait(300));
        QCOMPARE(hub.requests.size(), attempts);
    }
};

SIMU_TEST_MAIN(TestCallStreamConnection)
#include "tst_callstreamconnection.moc"
