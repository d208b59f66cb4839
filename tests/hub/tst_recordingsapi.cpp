// The recordings API end to end: the hub, the AT simulator (which hosts real MP3 recordings)
// and, where AT must misbehave, a flaky recording host in front of the simulator's files.
// What a supervisor or an agent would notice: the audio plays and seeks, links work without a
// header and only for their call, deletion sticks and is audited, nobody reaches another
// agent's recordings or a file by a path trick, and a half download is never played.

#include "atsim/recordingstore.h"
#include "flakyrecordingserver.h"
#include "hubharness.h"
#include "recordings/localstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace HubTest;
using RecordingsTest::FlakyRecordingServer;
using Step = FlakyRecordingServer::Step;

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// A click-to-call by `token`'s agent, answered, talked and ended; its session id, or "" when it
// did not end with a recording (the hub records calls by default).
QString recordedCall(HubHarness &hub, const QString &token, const QString &to = CUSTOMER)
{
    const Reply placed = hub.initiate(token, to);
    if (placed.status != 201) {
        qWarning() << "initiate:" << placed.describe();
        return {};
    }
    const QString id = placed.json().value(u"sessionId"_s).toString();
    const QJsonObject done = hub.waitForFinal(token, id);
    if (done.value(u"recordingUrl"_s).toString().isEmpty()) {
        qWarning() << "no recording:" << done;
        return {};
    }
    return id;
}

// The recording as the simulator (AT) hosts it.
QByteArray atCopy(HubHarness &hub, const QString &token, const QString &sessionId)
{
    const QString url
        = hub.get(u"/api/calls/"_s + sessionId, token).json().value(u"recordingUrl"_s).toString();
    return hub.sim().engine().recordings().serve(QUrl(url).fileName(), {}).body;
}

QString statusPath(const QString &sessionId)
{
    return u"/api/calls/%1/recording/status"_s.arg(sessionId);
}

QString audioPath(const QString &sessionId)
{
    return u"/api/calls/%1/recording"_s.arg(sessionId);
}

QJsonObject waitForRecordingState(
    HubHarness &hub, const QString &token, const QString &sessionId, const QString &state)
{
    QJsonObject status;
    std::ignore = QTest::qWaitFor(
        [&] {
            status = hub.get(statusPath(sessionId), token).json();
            return status.value(u"state"_s).toString() == state;
        },
        WAIT_MS);
    return status;
}

// A request written by hand, so the path reaches the hub exactly as typed (no client
// normalises or re-encodes it).
Reply rawRequest(
    HubHarness &hub, const QByteArray &method, const QByteArray &target, const QString &token)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), hub.hub().port());
    if (!socket.waitForConnected(WAIT_MS))
        return {};
    socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + token.toLatin1() + "\r\nConnection: close\r\n\r\n");
    QByteArray raw;
    const auto complete = [&raw] {
        const qsizetype headEnd = raw.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QByteArray head = raw.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype end = head.indexOf('\r', at);
        const qint64 length
            = at < 0 ? 0 : head.mid(at + 15, end < 0 ? -1 : end - at - 15).trimmed().toLongLong();
        return raw.size() - headEnd - 4 >= length;
    };
    std::ignore = QTest::qWaitFor(
        [&] {
            raw += socket.readAll();
            return complete() || socket.state() != QAbstractSocket::ConnectedState;
        },
        WAIT_MS);
    raw += socket.readAll();
    Reply reply;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> head = raw.left(headEnd).split('\n');
    reply.status = head.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < head.size(); ++i) {
        const qsizetype colon = head.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.append(
                {head.at(i).left(colon).trimmed(), head.at(i).mid(colon + 1).trimmed()});
    }
    reply.body = headEnd < 0 ? QByteArray() : raw.mid(headEnd + 4);
    return reply;
}

// A hub whose recordings come from a flaky host in front of the simulator's files (or, given
// `content`, that host's own bytes for every recording).
struct FlakyHub
{
    explicit FlakyHub(HubHarness::Configure configure, QByteArray content = {})
        : hub(std::move(configure))
        , host([this, content](const QString &name) {
            return content.isEmpty() ? hub.sim().engine().recordings().serve(name, {}).body
                                     : content;
        })
    {}

