#include "clientlogging.h"

Q_LOGGING_CATEGORY(lcClient, "simu.client", QtInfoMsg)
