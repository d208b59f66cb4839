#pragma once

// Everything the hub is configured with, whatever its source (config file, flags,
// environment). Secrets travel in it only in memory: it is never written anywhere.

#include "at/atconfig.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Hub {

struct HubConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8470;
    QString dataDir;

    At::Config at; // voiceBaseUrl, username, apiKey (the key never leaves memory)
    QStringList voiceNumbers; // the account's AT numbers; the first is the default caller ID
    QString defaultRegion = QStringLiteral("KE"); // for numbers typed in local form

    QString webhookSecret; // the last path segment of the webhook URL
    QList<QPair<QHostAddress, int>> webhookAllowList; // CIDR; empty = any address
    qint64 webhookMaxBodyBytes = 64 * 1024;
    qint64 apiMaxBodyBytes = 1024 * 1024;

    // Call handling.
    bool recordCalls = true;
    QString holdMusicUrl; // played to queued callers; empty = AT's
    QString queueName = QStringLiteral("support");
    int maxAgentsRungAtOnce = 5;

    // Limits on /api/calls/initiate.
    int initiatePerUserPerMinute = 10;
    int initiateTotalPerMinute = 120;

    int eventsKeptInMemory = 10000;

    // Agent states (core/hub/agentstate.h): how long after-call work lasts once a call ends
    // (INI agents/after-call-work-seconds; 0 = none) and the reasons an agent may be away for
    // (INI agents/away-reasons).
    int afterCallWorkSeconds = 30;
    QStringList awayReasons = {QStringLiteral("Break"),
        QStringLiteral("Lunch"),
        QStringLiteral("Meeting"),
        QStringLiteral("Training"),
        QStringLiteral("Other")};

    // Call recordings (core/recordings), kept in <dataDir>/recordings.
    bool autoDownloadRecordings = true; // fetch each one as soon as AT reports it
    int recordingRetentionDays = 0; // delete local copies older than this; 0 keeps them
    qint64 recordingMaxBytes = 200LL * 1024 * 1024;
    // How long GET .../recording waits for a copy that is not local yet before answering 504.
    int recordingFetchWaitMs = 30000;
    int recordingLinkSeconds = 600; // how long a signed link to a recording stays valid

    // Wrap-up after a call (core/hub/callwrapup.cpp): the dispositions an agent chooses from
    // (INI wrap-up/dispositions) and the longest notes accepted.
    QStringList wrapUpDispositions = {QStringLiteral("Resolved"),
        QStringLiteral("Follow-up needed"),
        QStringLiteral("Callback requested"),
        QStringLiteral("Sale"),
        QStringLiteral("Complaint"),
        QStringLiteral("Wrong number"),
        QStringLiteral("Other")};
    int wrapUpNotesMaxChars = 2000;
    // Daily spend cap (core/hub/spendcap.h), INI calls/daily-spend-cap: "KES 5000" or
    // "KES 5000, UGX 150000"; empty = none. Once today's (the hub's local day) spend in a capped
    // currency reaches its cap, /api/calls/initiate answers 429 until local midnight. Read, and
    // refused in words, when the hub starts.
    QString dailySpendCap;
};

} // namespace Hub
