#include "router.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Http {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isPlaceholder(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    addAsync(
        method, pattern, [handler = std::move(handler)](const Request &request, Respond respond) {
            respond(handler(request));
        });
}

void Router::addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler)
{
    m_routes.push_back({method, pattern, splitPath(pattern), std::move(handler)});
}

void Router::webSocket(const QString &pattern, WebSocketGuard guard, WebSocketHandler handler)
{
    m_socketRoutes.push_back({pattern, splitPath(pattern), std::move(guard), std::move(handler)});
}

bool Router::match(
    const QStringList &segments, const QStringList &pathSegments, QHash<QString, QString> *params)
{
    if (segments.size() != pathSegments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pathSegments.size(); ++i) {
        const QString &expected = segments.at(i);
        if (isPlaceholder(expected))
            found.insert(expected.mid(1, expected.size() - 2), pathSegments.at(i));
        else if (expected != pathSegments.at(i))
            return false;
    }
    if (params)
        *params = std::move(found);
    return true;
}

void Router::dispatch(Request request, Respond respond) const
{
    const QStringList segments = splitPath(request.path);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route.segments, segments, &params))
            continue;
        const bool headAsGet = request.method == "HEAD" && route.method == "GET";
        if (route.method != request.method && !headAsGet) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        request.pathParams = std::move(params);
        if (!headAsGet) {
            route.handler(request, std::move(respond));
            return;
        }
        // HEAD: the GET answer's status and headers, its length announced, no body.
        route.handler(request, [respond = std::move(respond)](Response response) {
            response.announcedLength = response.contentLength();
            response.body.clear();
            response.file.reset();
            respond(std::move(response));
        });
        return;
    }
    if (!allowed.isEmpty()) {
        Response response = m_methodNotAllowed ? m_methodNotAllowed(request)
                                               : Response::text("Method Not Allowed", 405);
        response.status = 405;
        respond(response.withHeader("Allow", allowed.join(", ")));
        return;
    }
    respond(m_notFound ? m_notFound(request) : Response::text("Not Found", 404));
}

Response Router::handle(Request request) const
{
    // Shared, so an asynchronous handler that answers after we return writes nowhere harmful.
    auto answer = std::make_shared<std::optional<Response>>();
    dispatch(std::move(request), [answer](Response response) { *answer = std::move(response); });
    return answer->value_or(Response::text("No synchronous answer", 500));
}

std::optional<Router::WebSocketMatch> Router::matchWebSocket(Request &request) const
{
    const QStringList segments = splitPath(request.path);
    for (const SocketRoute &route : m_socketRoutes) {
        QHash<QString, QString> params;
        if (match(route.segments, segments, &params)) {
            request.pathParams = std::move(params);
            return WebSocketMatch{&route.guard, &route.handler};
        }
    }
    return std::nullopt;
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> out;
    for (const Route &route : m_routes)
        out.append({route.method, route.pattern});
    for (const SocketRoute &route : m_socketRoutes)
        out.append({"WEBSOCKET", route.pattern});
    return out;
}

} // namespace Http
