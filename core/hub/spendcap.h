#pragma once

// The daily spend cap: no new click-to-call once today's spend reaches it.
//
// Africa's Talking bills each call in the account's currency and reports the amount in the
// call's final notification; the hub sums those amounts exactly (Analytics::ExactAmount) per
// currency. A cap names one or more currencies ("KES 5000, UGX 150000") and is compared per
// currency: spend in a currency the cap does not name never counts against it. "Today" is the
// hub's local day (its time zone), from midnight to midnight; a call counts on the day it
// reached the hub, as in the analytics.

#include "analytics/exactamount.h"
#include "huberror.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Util {
class IClock;
}

namespace Hub {

struct SpendLimit
{
    QString currency; // ISO 4217, upper case: "KES"
    Analytics::ExactAmount amount; // more than zero
};

// "KES 5000", "KES 5000, UGX 150000", "5000 KES"; blank = no cap. Refused in words: a missing
// or malformed currency or amount, an amount of zero or less, a currency named twice.
Util::Result<QList<SpendLimit>, QString> parseSpendCap(const QString &text);

struct CurrencySpend
{
    QString currency;
    Analytics::ExactAmount spent;
    std::optional<Analytics::ExactAmount> cap; // unset: this currency is not capped
    std::optional<Analytics::ExactAmount> remaining; // cap - spent, never below zero
    bool reached = false; // spent >= cap
};

struct TodaySpend
{
    QDateTime dayStart; // the hub's local midnight that began today (UTC)
    QDateTime resetsAt; // the next one (UTC)
    QList<CurrencySpend> currencies; // every currency spent today or capped, by code
    bool capped = false; // a cap is configured

    // The first capped currency whose cap is reached, if any.
    const CurrencySpend *reached() const;
};

class SpendMeter final
{
public:
    // Spend per currency of the calls that reached the hub in [from, to).
    using SpendBetween = std::function<Util::Result<QMap<QString, Analytics::ExactAmount>, QString>(
        const QDateTime &from, const QDateTime &to)>;

    SpendMeter(QList<SpendLimit> cap,
        SpendBetween spend,
        const Util::IClock &clock,
        QTimeZone zone = QTimeZone::systemTimeZone());

    bool hasCap() const { return !m_cap.isEmpty(); }
    const QList<SpendLimit> &cap() const { return m_cap; }

    Util::Result<TodaySpend, QString> today() const;

    // Before a call is placed: nothing while every capped currency is below its cap (or there
    // is no cap); else the 429 "spend_cap_reached" to answer, with Retry-After up to local
    // midnight. When the spend cannot be read, a 503: the hub does not spend blind.
    std::optional<HubError> refusal() const;

private:
    QList<SpendLimit> m_cap;
    SpendBetween m_spend;
    const Util::IClock &m_clock;
    QTimeZone m_zone;
};

// "KES 5000, UGX 150000", as a person reads the cap.
QString describeSpendCap(const QList<SpendLimit> &cap);

} // namespace Hub
