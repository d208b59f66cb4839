#include "callsmodel.h"

#include "util/clock.h"
#include "util/logging.h"

#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

const Calls::Call NO_CALL;

bool isNumberColumn(int column)
{
    return column == CallsModel::DurationColumn || column == CallsModel::CostColumn
        || column == CallsModel::StartedColumn;
}

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString localTimeText(const QDateTime &hubTime, qint64 clockOffsetMs)
{
    // On this computer's clock, so it agrees with the clock the user sees on screen.
    return hubTime.addMSecs(-clockOffsetMs).toLocalTime().toString(u"HH:mm:ss"_s);
}

} // namespace

CallsModel::CallsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_ownClock(std::make_unique<Util::SystemClock>())
    , m_clock(m_ownClock.get())
{
    init();
}

CallsModel::CallsModel(const Phone::NumberParser &numbers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_parser(numbers)
    , m_ownClock(std::make_unique<Util::SystemClock>())
    , m_clock(m_ownClock.get())
{
    init();
}

CallsModel::CallsModel(
    const Phone::NumberParser &numbers, const Util::IClock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_parser(numbers)
    , m_clock(&clock)
{
    init();
}

CallsModel::~CallsModel() = default;

void CallsModel::init()
{
    m_monotonic.start();
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(TickIntervalMs);
    connect(m_tickTimer, &QTimer::timeout, this, &CallsModel::tick);
    m_removalTimer = new QTimer(this);
    m_removalTimer->setSingleShot(true);
    m_removalTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early
    connect(m_removalTimer, &QTimer::timeout, this, &CallsModel::removeExpired);
}

int CallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return int((Qt::AlignRight | Qt::AlignVCenter).toInt());
        return {};
    case Qt::DecorationRole:
        if (column == StateColumn)
            return stateIcon(row.call.state);
        return {};
    case SessionIdRole:
        return row.call.sessionId;
    case CallRole:
        return QVariant::fromValue(row.call);
    case StateRole:
        return QVariant::fromValue(row.call.state);
    case SortRole:
        return sortData(row, column);
    case DirectionRole:
        return int(row.call.direction);
    case AgentRole:
        return row.call.agent;
    case IsFinalRole:
        return row.call.isFinal();
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant CallsModel::displayData(const Row &row, int column) const
{
    const Calls::Call &call = row.call;
    switch (column) {
    case StateColumn:
        return CallFormat::stateText(call.state);
    case DirectionColumn:
        switch (call.direction) {
        case Voice::Direction::Inbound:
            return QString(u"\u2199 "_s + tr("Inbound")); // ↙
        case Voice::Direction::Outbound:
            return QString(u"\u2197 "_s + tr("Outbound")); // ↗
        case Voice::Direction::Unknown:
            break;
        }
        return tr("Unknown");
    case CustomerColumn:
        return row.customerText;
    case AgentColumn:
        return call.agent.isEmpty() ? tr("Unassigned") : call.agent;
    case DurationColumn: {
        const qint64 seconds = durationSeconds(row);
        return seconds < 0 ? u"\u2014"_s : CallFormat::duration(seconds); // — before answer
    }
    case CostColumn:
        return row.cost.text;
    case StartedColumn:
        return row.startedText;
    default:
        return {};
    }
}

QVariant CallsModel::toolTipData(const Row &row, int column) const
{
    const Calls::Call &call = row.call;
    switch (column) {
    case StateColumn: {
        QStringList details;
        for (const QString &detail : {call.status, call.hangupCause}) {
            if (!detail.isEmpty())
                details.append(detail);
        }
        if (!call.transfer.target.isEmpty())
            details.append(
                tr("transferred to %1").arg(m_parser.formatInternational(call.transfer.target)));
        if (details.isEmpty())
            return CallFormat::stateText(call.state);
        return tr("%1 (%2)", "call state (AT's status, hangup cause)")
            .arg(Calls::displayName(call.state), details.join(u", "_s));
    }
    case DirectionColumn:
        return call.kind == Calls::CallKind::ClickToCall
            ? tr("Click-to-call: the agent's line rang first, then the customer's")
            : QVariant();
    case CustomerColumn:
        return call.carrierName.isEmpty()
            ? call.customerNumber
            : tr("%1 (%2)", "phone number (carrier)").arg(call.customerNumber, call.carrierName);
    case AgentColumn:
        return call.agentLine.isEmpty() ? QVariant() : tr("Line: %1").arg(call.agentLine);
    case DurationColumn:
        if (call.durationSeconds)
            return tr(
                "%n second(s), as Africa's Talking reported it", nullptr, *call.durationSeconds);
        if (call.answeredAt)
            return tr("Answered at %1").arg(localTimeText(*call.answeredAt, m_clockOffsetMs));
        return call.isFinal() ? tr("Never answered") : tr("Not answered yet");
    case CostColumn:
        return row.cost.toolTip.isEmpty() ? QVariant() : row.cost.toolTip;
    case StartedColumn:
        return row.startedToolTip;
    default:
        return {};
    }
}

QVariant CallsModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case StateColumn:
        return int(row.call.state);
    case DirectionColumn:
        return int(row.call.direction);
    case CustomerColumn:
        return row.call.customerNumber;
    case AgentColumn:
        return row.call.agent;
    case DurationColumn:
        return durationSeconds(row);
    case CostColumn:
        return row.cost.value;
    case StartedColumn:
        return row.createdMs;
    default:
        return {};
    }
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return int((Qt::AlignRight | Qt::AlignVCenter).toInt());
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case DirectionColumn:
        return tr("Direction");
    case CustomerColumn:
        return tr("Customer");
    case AgentColumn:
        return tr("Agent");
    case DurationColumn:
        return tr("Duration");
    case CostColumn:
        return tr("Cost");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

QHash<int, QByteArray> CallsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SessionIdRole, "sessionId");
    names.insert(CallRole, "call");
    names.insert(StateRole, "state");
    names.insert(SortRole, "sortValue");
    names.insert(DirectionRole, "direction");
    names.insert(AgentRole, "agent");
    names.insert(IsFinalRole, "isFinal");
    names.insert(SearchTextRole, "searchText");
    return names;
}

