#pragma once

// The auth area's log category, "simu.auth". It lives here rather than in util/logging.h so
// the area stays self-contained. Never log a password or a bearer token, in any form.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)
