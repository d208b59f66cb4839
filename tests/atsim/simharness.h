#pragma once

// A simulator and a fake voice app wired together on loopback ports, plus a small REST
// client, for the simulator's integration tests.

#include "atsim/callengine.h"
#include "atsim/phonedirectory.h"
#include "atsim/simulator.h"
#include "fakeapp.h"
#include "util/formcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace TestSupport {

inline const QString AT_NUMBER = QStringLiteral("+254711082000");
inline const QString AGENT_LINE_NUMBER = QStringLiteral("+254711082001");
inline const QString API_KEY = QStringLiteral("atsk_test_key");

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class SimHarness
{
public:
    explicit SimHarness(double speed = 200, quint32 seed = 42)
    {
        AtSim::SimConfig config = AtSim::SimConfig::defaults();
        config.apiKey = API_KEY;
        config.username = QStringLiteral("myapp");
        config.seed = seed;
        config.speed = speed;
        config.appReplyTimeoutMs = 2000;
        config.numbers = {
            {AT_NUMBER, app.url()}, {AGENT_LINE_NUMBER, app.url(QStringLiteral("/voice/agents"))}};
        sim = std::make_unique<AtSim::Simulator>(config);
        port = sim->listen();
    }

    HttpResult send(const QByteArray &method,
        const QString &path,
        const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.append({name, value});
        reply->deleteLater();
        return result;
    }

    // A REST call as AT's SDKs make it: form body, apiKey and Accept headers.
    HttpResult rest(const QString &path, const Util::FormFields &fields)
    {
        return send("POST",
            path,
            Util::encodeForm(fields),
            {{"apiKey", API_KEY.toUtf8()},
                {"Accept", "application/json"},
                {"Content-Type", "application/x-www-form-urlencoded"}});
    }

    HttpResult control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return send(method,
            path,
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
    }

    // Places a /call and returns the first entry's session id (empty when not queued).
    QString dial(const QString &to, const QString &clientRequestId = {})
    {
        Util::FormFields fields{{QStringLiteral("username"), QStringLiteral("myapp")},
            {QStringLiteral("from"), AT_NUMBER},
            {QStringLiteral("to"), to}};
        if (!clientRequestId.isEmpty())
            fields.append({QStringLiteral("clientRequestId"), clientRequestId});
        const HttpResult result = rest(QStringLiteral("/call"), fields);
        return result.json()
            .value(QStringLiteral("entries"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("sessionId"))
            .toString();
    }

    QString ringIn(const QJsonObject &request)
    {
        return control("POST", QStringLiteral("/sim/calls"), request)
            .json()
            .value(QStringLiteral("sessionId"))
            .toString();
    }

    void script(const QString &address, const QJsonObject &behaviour)
    {
        control("PUT",
            QStringLiteral("/sim/phones/") + QString::fromLatin1(QUrl::toPercentEncoding(address)),
            behaviour);
    }

    FakeApp app;
    std::unique_ptr<AtSim::Simulator> sim;
    quint16 port = 0;
    QNetworkAccessManager nam;
};

} // namespace TestSupport
