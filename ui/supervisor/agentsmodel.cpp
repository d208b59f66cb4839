#include "agentsmodel.h"

#include "agent/agentstatetext.h"
#include "util/clock.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Ui {

AgentsModel::AgentsModel(QObject *parent, const Util::IClock *clock)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    // Time in state ticks: one column changes, once a second.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_agents.isEmpty())
            Q_EMIT dataChanged(index(0, TimeInState),
                index(int(m_agents.size()) - 1, TimeInState),
                {Qt::DisplayRole});
    });
    m_tick.start();
}

void AgentsModel::applyAgent(const Client::AgentInfo &agent)
{
    for (qsizetype row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).username != agent.username)
            continue;
        m_agents[row] = agent;
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return;
    }
    const int row = int(m_agents.size());
    beginInsertRows({}, row, row);
    m_agents.append(agent);
    endInsertRows();
}

qint64 AgentsModel::secondsInState(const Client::AgentInfo &agent) const
{
    if (!agent.stateSince.isValid())
        return -1;
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, agent.stateSince.secsTo(now));
}

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
    if (role == StateRole)
        return agent.state;
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
        case State:
            return AgentStateText::label(agent.state, agent.stateReason);
        case TimeInState: {
            const qint64 seconds = secondsInState(agent);
            if (role == SortRole)
                return seconds;
            return seconds < 0 ? QString() : AgentStateText::duration(seconds);
        }
        case LiveCalls:
            return agent.activeCalls;
        }
    }
    // The state's colour as a swatch beside its words.
    if (role == Qt::DecorationRole && index.column() == State)
        return AgentStateText::colour(agent.state);
    if (role == Qt::ToolTipRole && index.column() == State)
        return AgentStateText::explanation(agent.state);
    if (role == Qt::ForegroundRole && index.column() == Online)
        return agent.online ? QColor(0x1f, 0x9d, 0x55) : QColor(0x80, 0x80, 0x80);
    if (role == Qt::TextAlignmentRole
        && (index.column() == LiveCalls || index.column() == TimeInState))
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
    case State:
        return tr("State");
    case TimeInState:
        return tr("In state for");
    case LiveCalls:
        return tr("Live calls");
    }
    return {};
}

} // namespace Ui
