#include "spendcap.h"

#include "util/clock.h"
#include "util/logging.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

using Analytics::ExactAmount;

// The canonical form keeps the fraction non-negative, so a negative value has negative units.
bool isNegative(const ExactAmount &amount)
{
    return amount.units() < 0;
}

bool atLeast(const ExactAmount &a, const ExactAmount &b)
{
    return !isNegative(a + -b);
}

// "3 h 12 min", "45 s": how long until the cap resets, for the message.
QString duration(qint64 seconds)
{
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return u"%1 min"_s.arg(minutes);
    return u"%1 h %2 min"_s.arg(minutes / 60).arg(minutes % 60);
}

} // namespace

Util::Result<QList<SpendLimit>, QString> parseSpendCap(const QString &text)
{
    QList<SpendLimit> cap;
    const QString what = u"calls/daily-spend-cap"_s;
    static const QRegularExpression currencyFirst(u"^([A-Za-z]{3})\\s+(\\S+)$"_s);
    static const QRegularExpression amountFirst(u"^(\\S+)\\s+([A-Za-z]{3})$"_s);
    for (const QString &rawPart : text.split(u',')) {
        const QString part = rawPart.simplified();
        if (part.isEmpty()) {
            if (text.trimmed().isEmpty())
                continue;
            return Util::fail(u"%1: \"%2\" has an empty entry; write it like \"KES 5000\" or "
                              "\"KES 5000, UGX 150000\""_s.arg(what, text.simplified().left(80)));
        }
        QString currency;
        QString amountText;
        if (const auto match = currencyFirst.match(part); match.hasMatch()) {
            currency = match.captured(1);
            amountText = match.captured(2);
        } else if (const auto reversed = amountFirst.match(part); reversed.hasMatch()) {
            amountText = reversed.captured(1);
            currency = reversed.captured(2);
        } else {
            return Util::fail(u"%1: \"%2\" is not a currency code and an amount, such as "
                              "\"KES 5000\""_s.arg(what, part.left(80)));
        }
        currency = currency.toUpper();
        const auto amount = ExactAmount::parse(amountText);
        if (!amount)
            return Util::fail(
                u"%1: \"%2\" is not an amount; write digits with an optional "
                "decimal point, such as 5000 or 2500.50"_s.arg(what, amountText.left(40)));
        if (isNegative(*amount) || amount->isZero())
            return Util::fail(u"%1: the %2 cap must be more than zero (leave the setting empty "
                              "for no cap)"_s.arg(what, currency));
        for (const SpendLimit &earlier : std::as_const(cap)) {
            if (earlier.currency == currency)
                return Util::fail(u"%1: %2 is capped twice"_s.arg(what, currency));
        }
        cap.append({currency, *amount});
    }
    return cap;
}

QString describeSpendCap(const QList<SpendLimit> &cap)
{
    QStringList parts;
    for (const SpendLimit &limit : cap)
        parts << limit.currency + u' ' + limit.amount.toString();
    return parts.join(u", "_s);
}

const CurrencySpend *TodaySpend::reached() const
{
    for (const CurrencySpend &currency : currencies) {
        if (currency.reached)
            return &currency;
    }
    return nullptr;
}

SpendMeter::SpendMeter(
    QList<SpendLimit> cap, SpendBetween spend, const Util::IClock &clock, QTimeZone zone)
    : m_cap(std::move(cap))
    , m_spend(std::move(spend))
    , m_clock(clock)
    , m_zone(std::move(zone))
{}

Util::Result<TodaySpend, QString> SpendMeter::today() const
{
    const QDateTime local = m_clock.now().toTimeZone(m_zone);
    TodaySpend today;
    today.dayStart = QDateTime(local.date(), QTime(0, 0), m_zone).toUTC();
    today.resetsAt = QDateTime(local.date().addDays(1), QTime(0, 0), m_zone).toUTC();
    today.capped = hasCap();
    const auto spent = m_spend(today.dayStart, today.resetsAt);
    if (!spent)
        return Util::fail(spent.error());

    QMap<QString, CurrencySpend> byCurrency;
    for (auto it = spent->cbegin(); it != spent->cend(); ++it) {
        if (it.key().isEmpty())
            continue; // calls without a readable cost
        byCurrency[it.key()].spent = it.value();
    }
    for (const SpendLimit &limit : m_cap) {
        CurrencySpend &entry = byCurrency[limit.currency];
        entry.cap = limit.amount;
        const ExactAmount left = limit.amount + -entry.spent;
        entry.remaining = isNegative(left) ? ExactAmount() : left;
        entry.reached = atLeast(entry.spent, limit.amount);
    }
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it) {
        it->currency = it.key();
        today.currencies.append(*it);
    }
    return today;
}

std::optional<HubError> SpendMeter::refusal() const
{
    if (!hasCap())
        return std::nullopt;
    const auto today = this->today();
    if (!today) {
        qCWarning(lcHub).noquote() << "cannot read today's spend:" << today.error();
        return HubError{HubError::Code::Storage,
            u"storage_unavailable"_s,
            u"The hub cannot read today's spend to check the daily spend cap: %1"_s.arg(
                today.error()),
            0};
    }
    const CurrencySpend *reached = today->reached();
    if (!reached)
        return std::nullopt;
    const qint64 wait = std::max<qint64>(1, m_clock.now().secsTo(today->resetsAt));
    const QDateTime resetsLocal = today->resetsAt.toTimeZone(m_zone);
    HubError error{HubError::Code::RateLimited,
        u"spend_cap_reached"_s,
        u"Today's spend has reached the daily cap: %1 %2 spent of a %1 %3 cap. No calls can be "
        "placed until the cap resets at midnight, hub time (%4, in %5)."_s.arg(reached->currency,
            reached->spent.toString(),
            reached->cap->toString(),
            resetsLocal.toString(u"yyyy-MM-dd HH:mm t"_s),
            duration(wait)),
        static_cast<int>(std::min<qint64>(wait, 48 * 3600))};
    return error;
}

} // namespace Hub
