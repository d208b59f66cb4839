#include "atresponseparser.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace At {

namespace {

const QString KEY_ERROR_MESSAGE = u"errorMessage"_s;
const QString KEY_ENTRIES = u"entries"_s;
const QString KEY_STATUS = u"status"_s;
const QString KEY_PHONE_NUMBER = u"phoneNumber"_s;
const QString KEY_SESSION_ID = u"sessionId"_s;
const QString KEY_QUEUE_NAME = u"queueName"_s;
const QString KEY_NUM_CALLS = u"numCalls"_s;
const QString KEY_TRANSFER_RESPONSE = u"callTransferResponse"_s;
constexpr qsizetype MAX_PROVIDER_TEXT = 300;

// AT says "None" where other APIs would say null: in errorMessage and in a failed sessionId.
bool isNone(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || trimmed.compare(u"None"_s, Qt::CaseInsensitive) == 0;
}

bool isSuccessStatus(int status)
{
    return status >= 200 && status < 300;
}

// AT's words from an error body, readable in a details view: the errorMessage of a JSON body,
// the text of an HTML error page (load balancers send those), or the plain text, shortened.
QString providerWords(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject() && json.object().value(KEY_ERROR_MESSAGE).isString())
        return json.object().value(KEY_ERROR_MESSAGE).toString().trimmed();
    QString text = QString::fromUtf8(body);
    if (text.contains(u"<html"_s, Qt::CaseInsensitive)) {
        static const QRegularExpression tags(u"<[^>]*>"_s);
        text.replace(tags, u" "_s);
    }
    text = text.simplified();
    if (text.size() > MAX_PROVIDER_TEXT)
        text = text.left(MAX_PROVIDER_TEXT) + u'…';
    return text;
}

// Appended when AT may have carried the request out although we cannot tell.
QString mayBeDoneWarning(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Call:
        return u' '
            + QCoreApplication::translate("At::Client",
                "The call may already be ringing: check the call list or the Africa's Talking "
                "dashboard before dialling again.");
    case Endpoint::CallTransfer:
        return u' '
            + QCoreApplication::translate("At::Client",
                "The transfer may already be under way: check the call before trying again.");
    case Endpoint::QueueStatus:
    case Endpoint::MediaUpload:
        break;
    }
    return {};
}

Error makeError(Error::Code code, int httpStatus, QString message, QString providerText = {})
{
    Error error;
    error.code = code;
    error.httpStatus = httpStatus;
    error.message = std::move(message);
    error.providerText = std::move(providerText);
    return error;
}

Error networkError(Endpoint endpoint, const TransportReply &reply)
{
    const QString detail = reply.errorString.trimmed();
    switch (reply.outcome) {
    case TransportOutcome::ConnectionRefused:
    case TransportOutcome::HostNotFound:
    case TransportOutcome::TlsError: {
        const QString reason = reply.outcome == TransportOutcome::ConnectionRefused
            ? QCoreApplication::translate("At::Client", "the connection was refused")
            : reply.outcome == TransportOutcome::HostNotFound
            ? QCoreApplication::translate("At::Client", "the server name was not found")
            : QCoreApplication::translate("At::Client", "a secure connection could not be set up");
        return makeError(Error::Code::ConnectionFailed,
            0,
            QCoreApplication::translate("At::Client",
                "Could not reach Africa's Talking: %1. Nothing was sent. Check the "
                "internet connection and the voice service address in Settings.")
                .arg(reason),
            detail);
    }
    case TransportOutcome::Timeout: {
        Error error = makeError(Error::Code::Timeout,
            0,
            QCoreApplication::translate("At::Client", "Africa's Talking did not answer in time.")
                + mayBeDoneWarning(endpoint),
            detail);
        error.mayHaveReachedAt = true;
        return error;
    }
    case TransportOutcome::ConnectionLost:
    case TransportOutcome::NetworkError:
    case TransportOutcome::Completed:
        break;
    }
    Error error = makeError(Error::Code::NetworkError,
        0,
        QCoreApplication::translate("At::Client",
            "The connection to Africa's Talking broke before an answer "
            "arrived.")
            + mayBeDoneWarning(endpoint),
        detail);
    error.mayHaveReachedAt = true;
    return error;
}

