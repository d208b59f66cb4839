// /api/analytics/...: call volume, agent performance, call durations and a summary, for a
// time range (the last 7 days unless from/to say otherwise), as far as the user may see.

#include "analytics/analyticsjson.h"
#include "analytics/reports.h"
#include "hubapi.h"
#include "queryparams.h"

using namespace Qt::StringLiterals;

namespace Api {

namespace {

Error fromReportError(const Analytics::ReportError &error)
{
    switch (error.kind) {
    case Analytics::ReportError::Kind::InvalidInput:
        return Error::badRequest(error.code, error.message);
    case Analytics::ReportError::Kind::Forbidden:
        return Error::forbidden(error.message);
    case Analytics::ReportError::Kind::Storage:
        break;
    }
    return Error::unavailable(error.code, error.message);
}

// The parameters every analytics route takes, plus its own; then the range they give.
Util::Result<Analytics::ReportRange, Error> rangeOf(const Http::Request &request,
    const Analytics::Reports &reports,
    QSet<QString> known,
    bool takesTz)
{
    known << u"from"_s << u"to"_s;
    if (takesTz)
        known << u"tz"_s;
    if (const auto unknown = unknownParameter(request, known))
        return Util::fail(*unknown);
    Analytics::RangeRequest wanted;
    const auto from = timeParameter(request, u"from"_s);
    if (!from)
        return Util::fail(from.error());
    const auto to = timeParameter(request, u"to"_s);
    if (!to)
        return Util::fail(to.error());
    wanted.from = *from;
    wanted.to = *to;
    if (takesTz) {
        const auto tz = intParameter(request,
            u"tz"_s,
            0,
            Analytics::MIN_TZ_OFFSET_MINUTES,
            Analytics::MAX_TZ_OFFSET_MINUTES);
        if (!tz)
            return Util::fail(tz.error());
        wanted.tzOffsetMinutes = *tz;
    }
    const auto range = reports.range(wanted);
    if (!range)
        return Util::fail(fromReportError(range.error()));
    return *range;
}

template <typename T>
Http::Response answer(const Util::Result<T, Analytics::ReportError> &result)
{
    if (!result)
        return toResponse(fromReportError(result.error()));
    return Http::Response::json(Analytics::toJson(*result));
}

} // namespace

Http::Response HubApi::callVolume(const Http::Request &request, const Auth::Identity &user)
{
    const auto range = rangeOf(request, m_analytics, {u"bucket"_s, u"direction"_s}, true);
    if (!range)
        return toResponse(range.error());
    const QString bucketText = request.queryValue(u"bucket"_s);
    const auto bucket = bucketText.isEmpty() ? std::optional(Analytics::Bucket::Day)
                                             : Analytics::bucketFromName(bucketText);
    if (!bucket)
        return toResponse(
            Error::badRequest(u"invalid_parameter"_s, u"\"bucket\" must be hour, day or week"_s));
    const QString direction = request.queryValue(u"direction"_s);
    if (!direction.isEmpty() && direction != u"inbound"_s && direction != u"outbound"_s)
        return toResponse(Error::badRequest(
            u"invalid_parameter"_s, u"\"direction\" must be inbound or outbound"_s));
    return answer(m_analytics.callVolume(user, *range, *bucket, direction));
}

Http::Response HubApi::agentPerformance(const Http::Request &request, const Auth::Identity &user)
{
    const auto range = rangeOf(request, m_analytics, {}, false);
    if (!range)
        return toResponse(range.error());
    const auto performance = m_analytics.agentPerformance(user, *range);
    if (!performance)
        return toResponse(fromReportError(performance.error()));
    // Each row also says how long the agent spent in each state (agentstatecontroller.cpp).
    const auto json
        = withTimeInState(Analytics::toJson(*performance), user, range->from(), range->to());
    if (!json)
        return toResponse(json.error());
    return Http::Response::json(*json);
}

Http::Response HubApi::callDurationStats(const Http::Request &request, const Auth::Identity &user)
{
    const auto range = rangeOf(request, m_analytics, {u"agent"_s}, false);
    if (!range)
        return toResponse(range.error());
    const QString agent = request.queryValue(u"agent"_s).trimmed().toLower();
    return answer(m_analytics.durationStats(user, *range, agent));
}

Http::Response HubApi::analyticsSummary(const Http::Request &request, const Auth::Identity &user)
{
    const auto range = rangeOf(request, m_analytics, {}, false);
    if (!range)
        return toResponse(range.error());
    return answer(m_analytics.summary(user, *range));
}

} // namespace Api
