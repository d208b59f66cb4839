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

    // Call recordings (core/recordings), kept in <dataDir>/recordings.
    bool autoDownloadRecordings = true; // fetch each one as soon as AT reports it
    int recordingRetentionDays = 0; // delete local copies older than this; 0 keeps them
    qint64 recordingMaxBytes = 200LL * 1024 * 1024;
    // How long GET .../recording waits for a copy that is not local yet before answering 504.
    int recordingFetchWaitMs = 30000;
    int recordingLinkSeconds = 600; // how long a signed link to a recording stays valid
};

} // namespace Hub
