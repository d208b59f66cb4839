#pragma once

// The one error shape of the LAN API: {"error": {"code": "...", "message": "..."}}, with the
// HTTP status that goes with it (and Retry-After for 429/503 when known). Every failure of
// every route goes through toResponse(), so clients handle errors in one place.

#include "http/httpresponse.h"

#include <QString>

namespace Api {

struct Error
{
    int status = 500;
    QString code; // stable, machine-readable: "invalid_phone_number", "not_found", ...
    QString message; // for a person
    int retryAfterSeconds = 0;

    static Error badRequest(const QString &code, const QString &message);
    static Error unauthorised(const QString &message);
    static Error forbidden(const QString &message);
    static Error notFound(const QString &message);
    static Error conflict(const QString &code, const QString &message);
    static Error tooLarge(const QString &message);
    static Error tooManyRequests(const QString &message, int retryAfterSeconds);
    static Error unavailable(
        const QString &code, const QString &message, int retryAfterSeconds = 0);
    static Error internal(const QString &message);
};

Http::Response toResponse(const Error &error);

} // namespace Api