CallsModel::Row CallsModel::makeRow(const Calls::Call &call) const
{
    Row row;
    row.call = call;
    refreshCaches(row, nullptr);
    return row;
}

void CallsModel::refreshCaches(Row &row, const Calls::Call *before) const
{
    const Calls::Call &call = row.call;
    const bool customerChanged = !before || before->customerNumber != call.customerNumber;
    if (customerChanged) {
        row.customerText = m_parser.formatInternational(call.customerNumber);
        row.customerDigits = digitsOf(call.customerNumber) + u'\n'
            + digitsOf(m_parser.formatNational(call.customerNumber));
    }
    if (customerChanged || before->agent != call.agent) {
        row.searchText = row.customerDigits + u'\n' + call.customerNumber.toLower() + u'\n'
            + call.agent.toLower();
    }
    if (!before || before->costAmount != call.costAmount
        || before->currencyCode != call.currencyCode)
        row.cost = CallFormat::cost(call.costAmount, call.currencyCode);
    if (!before || before->createdAt != call.createdAt)
        refreshStarted(row);
    if (!before || before->answeredAt != call.answeredAt)
        row.answeredMs = call.answeredAt ? call.answeredAt->toMSecsSinceEpoch() : -1;
}

void CallsModel::refreshStarted(Row &row) const
{
    const QDateTime &created = row.call.createdAt;
    if (!created.isValid()) {
        row.createdMs = 0;
        row.startedText.clear();
        row.startedToolTip.clear();
        return;
    }
    row.createdMs = created.toMSecsSinceEpoch();
    row.startedText = localTimeText(created, m_clockOffsetMs);
    row.startedToolTip
        = QLocale().toString(created.addMSecs(-m_clockOffsetMs).toLocalTime(), QLocale::LongFormat);
}

qint64 CallsModel::hubNowMs() const
{
    return m_clock->now().toMSecsSinceEpoch() + m_clockOffsetMs;
}

