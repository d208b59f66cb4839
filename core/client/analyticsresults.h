#pragma once

// What the hub's analytics routes answer (GET /api/analytics/..., documented in
// resources/api/openapi.json), as the console reads them. Money stays the hub's exact decimal
// string per currency code ("1234.5"): a console never rounds someone's bill through a double.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Client {

// What every analytics request asks for: [from, to), and for the volume its bucket, direction
// and the centre's UTC offset (a whole number of hours; days start at its local midnight).
struct AnalyticsQuery
{
    QDateTime from, to; // invalid: the hub's default (the last 7 days)
    QString bucket; // "hour", "day", "week"; "" = the hub's default (day)
    QString direction; // "", "inbound", "outbound"
    int tzOffsetMinutes = 0;
    QString agent; // durations only: one agent ("" = everyone the user may see)
};

// Amounts per currency code, exactly as the hub wrote them: {"KES": "12.4"}.
using CostByCurrency = QMap<QString, QString>;

// One bucket of GET /api/analytics/call-volume.
struct VolumePoint
{
    QDateTime start;
    qint64 calls = 0;
    qint64 inbound = 0;
    qint64 outbound = 0;
    qint64 answered = 0;
    qint64 notAnswered = 0;
    QMap<QString, qint64> outcomes; // "completed", "noAnswer", "busy", ... as the hub names them
};

struct CallVolume
{
    QString bucket;
    QString direction; // "" = both
    QDateTime from, to;
    QList<VolumePoint> series;
};

// One row of GET /api/analytics/agent-performance.
struct AgentFigures
{
    QString agent;
    qint64 calls = 0;
    qint64 answered = 0;
    qint64 talkSeconds = 0;
    std::optional<double> averageHandleSeconds;
    std::optional<double> averageSpeedOfAnswerSeconds;
    CostByCurrency cost;
    // Seconds in each agent state ("available", "busy", "away", "after_call_work"), when the
    // hub reports them; empty from a hub that does not.
    QMap<QString, qint64> timeInState;
};

struct AgentPerformance
{
    QDateTime from, to;
    QList<AgentFigures> agents;
};

struct DurationBin
{
    qint64 fromSeconds = 0;
    std::optional<qint64> toSeconds; // nullopt: and longer
    qint64 count = 0;
};

// GET /api/analytics/call-duration-stats: answered calls with a known duration.
struct DurationStats
{
    qint64 count = 0;
    std::optional<double> meanSeconds;
    std::optional<double> medianSeconds;
    std::optional<qint64> p90Seconds;
    std::optional<qint64> maxSeconds;
    QList<DurationBin> histogram;
};

// GET /api/analytics/summary.
struct AnalyticsSummary
{
    QDateTime from, to;
    qint64 calls = 0;
    qint64 answered = 0;
    qint64 notAnswered = 0;
    qint64 inbound = 0;
    qint64 outbound = 0;
    qint64 talkSeconds = 0;
    qint64 abandoned = 0; // inbound calls that ended unanswered
    std::optional<double> abandonmentRate; // 0..1 of inbound calls; nullopt without any
    CostByCurrency cost;
};

// GET/POST/DELETE /api/calls/{id}/recording...: where the hub's copy of a recording stands.
struct RecordingStatus
{
    QString sessionId;
    QString state; // "remote", "downloading", "local", "failed", "deleted"
    qint64 bytes = 0;
    QString sha256;
    std::optional<double> progress; // 0..1 while downloading, when the size is known
    qint64 receivedBytes = 0;
    int attempts = 0;
    QString error;
    QDateTime downloadedAt, deletedAt;
    QString deletedBy;
};

} // namespace Client
