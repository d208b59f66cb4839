#include "authlogging.h"

Q_LOGGING_CATEGORY(lcAuth, "simu.auth", QtInfoMsg)
