#include "supervisorview.h"

#include "agentsmodel.h"
#include "calls/calldetailspanel.h"
#include "calls/calltable.h"
#include "calls/scrollable.h"
#include "calls/transferdialog.h"
#include "models/callsfilterproxy.h"
#include "models/callsmodel.h"
#include "shell/consolesettings.h"
#include "spendpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

constexpr int AGENT_REFRESH_MS = 15000;

} // namespace

SupervisorView::SupervisorView(Client::HubClient &client,
    CallsModel &liveCalls,
    const Phone::NumberParser &numbers,
    ConsoleSettings &settings,
    QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_liveCalls(liveCalls)
    , m_numbers(numbers)
    , m_settings(settings)
    , m_proxy(new CallsFilterProxy(this))
    , m_agents(new AgentsModel(this))
    , m_counters(new QLabel(this))
    , m_agentStateError(new QLabel(this))
    , m_spend(new SpendPanel(client, this))
    , m_agentFilter(new QComboBox(this))
    , m_directionFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_callsTable(new QTableView(this))
    , m_agentsTable(new QTableView(this))
    , m_details(new CallDetailsPanel(&client, numbers, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"supervisorView"_s);
    QFont big = m_counters->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_counters->setFont(big);
    m_counters->setAccessibleName(tr("Wallboard counters"));
    m_counters->setTextFormat(Qt::RichText);

    m_agentFilter->setAccessibleName(tr("Filter by agent"));
    m_agentFilter->addItem(tr("All agents"), QString());
    m_directionFilter->setAccessibleName(tr("Filter by direction"));
    m_directionFilter->addItem(tr("Both directions"), -1);
    m_directionFilter->addItem(tr("Inbound"), int(Voice::Direction::Inbound));
    m_directionFilter->addItem(tr("Outbound"), int(Voice::Direction::Outbound));
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_stateFilter->addItem(tr("Live calls"), int(CallsFilterProxy::StateFilter::Live));
    m_stateFilter->addItem(tr("Just ended"), int(CallsFilterProxy::StateFilter::Ended));
    m_stateFilter->addItem(tr("Live and just ended"), int(CallsFilterProxy::StateFilter::All));
    m_stateFilter->setCurrentIndex(2);
    m_search->setAccessibleName(tr("Search calls"));
    m_search->setPlaceholderText(tr("Search number or agent (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    for (QComboBox *box : {m_agentFilter, m_directionFilter, m_stateFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &SupervisorView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &SupervisorView::applyFilters);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_agentFilter);
    filters->addWidget(m_directionFilter);
    filters->addWidget(m_search, 1);

    m_proxy->setSourceModel(&m_liveCalls);
    setUpCallTable(m_callsTable, m_proxy, tr("Every call"));
    auto *agentSort = new QSortFilterProxyModel(this);
    agentSort->setSourceModel(m_agents);
    agentSort->setSortRole(AgentsModel::SortRole);
    m_agentsTable->setModel(agentSort);
    m_agentsTable->setAccessibleName(tr("Agents"));
    m_agentsTable->setSortingEnabled(true);
    m_agentsTable->sortByColumn(AgentsModel::Name, Qt::AscendingOrder);
    m_agentsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agentsTable->verticalHeader()->setVisible(false);
    m_agentsTable->horizontalHeader()->setStretchLastSection(true);
    // Right-click an agent: set their state (back to available, or away with a reason).
    m_agentsTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_agentsTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_agentsTable->indexAt(at);
        if (index.isValid())
            agentStateMenu(index.data(AgentsModel::UsernameRole).toString())
                ->popup(m_agentsTable->viewport()->mapToGlobal(at));
    });
    // Double-click an agent: show only their calls.
    connect(m_agentsTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int at = m_agentFilter->findData(index.data(AgentsModel::UsernameRole));
        if (at >= 0)
            m_agentFilter->setCurrentIndex(at);
    });

    auto *callsBox = new QWidget(this);
    auto *callsLayout = new QVBoxLayout(callsBox);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    callsLayout->addLayout(filters);
    callsLayout->addWidget(m_callsTable);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    auto *agentsBox = new QWidget(this);
    auto *agentsLayout = new QVBoxLayout(agentsBox);
    agentsLayout->setContentsMargins(0, 0, 0, 0);
    auto *agentsTitle = new QLabel(tr("<b>Agents</b>"), this);
    agentsTitle->setToolTip(tr("Right-click an agent to set their state."));
    agentsLayout->addWidget(agentsTitle);
    agentsLayout->addWidget(m_agentsTable);
    m_agentStateError->setWordWrap(true);
    m_agentStateError->setStyleSheet(u"color: #c62828"_s);
    m_agentStateError->setVisible(false);
    agentsLayout->addWidget(m_agentStateError);
    bottom->addWidget(agentsBox);
    bottom->addWidget(scrollable(m_details));
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({640, 540}); // the agents table has six columns

    m_splitter->addWidget(callsBox);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->restoreState(settings.splitterState(u"supervisor"_s));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counters);
    layout->addWidget(m_spend);
    layout->addWidget(m_splitter, 1);

    connect(m_callsTable->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex &index) {
            const auto call = index.data(CallsModel::CallRole).value<Calls::Call>();
            if (!call.sessionId.isEmpty())
                m_details->showCall(call);
        });
    connect(
        m_details, &CallDetailsPanel::transferRequested, this, &SupervisorView::transferSelected);
    connect(&m_liveCalls, &CallsModel::callChanged, this, &SupervisorView::onCall);
    // Agent states change live (agent_update); the periodic refresh below stays as a safety net.
    connect(&client, &Client::HubClient::event, this, [this](const Client::StreamEvent &event) {
        if (event.type == u"agent_update"_s && !event.agent.username.isEmpty())
            m_agents->applyAgent(event.agent);
    });

    m_agentRefresh.setSingleShot(true);
    connect(&m_agentRefresh, &QTimer::timeout, this, &SupervisorView::refreshAgents);
    auto *periodic = new QTimer(this);
    periodic->start(AGENT_REFRESH_MS);
    connect(periodic, &QTimer::timeout, this, &SupervisorView::refreshAgents);
    // Counters follow rows appearing and going; coalesced so a burst of events recounts once.
    m_counterRefresh.setSingleShot(true);
    m_counterRefresh.setInterval(50);
    connect(&m_counterRefresh, &QTimer::timeout, this, [this] {
        if (std::exchange(m_recountPending, false))
            updateCounters();
    });
    // Rows appearing and going (and a reset) recount too, throttled the same way.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_liveCalls, signal, this, &SupervisorView::recountSoon);
    connect(&m_liveCalls, &QAbstractItemModel::modelReset, this, &SupervisorView::recountSoon);
    applyFilters();
    updateCounters();
}

