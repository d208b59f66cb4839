// /api/calls...: place a click-to-call, list live calls, one call, history, transfer.

#include "calls/calljson.h"
#include "callstreams.h"
#include "hub/callcenter.h"
#include "hubapi.h"
#include "jsonbody.h"
#include "queryparams.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

constexpr int MAX_PAGE = 500;

Util::Result<Storage::CallQuery, Error> historyQuery(const Http::Request &request)
{
    static const QSet<QString> known = {u"agent"_s,
        u"direction"_s,
        u"state"_s,
        u"number"_s,
        u"from"_s,
        u"to"_s,
        u"offset"_s,
        u"limit"_s,
        u"disposition"_s};
    if (const auto unknown = unknownParameter(request, known))
        return Util::fail(*unknown);
    Storage::CallQuery query;
    query.agent = request.queryValue(u"agent"_s).trimmed().toLower();
    const QString direction = request.queryValue(u"direction"_s).toLower();
    if (direction == u"inbound"_s)
        query.direction = Voice::Direction::Inbound;
    else if (direction == u"outbound"_s)
        query.direction = Voice::Direction::Outbound;
    else if (!direction.isEmpty())
        return Util::fail(Error::badRequest(
            u"invalid_parameter"_s, u"\"direction\" must be inbound or outbound"_s));
    const QString states = request.queryValue(u"state"_s);
    for (const QString &name : states.split(u',', Qt::SkipEmptyParts)) {
        const auto state = Calls::callStateFromApiName(name.trimmed());
        if (!state)
            return Util::fail(Error::badRequest(
                u"invalid_parameter"_s, u"Unknown state \"%1\""_s.arg(name.trimmed().left(32))));
        query.states.append(*state);
    }
    query.number = request.queryValue(u"number"_s).trimmed();
    query.disposition = request.queryValue(u"disposition"_s).simplified(); // any letter case
    const auto from = timeParameter(request, u"from"_s);
    if (!from)
        return Util::fail(from.error());
    const auto to = timeParameter(request, u"to"_s);
    if (!to)
        return Util::fail(to.error());
    if (*from && *to && **from > **to)
        return Util::fail(Error::badRequest(u"invalid_range"_s, u"\"from\" is after \"to\""_s));
    query.from = *from;
    query.to = *to;
    const auto offset = intParameter(request, u"offset"_s, 0, 0, 100000000);
    if (!offset)
        return Util::fail(offset.error());
    const auto limit = intParameter(request, u"limit"_s, 50, 1, MAX_PAGE);
    if (!limit)
        return Util::fail(limit.error());
    query.offset = *offset;
    query.limit = *limit;
    return query;
}

std::optional<Error> validSessionId(const QString &sessionId)
{
    if (sessionId.size() > 128 || sessionId.contains(u'/') || sessionId.contains(u'\\'))
        return Error::notFound(u"No such call."_s);
    return std::nullopt;
}

} // namespace

void HubApi::initiate(
    const Http::Request &request, const Auth::Identity &user, Http::Respond respond)
{
    const auto body = JsonBody::parse(request);
    if (!body)
        return respond(toResponse(body.error()));
    if (auto only = body->onlyFields({u"to"_s, u"from"_s, u"clientRequestId"_s}); !only)
        return respond(toResponse(only.error()));
    const auto to = body->requiredString(u"to"_s);
    if (!to)
        return respond(toResponse(to.error()));
    const auto from = body->optionalString(u"from"_s);
    if (!from)
        return respond(toResponse(from.error()));
    const auto requestId = body->optionalString(u"clientRequestId"_s);
    if (!requestId)
        return respond(toResponse(requestId.error()));
    if (requestId->value_or(QString()).size() > 128)
        return respond(toResponse(Error::badRequest(
            u"invalid_field"_s, u"\"clientRequestId\" must be at most 128 characters"_s)));

    Hub::InitiateRequest command{*to, from->value_or(QString()), requestId->value_or(QString())};
    m_calls.initiate(user,
        command,
        request.peer.toString(),
        [respond = std::move(respond)](const Util::Result<Calls::Call, Hub::HubError> &result) {
            if (!result)
                return respond(toResponse(fromHubError(result.error())));
            respond(Http::Response::json(Calls::toJson(*result), 201));
        });
}

Http::Response HubApi::activeCalls(const Http::Request &, const Auth::Identity &user)
{
    QJsonArray calls;
    for (const Calls::Call &call : m_calls.activeCalls(user))
        calls.append(Calls::toJson(call));
    // The snapshot's place in the event stream: a client opens the stream with since=<seq>
    // and neither misses nor repeats a change.
    return Http::Response::json(QJsonObject{{u"calls"_s, calls}, {u"seq"_s, m_streams.lastSeq()}});
}

Http::Response HubApi::callById(const Http::Request &request, const Auth::Identity &user)
{
    const QString sessionId = request.pathParam(u"session_id"_s);
    if (const auto bad = validSessionId(sessionId))
        return toResponse(*bad);
    const auto call = m_calls.call(user, sessionId);
    if (!call)
        return toResponse(fromHubError(call.error()));
    return Http::Response::json(Calls::toJson(*call));
}

Http::Response HubApi::history(const Http::Request &request, const Auth::Identity &user)
{
    const auto query = historyQuery(request);
    if (!query)
        return toResponse(query.error());
    const auto page = m_calls.history(user, *query);
    if (!page)
        return toResponse(fromHubError(page.error()));
    QJsonArray calls;
    for (const Calls::Call &call : page->calls)
        calls.append(Calls::toJson(call));
    return Http::Response::json(QJsonObject{{u"calls"_s, calls},
        {u"total"_s, page->total},
        {u"offset"_s, page->offset},
        {u"limit"_s, page->limit}});
}

void HubApi::transfer(
    const Http::Request &request, const Auth::Identity &user, Http::Respond respond)
{
    const QString sessionId = request.pathParam(u"session_id"_s);
    if (const auto bad = validSessionId(sessionId))
        return respond(toResponse(*bad));
    const auto body = JsonBody::parse(request);
    if (!body)
        return respond(toResponse(body.error()));
    if (auto only = body->onlyFields({u"to"_s, u"callLeg"_s}); !only)
        return respond(toResponse(only.error()));
    const auto to = body->requiredString(u"to"_s);
    if (!to)
        return respond(toResponse(to.error()));
    const auto leg = body->optionalString(u"callLeg"_s);
    if (!leg)
        return respond(toResponse(leg.error()));
    Hub::TransferCommand command{*to, std::nullopt};
    if (*leg == u"caller"_s)
        command.callLeg = At::CallLeg::Caller;
    else if (*leg == u"callee"_s)
        command.callLeg = At::CallLeg::Callee;
    else if (leg->has_value())
        return respond(toResponse(
            Error::badRequest(u"invalid_field"_s, u"\"callLeg\" must be caller or callee"_s)));
    m_calls.transfer(user,
        sessionId,
        command,
        request.peer.toString(),
        [respond = std::move(respond)](const Util::Result<Calls::Call, Hub::HubError> &result) {
            if (!result)
                return respond(toResponse(fromHubError(result.error())));
            respond(Http::Response::json(Calls::toJson(*result), 202));
        });
}

} // namespace Api
