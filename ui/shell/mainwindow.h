#pragma once

// One console window: the login screen, then the views the user's role allows (Phone for
// agents, Wallboard for supervisors and admins, Recordings for everyone), the connection
// state always in sight, the tray icon, shortcuts, and the layout remembered.
//
// The window reaches the hub only through its Client::HubClient, wherever the hub runs.

#include "client/hubclient.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;

namespace Phone {
class NumberParser;
}

namespace Ui {

class AgentView;
class AnalyticsView;
class CallsModel;
class ConnectionBanner;
class ConsoleSettings;
class LoginPage;
class RecordingsView;
class SupervisorView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Call events are applied to the lists at most this often (ms).
    static constexpr int ApplyIntervalMs = 40;

    struct Options
    {
        QString title = QStringLiteral("Simu");
        QStringList demoUsers; // demo mode: one-click logins
        QString demoPassword;
        bool offerNewWindow = false; // demo mode: another window, another user
        bool trayIcon = true;
    };

    MainWindow(Client::HubClient &client,
        ConsoleSettings &settings,
        const Phone::NumberParser &numbers,
        Options options,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginPage *loginPage() const { return m_login; }
    AgentView *agentView() const;
    SupervisorView *supervisorView() const;
    RecordingsView *recordingsView() const;
    AnalyticsView *analyticsView() const;
    ConnectionBanner *banner() const { return m_banner; }
    CallsModel *liveCalls() const { return m_liveCalls; }
    QString connectionText() const;
    bool isLoggedIn() const { return m_loggedIn; }

    // `simu tel:+254…`: the dial pad filled in (after login if needed).
    void openTelLink(const QString &number);
    // Shows the view: "phone", "wallboard", "recordings", "analytics".
    bool showView(const QString &name);

Q_SIGNALS:
    void newWindowRequested();
    void settingsRequested();
    // An inbound call is ringing this user's line (the tray says so too).
    void incomingCall(const Calls::Call &call);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void onLoggedIn(const Client::Session &session);
    void logout(const QString &why = QString());
    void buildViews(const Auth::Identity &identity);
    void onConnectionState(Client::ConnectionState state);
    void onEvent(const Client::StreamEvent &event);
    void applyPendingCalls();
    void notifyIncoming(const Calls::Call &call);
    void saveLayout();

    Client::HubClient &m_client;
    ConsoleSettings &m_settings;
    const Phone::NumberParser &m_numbers;
    Options m_options;
    Auth::Identity m_identity;
    bool m_loggedIn = false;
    QString m_pendingTel;

    QStackedWidget *m_stack;
    LoginPage *m_login;
    QWidget *m_console;
    ConnectionBanner *m_banner;
    QTabWidget *m_tabs;
    QLabel *m_connectionLabel;
    QLabel *m_userLabel;
    CallsModel *m_liveCalls;
    QPointer<AgentView> m_agentView;
    QPointer<SupervisorView> m_supervisorView;
    QPointer<RecordingsView> m_recordingsView;
    QPointer<AnalyticsView> m_analyticsView;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<QString> m_notified; // sessions already announced
    // Events wait here up to a frame and go to the model together (the latest state of each
    // call): one repaint for a burst rather than one per event.
    QList<Calls::Call> m_pendingCalls;
    QHash<QString, qsizetype> m_pendingIndex;
    QTimer m_applyTimer;
};

} // namespace Ui
