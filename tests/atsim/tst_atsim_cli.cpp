// The simu-atsim executable as a developer runs it from a shell: it starts on the port it is
// given (0 = any free one) and says where, accepts a /call exactly as curl sends it and posts the
// notifications to the app, explains --help, and refuses bad arguments or a busy port with a
// message and an exit code a script can test.

#include "fakeapp.h"
#include "testmain.h"
#include "util/formcodec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using TestSupport::FakeApp;
using TestSupport::ReceivedCallback;

namespace {

const QString PROGRAM = QStringLiteral(SIMU_BINARY_DIR "/simu-atsim");
const QString AT_NUMBER = u"+254711082000"_s;
const QString CUSTOMER = u"+254722000001"_s;
constexpr int START_TIMEOUT_MS = 10000;

struct Finished
{
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

// Runs simu-atsim to completion (for arguments that make it exit on its own).
Finished runToExit(const QStringList &arguments)
{
    QProcess process;
    process.start(PROGRAM, arguments);
    Finished out;
    if (!process.waitForFinished(START_TIMEOUT_MS)) {
        process.kill();
        process.waitForFinished();
        out.standardError = u"simu-atsim did not exit"_s;
        return out;
    }
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    out.standardError = QString::fromUtf8(process.readAllStandardError());
    return out;
}

} // namespace

class TestAtSimCli : public QObject
{
    Q_OBJECT

private:
    // Reads stdout until `pattern` matches what the process printed so far; an empty match if
    // the process exits or stays silent.
    QRegularExpressionMatch waitForOutput(QProcess &process, const QRegularExpression &pattern)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < START_TIMEOUT_MS) {
            m_output += process.readAllStandardOutput();
            const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(m_output));
            if (match.hasMatch() || process.state() == QProcess::NotRunning)
                return match;
            process.waitForReadyRead(200);
        }
        return {};
    }

    // A POST as `curl URL -H 'apiKey: k' --data-urlencode name=value ...` sends it.
    QPair<int, QJsonObject> curlPost(const QUrl &url, const Util::FormFields &fields)
    {
        QNetworkRequest request(url);
        request.setRawHeader("apiKey", "k");
        request.setRawHeader("Accept", "application/json");
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = m_network.post(request, Util::encodeForm(fields));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(START_TIMEOUT_MS);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, json};
    }

    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void cleanup()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished();
        }
        m_process.reset();
        m_output.clear();
    }

    void placedCallReachesTheAppWithAnsweredAndFinalNotifications()
    {
        FakeApp app;
        QVERIFY(app.port() != 0);
        app.setScript([](const ReceivedCallback &callback) {
            if (callback.value(u"isActive"_s) == u"0"_s)
                return FakeApp::xml("");
            return FakeApp::xml("<Response><Say>Hello from the test</Say></Response>");
        });

        m_process = std::make_unique<QProcess>();
        m_process->start(PROGRAM,
            {u"--port"_s,
                u"0"_s,
                u"--seed"_s,
                u"7"_s,
                u"--speed"_s,
                u"100"_s,
                u"--api-key"_s,
                u"k"_s,
                u"--username"_s,
                u"myapp"_s,
                u"--voice-number"_s,
                AT_NUMBER + u'=' + app.url().toString()});
        QVERIFY2(m_process->waitForStarted(START_TIMEOUT_MS), qPrintable(m_process->errorString()));
        const quint16 port = waitForOutput(
            *m_process, QRegularExpression(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s))
                                 .captured(1)
                                 .toUShort();
        QVERIFY2(port != 0,
            qPrintable(u"no \"listening on\" line; stdout: %1 stderr: %2"_s.arg(
                QString::fromUtf8(m_output),
                QString::fromUtf8(m_process->readAllStandardError()))));
        // The seed is printed so that a run can be replayed.
        QVERIFY2(waitForOutput(*m_process, QRegularExpression(u"seed 7\\b"_s)).hasMatch(),
            m_output.constData());
        // The banner ends with the voice numbers; a key given with --api-key is a secret and
        // must not be in it.
        QVERIFY2(
            waitForOutput(*m_process, QRegularExpression(u"voice number \\+254711082000 -> "_s))
                .hasMatch(),
            m_output.constData());
        QVERIFY2(!m_output.contains("api key"), m_output.constData());

        const auto [status, json] = curlPost(QUrl(u"http://127.0.0.1:%1/call"_s.arg(port)),
            {{u"username"_s, u"myapp"_s},
                {u"from"_s, AT_NUMBER},
                {u"to"_s, CUSTOMER},
                {u"clientRequestId"_s, u"order-42"_s}});
        QCOMPARE(status, 200);
        QCOMPARE(json.value(u"errorMessage"_s).toString(), u"None"_s);
        const QJsonObject entry = json.value(u"entries"_s).toArray().at(0).toObject();
        QCOMPARE(entry.value(u"status"_s).toString(), u"Queued"_s);
        const QString sessionId = entry.value(u"sessionId"_s).toString();
        QVERIFY2(sessionId.startsWith(u"ATVId_"_s), qPrintable(sessionId));

        QVERIFY2(app.waitForFinal(sessionId), "the app never got the final notification");
        const QList<ReceivedCallback> received = app.receivedFor(sessionId);
        QCOMPARE(received.size(), 2);
        const ReceivedCallback &answered = received.at(0);
        QCOMPARE(answered.path, u"/voice"_s);
        QCOMPARE(answered.value(u"isActive"_s), u"1"_s);
        QCOMPARE(answered.value(u"direction"_s), u"Outbound"_s);
        QCOMPARE(answered.value(u"callSessionState"_s), u"Answered"_s);
        QCOMPARE(answered.value(u"callerNumber"_s), CUSTOMER);
        QCOMPARE(answered.value(u"destinationNumber"_s), AT_NUMBER);
        QCOMPARE(answered.value(u"clientRequestId"_s), u"order-42"_s);
        const ReceivedCallback &last = received.at(1);
        QCOMPARE(last.value(u"isActive"_s), u"0"_s);
        QCOMPARE(last.value(u"callSessionState"_s), u"Completed"_s);
        QCOMPARE(last.value(u"status"_s), u"Success"_s);
        QCOMPARE(last.value(u"hangupCause"_s), u"NORMAL_CLEARING"_s);
        QCOMPARE(last.value(u"currencyCode"_s), u"KES"_s);
        QVERIFY(last.value(u"durationInSeconds"_s).toInt() > 0);

        // Killing it leaves nothing behind: the port is free again.
        m_process->kill();
        QVERIFY(m_process->waitForFinished(START_TIMEOUT_MS));
        QTcpServer probe;
        QVERIFY2(probe.listen(QHostAddress::LocalHost, port), "the port is still taken");
    }

    void helpListsEveryOption_data()
    {
        QTest::addColumn<QString>("option");
        const QStringList options = {u"--host"_s,
            u"--port"_s,
            u"--username"_s,
            u"--api-key"_s,
            u"--voice-number"_s,
            u"--callback-url"_s,
            u"--seed"_s,
            u"--speed"_s,
            u"--price"_s,
            u"--balance"_s,
            u"--app-timeout-ms"_s,
            u"--time-encoding"_s,
            u"--no-client-request-id"_s,
            u"--unknown-xml"_s,
            u"--phone"_s,
            u"--default-phone"_s,
            u"--public-url"_s,
            u"--version"_s};
        for (const QString &option : options)
            QTest::newRow(qPrintable(u"a developer cannot find "_s + option)) << option;
    }

    void helpListsEveryOption()
    {
        QFETCH(QString, option);
        static const Finished help = runToExit({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.standardOutput.contains(option + u' ')
                || help.standardOutput.contains(option + u'\n'),
            qPrintable(help.standardOutput));
        QVERIFY(help.standardOutput.contains(u"docs/simulator.md"_s));
    }

    void badArgumentsExitTwoNamingTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("a typo in --speed starts a real-time simulator")
            << QStringList{u"--speed"_s, u"abc"_s} << u"--speed"_s;
        QTest::newRow("a local voice number is taken for the account's number")
            << QStringList{u"--voice-number"_s, u"0711"_s} << u"--voice-number"_s;
        QTest::newRow("a port beyond 65535 wraps to another port")
            << QStringList{u"--port"_s, u"99999"_s} << u"--port"_s;
        QTest::newRow("a phone script that is not JSON is silently ignored")
            << QStringList{u"--phone"_s, u"x=notjson"_s} << u"--phone"_s;
        QTest::newRow("a callback URL that is no http URL fails only on the first call")
            << QStringList{u"--voice-number"_s, u"+254711082000=localhost:8470"_s}
            << u"--voice-number"_s;
        QTest::newRow("a mistyped option is ignored")
            << QStringList{u"--sped"_s, u"10"_s} << u"sped"_s;
    }

    void badArgumentsExitTwoNamingTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Finished run = runToExit(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.standardError.contains(named), qPrintable(run.standardError));
        QVERIFY2(!run.standardOutput.contains(u"listening"_s), qPrintable(run.standardOutput));
    }

    void busyPortExitsOneWithAClearMessage()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(squatter.serverPort());
        const Finished run = runToExit({u"--port"_s, port});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.standardError.contains(u"cannot listen on 127.0.0.1:"_s + port),
            qPrintable(run.standardError));
        QVERIFY2(run.standardError.contains(u"in use"_s), qPrintable(run.standardError));
        QVERIFY2(!run.standardOutput.contains(u"listening"_s), qPrintable(run.standardOutput));
    }
};

SIMU_TEST_MAIN(TestAtSimCli)
#include "tst_atsim_cli.moc"