Error httpError(Endpoint endpoint, const TransportReply &reply)
{
    const int status = reply.status;
    const QString words = providerWords(reply.body);
    if (status == 401)
        return makeError(Error::Code::Unauthorised,
            status,
            QCoreApplication::translate("At::Client",
                "Africa's Talking rejected the API key (HTTP 401). Check the API key "
                "and username in Settings."),
            words);
    if (status == 400)
        return makeError(Error::Code::BadRequest,
            status,
            words.isEmpty() ? QCoreApplication::translate(
                "At::Client", "Africa's Talking refused the request as malformed (HTTP 400).")
                            : QCoreApplication::translate("At::Client",
                                "Africa's Talking refused the request as malformed (HTTP 400): "
                                "%1")
                                  .arg(words),
            words);
    if (status == 429)
        return makeError(Error::Code::RateLimited,
            status,
            QCoreApplication::translate("At::Client",
                "Africa's Talking is limiting requests from this account (HTTP 429). "
                "Wait a moment and try again."),
            words);
    if (status == 404)
        return makeError(Error::Code::HttpError,
            status,
            QCoreApplication::translate("At::Client",
                "The voice service address has no %1 (HTTP 404). Check the voice "
                "service address in Settings.")
                .arg(endpointPath(endpoint)),
            words);
    if (status >= 300 && status < 400)
        return makeError(Error::Code::HttpError,
            status,
            QCoreApplication::translate("At::Client",
                "The voice service address redirects elsewhere (HTTP %1). Check the "
                "voice service address in Settings.")
                .arg(status),
            QString::fromUtf8(reply.header("Location")));
    if (status >= 400 && status < 500)
        return makeError(Error::Code::HttpError,
            status,
            QCoreApplication::translate(
                "At::Client", "Africa's Talking refused the request (HTTP %1).")
                .arg(status),
            words);
    // 5xx, or a status no HTTP server should send: AT may have done the work before failing.
    Error error = makeError(Error::Code::HttpError,
        status,
        QCoreApplication::translate(
            "At::Client", "Africa's Talking had a server problem (HTTP %1).")
                .arg(status)
            + mayBeDoneWarning(endpoint),
        words);
    error.mayHaveReachedAt = true;
    return error;
}

// A 2xx whose body is not what AT documents. AT accepted *something*, so the work may be done.
Error badResponse(Endpoint endpoint, const TransportReply &reply, const QString &detail)
{
    qCWarning(lcAt) << "unexpected reply to" << endpointPath(endpoint) << "HTTP" << reply.status
                    << detail;
    Error error = makeError(Error::Code::BadResponse,
        reply.status,
        QCoreApplication::translate(
            "At::Client", "Africa's Talking sent an answer Simu does not understand (%1).")
                .arg(detail)
            + mayBeDoneWarning(endpoint),
        providerWords(reply.body));
    error.mayHaveReachedAt = true;
    return error;
}

