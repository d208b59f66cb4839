#include "restapi.h"

#include "callengine.h"
#include "faultplan.h"
#include "idgenerator.h"
#include "phone/phonenumbers.h"
#include "requestdecoder.h"
#include "simcall.h"
#include "simconfig.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

Http::Response unauthorised()
{
    // AT's akka-http answer, byte for byte (recorded on the SMS host).
    return Http::Response::bytes(
        "text/plain; charset=UTF-8", "The supplied authentication is invalid", 401)
        .withHeader("WWW-Authenticate", "Basic realm=\"api\",charset=UTF-8");
}

Http::Response transferReply(const QString &status, const QString &errorMessage)
{
    return Http::Response::json(QJsonObject{{u"callTransferResponse"_s,
        QJsonObject{{u"status"_s, status}, {u"errorMessage"_s, errorMessage}}}});
}

} // namespace

RestApi::RestApi(const SimConfig &config,
    CallEngine &engine,
    IdGenerator &ids,
    FaultPlan &faults,
    const Phone::NumberParser &numbers)
    : m_config(config)
    , m_engine(engine)
    , m_ids(ids)
    , m_faults(faults)
    , m_numbers(numbers)
{}

void RestApi::registerRoutes(Http::Router &router)
{
    const auto add = [this, &router](const QString &endpoint, Handler handler) {
        router.post(endpoint, [this, endpoint, handler](const Http::Request &request) {
            return serve(endpoint, request, handler);
        });
    };
    add(u"/call"_s, &RestApi::call);
    add(u"/queueStatus"_s, &RestApi::queueStatus);
    add(u"/mediaUpload"_s, &RestApi::mediaUpload);
    add(u"/callTransfer"_s, &RestApi::callTransfer);
    add(u"/capability-token/request"_s, &RestApi::capabilityToken);
}

Http::Response RestApi::serve(
    const QString &endpoint, const Http::Request &request, Handler handler)
{
    const std::optional<Fault> fault = m_faults.take(endpoint);
    if (fault && fault->kind != Fault::Kind::Latency) {
        qCInfo(lcSim) << "injected fault on" << endpoint;
        return FaultPlan::responseFor(*fault);
    }
    Http::Response response = [&] {
        if (const auto denied = checkAuth(request))
            return *denied;
        const auto fields = decodeRequestFields(request);
        if (!fields)
            return Http::Response::text(fields.error().toUtf8(), 400);
        return (this->*handler)(request, *fields);
    }();
    if (fault)
        response.delayMs = fault->delayMs;
    return response;
}

std::optional<Http::Response> RestApi::checkAuth(const Http::Request &request) const
{
    // Header names are case-insensitive: SDKs send "apiKey" and "apikey".
    if (request.header("apiKey") != m_config.apiKey.toUtf8() || m_config.apiKey.isEmpty())
        return unauthorised();
    return std::nullopt;
}

std::optional<Http::Response> RestApi::requireFields(
    const Util::FormFields &fields, const QStringList &names) const
{
    for (const QString &name : names) {
        if (Util::formValue(fields, name).isEmpty())
            return Http::Response::text(m_config.missingFieldMessage.arg(name).toUtf8(), 400);
    }
    return std::nullopt;
}

// --- /call ----------------------------------------------------------------------------------

QJsonObject RestApi::callEntry(
    const QString &recipient, const QString &from, const QString &requestId)
{
    const auto entry = [](const QString &number, const QString &status, const QString &session) {
        return QJsonObject{
            {u"phoneNumber"_s, number}, {u"status"_s, status}, {u"sessionId"_s, session}};
    };
    QString target;
    if (Phone::NumberParser::isSipAddress(recipient)) {
        target = recipient;
    } else {
        // AT wants international numbers: a local "0722..." is not one (reference §6).
        if (!recipient.startsWith(u'+'))
            return entry(recipient, u"InvalidPhoneNumber"_s, u"None"_s);
        const auto parsed = m_numbers.parse(recipient);
        if (!parsed || parsed->kind != Phone::AddressKind::PhoneNumber)
            return entry(recipient, u"InvalidPhoneNumber"_s, u"None"_s);
        if (!m_config.supportedRegions.contains(parsed->regionCode))
            return entry(parsed->value, u"DestinationNotSupported"_s, u"None"_s);
        target = parsed->value;
    }
    if (!m_engine.hasCredit())
        return entry(target, u"InsufficientCredit"_s, u"None"_s);
    return entry(target, u"Queued"_s, m_engine.placeOutbound(from, target, requestId));
}

Http::Response RestApi::call(const Http::Request &, const Util::FormFields &fields)
{
    if (const auto missing = requireFields(fields, {u"username"_s, u"from"_s, u"to"_s}))
        return *missing;
    if (Util::formValue(fields, u"username"_s) != m_config.username)
        return unauthorised();
    const QString from = Util::formValue(fields, u"from"_s).trimmed();
    const VoiceNumber *number = m_config.findNumber(from);
    const auto failure = [](const QString &message) {
        return Http::Response::json(
            QJsonObject{{u"entries"_s, QJsonArray{}}, {u"errorMessage"_s, message}});
    };
    if (!number)
        return failure(u"Invalid callerId: "_s + from);
    if (number->callbackUrl.isEmpty())
        return failure(u"Invalid callbackUrl: "_s);

    // The Node SDK sends the literal "undefined" when no clientRequestId was given; AT would
    // echo it like any other value, and so does the simulator.
    const QString requestId = Util::formValue(fields, u"clientRequestId"_s);
    QJsonArray entries;
    for (const QString &recipient : Util::formValue(fields, u"to"_s).split(u',')) {
        if (!recipient.trimmed().isEmpty())
            entries.append(callEntry(recipient.trimmed(), from, requestId));
    }
    return Http::Response::json(
        QJsonObject{{u"entries"_s, entries}, {u"errorMessage"_s, u"None"_s}})
        .withHeader("X-Current-Queue-Size", QByteArray::number(m_engine.awaitingAnswerCount()));
}

