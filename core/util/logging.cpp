#include "logging.h"

Q_LOGGING_CATEGORY(lcAt, "simu.at", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVoice, "simu.voice", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCalls, "simu.calls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "simu.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "simu.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "simu.atsim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "simu.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "simu.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "simu.app", QtInfoMsg)

namespace Util {

QString maskNumber(const QString &number)
{
    if (number.size() <= 6)
        return QString(number.size(), u'*');
    const qsizetype keepStart = number.startsWith(u'+') ? 7 : 6;
    if (number.size() <= keepStart + 3)
        return number.left(3) + QString(number.size() - 3, u'*');
    return number.left(keepStart) + QString(number.size() - keepStart - 3, u'*') + number.right(3);
}

} // namespace Util
