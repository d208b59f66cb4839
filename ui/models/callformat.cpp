#include "callformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ui::CallFormat {

namespace {

// Two decimals, unless that would round a real amount down to nothing ("0.004" stays 0.004).
int decimalsFor(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude == 0 || magnitude >= 0.005)
        return 2;
    // 0.004 → 3 decimals: the first significant digit shows.
    return qMin(int(std::ceil(-std::log10(magnitude))), 6);
}

} // namespace

QString stateText(Calls::CallState state)
{
    switch (state) {
    case Calls::CallState::Queued:
        return QCoreApplication::translate("Ui::CallFormat", "Dialling");
    case Calls::CallState::Ringing:
        return QCoreApplication::translate("Ui::CallFormat", "Ringing");
    case Calls::CallState::InProgress:
        return QCoreApplication::translate("Ui::CallFormat", "In progress");
    case Calls::CallState::Transferring:
        return QCoreApplication::translate("Ui::CallFormat", "Transferring");
    case Calls::CallState::Completed:
        return QCoreApplication::translate("Ui::CallFormat", "Completed");
    case Calls::CallState::NoAnswer:
        return QCoreApplication::translate("Ui::CallFormat", "No answer");
    case Calls::CallState::Busy:
        return QCoreApplication::translate("Ui::CallFormat", "Busy");
    case Calls::CallState::Failed:
        return QCoreApplication::translate("Ui::CallFormat", "Failed");
    case Calls::CallState::Rejected:
        return QCoreApplication::translate("Ui::CallFormat", "Rejected");
    case Calls::CallState::Transferred:
        return QCoreApplication::translate("Ui::CallFormat", "Transferred");
    }
    return QCoreApplication::translate("Ui::CallFormat", "Unknown");
}

QString directionText(Voice::Direction direction)
{
    switch (direction) {
    case Voice::Direction::Inbound:
        return QCoreApplication::translate("Ui::CallFormat", "Inbound");
    case Voice::Direction::Outbound:
        return QCoreApplication::translate("Ui::CallFormat", "Outbound");
    case Voice::Direction::Unknown:
        break;
    }
    return QCoreApplication::translate("Ui::CallFormat", "Unknown");
}

QString kindText(Calls::CallKind kind)
{
    switch (kind) {
    case Calls::CallKind::ClickToCall:
        return QCoreApplication::translate(
            "Ui::CallFormat", "Click-to-call (your line first, then the customer)");
    case Calls::CallKind::Inbound:
        return QCoreApplication::translate("Ui::CallFormat", "Inbound (the customer called)");
    case Calls::CallKind::Outbound:
        return QCoreApplication::translate("Ui::CallFormat", "Outbound");
    case Calls::CallKind::Unknown:
        break;
    }
    return QCoreApplication::translate("Ui::CallFormat", "Unknown");
}

std::optional<qint64> liveSeconds(const Calls::Call &call, const QDateTime &hubNow)
{
    if (call.isFinal()) {
        if (call.durationSeconds)
            return *call.durationSeconds;
        if (call.answeredAt && call.endedAt)
            return call.answeredAt->secsTo(*call.endedAt);
        return std::nullopt;
    }
    if (call.answeredAt)
        return qMax<qint64>(0, call.answeredAt->secsTo(hubNow));
    return std::nullopt;
}

QString duration(qint64 seconds)
{
    seconds = qMax<qint64>(seconds, 0);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QChar(u'0'))
            .arg(rest, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(rest, 2, 10, QChar(u'0'));
}

QString durationText(std::optional<qint64> seconds)
{
    return seconds ? duration(*seconds) : u"\u2014"_s;
}

Cost cost(const QString &amount, const QString &currency)
{
    const QString trimmed = amount.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const double value = trimmed.toDouble(&ok); // AT writes C-locale numbers
    Cost result;
    result.value = ok ? value : -1;
    const QString shown = ok ? QLocale().toString(value, 'f', decimalsFor(value)) : trimmed;
    result.text = currency.isEmpty()
        ? shown
        : QCoreApplication::translate(
            "Ui::CallFormat", "%1 %2", "cost: currency code, then the amount, e.g. KES 4.90")
              .arg(currency, shown);
    result.toolTip = currency.isEmpty()
        ? QCoreApplication::translate("Ui::CallFormat", "Cost reported by Africa's Talking: %1")
              .arg(trimmed)
        : QCoreApplication::translate("Ui::CallFormat", "Cost reported by Africa's Talking: %1 %2")
              .arg(currency, trimmed);
    return result;
}

QColor stateColour(Calls::CallState state)
{
    switch (state) {
    case Calls::CallState::Queued:
        return QColor(0x7e, 0x8a, 0x97); // slate: waiting on AT
    case Calls::CallState::Ringing:
        return QColor(0xf2, 0xa9, 0x00); // amber
    case Calls::CallState::InProgress:
        return QColor(0x2d, 0xa4, 0x4e); // green
    case Calls::CallState::Transferring:
        return QColor(0x3b, 0x82, 0xf6); // blue
    case Calls::CallState::Transferred:
        return QColor(0x8b, 0x7c, 0xf6); // violet: done, handed on
    case Calls::CallState::Completed:
        return QColor(0x8c, 0x95, 0x9f); // grey: done, nothing to act on
    case Calls::CallState::NoAnswer:
    case Calls::CallState::Busy:
        return QColor(0xf9, 0x73, 0x16); // orange: did not connect, worth a retry
    case Calls::CallState::Failed:
    case Calls::CallState::Rejected:
        return QColor(0xe5, 0x48, 0x4d); // red
    }
    return QColor(0x8c, 0x95, 0x9f);
}

} // namespace Ui::CallFormat
