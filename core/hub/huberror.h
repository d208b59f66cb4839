#pragma once

#include <QString>

namespace Hub {

// Why the hub refused or could not complete a command; the API maps each code to a status.
struct HubError
{
    enum class Code {
        InvalidInput, // 400: a field is wrong (message names it)
        NotFound, // 404: no such call, or not one this user may see
        Forbidden, // 403: the user may see it but not do this (a colleague's call's wrap-up)
        Conflict, // 409: not now (the call has ended, no phone line set, ...)
        RateLimited, // 429: too many calls started; retryAfterSeconds says when to retry
        NotConfigured, // 503: AT credentials or voice numbers missing or refused
        AtRejected, // 409: AT answered and refused (an invalid number, no credit, ...)
        AtUnavailable, // 503: AT could not be reached or did not answer
        Storage, // 503: the database failed; nothing was changed
    };
    Code code = Code::InvalidInput;
    QString errorCode; // the API's machine-readable code: "invalid_phone_number", ...
    QString message; // for a person
    int retryAfterSeconds = 0;
};

} // namespace Hub
