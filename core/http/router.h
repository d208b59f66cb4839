#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <functional>
#include <vector>

namespace Http {

using Handler = std::function<Response(const Request &)>;

// Table-driven routing. Patterns are literal segments and "{name}" placeholders that match
// exactly one non-empty segment: "/sim/calls/{sessionId}". A path that matches no pattern
// answers 404; a path that matches only under other methods answers 405 with an Allow header
// (Qt 6.4's QHttpServer cannot tell the two apart, which is why Simu routes by itself).
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    void get(const QString &pattern, Handler handler) { add("GET", pattern, std::move(handler)); }
    void post(const QString &pattern, Handler handler) { add("POST", pattern, std::move(handler)); }

    // Replaces the default 404 / 405 answers (e.g. to answer in a JSON error shape).
    void setNotFoundHandler(Handler handler) { m_notFound = std::move(handler); }
    void setMethodNotAllowedHandler(Handler handler) { m_methodNotAllowed = std::move(handler); }

    Response handle(Request request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool match(
        const Route &route, const QStringList &pathSegments, QHash<QString, QString> *params);

    std::vector<Route> m_routes;
    Handler m_notFound;
    Handler m_methodNotAllowed;
};

} // namespace Http
