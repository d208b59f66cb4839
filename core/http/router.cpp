#include "router.h"

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
    m_routes.push_back({method, splitPath(pattern), std::move(handler)});
}

bool Router::match(
    const Route &route, const QStringList &pathSegments, QHash<QString, QString> *params)
{
    if (route.segments.size() != pathSegments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pathSegments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (isPlaceholder(expected))
            found.insert(expected.mid(1, expected.size() - 2), pathSegments.at(i));
        else if (expected != pathSegments.at(i))
            return false;
    }
    if (params)
        *params = std::move(found);
    return true;
}

Response Router::handle(Request request) const
{
    const QStringList segments = splitPath(request.path);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route, segments, &params))
            continue;
        const bool headAsGet = request.method == "HEAD" && route.method == "GET";
        if (route.method != request.method && !headAsGet) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        request.pathParams = std::move(params);
        Response response = route.handler(request);
        if (headAsGet)
            response.body.clear();
        return response;
    }
    if (!allowed.isEmpty()) {
        Response response = m_methodNotAllowed ? m_methodNotAllowed(request)
                                               : Response::text("Method Not Allowed", 405);
        response.status = 405;
        return response.withHeader("Allow", allowed.join(", "));
    }
    if (m_notFound)
        return m_notFound(request);
    return Response::text("Not Found", 404);
}

} // namespace Http
