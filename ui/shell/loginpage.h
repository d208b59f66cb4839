#pragma once

// The login screen: which hub, who you are, and — when it goes wrong — why, in words (wrong
// password, too many attempts, hub not reachable). In demo mode it offers the demo users as
// one-click logins.

#include "client/hubclient.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Ui {

// What the login screen says for a failed login.
QString loginErrorText(const Client::ClientError &error, const QUrl &hub);

class LoginPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LoginPage(Client::HubClient &client, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    // Demo mode: one button per demo user, logging in with the demo password.
    void setDemoAccounts(const QStringList &usernames, const QString &password);
    void focusFirstEmptyField();
    void clearPassword();
    QString errorText() const;

Q_SIGNALS:
    void loggedIn(const Client::Session &session);
    void settingsRequested();

private:
    void submit();
    void loginAs(const QString &username, const QString &password);
    void setWorking(bool working);

    Client::HubClient &m_client;
    QLabel *m_hubLabel;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_login;
    QLabel *m_error;
    QWidget *m_demoBox;
    QVBoxLayout *m_demoLayout;
    bool m_working = false;
};

} // namespace Ui
