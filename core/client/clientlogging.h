#pragma once

// The hub client's log category, "simu.client" (REST requests and the call stream). Never
// logs tokens, passwords or whole phone numbers.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcClient)
