#include "recordinglistmodel.h"

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
    }
    return {};
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
    }
    return {};
}

} // namespace Ui
