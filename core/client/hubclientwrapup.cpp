// HubClient's wrap-up requests (the dispositions, saving a call's wrap-up) and today's spend
// against the daily cap, with the readers of their answers.

#include "calls/calljson.h"
#include "hubclientprivate.h"
#include "jsonfield.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Client {

namespace {

Util::Result<WrapUpChoices, QString> readChoices(const QJsonObject &json)
{
    auto dispositions = nameListAt(json, u"dispositions"_s);
    if (!dispositions)
        return Util::fail(dispositions.error());
    WrapUpChoices choices;
    choices.dispositions = dispositions.value();
    const QJsonValue limit = json.value(u"notesMaxChars"_s);
    if (!limit.isDouble() || limit.toInt() < 1)
        return wrongField(u"notesMaxChars"_s, u"a number"_s);
    choices.notesMaxChars = limit.toInt();
    return choices;
}

// {"KES": "12.5"}, or null (an absent cap): amounts kept as the exact text the hub sent.
Util::Result<QMap<QString, QString>, QString> amountsAt(const QJsonObject &json, const QString &key)
{
    QMap<QString, QString> amounts;
    const QJsonValue value = json.value(key);
    if (value.isNull() || value.isUndefined())
        return amounts;
    if (!value.isObject())
        return wrongField(key, u"amounts per currency"_s);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isString())
            return wrongField(key + u'.' + it.key(), u"an amount"_s);
        amounts.insert(it.key(), it->toString());
    }
    return amounts;
}

Util::Result<SpendToday, QString> readSpend(const QJsonObject &json)
{
    SpendToday spend;
    spend.from = QDateTime::fromString(json.value(u"from"_s).toString(), Qt::ISODateWithMs);
    spend.resetsAt = QDateTime::fromString(json.value(u"resetsAt"_s).toString(), Qt::ISODateWithMs);
    if (!spend.from.isValid() || !spend.resetsAt.isValid())
        return wrongField(u"from"_s, u"an ISO 8601 time"_s);
    auto spent = amountsAt(json, u"spent"_s);
    auto cap = amountsAt(json, u"cap"_s);
    auto remaining = amountsAt(json, u"remaining"_s);
    if (!spent)
        return Util::fail(spent.error());
    if (!cap)
        return Util::fail(cap.error());
    if (!remaining)
        return Util::fail(remaining.error());
    spend.spent = *spent;
    spend.cap = *cap;
    spend.remaining = *remaining;
    spend.capped = json.value(u"cap"_s).isObject();
    spend.capReached = json.value(u"capReached"_s).toBool();
    return spend;
}

} // namespace

void HubClient::dispositions(Reply<WrapUpChoices> reply)
{
    d->fetch<WrapUpChoices>(
        "GET", u"/api/wrap-up/dispositions"_s, {}, std::nullopt, readChoices, std::move(reply));
}

void HubClient::saveWrapUp(const QString &sessionId,
    const QString &disposition,
    const QString &notes,
    Reply<Calls::Call> reply)
{
    d->fetch<Calls::Call>(
        "POST",
        u"/api/calls/%1/wrap-up"_s.arg(pathSegment(sessionId)),
        {},
        QJsonObject{{u"disposition"_s, disposition}, {u"notes"_s, notes}},
        [](const QJsonObject &json) { return Calls::callFromJson(json); },
        std::move(reply));
}

void HubClient::spendToday(Reply<SpendToday> reply)
{
    d->fetch<SpendToday>(
        "GET", u"/api/spend/today"_s, {}, std::nullopt, readSpend, std::move(reply));
}

} // namespace Client
