#include "agentview.h"

#include "agentstatecontrol.h"
#include "calls/calldetailspanel.h"
#include "calls/calltable.h"
#include "calls/scrollable.h"
#include "calls/transferdialog.h"
#include "calls/wrapuppanel.h"
#include "dialer/dialpad.h"
#include "models/callsfilterproxy.h"
#include "models/callsmodel.h"
#include "phone/phonenumbers.h"
#include "shell/consolesettings.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

constexpr int RECENT_CALLS = 50;

} // namespace

AgentView::AgentView(Client::HubClient &client,
    CallsModel &liveCalls,
    const Phone::NumberParser &numbers,
    ConsoleSettings &settings,
    QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_liveCalls(liveCalls)
    , m_numbers(numbers)
    , m_settings(settings)
    , m_liveProxy(new CallsFilterProxy(this))
    , m_recentCalls(new CallsModel(numbers, this))
    , m_recentProxy(new CallsFilterProxy(this))
    , m_dialPad(new DialPad(this))
    , m_lineText(new QLabel(this))
    , m_changeLine(new QPushButton(tr("Change…"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_liveTable(new QTableView(this))
    , m_recentTable(new QTableView(this))
    , m_details(new CallDetailsPanel(&client, numbers, this))
    , m_wrapUp(new WrapUpPanel(client, numbers, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"agentView"_s);

    // Left: the agent's line, where hold and mute are, and the dial pad.
    m_lineText->setWordWrap(true);
    m_lineText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lineText->setAccessibleName(tr("Your line"));
    m_changeLine->setAccessibleName(tr("Change your line"));
    m_changeLine->setToolTip(tr("The phone number or Africa's Talking SIP address the hub rings "
                                "for your calls."));
    connect(m_changeLine, &QPushButton::clicked, this, &AgentView::changeLine);
    auto *controlsNote = new QLabel(tr("Hold, mute and volume are on your phone: Africa's Talking "
                                       "gives apps no hold or mute, so Simu shows none."),
        this);
    controlsNote->setWordWrap(true);
    controlsNote->setAccessibleName(tr("Where hold and mute are"));
    QPalette muted = controlsNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    controlsNote->setPalette(muted);

    m_dialPad->setRegion(numbers.defaultRegion());
    m_dialPad->setRecentNumbers(settings.recentNumbers());
    connect(m_dialPad, &DialPad::dialRequested, this, &AgentView::dial);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    // The agent's state first: it decides whether calls ring them (agents only).
    auto *stateControl = new AgentStateControl(client, nullptr, this);
    stateControl->setVisible(false);
    connect(stateControl, &AgentStateControl::failed, this, [this](const QString &message) {
        showStatus(message, true);
    });
    leftLayout->addWidget(stateControl);
    auto *lineRow = new QHBoxLayout;
    lineRow->addWidget(m_lineText, 1);
    lineRow->addWidget(m_changeLine, 0, Qt::AlignTop);
    leftLayout->addLayout(lineRow);
    leftLayout->addWidget(controlsNote);
    leftLayout->addWidget(m_dialPad, 1);
    left->setMinimumWidth(280);

    // Right: live and recent calls over the selected call's details.
    m_liveProxy->setSourceModel(&m_liveCalls);
    m_recentCalls->setKeepEndedMs(-1);
    m_recentProxy->setSourceModel(m_recentCalls);
    setUpCallTable(m_liveTable, m_liveProxy, tr("Your live calls"));
    setUpCallTable(m_recentTable, m_recentProxy, tr("Your recent calls"));
    m_tabs->addTab(m_liveTable, tr("&Live calls"));
    m_tabs->addTab(m_recentTable, tr("&Recent calls"));
    m_tabs->setAccessibleName(tr("Calls"));

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setVisible(false);

    auto *rightSplit = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_status);
    // After a call: the wrap-up, above the lists, never in the way of the dial pad.
    topLayout->addWidget(m_wrapUp);
    topLayout->addWidget(m_tabs);
    rightSplit->addWidget(top);
    rightSplit->addWidget(scrollable(m_details));
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 2);

    m_splitter->addWidget(left);
    m_splitter->addWidget(rightSplit);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->restoreState(settings.splitterState(u"agent"_s));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_liveTable->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &AgentView::showSelected);
    connect(m_recentTable->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &AgentView::showSelected);
    connect(m_details, &CallDetailsPanel::transferRequested, this, &AgentView::transferSelected);
    m_details->setWrapUpAllowed(true);
    connect(m_details, &CallDetailsPanel::wrapUpRequested, m_wrapUp, &WrapUpPanel::open);
    connect(m_wrapUp, &WrapUpPanel::saved, this, &AgentView::wrappedUp);
    connect(&m_liveCalls, &CallsModel::callChanged, this, &AgentView::onCall);
    updateLineText();
}

AgentView::~AgentView() = default;

QString AgentView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AgentView::setIdentity(const Auth::Identity &identity)
{
    m_identity = identity;
    if (auto *stateControl = findChild<AgentStateControl *>()) {
        const bool isAgent = identity.role == Auth::Role::Agent;
        stateControl->setVisible(isAgent);
        stateControl->setUsername(isAgent ? identity.username : QString());
    }
    // Supervisors may dial too; this view shows only their own calls.
    m_liveProxy->setAgentFilter(identity.username);
    m_recentProxy->setAgentFilter(identity.username);
    updateLineText();
    refreshRecent();
    m_wrapUp->loadChoices();
}

void AgentView::setConnected(bool connected)
{
    m_dialPad->setDialEnabled(connected,
        connected ? QString()
                  : tr("Not connected to the hub: calls can be placed once it is back."));
}

void AgentView::fillNumber(const QString &number)
{
    m_dialPad->setNumber(number);
    focusDialPad();
}

void AgentView::focusDialPad()
{
    m_dialPad->setFocus();
}

void AgentView::saveLayout()
{
    m_settings.setSplitterState(u"agent"_s, m_splitter->saveState());
    m_settings.setRecentNumbers(m_dialPad->recentNumbers());
}

void AgentView::dial(const QString &number)
{
    m_settings.setRecentNumbers(m_dialPad->recentNumbers());
    if (m_identity.line.isEmpty() && m_identity.role == Auth::Role::Agent) {
        showStatus(tr("Set your line first: the hub rings your phone, then the customer."), true);
        return;
    }
    m_dialPad->setBusy(true);
    // One id per press: should the request be retried, the hub sees the same intent.
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QPointer<AgentView> self(this);
    m_client.initiate(
        Client::InitiateRequest{number, QString(), requestId}, [self, number](const auto &result) {
            if (!self)
                return;
            self->m_dialPad->setBusy(false);
            if (!result) {
                self->showStatus(
                    tr("The call to %1 was not placed: %2").arg(number, result.error().message),
                    true);
                // The hub's own words where the agent is looking (the daily spend cap, ...).
                self->m_dialPad->showRefusal(result.error().message);
                return;
            }
            const Calls::Call &call = *result;
            self->m_liveCalls.applyCall(call);
            self->m_pendingDial = call.sessionId;
            self->showStatus(call.agentLine.isEmpty()
                    ? tr("Calling %1…").arg(number)
                    : tr("Ringing your line %1 first; the customer %2 is dialled when you answer.")
                          .arg(call.agentLine, number),
                false);
            self->m_tabs->setCurrentWidget(self->m_liveTable);
            self->onCall(call);
        });
}

void AgentView::onCall(const Calls::Call &call)
{
    if (!m_identity.username.isEmpty() && call.agent != m_identity.username)
        return;
    if (call.sessionId == m_pendingDial) {
        const int row = m_liveCalls.rowOf(call.sessionId);
        if (row >= 0) {
            const QModelIndex index = m_liveProxy->mapFromSource(m_liveCalls.index(row, 0));
            if (index.isValid()) {
                m_liveTable->setCurrentIndex(index);
                m_pendingDial.clear();
            }
        }
    }
    if (m_details->hasCall() && m_details->call().sessionId == call.sessionId)
        m_details->showCall(call);
    if (call.isFinal()) {
        // The agent's own call just ended: time to wrap it up (once; a saved one is not asked
        // again, nor a late update of a call already offered).
        if (!m_identity.username.isEmpty() && !call.wrapUp
            && m_recentCalls->rowOf(call.sessionId) < 0)
            m_wrapUp->offer(call);
        m_recentCalls->applyCall(call);
        if (m_status->isVisible() && call.sessionId == m_details->call().sessionId)
            m_status->setVisible(false);
    }
}

void AgentView::showSelected(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto call = index.data(CallsModel::CallRole).value<Calls::Call>();
    if (!call.sessionId.isEmpty())
        m_details->showCall(call);
}

void AgentView::refreshRecent()
{
    Client::HistoryQuery query;
    query.limit = RECENT_CALLS;
    if (m_identity.role != Auth::Role::Agent)
        query.agent = m_identity.username;
    QPointer<AgentView> self(this);
    m_client.history(query, [self](const auto &result) {
        if (!self || !result)
            return;
        self->m_recentCalls->setSnapshot(result->calls);
    });
}

void AgentView::transferSelected()
{
    if (!m_details->hasCall())
        return;
    auto *dialog = new TransferDialog(m_client, m_numbers, m_details->call(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferDialog::transferred, this, [this](const Calls::Call &call) {
        m_liveCalls.applyCall(call);
        showStatus(tr("Transfer to %1 requested; Africa's Talking is connecting it.")
                       .arg(call.transfer.target),
            false);
    });
    dialog->open();
}

void AgentView::changeLine()
{
    bool ok = false;
    const QString line = QInputDialog::getText(this,
        tr("Your line"),
        tr("The phone number or Africa's Talking SIP address the hub rings for your calls\n"
           "(for example 0712 345678 or agent1.myapp@ke.sip.africastalking.com):"),
        QLineEdit::Normal,
        m_identity.line,
        &ok);
    if (!ok)
        return;
    QPointer<AgentView> self(this);
    m_client.updateMyLine(line.trimmed(), [self](const auto &result) {
        if (!self)
            return;
        if (!result) {
            self->showStatus(tr("Your line was not changed: %1").arg(result.error().message), true);
            return;
        }
        self->m_identity = *result;
        self->updateLineText();
        self->showStatus(tr("Your line is now %1.").arg(self->m_identity.line), false);
    });
}

void AgentView::updateLineText()
{
    if (m_identity.line.isEmpty()) {
        m_lineText->setText(tr("<b>Your line:</b> not set. The hub needs a phone number or SIP "
                               "address to ring for your calls."));
        return;
    }
    const QString shown = m_identity.line.startsWith(u'+')
        ? m_numbers.formatInternational(m_identity.line)
        : m_identity.line;
    m_lineText->setText(tr("<b>Your line:</b> %1<br>The hub rings this phone for your calls, "
                           "then connects the customer.")
                            .arg(shown.toHtmlEscaped()));
}

void AgentView::wrappedUp(const Calls::Call &call)
{
    m_recentCalls->applyCall(call);
    if (m_details->hasCall() && m_details->call().sessionId == call.sessionId)
        m_details->showCall(call);
    showStatus(
        tr("Wrap-up saved: %1.").arg(call.wrapUp ? call.wrapUp->disposition : QString()), false);
}

void AgentView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #d13438;"_s : QString());
    m_status->setVisible(true);
}

} // namespace Ui
