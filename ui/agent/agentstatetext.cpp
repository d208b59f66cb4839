#include "agentstatetext.h"

using namespace Qt::StringLiterals;

namespace Ui {

QString AgentStateText::label(const QString &state, const QString &reason)
{
    if (state == u"available"_s)
        return tr("Available");
    if (state == u"busy"_s)
        return tr("Busy");
    if (state == u"away"_s)
        return reason.isEmpty() ? tr("Away") : tr("Away ▸ %1").arg(reason);
    if (state == u"after_call_work"_s)
        return tr("After-call work");
    if (state == u"offline"_s)
        return tr("Offline");
    return tr("Unknown");
}

QString AgentStateText::explanation(const QString &state)
{
    if (state == u"available"_s)
        return tr("Inbound calls ring this agent.");
    if (state == u"busy"_s)
        return tr("On a call: no other call rings this agent until it ends.");
    if (state == u"away"_s)
        return tr("Away: no calls ring this agent until they are available again.");
    if (state == u"after_call_work"_s)
        return tr("Finishing the last call: calls ring again when it is over or the agent is "
                  "ready.");
    if (state == u"offline"_s)
        return tr("Not signed in: no calls ring this agent.");
    return tr("This hub reports a state this console does not know.");
}

QColor AgentStateText::colour(const QString &state)
{
    if (state == u"available"_s)
        return QColor(0x1f, 0x9d, 0x55);
    if (state == u"busy"_s)
        return QColor(0xc6, 0x28, 0x28);
    if (state == u"away"_s)
        return QColor(0xe0, 0x8e, 0x0b);
    if (state == u"after_call_work"_s)
        return QColor(0x1e, 0x6f, 0xd9);
    return QColor(0x80, 0x80, 0x80);
}

QString AgentStateText::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QChar(u'0'))
            .arg(rest, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(rest, 2, 10, QChar(u'0'));
}

} // namespace Ui
