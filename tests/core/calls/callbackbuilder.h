#pragma once

// Builds Voice::CallbackEvent values the way CallbackParser fills them (strings as AT sent
// them, plus the typed views), so the call tests read like AT's notification sequences.

#include "voice/callbackevent.h"

#include <QDateTime>
#include <QString>

namespace TestSupport {

class CallbackBuilder
{
public:
    explicit CallbackBuilder(bool isActive, const QString &sessionId = QStringLiteral("ATVId_1"))
    {
        m_event.sessionId = sessionId;
        m_event.isActive = isActive;
    }

    static CallbackBuilder active(const QString &sessionId = QStringLiteral("ATVId_1"))
    {
        return CallbackBuilder(true, sessionId);
    }
    static CallbackBuilder ended(const QString &sessionId = QStringLiteral("ATVId_1"))
    {
        return CallbackBuilder(false, sessionId);
    }

    CallbackBuilder &inbound(const QString &caller, const QString &atNumber)
    {
        return direction(QStringLiteral("Inbound"), Voice::Direction::Inbound, caller, atNumber);
    }
    CallbackBuilder &outbound(const QString &callee, const QString &atNumber)
    {
        return direction(QStringLiteral("Outbound"), Voice::Direction::Outbound, callee, atNumber);
    }
    CallbackBuilder &state(const QString &text)
    {
        m_event.callSessionState = text;
        m_event.sessionState = sessionState(text);
        return *this;
    }
    CallbackBuilder &carrier(const QString &name)
    {
        m_event.callerCarrierName = name;
        return *this;
    }
    CallbackBuilder &startTime(const QString &text)
    {
        m_event.callStartTime = text;
        const QDateTime parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (parsed.isValid())
            m_event.callStartedAt = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
        return *this;
    }
    CallbackBuilder &clientRequestId(const QString &id)
    {
        m_event.clientRequestId = id;
        return *this;
    }
    CallbackBuilder &status(const QString &text)
    {
        m_event.status = text;
        return *this;
    }
    CallbackBuilder &hangupCause(const QString &cause)
    {
        m_event.hangupCause = cause;
        return *this;
    }
    CallbackBuilder &duration(const QString &seconds)
    {
        m_event.durationInSeconds = seconds;
        bool ok = false;
        const int value = seconds.toInt(&ok);
        m_event.durationSeconds = ok ? std::optional<int>(value) : std::nullopt;
        return *this;
    }
    CallbackBuilder &cost(const QString &amount, const QString &currency)
    {
        m_event.amount = amount;
        m_event.currencyCode = currency;
        return *this;
    }
    CallbackBuilder &dial(const QString &destination, const QString &startTime, int seconds)
    {
        m_event.dialDestinationNumber = destination;
        m_event.dialStartTime = startTime;
        const QDateTime parsed
            = QDateTime::fromString(startTime, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (parsed.isValid())
            m_event.dialStartedAt = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
        m_event.dialDurationInSeconds = QString::number(seconds);
        m_event.dialDurationSeconds = seconds;
        return *this;
    }
    CallbackBuilder &lastBridgeHangupCause(const QString &cause)
    {
        m_event.lastBridgeHangupCause = cause;
        return *this;
    }
    CallbackBuilder &recording(const QString &url)
    {
        m_event.recordingUrl = url;
        return *this;
    }
    CallbackBuilder &dtmf(const QString &digits)
    {
        m_event.dtmfDigits = digits;
        return *this;
    }
    CallbackBuilder &transfer(const QString &param,
        const QString &to,
        const QString &transferState,
        const QString &cause = QString())
    {
        m_event.callTransferParam = param;
        m_event.callTransferredToNumber = to;
        m_event.callTransferState = transferState;
        m_event.callTransferHangupCause = cause;
        return *this;
    }

    Voice::CallbackEvent build() const { return m_event; }
    operator Voice::CallbackEvent() const { return m_event; }

private:
    CallbackBuilder &direction(
        const QString &text, Voice::Direction kind, const QString &caller, const QString &atNumber)
    {
        m_event.direction = text;
        m_event.directionKind = kind;
        m_event.callerNumber = caller;
        m_event.destinationNumber = atNumber;
        return *this;
    }

    static Voice::SessionState sessionState(const QString &text)
    {
        using S = Voice::SessionState;
        static const QList<QPair<QString, S>> known{
            {QStringLiteral("Ringing"), S::Ringing},
            {QStringLiteral("Answered"), S::Answered},
            {QStringLiteral("Active"), S::Active},
            {QStringLiteral("Completed"), S::Completed},
            {QStringLiteral("NotAnswered"), S::NotAnswered},
            {QStringLiteral("Transferred"), S::Transferred},
            {QStringLiteral("TransferCompleted"), S::TransferCompleted},
        };
        if (text.isNull())
            return S::Unknown;
        for (const auto &[name, value] : known) {
            if (name == text)
                return value;
        }
        return S::Other;
    }

    Voice::CallbackEvent m_event;
};

} // namespace TestSupport