SupervisorView::~SupervisorView() = default;

QString SupervisorView::countersText() const
{
    return m_counters->text();
}

QString SupervisorView::agentStateError() const
{
    return m_agentStateError->isVisible() ? m_agentStateError->text() : QString();
}

void SupervisorView::refreshAgents()
{
    if (m_agentRequestInFlight || !m_client.isLoggedIn())
        return;
    m_agentRequestInFlight = true;
    QPointer<SupervisorView> self(this);
    m_client.agents([self](const auto &result) {
        if (!self)
            return;
        self->m_agentRequestInFlight = false;
        if (!result)
            return; // the connection banner tells the story; keep what is shown
        self->m_agents->setAgents(*result);
        self->m_agentsTable->resizeColumnsToContents();
        if (self->m_awayReasons.isEmpty()) {
            self->m_client.awayReasons([self](const auto &reasons) {
                if (self && reasons)
                    self->m_awayReasons = reasons->reasons;
            });
        }
        const QString chosen = self->m_agentFilter->currentData().toString();
        QSignalBlocker block(self->m_agentFilter);
        while (self->m_agentFilter->count() > 1)
            self->m_agentFilter->removeItem(1);
        for (const Client::AgentInfo &agent : *result)
            self->m_agentFilter->addItem(agent.username, agent.username);
        self->m_agentFilter->setCurrentIndex(qMax(0, self->m_agentFilter->findData(chosen)));
        self->updateCounters();
    });
}

