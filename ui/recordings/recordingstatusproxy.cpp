#include "recordingstatusproxy.h"

#include "common/csvexport.h"
#include "recordinglistmodel.h"

using namespace Qt::StringLiterals;

namespace Ui {

RecordingStatusProxy::RecordingStatusProxy(
    std::function<const Calls::Call &(int row)> callAt, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_callAt(std::move(callAt))
{}

int RecordingStatusProxy::statusColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

void RecordingStatusProxy::setNote(const QString &sessionId, const QString &note)
{
    m_notes.insert(sessionId, note);
    for (int row = 0; row < rowCount(); ++row) {
        if (m_callAt(row).sessionId == sessionId) {
            const QModelIndex cell = index(row, statusColumn());
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

int RecordingStatusProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : statusColumn() + 1;
}

QModelIndex RecordingStatusProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (!parent.isValid() && column == statusColumn()) {
        if (row < 0 || row >= rowCount())
            return {};
        return createIndex(row, column);
    }
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex RecordingStatusProxy::parent(const QModelIndex &child) const
{
    if (child.isValid() && child.column() == statusColumn())
        return {};
    return QIdentityProxyModel::parent(child);
}

QModelIndex RecordingStatusProxy::sibling(int row, int column, const QModelIndex &index) const
{
    return this->index(row, column, index.parent());
}

QModelIndex RecordingStatusProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (proxyIndex.isValid() && proxyIndex.column() == statusColumn())
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QVariant RecordingStatusProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Calls::Call &call = m_callAt(index.row());
    if (index.column() == statusColumn()) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return m_notes.value(call.sessionId);
        return {};
    }
    if (role == CsvRole) {
        switch (index.column()) {
        case RecordingListModel::DateTime:
            return call.createdAt.toLocalTime().toString(Qt::ISODate);
        case RecordingListModel::Duration:
            return call.durationSeconds ? QVariant(*call.durationSeconds) : QVariant(QString());
        case RecordingListModel::Cost:
            // Exactly as Africa's Talking reported it, with its currency.
            return call.hasCost() ? QVariant(call.currencyCode + u' ' + call.costAmount)
                                  : QVariant(QString());
        default:
            break; // as shown
        }
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant RecordingStatusProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == statusColumn() && role == Qt::DisplayRole)
        return tr("Recording");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags RecordingStatusProxy::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == statusColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QIdentityProxyModel::flags(index);
}

} // namespace Ui
