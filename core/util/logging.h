#pragma once

// Logging categories, one per area. Enable debug output with e.g.
// QT_LOGGING_RULES="simu.at.debug=true". Never log API keys, tokens or whole phone numbers:
// use Util::maskNumber() for numbers.

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcAt) // simu.at     AT REST client
Q_DECLARE_LOGGING_CATEGORY(lcVoice) // simu.voice  callbacks and ActionXML
Q_DECLARE_LOGGING_CATEGORY(lcCalls) // simu.calls  call state machine
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // simu.storage  SQLite
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // simu.http   HTTP server transport
Q_DECLARE_LOGGING_CATEGORY(lcSim) // simu.atsim  the AT simulator
Q_DECLARE_LOGGING_CATEGORY(lcHub) // simu.hub    webhooks, calls, routing
Q_DECLARE_LOGGING_CATEGORY(lcApi) // simu.api    LAN REST + WebSocket API
Q_DECLARE_LOGGING_CATEGORY(lcApp) // simu.app    start-up, demo

namespace Util {

// "+254712345678" -> "+254712***678": enough to tell calls apart in a log, not enough to
// identify a customer. SIP addresses and client names keep only their first characters.
QString maskNumber(const QString &number);

} // namespace Util
