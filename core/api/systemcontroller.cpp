// /api/health, /api/openapi.json and the web console's files.

#include "callstreams.h"
#include "hub/callcenter.h"
#include "hubapi.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Api {

Http::Response HubApi::health(const Http::Request &) const
{
    const Hub::HubStats stats = m_calls.stats();
    const bool atConfigured = !m_config.at.apiKey.isEmpty() && m_config.at.voiceBaseUrl.isValid()
        && !m_config.voiceNumbers.isEmpty();
    return Http::Response::json(QJsonObject{
        {u"status"_s, u"ok"_s},
        {u"version"_s, QStringLiteral(SIMU_VERSION)},
        {u"uptimeSeconds"_s, m_startedAt.secsTo(QDateTime::currentDateTimeUtc())},
        {u"africasTalking"_s,
            QJsonObject{{u"configured"_s, atConfigured},
                {u"voiceBaseUrl"_s, m_config.at.voiceBaseUrl.toString()},
                {u"username"_s, m_config.at.username}}},
        {u"liveCalls"_s, stats.liveCalls},
        {u"streamClients"_s, m_streams.clientCount()},
        {u"webhook"_s,
            QJsonObject{{u"accepted"_s, stats.callbacksAccepted},
                {u"refused"_s, stats.callbacksRejected},
                {u"wrongSecret"_s, m_webhookSecretFailures}}},
    });
}

Http::Response HubApi::openApi(const Http::Request &) const
{
    QFile document(u":/api/openapi.json"_s);
    if (!document.open(QIODevice::ReadOnly))
        return toResponse(Error::internal(u"The API description is missing from this build."_s));
    return Http::Response::bytes("application/json", document.readAll());
}

Http::Response HubApi::webConsoleFile(const QString &name) const
{
    // Only plain file names the console ships: no paths, no tricks.
    static const QRegularExpression safeName(u"^[a-z0-9][a-z0-9_-]*\\.(html|css|js|svg|ico)$"_s);
    if (!safeName.match(name).hasMatch())
        return toResponse(Error::notFound(u"There is no such file."_s));
    QFile file(u":/web/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return toResponse(Error::notFound(u"There is no such file."_s));
    static const QHash<QString, QByteArray> types = {
        {u"html"_s, "text/html; charset=UTF-8"},
        {u"css"_s, "text/css; charset=UTF-8"},
        {u"js"_s, "text/javascript; charset=UTF-8"},
        {u"svg"_s, "image/svg+xml"},
        {u"ico"_s, "image/x-icon"},
    };
    Http::Response response
        = Http::Response::bytes(types.value(name.section(u'.', -1)), file.readAll());
    response.withHeader("Cache-Control", "no-cache")
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("Content-Security-Policy",
            "default-src 'self'; connect-src 'self' ws: wss:; media-src 'self' http: "
            "https:; img-src 'self' data:");
    return response;
}

} // namespace Api