Util::Result<QJsonObject, Error> jsonObject(Endpoint endpoint, const TransportReply &reply)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Util::fail(badResponse(endpoint,
            reply,
            u"not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                .arg(parseError.offset)));
    if (!document.isObject())
        return Util::fail(badResponse(endpoint, reply, u"expected a JSON object"_s));
    return document.object();
}

QString rejectionMessage(Endpoint endpoint, const QString &text)
{
    switch (endpoint) {
    case Endpoint::Call:
        if (text.startsWith(u"Invalid callerId"_s, Qt::CaseInsensitive))
            return QCoreApplication::translate("At::Client",
                "Africa's Talking did not place the call: the caller number is not a voice number "
                "of this account. Choose one of the account's voice numbers to call from.");
        if (text.startsWith(u"Invalid callbackUrl"_s, Qt::CaseInsensitive))
            return QCoreApplication::translate("At::Client",
                "Africa's Talking did not place the call: the caller number has no voice callback "
                "URL. Set one for this number in the Africa's Talking dashboard.");
        return QCoreApplication::translate(
            "At::Client", "Africa's Talking did not place the call: %1")
            .arg(text);
    case Endpoint::CallTransfer:
        return QCoreApplication::translate(
            "At::Client", "Africa's Talking did not transfer the call: %1")
            .arg(text);
    case Endpoint::QueueStatus:
        return QCoreApplication::translate(
            "At::Client", "Africa's Talking could not report the queue: %1")
            .arg(text);
    case Endpoint::MediaUpload:
        return QCoreApplication::translate(
            "At::Client", "Africa's Talking did not accept the audio file: %1")
            .arg(text);
    }
    return text;
}

// errorMessage other than "None" is a failure whatever the HTTP status (legacy gateway rule).
std::optional<Error> rejection(Endpoint endpoint, const QJsonObject &object, int httpStatus)
{
    const QJsonValue value = object.value(KEY_ERROR_MESSAGE);
    if (!value.isString() || isNone(value.toString()))
        return std::nullopt;
    const QString text = value.toString().trimmed();
    return makeError(
        Error::Code::ProviderRejected, httpStatus, rejectionMessage(endpoint, text), text);
}

CallEntry::Status callStatusFrom(const QString &text)
{
    static const QList<QPair<QString, CallEntry::Status>> known{
        {u"Queued"_s, CallEntry::Status::Queued},
        {u"InvalidPhoneNumber"_s, CallEntry::Status::InvalidPhoneNumber},
        {u"DestinationNotSupported"_s, CallEntry::Status::DestinationNotSupported},
        {u"InsufficientCredit"_s, CallEntry::Status::InsufficientCredit},
    };
    for (const auto &[name, status] : known) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return status;
    }
    return CallEntry::Status::Other;
}

std::optional<int> queueSizeHeader(const TransportReply &reply)
{
    bool ok = false;
    const int size = reply.header("X-Current-Queue-Size").trimmed().toInt(&ok);
    return ok && size >= 0 ? std::optional<int>(size) : std::nullopt;
}

