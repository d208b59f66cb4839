// The webhook's promise under the worst case: the real `simu --headless` process is killed
// (SIGKILL, no chance to tidy up) right after answering a batch of callbacks 200. Started
// again on the same data folder, every one of those calls is in the history, complete, because
// the event log is durable and the calls table catches up from it (core/hub/calljournal.h).

#include "testmain.h"
#include "util/formcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SECRET = u"crash-test-secret-5d1e"_s;
const QString PASSWORD = u"crash-test-password"_s;
constexpr int CALLS = 60;

QString sessionId(int i)
{
    return u"ATVId_%1"_s.arg(i, 32, 10, QChar(u'0'));
}

QByteArray callback(int i, bool final)
{
    Util::FormFields fields = {
        {u"isActive"_s, final ? u"0"_s : u"1"_s},
        {u"sessionId"_s, sessionId(i)},
        {u"direction"_s, u"Inbound"_s},
        {u"callerNumber"_s, u"+2547220%1"_s.arg(i, 5, 10, QChar(u'0'))},
        {u"destinationNumber"_s, u"+254711082000"_s},
        {u"callSessionState"_s, final ? u"Completed"_s : u"Ringing"_s},
        {u"callStartTime"_s, u"2026-11-24 10:00:00"_s},
    };
    if (final) {
        fields.append({u"status"_s, u"Success"_s});
        fields.append({u"durationInSeconds"_s, u"42"_s});
        fields.append({u"amount"_s, u"2.45"_s});
        fields.append({u"currencyCode"_s, u"KES"_s});
        fields.append({u"hangupCause"_s, u"NORMAL_CLEARING"_s});
    }
    return Util::encodeForm(fields);
}

} // namespace

class TestHubCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QNetworkAccessManager m_nam;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SIMU_WEBHOOK_SECRET"_s, SECRET);
        return env;
    }

    // Starts the hub and returns its base URL, read from what it prints.
    QString startHub(QProcess &hub)
    {
        hub.setProcessEnvironment(environment());
        hub.start(QStringLiteral(SIMU_BINARY_DIR "/simu"),
            {u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_data.path()});
        if (!hub.waitForStarted(10000))
            return {};
        static const QRegularExpression listening(u"listening on (http://[0-9.:]+)"_s);
        QString seen;
        for (int i = 0; i < 100; ++i) {
            hub.waitForReadyRead(100);
            seen += QString::fromUtf8(hub.readAllStandardOutput());
            const auto match = listening.match(seen);
            if (match.hasMatch())
                return match.captured(1);
        }
        qWarning().noquote() << "hub said:" << seen << hub.readAllStandardError();
        return {};
    }

    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    Reply send(const QByteArray &method,
        const QUrl &url,
        const QByteArray &body,
        const QByteArray &type,
        const QString &token = {})
    {
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", type);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        Reply out{
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QProcess create;
        create.setProcessEnvironment(environment());
        create.start(QStringLiteral(SIMU_BINARY_DIR "/simu"),
            {u"--headless"_s,
                u"--create-user"_s,
                u"admin"_s,
                u"--role"_s,
                u"admin"_s,
                u"--data-dir"_s,
                m_data.path()});
        QVERIFY(create.waitForStarted(10000));
        create.write(PASSWORD.toUtf8() + '\n');
        create.closeWriteChannel();
        QVERIFY(create.waitForFinished(30000));
        QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());
    }

    void callbacksAnswered200SurviveAKill()
    {
        QProcess hub;
        const QString base = startHub(hub);
        QVERIFY(!base.isEmpty());
        const QUrl webhook(base + u"/api/webhooks/africastalking/"_s + SECRET);
        for (int i = 0; i < CALLS; ++i) {
            QCOMPARE(send("POST", webhook, callback(i, false), "application/x-www-form-urlencoded")
                         .status,
                200);
            QCOMPARE(send("POST", webhook, callback(i, true), "application/x-www-form-urlencoded")
                         .status,
                200);
        }
        hub.kill(); // SIGKILL: no shutdown, no last write-behind
        QVERIFY(hub.waitForFinished(10000));

        QProcess again;
        const QString restarted = startHub(again);
        QVERIFY(!restarted.isEmpty());
        const Reply login = send("POST",
            QUrl(restarted + u"/api/auth/login"_s),
            QJsonDocument(QJsonObject{{u"username"_s, u"admin"_s}, {u"password"_s, PASSWORD}})
                .toJson(),
            "application/json");
        QCOMPARE(login.status, 200);
        const QString token
            = QJsonDocument::fromJson(login.body).object().value(u"token"_s).toString();
        const Reply history
            = send("GET", QUrl(restarted + u"/api/calls?limit=500"_s), {}, {}, token);
        QCOMPARE(history.status, 200);
        const QJsonObject page = QJsonDocument::fromJson(history.body).object();
        QCOMPARE(page.value(u"total"_s).toInt(), CALLS);
        for (const QJsonValue &value : page.value(u"calls"_s).toArray()) {
            const QJsonObject call = value.toObject();
            QCOMPARE(call.value(u"state"_s).toString(), u"completed"_s);
            QCOMPARE(call.value(u"durationSeconds"_s).toInt(), 42);
            QCOMPARE(call.value(u"cost"_s).toObject().value(u"amount"_s).toString(), u"2.45"_s);
        }
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
    }
};

SIMU_TEST_MAIN(TestHubCrash)
#include "tst_hubcrash.moc"
