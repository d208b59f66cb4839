#pragma once

// What the app asks AT's voice REST API for, as plain data. The client adds username and
// apiKey from its Config; see atrequestencoder.h for the exact wire format.

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace At {

// The voice endpoints the client knows. The path is appended to Config::voiceBaseUrl.
enum class Endpoint { Call, CallTransfer, QueueStatus, MediaUpload };

// "/call", "/callTransfer", "/queueStatus", "/mediaUpload"
QString endpointPath(Endpoint endpoint);

// POST /call: dial one or more numbers from one of the account's voice numbers.
struct CallRequest
{
    QString from; // an AT voice number of this account, "+254711082000"
    QStringList to; // recipients; sent as one comma-joined field
    QString clientRequestId; // echoed back in the call's notifications; omitted when empty
};

// Which party of a bridged call stays on the line while the other is moved.
enum class CallLeg { Caller, Callee };

// POST /callTransfer: move an already-bridged (two-leg) call to another number.
struct TransferRequest
{
    QString sessionId; // ATVId_... of the ongoing call
    QString phoneNumber; // where to transfer to
    std::optional<CallLeg> callLeg; // omitted when unset (AT defaults to callee)
    QUrl holdMusicUrl; // omitted when empty
};

// POST /queueStatus: how many callers wait in <Enqueue> queues on these numbers.
// The optional filter is sent as `queueName`, as the legacy gateway and the .NET SDK do
// (the PHP SDK's `name` is the odd one out in the reference).
struct QueueStatusRequest
{
    QStringList phoneNumbers; // sent comma-joined
    QString queueName; // omitted when empty
};

// POST /mediaUpload: register an .mp3/.wav at a public URL for an AT number.
struct MediaUploadRequest
{
    QString phoneNumber;
    QUrl url; // http(s)
};

} // namespace At
