#pragma once

// Reading query parameters the same way on every route: an unknown parameter is refused (a
// misspelt filter must not silently widen an answer), a time is ISO 8601, a number is a whole
// number in its range. Each failure is a 400 invalid_parameter that names the parameter.

#include "apierror.h"
#include "http/httprequest.h"
#include "util/result.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace Api {

// The first parameter not in `known`, as the error to answer; nullopt when all are known.
std::optional<Error> unknownParameter(const Http::Request &request, const QSet<QString> &known);

// "2026-11-24T08:00:00Z", with or without milliseconds, in UTC; nullopt when absent.
Util::Result<std::optional<QDateTime>, Error> timeParameter(
    const Http::Request &request, const QString &name);

Util::Result<int, Error> intParameter(
    const Http::Request &request, const QString &name, int fallback, int minimum, int maximum);

} // namespace Api