void SupervisorView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SupervisorView::transferSelected()
{
    if (!m_details->hasCall())
        return;
    auto *dialog = new TransferDialog(m_client, m_numbers, m_details->call(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferDialog::transferred, &m_liveCalls, &CallsModel::applyCall);
    dialog->open();
}

QMenu *SupervisorView::agentStateMenu(const QString &username)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto choose = [this, username](const QString &state, const QString &reason) {
        setAgentState(username, state, reason);
    };
    menu->addAction(tr("Make %1 available").arg(username), this, [choose] {
        choose(u"available"_s, QString());
    });
    QMenu *away = menu->addMenu(tr("Set %1 away").arg(username));
    for (const QString &reason : std::as_const(m_awayReasons))
        away->addAction(reason, this, [choose, reason] { choose(u"away"_s, reason); });
    away->setEnabled(!m_awayReasons.isEmpty());
    return menu;
}

void SupervisorView::setAgentState(
    const QString &username, const QString &state, const QString &reason)
{
    QPointer<SupervisorView> self(this);
    m_client.setAgentState(username,
        state,
        reason,
        [self](const Util::Result<Client::AgentInfo, Client::ClientError> &result) {
            if (!self)
                return;
            if (!result) {
                self->m_agentStateError->setText(result.error().message);
                self->m_agentStateError->setVisible(true);
                return;
            }
            self->m_agentStateError->setVisible(false);
            self->m_agents->applyAgent(*result);
        });
}

void SupervisorView::saveLayout()
{
    m_settings.setSplitterState(u"supervisor"_s, m_splitter->saveState());
}

void SupervisorView::applyFilters()
{
    m_proxy->setAgentFilter(m_agentFilter->currentData().toString());
    const int direction = m_directionFilter->currentData().toInt();
    m_proxy->setDirectionFilter(direction < 0
            ? std::optional<Voice::Direction>()
            : std::optional<Voice::Direction>(Voice::Direction(direction)));
    m_proxy->setStateFilter(CallsFilterProxy::StateFilter(m_stateFilter->currentData().toInt()));
    m_proxy->setTextFilter(m_search->text());
}

void SupervisorView::onCall(const Calls::Call &call)
{
    if (m_details->hasCall() && m_details->call().sessionId == call.sessionId)
        m_details->showCall(call);
    recountSoon();
    if (call.isFinal())
        m_spend->callEnded(); // its cost has arrived (or will with a later update)
    // A call that started or ended changes an agent's count: ask again, at most once a second.
    if (!m_agentRefresh.isActive())
        m_agentRefresh.start(1000);
}

void SupervisorView::recountSoon()
{
    // The first change shows at once; a burst after it is counted once, 50 ms later (restarting
    // the timer on every change would put the count off for as long as the burst lasts).
    if (m_counterRefresh.isActive()) {
        m_recountPending = true;
        return;
    }
    updateCounters();
    m_counterRefresh.start();
}

void SupervisorView::updateCounters()
{
    int ringing = 0, talking = 0, live = 0;
    for (int row = 0; row < m_liveCalls.rowCount(); ++row) {
        const Calls::Call &call = m_liveCalls.callAt(row);
        if (call.isFinal())
            continue;
        ++live;
        if (call.state == Calls::CallState::InProgress)
            ++talking;
        else if (call.state == Calls::CallState::Ringing || call.state == Calls::CallState::Queued)
            ++ringing;
    }
    const QString separator = u" &nbsp;·&nbsp; "_s;
    m_counters->setText(QStringList{tr("<b>%n</b> live call(s)", nullptr, live),
        tr("<b>%n</b> ringing", nullptr, ringing),
        tr("<b>%n</b> talking", nullptr, talking),
        tr("<b>%1</b> of %n agent(s) online", nullptr, m_agents->rowCount())
            .arg(m_agents->onlineCount())}
                            .join(separator));
}

} // namespace Ui