    bool start()
    {
        if (!hub.startWithStandardUsers() || !host.listen())
            return false;
        hub.sim().engine().setPublicBaseUrl(host.baseUrl());
        return true;
    }

    HubHarness hub;
    FlakyRecordingServer host;
};

void noAutoDownload(Hub::HubConfig &config)
{
    config.autoDownloadRecordings = false;
}

} // namespace

class TestRecordingsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One hub for the tests that only read: two recorded calls of agent1's, one call without
    // a recording.
    void initTestCase()
    {
        m_shared = std::make_unique<HubHarness>();
        QVERIFY(m_shared->startWithStandardUsers());
        m_agent1 = m_shared->login(u"agent1"_s);
        m_agent2 = m_shared->login(u"agent2"_s);
        m_supervisor = m_shared->login(u"supervisor1"_s);
        m_admin = m_shared->login(u"admin"_s);
        m_callA = recordedCall(*m_shared, m_agent1);
        m_callB = recordedCall(*m_shared, m_agent1);
        QVERIFY(!m_callA.isEmpty() && !m_callB.isEmpty());
        AtSim::PhoneBehaviour busy;
        busy.answer = AtSim::PhoneBehaviour::Answer::Busy;
        m_shared->scriptPhone(OTHER_CUSTOMER, busy);
        const Reply placed = m_shared->initiate(m_agent1, OTHER_CUSTOMER);
        QCOMPARE(placed.status, 201);
        m_unrecorded = placed.json().value(u"sessionId"_s).toString();
        QCOMPARE(m_shared->waitForFinal(m_agent1, m_unrecorded).value(u"recordingUrl"_s).toString(),
            QString());
        for (const QString &id : {m_callA, m_callB})
            QCOMPARE(waitForRecordingState(*m_shared, m_agent1, id, u"local"_s)
                         .value(u"state"_s)
                         .toString(),
                u"local"_s);
        m_bytesA = atCopy(*m_shared, m_agent1, m_callA);
        QVERIFY(m_bytesA.size() > 10000);
    }

    void cleanupTestCase() { m_shared.reset(); }

    void aRecordedCallIsFetchedByItselfAndMatchesAT()
    {
        const QJsonObject status = m_shared->get(statusPath(m_callA), m_agent1).json();
        QCOMPARE(status.value(u"state"_s).toString(), u"local"_s);
        QCOMPARE(status.value(u"sha256"_s).toString(), sha256(m_bytesA));
        QCOMPARE(status.value(u"bytes"_s).toInteger(), qint64(m_bytesA.size()));
        QCOMPARE(status.value(u"progress"_s).toDouble(), 1.0);
        QCOMPARE(status.value(u"attempts"_s).toInt(), 1);
        QVERIFY(!status.value(u"downloadedAt"_s).toString().isEmpty());
        // On disk under a name derived from the session id, nothing else in the folder.
        const QDir folder(QDir(m_shared->dataDir()).filePath(u"recordings"_s));
        const QString name = Recordings::LocalStore::fileNameFor(m_callA);
        QCOMPARE(readFile(folder.filePath(name)), m_bytesA);
        QCOMPARE(folder.entryList(QDir::Files).size(), 2); // the two recorded calls

        const Reply audio = m_shared->get(audioPath(m_callA), m_agent1);
        QCOMPARE(audio.status, 200);
        QCOMPARE(audio.header("Content-Type"), QByteArray("audio/mpeg"));
        QCOMPARE(audio.header("Accept-Ranges"), QByteArray("bytes"));
        QCOMPARE(audio.header("Content-Length"), QByteArray::number(m_bytesA.size()));
        QCOMPARE(audio.header("ETag"), '"' + sha256(m_bytesA).toLatin1() + '"');
        QVERIFY(audio.body == m_bytesA);

        // HEAD: the same headers, no body, the real length. (QNetworkAccessManager::head(): a
        // custom "HEAD" request would wait for the announced body.)
        QNetworkAccessManager player;
        QNetworkRequest request(m_shared->url(audioPath(m_callA)));
        request.setRawHeader("Authorization", "Bearer " + m_agent1.toLatin1());
        std::unique_ptr<QNetworkReply> head(player.head(request));
        QTRY_VERIFY_WITH_TIMEOUT(head->isFinished(), WAIT_MS);
        QCOMPARE(head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(head->rawHeader("Content-Length"), QByteArray::number(m_bytesA.size()));
        QCOMPARE(head->rawHeader("Accept-Ranges"), QByteArray("bytes"));
        QVERIFY(head->readAll().isEmpty());
    }

    void rangesLetAPlayerSeek_data()
    {
        QTest::addColumn<QByteArray>("range"); // "SIZE" is replaced by the file's size
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("first"); // negative: counted from the end (-1 = last byte)
        QTest::addColumn<qint64>("last");

        QTest::newRow("a player starts: the first bytes")
            << QByteArray("bytes=0-1023") << 206 << 0LL << 1023LL;
        QTest::newRow("a seek into the middle")
            << QByteArray("bytes=5000-5999") << 206 << 5000LL << 5999LL;
        QTest::newRow("the last 500 bytes (suffix)")
            << QByteArray("bytes=-500") << 206 << -500LL << -1LL;
        QTest::newRow("from a point to the end (open-ended)")
            << QByteArray("bytes=7000-") << 206 << 7000LL << -1LL;
        QTest::newRow("an end past the file is cut to it")
            << QByteArray("bytes=100-999999999") << 206 << 100LL << -1LL;
        QTest::newRow("starting past the end: 416")
            << QByteArray("bytes=SIZE-") << 416 << 0LL << 0LL;
        QTest::newRow("an empty suffix: 416") << QByteArray("bytes=-0") << 416 << 0LL << 0LL;
        QTest::newRow("malformed (end before start): the whole file")
            << QByteArray("bytes=500-100") << 200 << 0LL << -1LL;
        QTest::newRow("malformed (letters): the whole file")
            << QByteArray("bytes=abc") << 200 << 0LL << -1LL;
        QTest::newRow("several ranges: the whole file")
            << QByteArray("bytes=0-99,200-299") << 200 << 0LL << -1LL;
    }

    void rangesLetAPlayerSeek()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const qint64 size = m_bytesA.size();
        range.replace("SIZE", QByteArray::number(size));
        const Reply reply
            = m_shared->send("GET", audioPath(m_callA), m_agent1, {}, {}, {{"Range", range}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Accept-Ranges"), QByteArray("bytes"));
        if (status == 416) {
            QCOMPARE(reply.header("Content-Range"), "bytes */" + QByteArray::number(size));
            QCOMPARE(reply.errorCode(), u"range_not_satisfiable"_s);
            return;
        }
        const qint64 from = first < 0 ? size + first : first;
        const qint64 to = last < 0 ? size + last : last;
        QCOMPARE(reply.header("Content-Type"), QByteArray("audio/mpeg"));
        QVERIFY2(reply.body == m_bytesA.mid(from, to - from + 1),
            qPrintable(u"%1 bytes came back"_s.arg(reply.body.size())));
        if (status == 206)
            QCOMPARE(reply.header("Content-Range"),
                "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                    + QByteArray::number(size));
        else
            QVERIFY(reply.header("Content-Range").isEmpty());
    }

    void aSignedLinkOpensOneRecordingWithoutAHeader()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Reply made
            = m_shared->send("POST", u"/api/calls/%1/recording/link"_s.arg(m_callA), m_agent1);
        QCOMPARE(made.status, 200);
        const QString link = made.json().value(u"url"_s).toString();
        QVERIFY2(link.startsWith(audioPath(m_callA) + u"?access="_s), qPrintable(link));
        QVERIFY2(!link.contains(m_agent1), "the bearer token must never be in a URL");
        const QDateTime expiresAt = QDateTime::fromString(
            made.json().value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(expiresAt >= before.addSecs(590) && expiresAt <= before.addSecs(610));

        // No Authorization header at all, as a media player asks.
        const Reply audio = m_shared->get(link);
        QCOMPARE(audio.status, 200);
        QVERIFY(audio.body == m_bytesA);
        const Reply part
            = m_shared->send("GET", link, {}, {}, {}, {{"Range", QByteArray("bytes=-100")}});
        QCOMPARE(part.status, 206);
        QVERIFY(part.body == m_bytesA.right(100));

        // The same signature on another call's recording opens nothing.
        const QString query = link.mid(link.indexOf(u'?'));
        const Reply other = m_shared->get(audioPath(m_callB) + query);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), u"invalid_link"_s);
        QVERIFY(!other.body.contains(m_bytesA.left(64))); // JSON, not audio
        // A longer life written into the link breaks it.
        QUrlQuery tampered(query.mid(1));
        const qint64 expires = tampered.queryItemValue(u"expires"_s).toLongLong();
        tampered.removeQueryItem(u"expires"_s);
        tampered.addQueryItem(u"expires"_s, QString::number(expires + 86400));
        const Reply longer = m_shared->get(audioPath(m_callA) + u'?' + tampered.toString());
        QCOMPARE(longer.status, 403);
        QCOMPARE(longer.errorCode(), u"invalid_link"_s);
        // Without the signature the route wants a token, as any other.
        QCOMPARE(m_shared->get(audioPath(m_callA) + u"?expires=%1"_s.arg(expires)).status, 401);
    }

    void signedLinksExpire()
    {
        HubHarness hub([](Hub::HubConfig &config) { config.recordingLinkSeconds = 1; });
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = recordedCall(hub, agent1);
        QVERIFY(!id.isEmpty());
        const QString link = hub.send("POST", u"/api/calls/%1/recording/link"_s.arg(id), agent1)
                                 .json()
                                 .value(u"url"_s)
                                 .toString();
        QVERIFY(!link.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(hub.get(link).errorCode(), u"link_expired"_s, WAIT_MS);
        QCOMPARE(hub.get(link).status, 403);
    }

    void agentsReachOnlyTheirOwnCallsRecordings()
    {
        const QList<QPair<QByteArray, QString>> routes = {{"GET", audioPath(m_callA)},
            {"GET", statusPath(m_callA)},
            {"POST", u"/api/calls/%1/recording/link"_s.arg(m_callA)},
            {"POST", u"/api/calls/%1/recording/download"_s.arg(m_callA)}};
        for (const auto &[method, path] : routes) {
            const Reply colleague = m_shared->send(method, path, m_agent2);
            QVERIFY2(colleague.status == 404,
                qPrintable(path + u": "_s + QString::fromUtf8(colleague.describe())));
            QCOMPARE(colleague.errorCode(), u"not_found"_s); // as if the call did not exist
            QVERIFY2(m_shared->send(method, path, m_agent1).status / 100 == 2, qPrintable(path));
            QVERIFY2(
                m_shared->send(method, path, m_supervisor).status / 100 == 2, qPrintable(path));
            QVERIFY2(m_shared->send(method, path, m_admin).status / 100 == 2, qPrintable(path));
            QCOMPARE(m_shared->send(method, path).status, 401);
        }
    }

    void aCallWithoutARecordingSaysSo_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("supervisor");
        QTest::newRow("play it") << QByteArray("GET") << u""_s << false;
        QTest::newRow("its status") << QByteArray("GET") << u"/status"_s << false;
        QTest::newRow("download it") << QByteArray("POST") << u"/download"_s << false;
        QTest::newRow("a link to it") << QByteArray("POST") << u"/link"_s << false;
        QTest::newRow("delete it") << QByteArray("DELETE") << u""_s << true;
    }

    void aCallWithoutARecordingSaysSo()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(bool, supervisor);
        const Reply reply = m_shared->send(
            method, audioPath(m_unrecorded) + suffix, supervisor ? m_supervisor : m_agent1);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"no_recording"_s);
        QVERIFY(!reply.errorMessage().isEmpty());
    }

    void anUnknownCallIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("play") << QByteArray("GET") << u""_s;
        QTest::newRow("status") << QByteArray("GET") << u"/status"_s;
        QTest::newRow("download") << QByteArray("POST") << u"/download"_s;
        QTest::newRow("link") << QByteArray("POST") << u"/link"_s;
        QTest::newRow("delete") << QByteArray("DELETE") << u""_s;
    }

    void anUnknownCallIsNotFound()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        const Reply reply = m_shared->send(
            method, audioPath(u"ATVId_00000000000000000000000000000000"_s) + suffix, m_supervisor);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
    }

    void pathTricksReachNoFile_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target"); // {A}: a real call; {FILE}: its stored name
        QTest::newRow("climbing out with encoded slashes")
            << QByteArray("GET") << QByteArray("/api/calls/..%2F..%2Fsimu.db/recording");
        QTest::newRow("encoded dots")
            << QByteArray("GET") << QByteArray("/api/calls/%2E%2E/recording");
        QTest::newRow("a real id, then an encoded climb back to it")
            << QByteArray("GET") << QByteArray("/api/calls/{A}%2F..%2F{A}/recording");
        QTest::newRow("backslashes")
            << QByteArray("GET") << QByteArray("/api/calls/..%5C..%5Csimu.db/recording");
        QTest::newRow("plain dot segments around a real id")
            << QByteArray("GET") << QByteArray("/api/calls/{A}/../{A}/recording");
        QTest::newRow("the stored file's own name as the id")
            << QByteArray("GET") << QByteArray("/api/calls/{FILE}/recording");
        QTest::newRow("a signed link on a climbing path")
            << QByteArray("GET") << QByteArray("/api/calls/..%2F{A}/recording?access=x&expires=9");
        QTest::newRow("the status through an encoded slash")
            << QByteArray("GET") << QByteArray("/api/calls/..%2F{A}/recording/status");
        QTest::newRow("a delete through an encoded slash")
            << QByteArray("DELETE") << QByteArray("/api/calls/{A}%2F..%2F{A}/recording");
    }

    void pathTricksReachNoFile()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        target.replace("{A}", m_callA.toLatin1());
        target.replace("{FILE}", Recordings::LocalStore::fileNameFor(m_callA).toLatin1());
        const Reply reply = rawRequest(*m_shared, method, target, m_supervisor);
        QVERIFY2(reply.status == 404, reply.describe().constData());
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        QVERIFY(!reply.body.contains(m_bytesA.left(64)));
        // Nothing was deleted on the way.
        QCOMPARE(m_shared->get(statusPath(m_callA), m_supervisor).json().value(u"state"_s),
            QJsonValue(u"local"_s));
    }

    void answersMatchTheApiDescription()
    {
        QFile file(QStringLiteral(OPENAPI_SOURCE_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schemas = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(u"components"_s)
                                        .toObject()
                                        .value(u"schemas"_s)
                                        .toObject();
        const auto described = [&schemas](const QString &name) {
            return sortedKeys(schemas.value(name).toObject().value(u"properties"_s).toObject());
        };
        QCOMPARE(sortedKeys(m_shared->get(statusPath(m_callB), m_agent1).json()),
            described(u"RecordingStatus"_s));
        QCOMPARE(
            sortedKeys(
                m_shared->send("POST", u"/api/calls/%1/recording/download"_s.arg(m_callB), m_agent1)
                    .json()),
            described(u"RecordingStatus"_s));
        QCOMPARE(
            sortedKeys(
                m_shared->send("POST", u"/api/calls/%1/recording/link"_s.arg(m_callB), m_agent1)
                    .json()),
            described(u"RecordingLink"_s));
    }

    void deletingARecording()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        const QString agent1 = hub.login(u"agent1"_s);
        const QString supervisor = hub.login(u"supervisor1"_s);
        const QString id = recordedCall(hub, agent1);
        QVERIFY(!id.isEmpty());
        QCOMPARE(waitForRecordingState(hub, agent1, id, u"local"_s).value(u"state"_s).toString(),
            u"local"_s);
        const QString file
            = QDir(hub.dataDir())
                  .filePath(u"recordings/"_s + Recordings::LocalStore::fileNameFor(id));
        QVERIFY(QFile::exists(file));
        const QString link = hub.send("POST", audioPath(id) + u"/link"_s, agent1)
                                 .json()
                                 .value(u"url"_s)
                                 .toString();

        // Agents may not, even their own call's.
        const Reply byAgent = hub.remove(audioPath(id), agent1);
        QCOMPARE(byAgent.status, 403);
        QCOMPARE(byAgent.errorCode(), u"forbidden"_s);
        QVERIFY(QFile::exists(file));

        const Reply deleted = hub.remove(audioPath(id), supervisor);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value(u"state"_s).toString(), u"deleted"_s);
        QCOMPARE(deleted.json().value(u"deletedBy"_s).toString(), u"supervisor1"_s);
        QVERIFY(!deleted.json().value(u"deletedAt"_s).toString().isEmpty());
        QVERIFY(!QFile::exists(file));

        // Gone for everyone, by every way in; the status still says what happened.
        for (const Reply &gone : {hub.get(audioPath(id), agent1),
                 hub.get(link),
                 hub.send("POST", audioPath(id) + u"/download"_s, supervisor),
                 hub.send("POST", audioPath(id) + u"/link"_s, supervisor),
                 hub.remove(audioPath(id), supervisor)}) {
            QCOMPARE(gone.status, 410);
            QCOMPARE(gone.errorCode(), u"recording_deleted"_s);
        }
        const QJsonObject status = hub.get(statusPath(id), agent1).json();
        QCOMPARE(status.value(u"state"_s).toString(), u"deleted"_s);
        QVERIFY(!QFile::exists(file));

        // Audited: who, which call, when.
        auto database = Storage::Database::open(QDir(hub.dataDir()).filePath(u"simu.db"_s));
        QVERIFY(database);
        const auto entries = Storage::AuditLog(**database).recent(50);
        QVERIFY(entries);
        QList<Storage::AuditEntry> deletions;
        for (const Storage::AuditEntry &entry : *entries) {
            if (entry.action == u"recording_deleted"_s)
                deletions.append(entry);
        }
        QCOMPARE(deletions.size(), 1);
        QCOMPARE(deletions.first().actor, u"supervisor1"_s);
        QCOMPARE(deletions.first().target, id);
        QCOMPARE(deletions.first().remoteAddress, u"127.0.0.1"_s);
        QVERIFY(qAbs(deletions.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void downloadsRetryAfterATsServerFails()
    {
        FlakyHub flaky(noAutoDownload);
        QVERIFY(flaky.start());
        HubHarness &hub = flaky.hub;
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = recordedCall(hub, agent1);
        QVERIFY(!id.isEmpty());
        // Automatic downloads are off here: nothing was fetched by itself.
        QCOMPARE(hub.get(statusPath(id), agent1).json().value(u"state"_s).toString(), u"remote"_s);
        QCOMPARE(flaky.host.requests(), 0);

        flaky.host.script({Step::Status500});
        const Reply started = hub.send("POST", audioPath(id) + u"/download"_s, agent1);
        QCOMPARE(started.status, 202);
        QCOMPARE(started.json().value(u"state"_s).toString(), u"downloading"_s);
        const QJsonObject status = waitForRecordingState(hub, agent1, id, u"local"_s);
        QCOMPARE(status.value(u"state"_s).toString(), u"local"_s);
        QCOMPARE(status.value(u"attempts"_s).toInt(), 2);
        QCOMPARE(flaky.host.requests(), 2);
        const QByteArray expected = atCopy(hub, agent1, id);
        QCOMPARE(status.value(u"sha256"_s).toString(), sha256(expected));
        QVERIFY(hub.get(audioPath(id), agent1).body == expected);
        // Asked again: already here.
        QCOMPARE(hub.send("POST", audioPath(id) + u"/download"_s, agent1).status, 200);
    }

    void aRecordingATNoLongerHasIsReported()
    {
        FlakyHub flaky(noAutoDownload);
        QVERIFY(flaky.start());
        HubHarness &hub = flaky.hub;
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = recordedCall(hub, agent1);
        QVERIFY(!id.isEmpty());
        flaky.host.script({Step::Status404, Step::Status404});
        QCOMPARE(hub.send("POST", audioPath(id) + u"/download"_s, agent1).status, 202);
        const QJsonObject status = waitForRecordingState(hub, agent1, id, u"failed"_s);
        QCOMPARE(status.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(status.value(u"attempts"_s).toInt(), 1); // a 404 is not retried
        QVERIFY2(status.value(u"error"_s).toString().contains(u"404"_s),
            qPrintable(status.value(u"error"_s).toString()));
        QCOMPARE(flaky.host.requests(), 1);

        // Playing it tries once more, and says plainly that AT's server refused.
        const Reply play = hub.get(audioPath(id), agent1);
        QCOMPARE(play.status, 502);
        QCOMPARE(play.errorCode(), u"recording_unavailable"_s);
        QVERIFY2(play.errorMessage().contains(u"404"_s), qPrintable(play.errorMessage()));
        QCOMPARE(flaky.host.requests(), 2);
    }

    void aHalfDownloadIsNeverServed()
    {
        FlakyHub flaky(noAutoDownload);
        QVERIFY(flaky.start());
        HubHarness &hub = flaky.hub;
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = recordedCall(hub, agent1);
        QVERIFY(!id.isEmpty());
        const QByteArray expected = atCopy(hub, agent1, id);
        flaky.host.script({Step::StallHalfway});

        // A player asks while the hub has only half of it.
        QNetworkAccessManager player;
        QNetworkRequest request(hub.url(audioPath(id)));
        request.setRawHeader("Authorization", "Bearer " + agent1.toLatin1());
        QNetworkReply *reply = player.get(request);
        QTRY_COMPARE_WITH_TIMEOUT(
            hub.get(statusPath(id), agent1).json().value(u"receivedBytes"_s).toInteger(),
            qint64(expected.size() / 2),
            WAIT_MS);
        QCOMPARE(
            hub.get(statusPath(id), agent1).json().value(u"state"_s).toString(), u"downloading"_s);
        QVERIFY(!reply->isFinished());
        QVERIFY(!QFile::exists(
            QDir(hub.dataDir())
                .filePath(u"recordings/"_s + Recordings::LocalStore::fileNameFor(id))));

        // The transfer breaks; the hub fetches it again and only then answers, with all of it.
        flaky.host.releaseStalled();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), WAIT_MS);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll() == expected);
        reply->deleteLater();
    }

    void aSlowFetchAnswers504()
    {
        FlakyHub flaky([](Hub::HubConfig &config) {
            config.autoDownloadRecordings = false;
            config.recordingFetchWaitMs = 200;
        });
        QVERIFY(flaky.start());
        HubHarness &hub = flaky.hub;
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = recordedCall(hub, agent1);
        QVERIFY(!id.isEmpty());
        flaky.host.script({Step::StallHalfway});
        const Reply slow = hub.get(audioPath(id), agent1);
        QCOMPARE(slow.status, 504);
        QCOMPARE(slow.errorCode(), u"recording_timeout"_s);
        // The download went on: once AT's host recovers, the recording plays.
        flaky.host.releaseStalled();
        QCOMPARE(waitForRecordingState(hub, agent1, id, u"local"_s).value(u"state"_s).toString(),
            u"local"_s);
        QVERIFY(hub.get(audioPath(id), agent1).body == atCopy(hub, agent1, id));
    }

    // An hour at 128 kbit/s is about 57 MB: the hub streams it from disk in chunks instead of
    // loading it, and every byte arrives, whole or from a seek near the end.
    void aLongRecordingStreamsWhole()
    {
        QByteArray content(6 * 1024 * 1024 + 123, Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char((i * 7919) % 251);
        FlakyHub flaky({}, content);
        QVERIFY(flaky.start());
        HubHarness &hub = flaky.hub;
        const QString agent1 = hub.login(u"agent1"_s);
        const QString id = recordedCall(hub, agent1);
        QVERIFY(!id.isEmpty());
        QCOMPARE(waitForRecordingState(hub, agent1, id, u"local"_s).value(u"sha256"_s).toString(),
            sha256(content));
        const Reply whole = hub.get(audioPath(id), agent1);
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.body == content);
        const Reply tail = hub.send(
            "GET", audioPath(id), agent1, {}, {}, {{"Range", QByteArray("bytes=6000000-")}});
        QCOMPARE(tail.status, 206);
        QVERIFY(tail.body == content.mid(6000000));
    }

private:
    std::unique_ptr<HubHarness> m_shared;
    QString m_agent1, m_agent2, m_supervisor, m_admin;
    QString m_callA, m_callB, m_unrecorded;
    QByteArray m_bytesA;
};

SIMU_TEST_MAIN(TestRecordingsApi)
#include "tst_recordingsapi.moc"
