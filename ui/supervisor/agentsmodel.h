#pragma once

// Every agent as the supervisor's wallboard shows them: name, line, whether their console is
// connected, their state (colour and words, never colour alone) and for how long, and how many
// live calls they have. Filled from GET /api/agents and kept live by agent_update events; the
// time in state ticks every second.

#include "client/hubclient.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Util {
class IClock;
}

namespace Ui {

class AgentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Line, Online, State, TimeInState, LiveCalls, ColumnCount };
    enum Role { UsernameRole = Qt::UserRole + 1, SortRole, StateRole };

    // `clock` null: the system clock (tests hand in a fake one).
    explicit AgentsModel(QObject *parent = nullptr, const Util::IClock *clock = nullptr);

    // Replaces the list; rows that stay keep their place (no reset, selection survives).
    void setAgents(const QList<Client::AgentInfo> &agents);
    // One agent changed (an agent_update): their row is updated, or added.
    void applyAgent(const Client::AgentInfo &agent);
    const QList<Client::AgentInfo> &agents() const { return m_agents; }
    int onlineCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    qint64 secondsInState(const Client::AgentInfo &agent) const;

    QList<Client::AgentInfo> m_agents;
    const Util::IClock *m_clock;
    QTimer m_tick;
};

} // namespace Ui
