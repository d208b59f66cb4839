#pragma once

// The supervisor's wallboard: counters at a glance, every live call (filter by agent,
// direction, state or number), every agent and whether their console is connected, and any
// call's details with its recording.

#include "client/hubclient.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;

namespace Phone {
class NumberParser;
}

namespace Ui {

class AgentsModel;
class CallDetailsPanel;
class CallsFilterProxy;
class CallsModel;
class ConsoleSettings;
class SpendPanel;

class SupervisorView final : public QWidget
{
    Q_OBJECT

public:
    SupervisorView(Client::HubClient &client,
        CallsModel &liveCalls,
        const Phone::NumberParser &numbers,
        ConsoleSettings &settings,
        QWidget *parent = nullptr);
    ~SupervisorView() override;

    QTableView *callsTable() const { return m_callsTable; }
    QTableView *agentsTable() const { return m_agentsTable; }
    CallDetailsPanel *details() const { return m_details; }
    AgentsModel *agentsModel() const { return m_agents; }
    SpendPanel *spendPanel() const { return m_spend; }
    QString countersText() const;

    void refreshAgents();
    // A supervisor sets an agent's state ("available", or "away" with one of the hub's
    // reasons); the agents table offers it on right-click. A refusal is shown under the table.
    void setAgentState(const QString &username, const QString &state, const QString &reason);
    QMenu *agentStateMenu(const QString &username);
    QString agentStateError() const;
    void focusSearch();
    void transferSelected();
    void saveLayout();

private:
    void applyFilters();
    void updateCounters();
    void recountSoon();
    void onCall(const Calls::Call &call);

    Client::HubClient &m_client;
    CallsModel &m_liveCalls;
    const Phone::NumberParser &m_numbers;
    ConsoleSettings &m_settings;
    CallsFilterProxy *m_proxy;
    AgentsModel *m_agents;
    QLabel *m_counters;
    QLabel *m_agentStateError;
    QStringList m_awayReasons; // the hub's, fetched with the agents
    SpendPanel *m_spend;
    QComboBox *m_agentFilter;
    QComboBox *m_directionFilter;
    QComboBox *m_stateFilter;
    QLineEdit *m_search;
    QTableView *m_callsTable;
    QTableView *m_agentsTable;
    CallDetailsPanel *m_details;
    QSplitter *m_splitter;
    QTimer m_agentRefresh; // throttles GET /api/agents after call events
    QTimer m_counterRefresh;
    bool m_agentRequestInFlight = false;
    bool m_recountPending = false;
};

} // namespace Ui
