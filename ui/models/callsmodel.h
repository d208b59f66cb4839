#pragma once

// The live calls, one row each, as the hub reports them (REST snapshot, then WebSocket events).
//
// Built for a stream of events: a call is found by its sessionId in O(1); a new call is one
// inserted row, a change is dataChanged for that row only, an ended call is one removed row.
// Only setSnapshot() resets the model. What is costly to work out (formatted numbers, costs,
// times) is worked out once per change, never while painting.
//
// Rows stay in arrival order; put a CallsFilterProxy on top for sorting and filtering.
//
// Durations tick: once a second dataChanged is emitted for the Duration cell of answered calls
// that have not ended. They are measured on the hub's clock (answeredAt is the hub's time), so
// setClockOffsetMs() tells the model how far the hub's clock is from this computer's.
//
// Ended calls stay for keepEndedMs() (60 s by default) showing how they ended and what they
// cost, then leave.

#include "callformat.h"
#include "calls/call.h"
#include "phone/phonenumbers.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QList>

#include <memory>
#include <optional>

class QTimer;

namespace Util {
class IClock;
}

namespace Ui {

class CallsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        DirectionColumn,
        CustomerColumn,
        AgentColumn,
        DurationColumn,
        CostColumn,
        StartedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SessionIdRole = Qt::UserRole + 1, // QString
        CallRole, // Calls::Call
        StateRole, // Calls::CallState
        // Raw values to sort by: state and direction as numbers, numbers and agent as text,
        // duration in seconds (-1 before answer), cost as a double (-1 unknown), times in ms.
        SortRole,
        DirectionRole, // int(Voice::Direction)
        AgentRole, // the agent's username, "" while unassigned
        IsFinalRole, // bool: the call has ended
        // Lower-case text a search box matches: the customer's digits in international and
        // national form, the customer as given, and the agent.
        SearchTextRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultKeepEndedMs = 60'000;
    static constexpr int TickIntervalMs = 1000;
    static constexpr int MinSweepIntervalMs = 500; // ended calls are removed at most this often

    // `numbers` formats customer numbers (its region decides what counts as local); the model
    // keeps a copy. `clock` (which must outlive the model) tells the time for durations;
    // tests pass a fake one.
    explicit CallsModel(QObject *parent = nullptr);
    explicit CallsModel(const Phone::NumberParser &numbers, QObject *parent = nullptr);
    CallsModel(
        const Phone::NumberParser &numbers, const Util::IClock &clock, QObject *parent = nullptr);
    ~CallsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row (one model reset): the hub's list after login or a reconnect.
    // Ended calls in it are kept only for what is left of their keepEndedMs().
    void setSnapshot(const QList<Calls::Call> &calls);
    // One event: inserts the call, or updates its row in place. A call without a sessionId is
    // ignored (and logged).
    void applyCall(const Calls::Call &call);

    // An empty call for a row or index that does not exist.
    const Calls::Call &call(int row) const;
    const Calls::Call &callAt(int row) const { return call(row); }
    const Calls::Call &callAt(const QModelIndex &index) const;
    int rowOf(const QString &sessionId) const; // -1 if not here

    // Hub clock minus local clock, in ms (the hub's Date header, or its time in the snapshot).
    void setClockOffsetMs(qint64 offsetMs);
    qint64 clockOffsetMs() const;

    // How long an ended call stays: 0 removes it at once, -1 keeps it until the next snapshot.
    void setKeepEndedMs(int ms);
    int keepEndedMs() const;

Q_SIGNALS:
    // After applyCall() inserted or changed a row (not for a repeat, nor for setSnapshot()):
    // for a details panel showing that call.
    void callChanged(const Calls::Call &call);

private:
    // A call and what it looks like, worked out when it changes rather than on every paint.
    struct Row
    {
        Calls::Call call;
        QString customerText; // "+254 712 345678"
        QString customerDigits; // "254712345678\n0712345678": what a typed number matches
        QString searchText; // see SearchTextRole
        CallFormat::Cost cost;
        QString startedText; // local "14:03:27"
        QString startedToolTip; // local date and time, long form
        qint64 createdMs = 0; // hub clock, ms since the epoch
        qint64 answeredMs = -1; // hub clock; -1 before answer
        // On m_monotonic: when the countdown to its removal began; unset while live.
        std::optional<qint64> endedSince;
    };

    void init();
    Row makeRow(const Calls::Call &call) const;
    // Re-does what depends on the fields that changed between `before` and row.call.
    void refreshCaches(Row &row, const Calls::Call *before) const;
    void refreshStarted(Row &row) const;
    qint64 hubNowMs() const;
    // When (on m_monotonic) an ended call started counting down to its removal.
    qint64 endedSinceFor(const Calls::Call &call) const;
    bool expired(const Row &row, qint64 monotonicNow) const;
    qint64 durationSeconds(const Row &row) const; // -1 before answer
    void removeRowAt(int row);
    void removeExpired();
    // Arms the removal timer for the ended call due first (a scan; not per event).
    void scheduleRemoval();
    void updateTicking();
    void tick();
    QVariant displayData(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    Phone::NumberParser m_parser;
    std::unique_ptr<Util::IClock> m_ownClock;
    const Util::IClock *m_clock = nullptr;
    QList<Row> m_rows;
    QHash<QString, int> m_index; // sessionId → row
    qint64 m_clockOffsetMs = 0;
    int m_keepEndedMs = DefaultKeepEndedMs;
    QElapsedTimer m_monotonic;
    QIcon stateIcon(Calls::CallState state) const;
    mutable QHash<int, QIcon> m_stateIcons;
    QTimer *m_tickTimer = nullptr;
    QTimer *m_removalTimer = nullptr;
};

} // namespace Ui
