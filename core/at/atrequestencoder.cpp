#include "atrequestencoder.h"

#include "util/formcodec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace At {

namespace {

Error invalid(const QString &message)
{
    Error error;
    error.code = Error::Code::InvalidRequest;
    error.message = message;
    return error;
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"https"_s || scheme == u"http"_s);
}

// The problem with the account settings, or an empty string when they can be used.
QString configProblem(const Config &config)
{
    if (!isWebUrl(config.voiceBaseUrl))
        return QCoreApplication::translate("At::Client",
            "The Africa's Talking voice service address is missing or not an http(s) address. "
            "Check it in Settings.");
    if (config.username.trimmed().isEmpty())
        return QCoreApplication::translate(
            "At::Client", "The Africa's Talking username is missing. Enter it in Settings.");
    if (config.apiKey.trimmed().isEmpty())
        return QCoreApplication::translate(
            "At::Client", "The Africa's Talking API key is missing. Enter it in Settings.");
    return {};
}

// Numbers trimmed; an empty list when any is blank or contains the comma that separates them
// on the wire (AT would split "a,b" into two recipients the user never typed).
QStringList cleanNumbers(const QStringList &numbers)
{
    QStringList out;
    for (const QString &number : numbers) {
        const QString trimmed = number.trimmed();
        if (trimmed.isEmpty() || trimmed.contains(u','))
            return {};
        out.append(trimmed);
    }
    return out;
}

QUrl endpointUrl(const QUrl &base, Endpoint endpoint)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + endpointPath(endpoint));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

OutgoingRequest formPost(const Config &config, Endpoint endpoint, const Util::FormFields &fields)
{
    OutgoingRequest request;
    request.method = "POST";
    request.url = endpointUrl(config.voiceBaseUrl, endpoint);
    request.headers = {
        {"apiKey", config.apiKey.trimmed().toUtf8()},
        {"Accept", "application/json"},
        {"Content-Type", "application/x-www-form-urlencoded"},
    };
    request.body = Util::encodeForm(fields);
    request.timeoutMs = config.timeoutMs;
    return request;
}

} // namespace

QString endpointPath(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Call:
        return u"/call"_s;
    case Endpoint::CallTransfer:
        return u"/callTransfer"_s;
    case Endpoint::QueueStatus:
        return u"/queueStatus"_s;
    case Endpoint::MediaUpload:
        return u"/mediaUpload"_s;
    }
    return {};
}

EncodeResult encodeCall(const Config &config, const CallRequest &request)
{
    if (const QString problem = configProblem(config); !problem.isEmpty())
        return Util::fail(invalid(problem));
    const QString from = request.from.trimmed();
    if (from.isEmpty())
        return Util::fail(invalid(QCoreApplication::translate("At::Client",
            "Choose the Africa's Talking number to call from: the caller number is empty.")));
    const QStringList to = cleanNumbers(request.to);
    if (to.isEmpty())
        return Util::fail(invalid(QCoreApplication::translate("At::Client",
            "Enter at least one number to call; numbers must not be blank or contain commas.")));

    Util::FormFields fields{
        {u"username"_s, config.username.trimmed()}, {u"from"_s, from}, {u"to"_s, to.join(u',')}};
    if (!request.clientRequestId.isEmpty())
        fields.append({u"clientRequestId"_s, request.clientRequestId});
    return formPost(config, Endpoint::Call, fields);
}

EncodeResult encodeTransfer(const Config &config, const TransferRequest &request)
{
    if (const QString problem = configProblem(config); !problem.isEmpty())
        return Util::fail(invalid(problem));
    const QString sessionId = request.sessionId.trimmed();
    if (sessionId.isEmpty())
        return Util::fail(invalid(QCoreApplication::translate(
            "At::Client", "Cannot transfer: the call has no Africa's Talking session id.")));
    const QString phoneNumber = request.phoneNumber.trimmed();
    if (phoneNumber.isEmpty())
        return Util::fail(invalid(QCoreApplication::translate(
            "At::Client", "Enter the number to transfer the call to.")));
    if (!request.holdMusicUrl.isEmpty() && !isWebUrl(request.holdMusicUrl))
        return Util::fail(invalid(QCoreApplication::translate(
            "At::Client", "The hold music address must be an http(s) URL.")));

    Util::FormFields fields{{u"username"_s, config.username.trimmed()},
        {u"sessionId"_s, sessionId},
        {u"phoneNumber"_s, phoneNumber}};
    if (request.callLeg)
        fields.append(
            {u"callLeg"_s, *request.callLeg == CallLeg::Caller ? u"caller"_s : u"callee"_s});
    if (!request.holdMusicUrl.isEmpty())
        fields.append({u"holdMusicUrl"_s, request.holdMusicUrl.toString(QUrl::FullyEncoded)});
    return formPost(config, Endpoint::CallTransfer, fields);
}

EncodeResult encodeQueueStatus(const Config &config, const QueueStatusRequest &request)
{
    if (const QString problem = configProblem(config); !problem.isEmpty())
        return Util::fail(invalid(problem));
    const QStringList numbers = cleanNumbers(request.phoneNumbers);
    if (numbers.isEmpty())
        return Util::fail(invalid(QCoreApplication::translate("At::Client",
            "Choose at least one Africa's Talking number to read the queue of; numbers must not "
            "be blank or contain commas.")));

    Util::FormFields fields{
        {u"username"_s, config.username.trimmed()}, {u"phoneNumbers"_s, numbers.join(u',')}};
    if (!request.queueName.trimmed().isEmpty())
        fields.append({u"queueName"_s, request.queueName.trimmed()});
    return formPost(config, Endpoint::QueueStatus, fields);
}

EncodeResult encodeMediaUpload(const Config &config, const MediaUploadRequest &request)
{
    if (const QString problem = configProblem(config); !problem.isEmpty())
        return Util::fail(invalid(problem));
    const QString phoneNumber = request.phoneNumber.trimmed();
    if (phoneNumber.isEmpty())
        return Util::fail(invalid(QCoreApplication::translate(
            "At::Client", "Choose the Africa's Talking number the audio file belongs to.")));
    if (!isWebUrl(request.url))
        return Util::fail(invalid(QCoreApplication::translate("At::Client",
            "The audio file address must be a public http(s) URL of an .mp3 or .wav file.")));

    return formPost(config,
        Endpoint::MediaUpload,
        {{u"username"_s, config.username.trimmed()},
            {u"phoneNumber"_s, phoneNumber},
            {u"url"_s, request.url.toString(QUrl::FullyEncoded)}});
}

} // namespace At
