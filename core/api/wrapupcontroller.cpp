// /api/calls/{session_id}/wrap-up and /api/wrap-up/dispositions: what the agent records after a
// call. The rules (who may, which dispositions, how long the notes) are the hub's
// (core/hub/callwrapup.cpp); this reads the request and writes the answer.

#include "calls/calljson.h"
#include "hub/callcenter.h"
#include "hubapi.h"
#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

constexpr int MAX_SESSION_ID = 128;

// A session id is AT's "ATVId_…": anything that could walk a path or hide in a log is refused
// before the hub looks it up.
std::optional<Error> badSessionId(const QString &sessionId)
{
    bool bad = sessionId.isEmpty() || sessionId.size() > MAX_SESSION_ID || sessionId.contains(u'/')
        || sessionId.contains(u'\\') || sessionId.contains(u"..");
    for (const QChar c : sessionId)
        bad = bad || c.category() == QChar::Other_Control;
    if (!bad)
        return std::nullopt;
    return Error::badRequest(u"invalid_parameter"_s,
        u"\"%1\" is not a call's session id (such as ATVId_…): it may not contain '/', '\\', "
        "'..' or control characters, or be longer than %2 characters."_s.arg(sessionId.left(40))
            .arg(MAX_SESSION_ID));
}

} // namespace

void HubApi::saveWrapUp(
    const Http::Request &request, const Auth::Identity &user, Http::Respond respond)
{
    const QString sessionId = request.pathParam(u"session_id"_s);
    if (const auto bad = badSessionId(sessionId))
        return respond(toResponse(*bad));
    const auto body = JsonBody::parse(request);
    if (!body)
        return respond(toResponse(body.error()));
    if (auto only = body->onlyFields({u"disposition"_s, u"notes"_s}); !only)
        return respond(toResponse(only.error()));
    const auto disposition = body->requiredString(u"disposition"_s);
    if (!disposition)
        return respond(toResponse(disposition.error()));
    const auto notes = body->optionalString(u"notes"_s);
    if (!notes)
        return respond(toResponse(notes.error()));

    m_calls.saveWrapUp(user,
        sessionId,
        Hub::WrapUpRequest{*disposition, notes->value_or(QString())},
        request.peer.toString(),
        [respond = std::move(respond)](const Util::Result<Calls::Call, Hub::HubError> &result) {
            if (!result)
                return respond(toResponse(fromHubError(result.error())));
            respond(Http::Response::json(Calls::toJson(*result)));
        });
}

Http::Response HubApi::dispositions(const Http::Request &, const Auth::Identity &)
{
    return Http::Response::json(QJsonObject{
        {u"dispositions"_s, QJsonArray::fromStringList(m_calls.dispositions())},
        {u"notesMaxChars"_s, m_config.wrapUpNotesMaxChars},
    });
}

} // namespace Api
