#include "agentsmodel.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Ui {

void AgentsModel::setAgents(const QList<Client::AgentInfo> &agents)
{
    const bool sameRows = agents.size() == m_agents.size()
        && std::equal(agents.begin(),
            agents.end(),
            m_agents.begin(),
            [](const Client::AgentInfo &a, const Client::AgentInfo &b) {
                return a.username == b.username;
            });
    if (!sameRows) {
        beginResetModel();
        m_agents = agents;
        endResetModel();
        return;
    }
    m_agents = agents;
    if (!m_agents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_agents.size()) - 1, ColumnCount - 1));
}

int AgentsModel::onlineCount() const
{
    return int(
        std::count_if(m_agents.begin(), m_agents.end(), [](const auto &a) { return a.online; }));
}

int AgentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agents.size())
        return {};
    const Client::AgentInfo &agent = m_agents.at(index.row());
    if (role == UsernameRole)
        return agent.username;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name:
            return agent.displayName.isEmpty() || agent.displayName == agent.username
                ? agent.username
                : u"%1 (%2)"_s.arg(agent.displayName, agent.username);
        case Line:
            return agent.line.isEmpty() ? tr("no line") : agent.line;
        case Online:
            if (role == SortRole)
                return agent.online;
            return agent.online ? tr("Online") : tr("Offline");
        case LiveCalls:
            return agent.activeCalls;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Online)
        return agent.online ? QColor(0x1f, 0x9d, 0x55) : QColor(0x80, 0x80, 0x80);
    if (role == Qt::TextAlignmentRole && index.column() == LiveCalls)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Online)
        return agent.online ? tr("The agent's console is connected to the hub.")
                            : tr("No console of this agent is connected.");
    return {};
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Agent");
    case Line:
        return tr("Line");
    case Online:
        return tr("Console");
    case LiveCalls:
        return tr("Live calls");
    }
    return {};
}

} // namespace Ui
