// GET /api/spend/today: what the centre has spent today (the hub's local day) per currency,
// the daily cap and what remains of it. Every logged-in user may read it: an agent refused a
// call by the cap should be able to see why.

#include "calls/calljson.h"
#include "hub/spendcap.h"
#include "hubapi.h"
#include "queryparams.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Api {

Http::Response HubApi::spendToday(const Http::Request &request, const Auth::Identity &)
{
    if (const auto unknown = unknownParameter(request, {}))
        return toResponse(*unknown);
    const auto today = m_spend.today();
    if (!today)
        return toResponse(Error::unavailable(u"storage_unavailable"_s,
            u"The hub cannot read today's spend: %1"_s.arg(today.error())));
    QJsonObject spent;
    QJsonObject cap;
    QJsonObject remaining;
    for (const Hub::CurrencySpend &currency : today->currencies) {
        spent.insert(currency.currency, currency.spent.toString());
        if (currency.cap)
            cap.insert(currency.currency, currency.cap->toString());
        if (currency.remaining)
            remaining.insert(currency.currency, currency.remaining->toString());
    }
    const Hub::CurrencySpend *reached = today->reached();
    return Http::Response::json(QJsonObject{
        {u"from"_s, Calls::isoTime(today->dayStart)},
        {u"resetsAt"_s, Calls::isoTime(today->resetsAt)},
        {u"spent"_s, spent},
        {u"cap"_s, today->capped ? QJsonValue(cap) : QJsonValue(QJsonValue::Null)},
        {u"remaining"_s, today->capped ? QJsonValue(remaining) : QJsonValue(QJsonValue::Null)},
        {u"capReached"_s, reached != nullptr},
    });
}

} // namespace Api
