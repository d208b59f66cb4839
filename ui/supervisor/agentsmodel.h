#pragma once

// Every agent as the supervisor's wallboard shows them: name, line, whether their console is
// connected, and how many live calls they have. Filled from GET /api/agents.

#include "client/hubclient.h"

#include <QAbstractTableModel>

namespace Ui {

class AgentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Line, Online, LiveCalls, ColumnCount };
    enum Role { UsernameRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the list; rows that stay keep their place (no reset, selection survives).
    void setAgents(const QList<Client::AgentInfo> &agents);
    const QList<Client::AgentInfo> &agents() const { return m_agents; }
    int onlineCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Client::AgentInfo> m_agents;
};

} // namespace Ui