// numCalls is a number in SDK fixtures and a string in the doc transcription.
std::optional<int> countFrom(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number <= 1e9 && number == static_cast<int>(number))
            return static_cast<int>(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        return ok && number >= 0 ? std::optional<int>(number) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> errorForReply(Endpoint endpoint, const TransportReply &reply)
{
    if (reply.outcome != TransportOutcome::Completed)
        return networkError(endpoint, reply);
    if (!isSuccessStatus(reply.status))
        return httpError(endpoint, reply);
    return std::nullopt;
}

namespace {

// The reply as a JSON object AT accepted: a 2xx, JSON, and errorMessage "None".
Util::Result<QJsonObject, Error> acceptedObject(Endpoint endpoint, const TransportReply &reply)
{
    if (auto error = errorForReply(endpoint, reply))
        return Util::fail(*error);
    auto object = jsonObject(endpoint, reply);
    if (!object)
        return object;
    if (auto error = rejection(endpoint, *object, reply.status))
        return Util::fail(*error);
    return object;
}

// The "entries" list every voice reply carries.
Util::Result<QJsonArray, Error> entriesOf(
    Endpoint endpoint, const TransportReply &reply, const QJsonObject &object)
{
    const QJsonValue entries = object.value(KEY_ENTRIES);
    if (!entries.isArray())
        return Util::fail(badResponse(endpoint, reply, u"no \"entries\" list"_s));
    return entries.toArray();
}

} // namespace

Util::Result<CallResult, Error> parseCallReply(const TransportReply &reply)
{
    constexpr Endpoint endpoint = Endpoint::Call;
    const auto object = acceptedObject(endpoint, reply);
    if (!object)
        return Util::fail(object.error());
    const auto entries = entriesOf(endpoint, reply, *object);
    if (!entries)
        return Util::fail(entries.error());
    CallResult result;
    for (const QJsonValue &value : *entries) {
        const QJsonObject item = value.toObject();
        if (!value.isObject() || !item.value(KEY_STATUS).isString())
            return Util::fail(badResponse(endpoint, reply, u"an entry without a status"_s));
        CallEntry entry;
        entry.phoneNumber = item.value(KEY_PHONE_NUMBER).toString();
        entry.statusText = item.value(KEY_STATUS).toString();
        entry.status = callStatusFrom(entry.statusText);
        const QString sessionId = item.value(KEY_SESSION_ID).toString();
        entry.sessionId = isNone(sessionId) ? QString() : sessionId.trimmed();
        result.entries.append(entry);
    }
    result.queueSize = queueSizeHeader(reply);
    return result;
}

Util::Result<TransferResult, Error> parseTransferReply(const TransportReply &reply)
{
    constexpr Endpoint endpoint = Endpoint::CallTransfer;
    if (auto error = errorForReply(endpoint, reply))
        return Util::fail(*error);
    const auto object = jsonObject(endpoint, reply);
    if (!object)
        return Util::fail(object.error());
    // Recorded replies wrap the result; the Java SDK reads it at top level. Accept both.
    const QJsonObject body = object->value(KEY_TRANSFER_RESPONSE).isObject()
        ? object->value(KEY_TRANSFER_RESPONSE).toObject()
        : *object;
    if (auto error = rejection(endpoint, body, reply.status))
        return Util::fail(*error);

    const QJsonValue status = body.value(KEY_STATUS);
    if (!status.isString() || status.toString().trimmed().isEmpty())
        return Util::fail(badResponse(endpoint, reply, u"no transfer status"_s));
    const QString statusText = status.toString().trimmed();
    if (statusText.compare(u"Aborted"_s, Qt::CaseInsensitive) == 0)
        return Util::fail(makeError(Error::Code::ProviderRejected,
            reply.status,
            QCoreApplication::translate("At::Client",
                "Africa's Talking aborted the transfer; the call was not "
                "transferred."),
            statusText));
    return TransferResult{statusText};
}

Util::Result<QueueStatusResult, Error> parseQueueStatusReply(const TransportReply &reply)
{
    constexpr Endpoint endpoint = Endpoint::QueueStatus;
    const auto object = acceptedObject(endpoint, reply);
    if (!object)
        return Util::fail(object.error());
    const auto entries = entriesOf(endpoint, reply, *object);
    if (!entries)
        return Util::fail(entries.error());
    QueueStatusResult result;
    for (const QJsonValue &value : *entries) {
        const QJsonObject item = value.toObject();
        const std::optional<int> numCalls = countFrom(item.value(KEY_NUM_CALLS));
        if (!value.isObject() || !numCalls)
            return Util::fail(badResponse(endpoint, reply, u"an entry without a call count"_s));
        result.entries.append(QueueEntry{item.value(KEY_PHONE_NUMBER).toString(),
            item.value(KEY_QUEUE_NAME).toString(),
            *numCalls});
    }
    return result;
}

Util::Result<MediaUploadResult, Error> parseMediaUploadReply(const TransportReply &reply)
{
    constexpr Endpoint endpoint = Endpoint::MediaUpload;
    if (auto error = errorForReply(endpoint, reply))
        return Util::fail(*error);
    // The success body is akka's stock text, not JSON. Only if AT ever answers a JSON object
    // does its errorMessage count.
    const QJsonDocument json = QJsonDocument::fromJson(reply.body);
    if (json.isObject()) {
        if (auto error = rejection(endpoint, json.object(), reply.status))
            return Util::fail(*error);
    }
    return MediaUploadResult{reply.status, QString::fromUtf8(reply.body).trimmed()};
}

} // namespace At
