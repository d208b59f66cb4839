#include "controlapi.h"

#include "callengine.h"
#include "faultplan.h"
#include "idgenerator.h"
#include "phonedirectory.h"
#include "recordingstore.h"
#include "restapi.h"
#include "simcall.h"
#include "simclock.h"
#include "transcript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

Http::Response error(int status, const QString &code, const QString &message)
{
    return Http::Response::json(
        QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}}, status);
}

// The JSON object in a request body, or an error response saying what is wrong with it.
std::optional<Http::Response> readObject(const Http::Request &request, QJsonObject *out)
{
    if (request.body.trimmed().isEmpty()) {
        *out = {};
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400,
            u"invalid_json"_s,
            u"The body must be a JSON object: %1"_s.arg(parseError.errorString()));
    *out = document.object();
    return std::nullopt;
}

Http::Response callNotFound(const QString &sessionId)
{
    return error(404, u"call_not_found"_s, u"No simulated call has session id %1"_s.arg(sessionId));
}

} // namespace

ControlApi::ControlApi(const SimConfig &config,
    CallEngine &engine,
    PhoneDirectory &phones,
    FaultPlan &faults,
    Transcript &transcript,
    RecordingStore &recordings,
    const RestApi &rest)
    : m_config(config)
    , m_engine(engine)
    , m_phones(phones)
    , m_faults(faults)
    , m_transcript(transcript)
    , m_recordings(recordings)
    , m_rest(rest)
{}

void ControlApi::registerRoutes(Http::Router &router)
{
    router.get(u"/sim/health"_s, [this](const Http::Request &) { return health(); });
    router.get(u"/sim/config"_s, [this](const Http::Request &) { return showConfig(); });
    router.get(u"/sim/phones"_s,
        [this](const Http::Request &) { return Http::Response::json(m_phones.toJson()); });
    router.add(
        "PUT", u"/sim/phones/{address}"_s, [this](const Http::Request &r) { return setPhone(r); });
    router.add("DELETE", u"/sim/phones/{address}"_s, [this](const Http::Request &r) {
        m_phones.remove(r.pathParam(u"address"_s));
        return Http::Response::empty(204);
    });
    router.add("PUT", u"/sim/default-phone"_s, [this](const Http::Request &r) {
        return setDefaultPhone(r);
    });
    router.post(u"/sim/calls"_s, [this](const Http::Request &r) { return ringInbound(r); });
    router.get(u"/sim/calls"_s, [this](const Http::Request &) { return listCalls(); });
    router.get(u"/sim/calls/{sessionId}"_s, [this](const Http::Request &r) { return showCall(r); });
    router.post(
        u"/sim/calls/{sessionId}/hangup"_s, [this](const Http::Request &r) { return hangUp(r); });
    router.post(u"/sim/calls/{sessionId}/dtmf"_s,
        [this](const Http::Request &r) { return pressDigits(r); });
    router.get(u"/sim/queues"_s, [this](const Http::Request &) { return queues(); });
    router.get(u"/sim/transcript"_s, [this](const Http::Request &r) {
        return Http::Response::json(m_transcript.toJson(r.queryValue(u"sessionId"_s)));
    });
    router.get(u"/sim/faults"_s,
        [this](const Http::Request &) { return Http::Response::json(m_faults.toJson()); });
    router.post(u"/sim/faults"_s, [this](const Http::Request &r) { return addFault(r); });
    router.add("DELETE", u"/sim/faults"_s, [this](const Http::Request &) {
        m_faults.clear();
        return Http::Response::empty(204);
    });
    router.add("PUT", u"/sim/balance"_s, [this](const Http::Request &r) { return setBalance(r); });
    router.get(u"/sim/media"_s, [this](const Http::Request &) {
        return Http::Response::json(QJsonArray::fromStringList(m_rest.uploadedMedia()));
    });
    router.get(u"/recordings/{name}"_s, [this](const Http::Request &r) {
        return m_recordings.serve(r.pathParam(u"name"_s), r.header("Range"));
    });
}

Http::Response ControlApi::health() const
{
    return Http::Response::json(QJsonObject{{u"status"_s, u"ok"_s},
        {u"seed"_s, qint64(m_engine.ids().seed())},
        {u"speed"_s, m_engine.clock().speed()}});
}

Http::Response ControlApi::showConfig() const
{
    QJsonArray numbers;
    for (const VoiceNumber &number : m_config.numbers)
        numbers.append(QJsonObject{
            {u"number"_s, number.number}, {u"callbackUrl"_s, number.callbackUrl.toString()}});
    QJsonObject prices;
    for (auto it = m_config.prices.cbegin(); it != m_config.prices.cend(); ++it)
        prices.insert(
            it.key(), QJsonObject{{u"currency"_s, it->currency}, {u"perMinute"_s, it->perMinute}});
    QJsonObject json{{u"username"_s, m_config.username},
        {u"numbers"_s, numbers},
        {u"seed"_s, qint64(m_engine.ids().seed())},
        {u"speed"_s, m_engine.clock().speed()},
        {u"prices"_s, prices},
        {u"supportedRegions"_s, QJsonArray::fromStringList(m_config.supportedRegions)},
        {u"appReplyTimeoutMs"_s, m_config.appReplyTimeoutMs}};
    json.insert(u"balance"_s, m_engine.balance() ? QJsonValue(*m_engine.balance()) : QJsonValue());
    return Http::Response::json(json);
}

