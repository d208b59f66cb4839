#include "crashrig.h"

#include "util/formcodec.h"

#include <QDebug>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CrashTest {

namespace {

constexpr int START_LIMIT_MS = 10000;
constexpr int CREATE_LIMIT_MS = 30000;
constexpr int REPLY_LIMIT_MS = 10000;
constexpr int BURST_LIMIT_MS = 20000;

QString simuProgram()
{
    return QStringLiteral(SIMU_BINARY_DIR "/simu");
}

} // namespace

QByteArray callbackBody(const CrashCall &call, bool final)
{
    Util::FormFields fields = {
        {u"isActive"_s, final ? u"0"_s : u"1"_s},
        {u"sessionId"_s, call.sessionId},
        {u"direction"_s, u"Inbound"_s},
        {u"callerNumber"_s, call.callerNumber},
        {u"destinationNumber"_s, u"+254711082000"_s},
        {u"callSessionState"_s, final ? u"Completed"_s : u"Ringing"_s},
    };
    if (!call.startTime.isEmpty())
        fields.append({u"callStartTime"_s, call.startTime});
    if (final) {
        fields.append({u"status"_s, u"Success"_s});
        fields.append({u"durationInSeconds"_s, QString::number(call.durationSeconds)});
        fields.append({u"amount"_s, call.amount});
        fields.append({u"currencyCode"_s, u"KES"_s});
        fields.append({u"hangupCause"_s, u"NORMAL_CLEARING"_s});
    }
    return Util::encodeForm(fields);
}

CrashRig::CrashRig(QString webhookSecret, QString adminPassword)
    : m_secret(std::move(webhookSecret))
    , m_password(std::move(adminPassword))
{}

QProcessEnvironment CrashRig::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIMU_WEBHOOK_SECRET"_s, m_secret);
    return env;
}

QString CrashRig::createAdmin()
{
    QProcess create;
    create.setProcessEnvironment(environment());
    create.start(simuProgram(),
        {u"--headless"_s,
            u"--create-user"_s,
            u"admin"_s,
            u"--role"_s,
            u"admin"_s,
            u"--data-dir"_s,
            m_data.path()});
    if (!create.waitForStarted(START_LIMIT_MS))
        return u"simu --create-user did not start: %1"_s.arg(create.errorString());
    create.write(m_password.toUtf8() + '\n');
    create.closeWriteChannel();
    if (!create.waitForFinished(CREATE_LIMIT_MS))
        return u"simu --create-user did not finish within %1 s"_s.arg(CREATE_LIMIT_MS / 1000);
    if (create.exitCode() != 0)
        return u"simu --create-user failed (exit %1): %2"_s.arg(create.exitCode())
            .arg(QString::fromUtf8(create.readAllStandardError()));
    return {};
}

QString CrashRig::startHub(QProcess &hub, QString *said)
{
    hub.setProcessEnvironment(environment());
    hub.setProcessChannelMode(QProcess::MergedChannels);
    hub.start(simuProgram(),
        {u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_data.path()});
    if (!hub.waitForStarted(START_LIMIT_MS))
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

bool CrashRig::killHub(QProcess &hub)
{
    hub.kill();
    return hub.waitForFinished(START_LIMIT_MS);
}

bool CrashRig::stopHub(QProcess &hub)
{
    hub.terminate();
    return hub.waitForFinished(START_LIMIT_MS);
}

QUrl CrashRig::webhookUrl(const QString &base) const
{
    return QUrl(base + u"/api/webhooks/africastalking/"_s + m_secret);
}

int CrashRig::postCallback(const QUrl &webhook, const QByteArray &body)
{
    return send("POST", webhook, body, "application/x-www-form-urlencoded").status;
}

QList<int> CrashRig::postCallbacksAtOnce(const QUrl &webhook, const QList<QByteArray> &bodies)
{
    QList<QNetworkReply *> replies;
    for (const QByteArray &body : bodies) {
        QNetworkRequest request(webhook);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        replies.append(m_nam.post(request, body));
    }
    std::ignore = QTest::qWaitFor(
        [&] {
            return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *reply) {
                return reply->isFinished();
            });
        },
        BURST_LIMIT_MS);
    QList<int> statuses;
    for (QNetworkReply *reply : replies) {
        statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    }
    return statuses;
}

QString CrashRig::login(const QString &base, int *status)
{
    const Reply reply = send("POST",
        QUrl(base + u"/api/auth/login"_s),
        QJsonDocument(QJsonObject{{u"username"_s, u"admin"_s}, {u"password"_s, m_password}})
            .toJson(),
        "application/json");
    if (status)
        *status = reply.status;
    return jsonOf(reply).value(u"token"_s).toString();
}

Reply CrashRig::get(const QString &base, const QString &path, const QString &token)
{
    return send("GET", QUrl(base + path), {}, {}, token);
}

QJsonObject CrashRig::jsonOf(const Reply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

Reply CrashRig::send(const QByteArray &method,
    const QUrl &url,
    const QByteArray &body,
    const QByteArray &type,
    const QString &token)
{
    QNetworkRequest request(url);
    if (!type.isEmpty())
        request.setRawHeader("Content-Type", type);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(REPLY_LIMIT_MS);
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return out;
}

} // namespace CrashTest
