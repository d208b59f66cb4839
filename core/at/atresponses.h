#pragma once

// What AT's voice REST API answered, parsed by field name into plain data.

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace At {

// One recipient of a /call.
struct CallEntry
{
    Q_GADGET

public:
    enum class Status {
        Queued, // accepted; AT will dial, outcome arrives by callback
        InvalidPhoneNumber, // the number is malformed
        DestinationNotSupported, // outside the zones the account can call
        InsufficientCredit, // the account balance is too low
        Other, // anything else; statusText has AT's word
    };
    Q_ENUM(Status)

    QString phoneNumber; // as AT normalised it
    Status status = Status::Other;
    QString statusText; // AT's word as sent
    QString sessionId; // ATVId_...; empty when AT sent "None" (the entry failed)

    bool queued() const { return status == Status::Queued; }
};

struct CallResult
{
    QList<CallEntry> entries; // one per recipient
    std::optional<int> queueSize; // header X-Current-Queue-Size, when AT sent it
};

struct TransferResult
{
    QString status; // "Success" (an "Aborted" transfer comes back as an Error)
};

struct QueueEntry
{
    QString phoneNumber;
    QString queueName; // empty for the number's default queue
    int numCalls = 0;
};

struct QueueStatusResult
{
    QList<QueueEntry> entries;
};

struct MediaUploadResult
{
    int httpStatus = 0; // 201 per the docs; any 2xx is success
    QString text; // AT's body, opaque text (not JSON), trimmed
};

} // namespace At
