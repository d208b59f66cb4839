// The analytics after the worst case: the real `simu --headless` is killed (SIGKILL) right
// after answering a burst of final callbacks, before its write-behind has stored them. Started
// again, the replay writes those calls and sums each exactly once: the figures equal the calls
// AT was told were stored, and a further clean restart changes nothing.

#include "analyticsrig.h"
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

const QString SECRET = u"analytics-crash-secret-81c0"_s;
const QString PASSWORD = u"analytics-crash-password"_s;
constexpr int CALLS = 80;
const QStringList AMOUNTS = {u"2.45"_s, u"0.408333333333333345"_s, u"147.440"_s};

QString sessionId(int i)
{
    return u"ATVId_crash_%1"_s.arg(i, 26, 10, QChar(u'0'));
}

int durationOf(int i)
{
    return 7 * i + 3; // all different, so the median and p90 are specific
}

QByteArray callback(int i, bool final)
{
    Util::FormFields fields = {
        {u"isActive"_s, final ? u"0"_s : u"1"_s},
        {u"sessionId"_s, sessionId(i)},
        {u"direction"_s, u"Inbound"_s},
        {u"callerNumber"_s, u"+2547221%1"_s.arg(i, 5, 10, QChar(u'0'))},
        {u"destinationNumber"_s, u"+254711082000"_s},
        {u"callSessionState"_s, final ? u"Completed"_s : u"Ringing"_s},
    };
    if (final) {
        fields.append({u"status"_s, u"Success"_s});
        fields.append({u"durationInSeconds"_s, QString::number(durationOf(i))});
        fields.append({u"amount"_s, AMOUNTS.at(i % AMOUNTS.size())});
        fields.append({u"currencyCode"_s, u"KES"_s});
        fields.append({u"hangupCause"_s, u"NORMAL_CLEARING"_s});
    }
    return Util::encodeForm(fields);
}

} // namespace

class TestAnalyticsCrash : public QObject
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

    // Starts the hub; its base URL, and everything it printed so far in `said`.
    QString startHub(QProcess &hub, QString *said = nullptr)
    {
        hub.setProcessEnvironment(environment());
        hub.setProcessChannelMode(QProcess::MergedChannels);
        hub.start(QStringLiteral(SIMU_BINARY_DIR "/simu"),
            {u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_data.path()});
        if (!hub.waitForStarted(10000))
            return {};
        static const QRegularExpression listening(u"listening on (http://[0-9.:]+)"_s);
        QString seen;
        for (int i = 0; i < 100; ++i) {
            hub.waitForReadyRead(100);
            seen += QString::fromUtf8(hub.readAll());
            const auto match = listening.match(seen);
            if (match.hasMatch()) {
                if (said)
                    *said = seen;
                return match.captured(1);
            }
        }
        qWarning().noquote() << "hub said:" << seen;
        return {};
    }

    // Sends every request at once and waits for all the answers; their statuses.
    QList<int> sendAll(const QList<std::pair<QUrl, QByteArray>> &posts)
    {
        QList<QNetworkReply *> replies;
        for (const auto &[url, body] : posts) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArray("application/x-www-form-urlencoded"));
            replies.append(m_nam.post(request, body));
        }
        std::ignore = QTest::qWaitFor(
            [&] {
                return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *reply) {
                    return reply->isFinished();
                });
            },
            20000);
        QList<int> statuses;
        for (QNetworkReply *reply : replies) {
            statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        }
        return statuses;
    }

    QJsonObject get(const QString &base, const QString &path, const QString &token)
    {
        QNetworkRequest request(QUrl(base + path));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    QString login(const QString &base)
    {
        QNetworkRequest request(QUrl(base + u"/api/auth/login"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_nam.post(request,
            QJsonDocument(QJsonObject{{u"username"_s, u"admin"_s}, {u"password"_s, PASSWORD}})
                .toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const QString token
            = QJsonDocument::fromJson(reply->readAll()).object().value(u"token"_s).toString();
        reply->deleteLater();
        return token;
    }

    // The figures every start must show: exactly the CALLS calls, once each.
    void checkFigures(const QString &base)
    {
        const QString token = login(base);
        QVERIFY(!token.isEmpty());
        QString cost = u"0"_s;
        qint64 talk = 0;
        QList<int> durations;
        for (int i = 0; i < CALLS; ++i) {
            cost = AnalyticsTest::decimalAdd(cost, AMOUNTS.at(i % AMOUNTS.size()));
            talk += durationOf(i);
            durations << durationOf(i);
        }
        const QJsonObject summary = get(base, u"/api/analytics/summary"_s, token);
        QCOMPARE(summary.value(u"calls"_s).toInt(), CALLS);
        QCOMPARE(summary.value(u"inbound"_s).toInt(), CALLS);
        QCOMPARE(summary.value(u"answered"_s).toInt(), CALLS);
        QCOMPARE(summary.value(u"talkSeconds"_s).toInteger(), talk);
        QCOMPARE(summary.value(u"cost"_s).toObject().value(u"KES"_s).toString(), cost);
        const QJsonObject stats = get(base, u"/api/analytics/call-duration-stats"_s, token);
        QCOMPARE(stats.value(u"count"_s).toInt(), CALLS);
        QCOMPARE(stats.value(u"maxSeconds"_s).toInt(), durations.last());
        QCOMPARE(stats.value(u"p90Seconds"_s).toInt(), durations.at(CALLS * 9 / 10 - 1));
        QCOMPARE(stats.value(u"medianSeconds"_s).toDouble(),
            (durations.at(CALLS / 2 - 1) + durations.at(CALLS / 2)) / 2.0);
        int volume = 0;
        for (const QJsonValue &point : get(base, u"/api/analytics/call-volume?bucket=hour"_s, token)
                                           .value(u"series"_s)
                                           .toArray())
            volume += point.toObject().value(u"completed"_s).toInt();
        QCOMPARE(volume, CALLS);
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

    void callsStoredBehindAKillAreSummedOnce()
    {
        QProcess hub;
        const QString base = startHub(hub);
        QVERIFY(!base.isEmpty());
        const QUrl webhook(base + u"/api/webhooks/africastalking/"_s + SECRET);
        for (const bool final : {false, true}) {
            QList<std::pair<QUrl, QByteArray>> posts;
            for (int i = 0; i < CALLS; ++i)
                posts.append({webhook, callback(i, final)});
            const QList<int> statuses = sendAll(posts);
            QCOMPARE(statuses, QList<int>(CALLS, 200));
        }
        hub.kill(); // SIGKILL: the write-behind of the last burst never runs
        QVERIFY(hub.waitForFinished(10000));

        QProcess again;
        QString said;
        const QString restarted = startHub(again, &said);
        QVERIFY(!restarted.isEmpty());
        // The point of the test: the restart replayed calls from the event log.
        QVERIFY2(said.contains(u"from the event log into the calls table"_s), qPrintable(said));
        checkFigures(restarted);
        if (QTest::currentTestFailed())
            return;
        again.terminate();
        QVERIFY(again.waitForFinished(10000));

        QProcess third;
        const QString clean = startHub(third);
        QVERIFY(!clean.isEmpty());
        checkFigures(clean);
        third.terminate();
        QVERIFY(third.waitForFinished(10000));
    }
};

SIMU_TEST_MAIN(TestAnalyticsCrash)
#include "tst_analyticscrash.moc"
