#include "results.h"

using namespace Qt::StringLiterals;

namespace Bench {

QJsonObject toJson(const WebhookLoadResult &r)
{
    return {{u"sent"_s, r.sent},
        {u"answered200"_s, r.answered200},
        {u"answeredOther"_s, r.answeredOther},
        {u"firstOk"_s, r.firstOk},
        {u"finalOk"_s, r.finalOk},
        {u"xmlAnswers"_s, r.xmlAnswers},
        {u"connectionErrors"_s, r.connectionErrors},
        {u"sessionsAcked"_s, r.sessionsAcked},
        {u"measured"_s, r.measured},
        {u"measuredSeconds"_s, r.measuredSeconds},
        {u"requestsPerSecond"_s, r.requestsPerSecond},
        {u"latency"_s, toJson(r.latency)},
        {u"cpuSeconds"_s, r.cpuSeconds},
        {u"wallSeconds"_s, r.wallSeconds},
        {u"firstProblem"_s, r.firstProblem}};
}

WebhookLoadResult webhookLoadFromJson(const QJsonObject &json)
{
    WebhookLoadResult r;
    r.sent = json.value(u"sent"_s).toInteger();
    r.answered200 = json.value(u"answered200"_s).toInteger();
    r.answeredOther = json.value(u"answeredOther"_s).toInteger();
    r.firstOk = json.value(u"firstOk"_s).toInteger();
    r.finalOk = json.value(u"finalOk"_s).toInteger();
    r.xmlAnswers = json.value(u"xmlAnswers"_s).toInteger();
    r.connectionErrors = json.value(u"connectionErrors"_s).toInteger();
    r.sessionsAcked = json.value(u"sessionsAcked"_s).toInteger();
    r.measured = json.value(u"measured"_s).toInteger();
    r.measuredSeconds = json.value(u"measuredSeconds"_s).toDouble();
    r.requestsPerSecond = json.value(u"requestsPerSecond"_s).toDouble();
    r.latency = percentilesFromJson(json.value(u"latency"_s).toObject());
    r.cpuSeconds = json.value(u"cpuSeconds"_s).toDouble();
    r.wallSeconds = json.value(u"wallSeconds"_s).toDouble();
    r.firstProblem = json.value(u"firstProblem"_s).toString();
    return r;
}

QJsonObject toJson(const FanoutResult &r)
{
    return {{u"subscribed"_s, r.subscribed},
        {u"subscribeSeconds"_s, r.subscribeSeconds},
        {u"posted"_s, r.posted},
        {u"postedOk"_s, r.postedOk},
        {u"expected"_s, r.expected},
        {u"delivered"_s, r.delivered},
        {u"closedByHub"_s, r.closedByHub},
        {u"kernelTimestamps"_s, r.kernelTimestamps},
        {u"arrival"_s, toJson(r.arrival)},
        {u"readByProbe"_s, toJson(r.readByProbe)},
        {u"lastSubscriber"_s, toJson(r.lastSubscriber)},
        {u"webhook"_s, toJson(r.webhook)},
        {u"cpuSeconds"_s, r.cpuSeconds},
        {u"firstProblem"_s, r.firstProblem}};
}

FanoutResult fanoutFromJson(const QJsonObject &json)
{
    FanoutResult r;
    r.subscribed = json.value(u"subscribed"_s).toInt();
    r.subscribeSeconds = json.value(u"subscribeSeconds"_s).toDouble();
    r.posted = json.value(u"posted"_s).toInteger();
    r.postedOk = json.value(u"postedOk"_s).toInteger();
    r.expected = json.value(u"expected"_s).toInteger();
    r.delivered = json.value(u"delivered"_s).toInteger();
    r.closedByHub = json.value(u"closedByHub"_s).toInteger();
    r.kernelTimestamps = json.value(u"kernelTimestamps"_s).toBool();
    r.arrival = percentilesFromJson(json.value(u"arrival"_s).toObject());
    r.readByProbe = percentilesFromJson(json.value(u"readByProbe"_s).toObject());
    r.lastSubscriber = percentilesFromJson(json.value(u"lastSubscriber"_s).toObject());
    r.webhook = percentilesFromJson(json.value(u"webhook"_s).toObject());
    r.cpuSeconds = json.value(u"cpuSeconds"_s).toDouble();
    r.firstProblem = json.value(u"firstProblem"_s).toString();
    return r;
}

} // namespace Bench
