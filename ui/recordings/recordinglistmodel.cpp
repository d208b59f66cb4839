#include "recordinglistmodel.h"

#include "common/csvexport.h"
#include "models/callformat.h"

#include <QLocale>
#include <QSet>

namespace Ui {

RecordingListModel::RecordingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RecordingListModel::setCalls(const QList<Calls::Call> &calls)
{
    beginResetModel();
    m_calls.clear();
    endResetModel();
    return appendCalls(calls);
}

int RecordingListModel::appendCalls(const QList<Calls::Call> &calls)
{
    QSet<QString> shown;
    for (const Calls::Call &call : std::as_const(m_calls))
        shown.insert(call.sessionId);
    QList<Calls::Call> added;
    for (const Calls::Call &call : calls) {
        if (call.recordingUrl.trimmed().isEmpty() || shown.contains(call.sessionId))
            continue;
        shown.insert(call.sessionId);
        added.append(call);
    }
    if (added.isEmpty())
        return 0;
    beginInsertRows({}, int(m_calls.size()), int(m_calls.size() + added.size() - 1));
    m_calls.append(added);
    endInsertRows();
    return int(added.size());
}

void RecordingListModel::clear()
{
    beginResetModel();
    m_calls.clear();
    endResetModel();
}

int RecordingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int RecordingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordingListModel::text(const Calls::Call &call, int column) const
{
    switch (column) {
    case DateTime:
        return QLocale().toString(call.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Customer:
        return call.customerNumber;
    case Agent:
        return call.agent.isEmpty() ? tr("(none)") : call.agent;
    case Direction:
        return CallFormat::directionText(call.direction);
    case Duration:
        return CallFormat::durationText(
            call.durationSeconds ? std::optional<qint64>(*call.durationSeconds) : std::nullopt);
    case Cost:
        return CallFormat::cost(call.costAmount, call.currencyCode).text;
    case Disposition:
        return call.wrapUp ? call.wrapUp->disposition : QString();
    case Notes: {
        // One line in the table; the whole text in the tooltip and the export.
        const QString notes = call.wrapUp ? call.wrapUp->notes.simplified() : QString();
        return notes.size() > 80 ? notes.left(79) + u'…' : notes;
    }
    }
    return {};
}

bool RecordingListModel::updateCall(const Calls::Call &call)
{
    for (int row = 0; row < m_calls.size(); ++row) {
        if (m_calls.at(row).sessionId == call.sessionId) {
            m_calls[row] = call;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return true;
        }
    }
    return false;
}

QVariant RecordingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Calls::Call &call = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(call, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Cost && call.hasCost())
            return tr("%1 %2 as billed").arg(call.currencyCode, call.costAmount);
        if (index.column() == DateTime)
            return QLocale().toString(call.createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Notes && call.wrapUp)
            return call.wrapUp->notes;
        if (index.column() == Disposition && call.wrapUp)
            return tr("Wrapped up by %1").arg(call.wrapUp->by);
        return {};
    case CsvRole:
        if (index.column() == Notes)
            return call.wrapUp ? call.wrapUp->notes : QString(); // whole, line breaks kept
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Cost)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RecordingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateTime:
        return tr("Date and time");
    case Customer:
        return tr("Customer");
    case Agent:
        return tr("Agent");
    case Direction:
        return tr("Direction");
    case Duration:
        return tr("Duration");
    case Cost:
        return tr("Cost");
    case Disposition:
        return tr("Disposition");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace Ui
