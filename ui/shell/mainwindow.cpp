#include "mainwindow.h"

#include "agent/agentview.h"
#include "analytics/analyticsview.h"
#include "appicon.h"
#include "connectionbanner.h"
#include "consolesettings.h"
#include "loginpage.h"
#include "models/callsmodel.h"
#include "phone/phonenumbers.h"
#include "recordings/recordingsview.h"
#include "supervisor/supervisorview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

MainWindow::MainWindow(Client::HubClient &client,
    ConsoleSettings &settings,
    const Phone::NumberParser &numbers,
    Options options,
    QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_settings(settings)
    , m_numbers(numbers)
    , m_options(std::move(options))
    , m_stack(new QStackedWidget(this))
    , m_login(new LoginPage(client, this))
    , m_console(new QWidget(this))
    , m_banner(new ConnectionBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_connectionLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_liveCalls(new CallsModel(numbers, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(m_options.title);
    setWindowIcon(appIcon());
    setAccessibleName(tr("Simu console"));

    m_login->setUsername(settings.lastUsername());
    m_login->setDemoAccounts(m_options.demoUsers, m_options.demoPassword);
    connect(m_login, &LoginPage::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_login, &LoginPage::settingsRequested, this, &MainWindow::settingsRequested);

    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setDocumentMode(true);
    auto *consoleLayout = new QVBoxLayout(m_console);
    consoleLayout->setContentsMargins(6, 6, 6, 0);
    consoleLayout->addWidget(m_banner);
    consoleLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_login);
    m_stack->addWidget(m_console);
    setCentralWidget(m_stack);

    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_userLabel->setAccessibleName(tr("Logged in as"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    onConnectionState(Client::ConnectionState::Disconnected);

    connect(&m_client,
        &Client::HubClient::connectionStateChanged,
        this,
        &MainWindow::onConnectionState);
    connect(&m_client,
        &Client::HubClient::connectionStateChanged,
        m_banner,
        &ConnectionBanner::setState);
    connect(&m_client, &Client::HubClient::caughtUp, m_banner, &ConnectionBanner::noteCaughtUp);
    connect(&m_client, &Client::HubClient::snapshot, this, [this](const QList<Calls::Call> &calls) {
        m_pendingCalls.clear();
        m_pendingIndex.clear();
        m_liveCalls->setSnapshot(calls);
        for (const Calls::Call &call : calls)
            notifyIncoming(call);
    });
    connect(&m_client, &Client::HubClient::event, this, &MainWindow::onEvent);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(ApplyIntervalMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &MainWindow::applyPendingCalls);
    connect(&m_client, &Client::HubClient::sessionExpired, this, [this] {
        logout(tr("Your session ended (it expired or was signed out elsewhere). Log in again."));
    });

    if (m_options.trayIcon && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(m_options.title);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            showView(u"phone"_s);
        });
        m_tray->show();
    }

    buildMenus();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1180, 760);
    restoreState(settings.windowState());
    m_login->focusFirstEmptyField();
}

MainWindow::~MainWindow() = default;

AgentView *MainWindow::agentView() const
{
    return m_agentView;
}

SupervisorView *MainWindow::supervisorView() const
{
    return m_supervisorView;
}

RecordingsView *MainWindow::recordingsView() const
{
    return m_recordingsView;
}

AnalyticsView *MainWindow::analyticsView() const
{
    return m_analyticsView;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Simu"));
    if (m_options.offerNewWindow) {
        QAction *another = file->addAction(tr("&New console window"));
        another->setShortcut(QKeySequence::New);
        another->setToolTip(tr("Another window, to log in as another user (a supervisor "
                               "watching while an agent dials)."));
        connect(another, &QAction::triggered, this, &MainWindow::newWindowRequested);
    }
    QAction *settings = file->addAction(tr("S&ettings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    QAction *logOut = file->addAction(tr("&Log out"));
    connect(logOut, &QAction::triggered, this, [this] { logout(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *calls = menuBar()->addMenu(tr("&Call"));
    QAction *dial = calls->addAction(tr("&Dial a number"));
    dial->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(dial, &QAction::triggered, this, [this] {
        if (showView(u"phone"_s) && m_agentView)
            m_agentView->focusDialPad();
    });
    QAction *transfer = calls->addAction(tr("&Transfer the selected call…"));
    transfer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(transfer, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_supervisorView && m_supervisorView)
            m_supervisorView->transferSelected();
        else if (m_agentView)
            m_agentView->transferSelected();
    });
    QAction *search = calls->addAction(tr("&Search"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_supervisorView && m_supervisorView)
            m_supervisorView->focusSearch();
        else if (showView(u"recordings"_s) && m_recordingsView)
            m_recordingsView->setFocus();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, QString>> views{{u"phone"_s, tr("&Phone")},
        {u"wallboard"_s, tr("&Wallboard")},
        {u"recordings"_s, tr("&Recordings")},
        {u"analytics"_s, tr("&Analytics")}};
    int key = Qt::Key_1;
    for (const auto &[name, label] : views) {
        QAction *action = view->addAction(label);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        connect(action, &QAction::triggered, this, [this, name] { showView(name); });
    }

    // The language, in its own name so anyone can find theirs; applied at the next start.
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QList<QPair<QString, QString>> choices{{QString(), tr("As the system")},
        {u"en"_s, u"English"_s},
        {u"sw"_s, u"Kiswahili"_s},
        {u"fr"_s, u"Français"_s}};
    for (const auto &[code, name] : choices) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == code);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] {
            m_settings.setLanguage(code);
            m_settings.sync();
            QMessageBox::information(
                this, tr("Language"), tr("Simu will be in %1 from its next start.").arg(name));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *api = help->addAction(tr("The hub's &API reference"));
    connect(api, &QAction::triggered, this, [this] {
        QDesktopServices::openUrl(m_client.baseUrl().resolved(QUrl(u"/api/openapi.json"_s)));
    });
    QAction *web = help->addAction(tr("Open the &web console"));
    connect(web, &QAction::triggered, this, [this] {
        QDesktopServices::openUrl(m_client.baseUrl().resolved(QUrl(u"/"_s)));
    });
    QAction *about = help->addAction(tr("&About Simu"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this,
            tr("About Simu"),
            tr("<b>Simu %1</b><br>Agent console and call hub for Africa's Talking voice.<br>"
               "Connected to %2.")
                .arg(QApplication::applicationVersion(), m_client.baseUrl().toDisplayString()));
    });
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::openTelLink(const QString &number)
{
    if (!m_loggedIn || !m_agentView) {
        m_pendingTel = number;
        return;
    }
    showView(u"phone"_s);
    m_agentView->fillNumber(number);
    showNormal();
    raise();
    activateWindow();
}

bool MainWindow::showView(const QString &name)
{
    QWidget *target = nullptr;
    if (name == u"phone"_s)
        target = m_agentView;
    else if (name == u"wallboard"_s)
        target = m_supervisorView;
    else if (name == u"recordings"_s)
        target = m_recordingsView;
    else if (name == u"analytics"_s)
        target = m_analyticsView;
    if (!target)
        return false;
    m_tabs->setCurrentWidget(target);
    return true;
}

void MainWindow::onLoggedIn(const Client::Session &session)
{
    m_identity = session.identity;
    m_loggedIn = true;
    m_settings.setLastUsername(session.identity.username);
    buildViews(session.identity);
    m_userLabel->setText(
        tr("%1 (%2)").arg(session.identity.username, Auth::roleApiName(session.identity.role)));
    setWindowTitle(tr("%1 — %2").arg(m_options.title, session.identity.username));
    m_stack->setCurrentWidget(m_console);
    m_client.startStream();
    if (!m_pendingTel.isEmpty()) {
        openTelLink(m_pendingTel);
        m_pendingTel.clear();
    }
}

void MainWindow::buildViews(const Auth::Identity &identity)
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    // Agents take calls; supervisors watch, and dial too when they have a line.
    const bool phone = identity.role == Auth::Role::Agent || !identity.line.isEmpty();
    const bool wallboard = Auth::canSeeAllCalls(identity.role);
    if (wallboard) {
        m_supervisorView = new SupervisorView(m_client, *m_liveCalls, m_numbers, m_settings, this);
        m_tabs->addTab(m_supervisorView, tr("Wallboard"));
        m_supervisorView->refreshAgents();
    }
    if (phone) {
        m_agentView = new AgentView(m_client, *m_liveCalls, m_numbers, m_settings, this);
        m_agentView->setIdentity(identity);
        m_agentView->setConnected(false);
        m_tabs->insertTab(0, m_agentView, tr("Phone"));
    }
    m_recordingsView = new RecordingsView(m_client, this);
    m_recordingsView->setAgentFieldVisible(wallboard);
    m_recordingsView->setManagementAllowed(wallboard);
    m_tabs->addTab(m_recordingsView, tr("Recordings"));
    // Supervisors see the centre's figures; an agent sees their own ("My performance").
    m_analyticsView = new AnalyticsView(m_client, this);
    m_analyticsView->setIdentity(identity);
    m_tabs->addTab(m_analyticsView,
        identity.role == Auth::Role::Agent ? tr("My performance") : tr("Analytics"));
    m_tabs->setCurrentIndex(0);
}

void MainWindow::logout(const QString &why)
{
    saveLayout();
    m_client.stopStream();
    m_client.logout();
    m_loggedIn = false;
    m_applyTimer.stop();
    m_pendingCalls.clear();
    m_pendingIndex.clear();
    m_liveCalls->setSnapshot({});
    m_notified.clear();
    m_userLabel->clear();
    setWindowTitle(m_options.title);
    m_stack->setCurrentWidget(m_login);
    m_login->clearPassword();
    m_login->focusFirstEmptyField();
    if (!why.isEmpty())
        QMessageBox::information(this, tr("Logged out"), why);
}

void MainWindow::onConnectionState(Client::ConnectionState state)
{
    const QString hub = m_client.baseUrl().authority();
    QString text;
    QString color;
    switch (state) {
    case Client::ConnectionState::Disconnected:
        text = m_loggedIn ? tr("Not connected") : tr("Hub: %1").arg(hub);
        color = u"#808080"_s;
        break;
    case Client::ConnectionState::Connecting:
        text = tr("Connecting to %1…").arg(hub);
        color = u"#d88a00"_s;
        break;
    case Client::ConnectionState::Connected:
        text = tr("Connected to %1").arg(hub);
        color = u"#1f9d55"_s;
        break;
    case Client::ConnectionState::Reconnecting:
        text = tr("Hub %1 unreachable — reconnecting").arg(hub);
        color = u"#d13438"_s;
        break;
    }
    m_connectionLabel->setText(
        u"<span style=\"color:%1\">●</span> %2"_s.arg(color, text.toHtmlEscaped()));
    m_connectionLabel->setToolTip(text);
    if (m_agentView)
        m_agentView->setConnected(state == Client::ConnectionState::Connected);
}

void MainWindow::onEvent(const Client::StreamEvent &event)
{
    if (event.sessionId.isEmpty() || event.call.sessionId.isEmpty())
        return;
    const auto at = m_pendingIndex.constFind(event.call.sessionId);
    if (at != m_pendingIndex.constEnd()) {
        m_pendingCalls[*at] = event.call;
    } else {
        m_pendingIndex.insert(event.call.sessionId, m_pendingCalls.size());
        m_pendingCalls.append(event.call);
    }
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
    notifyIncoming(event.call); // at once: a ringing call must not wait
}

void MainWindow::applyPendingCalls()
{
    const QList<Calls::Call> calls = std::exchange(m_pendingCalls, {});
    m_pendingIndex.clear();
    for (const Calls::Call &call : calls)
        m_liveCalls->applyCall(call);
}

void MainWindow::notifyIncoming(const Calls::Call &call)
{
    // An inbound call ringing this user's line: say so even when the window is hidden. The hub
    // sends an agent only the calls offered to them, and an inbound call that rings several
    // agents belongs to none of them until one answers; supervisors see every call, so for them
    // only a call on their own line counts.
    if (call.direction != Voice::Direction::Inbound || call.state != Calls::CallState::Ringing)
        return;
    const bool mine = call.agent == m_identity.username
        || (call.agent.isEmpty() && m_identity.role == Auth::Role::Agent);
    if (!mine || m_notified.contains(call.sessionId))
        return;
    m_notified.insert(call.sessionId);
    if (m_notified.size() > 1000)
        m_notified.clear();
    const QString from = call.customerNumber.startsWith(u'+')
        ? m_numbers.formatInternational(call.customerNumber)
        : call.customerNumber;
    if (m_tray) {
        m_tray->showMessage(tr("Incoming call"),
            call.agentLine.isEmpty()
                ? tr("%1 is calling.").arg(from)
                : tr("%1 is calling. Your line %2 is ringing.").arg(from, call.agentLine),
            appIcon(true),
            8000);
    }
    QApplication::alert(this);
    Q_EMIT incomingCall(call);
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (m_agentView)
        m_agentView->saveLayout();
    if (m_supervisorView)
        m_supervisorView->saveLayout();
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Ui
