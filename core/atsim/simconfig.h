#pragma once

// Everything that makes one simulated AT account: credentials, voice numbers and where their
// callbacks go, prices, and the switches for behaviours the reference marks UNCONFIRMED.

#include "phonebehaviour.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace AtSim {

struct VoiceNumber
{
    QString number; // "+254711082000"
    QUrl callbackUrl; // where AT posts this number's voice notifications; empty = not set
};

struct Price
{
    QString currency; // "KES"
    QString perMinute; // decimal string, "3.5": AT bills per second at this rate
};

struct SimConfig
{
    QString username = QStringLiteral("sandbox");
    QString apiKey;
    QList<VoiceNumber> numbers;

    quint32 seed = 0; // 0: a random seed, reported at start-up so a run can be replayed
    double speed = 1.0; // simulated seconds per real second

    // Prices by ISO region of the phone user's number ("KE"); others use fallbackPrice.
    QHash<QString, Price> prices;
    Price fallbackPrice{QStringLiteral("USD"), QStringLiteral("0.05")};
    // Regions AT dials; other numbers get DestinationNotSupported.
    QStringList supportedRegions;
    // Account balance in the currency of each call; unset = never InsufficientCredit.
    std::optional<double> balance;

    // What happens when the app misbehaves (no reply, non-2xx, invalid XML).
    int appReplyTimeoutMs = 10000;
    QString appFailureHangupCause = QStringLiteral("UNSPECIFIED");
    bool failOnUnknownXmlElements = true;

    // Wire details the reference leaves open.
    enum class TimeEncoding { Space, LiteralPlus };
    TimeEncoding timeEncoding = TimeEncoding::Space; // "2022-03-01+16:13:56" vs "...%2B..."
    bool sendClientRequestId = true;
    QString missingFieldMessage = QStringLiteral("Request is missing required form field '%1'");
    double noAnswerTimeoutSeconds = 30; // how long AT rings before NO_ANSWER

    // The base of recording URLs; empty = the simulator's own address.
    QUrl publicBaseUrl;

    // A sensible account for demos and tests: Kenyan and Ugandan numbers, AT-like prices.
    static SimConfig defaults();

    const VoiceNumber *findNumber(const QString &number) const;
    Price priceFor(const QString &region) const;
};

} // namespace AtSim