Http::Response ControlApi::setPhone(const Http::Request &request)
{
    QJsonObject body;
    if (const auto bad = readObject(request, &body))
        return *bad;
    const QString address = request.pathParam(u"address"_s);
    const auto behaviour = PhoneBehaviour::fromJson(body, m_phones.defaultBehaviour());
    if (!behaviour)
        return error(400, u"invalid_behaviour"_s, behaviour.error());
    m_phones.set(address, *behaviour);
    return Http::Response::json(behaviour->toJson());
}

Http::Response ControlApi::setDefaultPhone(const Http::Request &request)
{
    QJsonObject body;
    if (const auto bad = readObject(request, &body))
        return *bad;
    const auto behaviour = PhoneBehaviour::fromJson(body, m_phones.defaultBehaviour());
    if (!behaviour)
        return error(400, u"invalid_behaviour"_s, behaviour.error());
    m_phones.setDefaultBehaviour(*behaviour);
    return Http::Response::json(behaviour->toJson());
}

Http::Response ControlApi::ringInbound(const Http::Request &request)
{
    QJsonObject body;
    if (const auto bad = readObject(request, &body))
        return *bad;
    InboundRequest inbound;
    inbound.from = body.value(u"from"_s).toString();
    inbound.clientName = body.value(u"client"_s).toString();
    inbound.to = body.value(u"to"_s).toString();
    inbound.clientDialedNumber = body.value(u"dialed"_s).toString();
    if (inbound.to.isEmpty())
        return error(400, u"missing_field"_s, u"\"to\" (the AT number to ring) is required"_s);
    if (inbound.from.isEmpty() == inbound.clientName.isEmpty())
        return error(400,
            u"missing_field"_s,
            u"Give exactly one of \"from\" (a phone number) or \"client\" (a WebRTC "
            "client name)"_s);
    if (body.contains(u"behaviour"_s)) {
        const auto behaviour = PhoneBehaviour::fromJson(
            body.value(u"behaviour"_s).toObject(), m_phones.defaultBehaviour());
        if (!behaviour)
            return error(400, u"invalid_behaviour"_s, behaviour.error());
        inbound.behaviour = *behaviour;
    }
    const auto sessionId = m_engine.ringInbound(inbound);
    if (!sessionId)
        return error(422, u"cannot_ring"_s, sessionId.error());
    return Http::Response::json(QJsonObject{{u"sessionId"_s, *sessionId}}, 201);
}

Http::Response ControlApi::listCalls() const
{
    QJsonArray calls;
    for (const SimCall *call : m_engine.calls())
        calls.append(call->toJson());
    return Http::Response::json(calls);
}

Http::Response ControlApi::showCall(const Http::Request &request) const
{
    const QString sessionId = request.pathParam(u"sessionId"_s);
    const SimCall *call = m_engine.find(sessionId);
    if (!call)
        return callNotFound(sessionId);
    QJsonObject json = call->toJson();
    json.insert(u"exchanges"_s, m_transcript.toJson(sessionId));
    return Http::Response::json(json);
}

Http::Response ControlApi::hangUp(const Http::Request &request)
{
    const QString sessionId = request.pathParam(u"sessionId"_s);
    SimCall *call = m_engine.find(sessionId);
    if (!call)
        return callNotFound(sessionId);
    if (call->isFinished())
        return error(409, u"call_ended"_s, u"The call has already ended"_s);
    call->hangUpByPhoneUser();
    return Http::Response::empty(202);
}

Http::Response ControlApi::pressDigits(const Http::Request &request)
{
    QJsonObject body;
    if (const auto bad = readObject(request, &body))
        return *bad;
    const QString sessionId = request.pathParam(u"sessionId"_s);
    SimCall *call = m_engine.find(sessionId);
    if (!call)
        return callNotFound(sessionId);
    const QString digits = body.value(u"digits"_s).toString();
    if (digits.isEmpty())
        return error(400, u"missing_field"_s, u"\"digits\" is required"_s);
    for (const QChar c : digits) {
        if (!(c >= u'0' && c <= u'9') && c != u'*' && c != u'#') // ASCII keys only
            return error(400, u"invalid_digits"_s, u"DTMF digits may only be 0-9, * and #"_s);
    }
    if (call->isFinished())
        return error(409, u"call_ended"_s, u"The call has already ended"_s);
    call->pressDigits(digits);
    return Http::Response::empty(202);
}

Http::Response ControlApi::queues() const
{
    QJsonArray out;
    for (const QueueCount &count : m_engine.queueCounts())
        out.append(QJsonObject{{u"phoneNumber"_s, count.phoneNumber},
            {u"queueName"_s, count.queueName},
            {u"numCalls"_s, count.numCalls}});
    return Http::Response::json(out);
}

Http::Response ControlApi::addFault(const Http::Request &request)
{
    QJsonObject body;
    if (const auto bad = readObject(request, &body))
        return *bad;
    const auto fault = Fault::fromJson(body);
    if (!fault)
        return error(400, u"invalid_fault"_s, fault.error());
    m_faults.add(*fault);
    return Http::Response::json(fault->toJson(), 201);
}

Http::Response ControlApi::setBalance(const Http::Request &request)
{
    QJsonObject body;
    if (const auto bad = readObject(request, &body))
        return *bad;
    const QJsonValue amount = body.value(u"amount"_s);
    if (amount.isNull() || amount.isUndefined())
        m_engine.setBalance(std::nullopt);
    else if (amount.isDouble())
        m_engine.setBalance(amount.toDouble());
    else
        return error(
            400, u"invalid_amount"_s, u"\"amount\" must be a number, or null for no limit"_s);
    return showConfig();
}

} // namespace AtSim