qint64 CallsModel::durationSeconds(const Row &row) const
{
    const Calls::Call &call = row.call;
    if (call.durationSeconds) // AT's own figure, what it bills: final
        return *call.durationSeconds;
    if (row.answeredMs < 0)
        return -1;
    if (call.isFinal()) {
        if (!call.endedAt)
            return -1;
        return qMax<qint64>(0, (call.endedAt->toMSecsSinceEpoch() - row.answeredMs) / 1000);
    }
    return qMax<qint64>(0, (hubNowMs() - row.answeredMs) / 1000);
}

qint64 CallsModel::endedSinceFor(const Calls::Call &call) const
{
    // A call that ended before we heard of it (a snapshot, a late event) has already used up
    // part of its time on screen.
    const qint64 ageMs
        = call.endedAt ? qMax<qint64>(0, hubNowMs() - call.endedAt->toMSecsSinceEpoch()) : 0;
    return m_monotonic.elapsed() - ageMs;
}

bool CallsModel::expired(const Row &row, qint64 monotonicNow) const
{
    return row.endedSince && m_keepEndedMs >= 0 && monotonicNow - *row.endedSince >= m_keepEndedMs;
}

void CallsModel::setSnapshot(const QList<Calls::Call> &calls)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_rows.reserve(calls.size());
    m_index.reserve(calls.size());
    const qint64 now = m_monotonic.elapsed();
    for (const Calls::Call &call : calls) {
        if (call.sessionId.isEmpty()) {
            qCWarning(lcApp) << "Call list: ignoring a call without a sessionId";
            continue;
        }
        Row row = makeRow(call);
        if (call.isFinal())
            row.endedSince = endedSinceFor(call);
        if (expired(row, now))
            continue;
        if (const auto found = m_index.constFind(call.sessionId); found != m_index.cend()) {
            m_rows[*found] = std::move(row); // listed twice: the later copy is the newer
            continue;
        }
        m_index.insert(call.sessionId, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endResetModel();
    scheduleRemoval();
    updateTicking();
}

void CallsModel::applyCall(const Calls::Call &call)
{
    if (call.sessionId.isEmpty()) {
        qCWarning(lcApp) << "Call list: ignoring a call without a sessionId";
        return;
    }
    const auto found = m_index.constFind(call.sessionId);
    if (found == m_index.cend()) {
        Row row = makeRow(call);
        if (call.isFinal()) {
            row.endedSince = endedSinceFor(call);
            if (expired(row, m_monotonic.elapsed()))
                return; // ended long enough ago that it would already have left
        }
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_index.insert(call.sessionId, at);
        m_rows.append(std::move(row));
        endInsertRows();
        if (call.isFinal() && !m_removalTimer->isActive())
            scheduleRemoval();
        updateTicking();
        Q_EMIT callChanged(m_rows.constLast().call);
        return;
    }

    const int at = *found;
    Row &row = m_rows[at];
    if (row.call == call)
        return; // a repeated event: nothing to repaint
    const Calls::Call before = std::exchange(row.call, call);
    refreshCaches(row, &before);
    if (!call.isFinal()) {
        row.endedSince.reset();
    } else if (!row.endedSince) {
        // Seen ending here: the user gets the whole keepEndedMs() to see how it went.
        row.endedSince = m_monotonic.elapsed();
        if (expired(row, *row.endedSince)) {
            removeRowAt(at);
            Q_EMIT callChanged(call);
            return;
        }
        // Every call ending now is due after the ones already counting down, so only an idle
        // timer needs arming.
        if (!m_removalTimer->isActive())
            scheduleRemoval();
    }
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    Q_EMIT callChanged(row.call);
}

const Calls::Call &CallsModel::call(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return NO_CALL;
    return m_rows.at(row).call;
}

const Calls::Call &CallsModel::callAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return NO_CALL;
    return call(index.row());
}

int CallsModel::rowOf(const QString &sessionId) const
{
    return m_index.value(sessionId, -1);
}

void CallsModel::setClockOffsetMs(qint64 offsetMs)
{
    if (offsetMs == m_clockOffsetMs)
        return;
    m_clockOffsetMs = offsetMs;
    for (Row &row : m_rows)
        refreshStarted(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DurationColumn), index(int(m_rows.size()) - 1, StartedColumn));
}

