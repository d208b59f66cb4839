// CallCenter, part three: the wrap-up an agent records after a call (a disposition from the
// configured list and notes). It is part of the call: stored with it through the journal and
// published as a call_update, so every console showing the call sees it.

#include "agentstateservice.h"
#include "callcenter.h"
#include "calljournal.h"
#include "util/clock.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

HubError error(HubError::Code code, const QString &errorCode, const QString &message)
{
    return HubError{code, errorCode, message, 0};
}

std::optional<QString> canonicalDisposition(const QStringList &known, const QString &given)
{
    const QString wanted = given.simplified();
    for (const QString &disposition : known) {
        if (disposition.compare(wanted, Qt::CaseInsensitive) == 0)
            return disposition;
    }
    return std::nullopt;
}

} // namespace

void CallCenter::saveWrapUp(const Auth::Identity &user,
    const QString &sessionId,
    const WrapUpRequest &request,
    const QString &remoteAddress,
    CallDone done)
{
    const auto fail = [&done](HubError error) {
        done(Util::Result<Calls::Call, HubError>(Util::fail(std::move(error))));
    };
    const std::optional<Calls::Call> found = knownCall(sessionId);
    if (!found)
        return fail(error(HubError::Code::NotFound,
            u"not_found"_s,
            u"No call %1 that you can see."_s.arg(sessionId.left(64))));
    // Only the call's own agent wraps it up; supervisors and admins may correct it.
    if (!Auth::canSeeAllCalls(user.role) && found->agent != user.username)
        return fail(error(HubError::Code::Forbidden,
            u"forbidden"_s,
            u"Only the agent who handled the call, a supervisor or an admin may wrap it up."_s));
    const auto disposition = canonicalDisposition(m_config.wrapUpDispositions, request.disposition);
    if (!disposition)
        return fail(error(HubError::Code::InvalidInput,
            u"unknown_disposition"_s,
            u"\"%1\" is not a disposition; choose one of: %2"_s.arg(
                request.disposition.left(64), m_config.wrapUpDispositions.join(u", "_s))));
    // Characters as people count them (an emoji is one), not UTF-16 units.
    const qsizetype length = request.notes.toUcs4().size();
    if (length > m_config.wrapUpNotesMaxChars)
        return fail(error(HubError::Code::InvalidInput,
            u"invalid_field"_s,
            u"\"notes\" must be at most %1 characters (these are %2)"_s
                .arg(m_config.wrapUpNotesMaxChars)
                .arg(length)));

    const QDateTime now = m_services.clock.now();
    Calls::Call updated = *found;
    const bool replaces = updated.wrapUp.has_value();
    updated.wrapUp = Calls::WrapUp{*disposition, request.notes, user.username, now};
    updated.updatedAt = now;
    // The notes may hold personal details: the audit log records who, which call and the
    // disposition, not the text.
    audit(user,
        replaces ? u"call.wrap_up.replace"_s : u"call.wrap_up"_s,
        sessionId,
        u"%1 (notes: %2 characters)"_s.arg(*disposition).arg(length),
        remoteAddress);
    // The agent's own wrap-up ends their after-call work (a supervisor's correction does not:
    // the agent may be wrapping up another call). Once stored, so a failed save changes nothing.
    const QString endsWorkOf = found->agent == user.username ? user.username : QString();
    save(updated,
        false,
        remoteAddress,
        [this, endsWorkOf, done = std::move(done)](
            const Util::Result<Calls::Call, HubError> &result) {
            if (result && !endsWorkOf.isEmpty() && m_agentStates)
                m_agentStates->endAfterCallWork(endsWorkOf);
            done(result);
        });
}

} // namespace Hub