// --- /queueStatus ---------------------------------------------------------------------------

Http::Response RestApi::queueStatus(const Http::Request &, const Util::FormFields &fields)
{
    if (const auto missing = requireFields(fields, {u"username"_s, u"phoneNumbers"_s}))
        return *missing;
    if (Util::formValue(fields, u"username"_s) != m_config.username)
        return unauthorised();
    QStringList numbers;
    for (const QString &number : Util::formValue(fields, u"phoneNumbers"_s).split(u','))
        numbers.append(number.trimmed());
    // The legacy gateway and .NET send queueName, the PHP SDK sends name: accept both.
    QString queueName = Util::formValue(fields, u"queueName"_s);
    if (queueName.isNull())
        queueName = Util::formValue(fields, u"name"_s);

    QJsonArray entries;
    for (const QueueCount &count : m_engine.queueCounts()) {
        if (!numbers.contains(count.phoneNumber))
            continue;
        if (!queueName.isNull() && count.queueName != queueName)
            continue;
        entries.append(QJsonObject{{u"phoneNumber"_s, count.phoneNumber},
            {u"queueName"_s, count.queueName},
            {u"numCalls"_s, count.numCalls}});
    }
    return Http::Response::json(QJsonObject{
        {u"entries"_s, entries}, {u"errorMessage"_s, u"None"_s}, {u"status"_s, u"Success"_s}});
}

// --- /mediaUpload ---------------------------------------------------------------------------

Http::Response RestApi::mediaUpload(const Http::Request &, const Util::FormFields &fields)
{
    if (const auto missing = requireFields(fields, {u"username"_s, u"phoneNumber"_s, u"url"_s}))
        return *missing;
    if (Util::formValue(fields, u"username"_s) != m_config.username)
        return unauthorised();
    const QUrl url(Util::formValue(fields, u"url"_s));
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return Http::Response::text("The media url must be an http or https URL", 400);
    m_media.append(url.toString());
    // akka-http's default text for 201 Created: the body is not JSON (reference §2.2).
    return Http::Response::text(
        "The request has been fulfilled and resulted in a new resource being created.", 201);
}

// --- /callTransfer --------------------------------------------------------------------------

Http::Response RestApi::callTransfer(const Http::Request &, const Util::FormFields &fields)
{
    if (const auto missing
        = requireFields(fields, {u"username"_s, u"sessionId"_s, u"phoneNumber"_s}))
        return *missing;
    if (Util::formValue(fields, u"username"_s) != m_config.username)
        return unauthorised();
    QString callLeg = Util::formValue(fields, u"callLeg"_s);
    if (callLeg.isEmpty())
        callLeg = u"callee"_s;
    if (callLeg != u"caller"_s && callLeg != u"callee"_s)
        return transferReply(u"Aborted"_s, u"Invalid callLeg: "_s + callLeg);
    const QString target = Util::formValue(fields, u"phoneNumber"_s).trimmed();
    if (!Phone::NumberParser::isSipAddress(target)
        && (!target.startsWith(u'+') || !m_numbers.parse(target)))
        return transferReply(u"Aborted"_s, u"InvalidPhoneNumber"_s);
    SimCall *call = m_engine.find(Util::formValue(fields, u"sessionId"_s));
    if (!call)
        return transferReply(u"Aborted"_s, u"Invalid sessionId"_s);
    const auto started = call->transfer(target, callLeg);
    if (!started)
        return transferReply(u"Aborted"_s, started.error());
    return transferReply(u"Success"_s, u"None"_s);
}

// --- WebRTC ---------------------------------------------------------------------------------

Http::Response RestApi::capabilityToken(const Http::Request &, const Util::FormFields &fields)
{
    if (const auto missing
        = requireFields(fields, {u"username"_s, u"clientName"_s, u"phoneNumber"_s}))
        return *missing;
    if (Util::formValue(fields, u"username"_s) != m_config.username)
        return unauthorised();
    const QString clientName = Util::formValue(fields, u"clientName"_s);
    if (clientName.contains(u' '))
        return Http::Response::json(
            QJsonObject{{u"errorMessage"_s, u"clientName must not contain spaces"_s}}, 400);
    const auto flag = [&fields](const QString &name) {
        return Util::formValue(fields, name) != u"false"_s;
    };
    // "7200s" as the SDKs send it, or plain seconds; AT echoes the number as a string.
    QString expire = Util::formValue(fields, u"expire"_s);
    if (expire.isEmpty())
        expire = u"86400s"_s;
    static const QRegularExpression seconds(u"^([0-9]{1,9})s?$"_s);
    const QRegularExpressionMatch match = seconds.match(expire);
    if (!match.hasMatch())
        return Http::Response::json(
            QJsonObject{
                {u"errorMessage"_s, u"expire must be a number of seconds such as \"86400s\""_s}},
            400);
    expire = match.captured(1);
    return Http::Response::json(QJsonObject{{u"clientName"_s, clientName},
                                    {u"incoming"_s, flag(u"incoming"_s)},
                                    {u"lifeTimeSec"_s, expire},
                                    {u"outgoing"_s, flag(u"outgoing"_s)},
                                    {u"token"_s, m_ids.token(u"ATCAPtkn_"_s, 40)}},
        201);
}

} // namespace AtSim