qint64 CallsModel::clockOffsetMs() const
{
    return m_clockOffsetMs;
}

void CallsModel::setKeepEndedMs(int ms)
{
    m_keepEndedMs = ms < 0 ? -1 : ms;
    removeExpired(); // also re-arms (or stops) the removal timer for the new rule
}

int CallsModel::keepEndedMs() const
{
    return m_keepEndedMs;
}

QIcon CallsModel::stateIcon(Calls::CallState state) const
{
    // One icon per state, made once: a bare QColor here made the delegate build a new pixmap
    // for every painted cell and filled Qt's pixmap cache (docs/performance.md).
    const int key = int(state);
    auto found = m_stateIcons.constFind(key);
    if (found != m_stateIcons.constEnd())
        return *found;
    QPixmap swatch(12, 12);
    swatch.fill(CallFormat::stateColour(state));
    return *m_stateIcons.insert(key, QIcon(swatch));
}

void CallsModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_index.remove(m_rows.at(row).call.sessionId);
    m_rows.removeAt(row);
    for (int i = row; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).call.sessionId] = i;
    endRemoveRows();
    updateTicking();
}

void CallsModel::removeExpired()
{
    // Expired rows go in runs of neighbours (they ended about in order), one removal and one
    // re-index per run rather than per row: with thousands of ended calls a row-at-a-time
    // sweep stalled the UI thread (docs/performance.md, "Desktop console").
    const qint64 now = m_monotonic.elapsed();
    bool removed = false;
    for (int end = int(m_rows.size()) - 1; end >= 0; --end) {
        if (!expired(m_rows.at(end), now))
            continue;
        int start = end;
        while (start > 0 && expired(m_rows.at(start - 1), now))
            --start;
        beginRemoveRows({}, start, end);
        for (int i = start; i <= end; ++i)
            m_index.remove(m_rows.at(i).call.sessionId);
        m_rows.remove(start, end - start + 1);
        for (int i = start; i < m_rows.size(); ++i)
            m_index[m_rows.at(i).call.sessionId] = i;
        endRemoveRows();
        removed = true;
        end = start;
    }
    if (removed)
        updateTicking();
    scheduleRemoval();
}

void CallsModel::scheduleRemoval()
{
    std::optional<qint64> first;
    if (m_keepEndedMs >= 0) {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.endedSince && (!first || *row.endedSince < *first))
                first = row.endedSince;
        }
    }
    if (!first) {
        m_removalTimer->stop();
        return;
    }
    // At most two sweeps a second: a row may stay up to half a second past its time, and the
    // UI thread is not woken for every single ended call.
    const qint64 due = *first + m_keepEndedMs - m_monotonic.elapsed();
    const qint64 wait = m_keepEndedMs == 0 ? due + 1 : qMax<qint64>(due + 1, MinSweepIntervalMs);
    m_removalTimer->start(int(std::clamp<qint64>(wait, 0, std::numeric_limits<int>::max())));
}

void CallsModel::updateTicking()
{
    if (m_rows.isEmpty())
        m_tickTimer->stop();
    else if (!m_tickTimer->isActive())
        m_tickTimer->start();
}

void CallsModel::tick()
{
    // One dataChanged per run of neighbouring live, answered calls: a handful of signals for
    // hundreds of calls, and nothing for the rows whose duration is not moving.
    static const QList<int> roles{Qt::DisplayRole, SortRole};
    const int count = int(m_rows.size());
    int runStart = -1;
    for (int i = 0; i <= count; ++i) {
        const bool ticking = i < count && !m_rows.at(i).call.isFinal()
            && m_rows.at(i).answeredMs >= 0 && !m_rows.at(i).call.durationSeconds;
        if (ticking && runStart < 0) {
            runStart = i;
        } else if (!ticking && runStart >= 0) {
            Q_EMIT dataChanged(
                index(runStart, DurationColumn), index(i - 1, DurationColumn), roles);
            runStart = -1;
        }
    }
}

} // namespace Ui
