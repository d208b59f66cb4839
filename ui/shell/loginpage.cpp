#include "loginpage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

QString loginErrorText(const Client::ClientError &error, const QUrl &hub)
{
    const QString where = hub.toDisplayString();
    switch (error.kind) {
    case Client::ClientError::Kind::Network:
        return LoginPage::tr("Cannot reach the hub at %1. Check the address, and that the hub is "
                             "running and reachable from this computer.")
            .arg(where);
    case Client::ClientError::Kind::Protocol:
        return LoginPage::tr("%1 answered, but not as a Simu hub. Check the address.").arg(where);
    case Client::ClientError::Kind::Http:
        break;
    }
    switch (error.httpStatus) {
    case 400:
    case 401:
        return LoginPage::tr("Wrong username or password.");
    case 403:
        return LoginPage::tr("This account may not log in: %1").arg(error.message);
    case 429:
        // The hub's words say how long to wait.
        return LoginPage::tr("Too many failed attempts. %1").arg(error.message);
    default:
        return LoginPage::tr("The hub could not log you in (%1): %2")
            .arg(error.httpStatus)
            .arg(error.message);
    }
}

LoginPage::LoginPage(Client::HubClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_hubLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_login(new QPushButton(tr("Log in"), this))
    , m_error(new QLabel(this))
    , m_demoBox(new QGroupBox(tr("Demo users"), this))
    , m_demoLayout(new QVBoxLayout(m_demoBox))
{
    auto *title = new QLabel(tr("Simu"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Agent console for Africa's Talking voice"), this);

    m_hubLabel->setAccessibleName(tr("Hub address"));
    m_hubLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_username->setAccessibleName(tr("Username"));
    m_username->setPlaceholderText(tr("e.g. agent1"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setAccessibleName(tr("Log in"));
    m_login->setDefault(true);
    m_error->setAccessibleName(tr("Login error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d13438;"_s);
    m_error->setVisible(false);

    auto *settings = new QPushButton(tr("Connection settings…"), this);
    settings->setAccessibleName(tr("Connection settings"));
    settings->setFlat(true);
    connect(settings, &QPushButton::clicked, this, &LoginPage::settingsRequested);

    auto *form = new QFormLayout;
    form->addRow(tr("Hub:"), m_hubLabel);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    auto *panel = new QWidget(this);
    // A fixed width: word-wrapped labels (the demo hint) need one to know their height.
    panel->setFixedWidth(420);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(title);
    panelLayout->addWidget(subtitle);
    panelLayout->addSpacing(16);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_error);
    panelLayout->addWidget(m_login);
    panelLayout->addWidget(settings, 0, Qt::AlignLeft);
    panelLayout->addSpacing(12);
    panelLayout->addWidget(m_demoBox);
    m_demoBox->setVisible(false);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_login, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_username, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::submit);
}

void LoginPage::setUsername(const QString &username)
{
    m_username->setText(username);
}

void LoginPage::setDemoAccounts(const QStringList &usernames, const QString &password)
{
    while (QLayoutItem *item = m_demoLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *hint = new QLabel(tr("The hub runs with the built-in Africa's Talking simulator. "
                               "Every demo user's password is %1.")
                                .arg(password),
        m_demoBox);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The centred panel's layout does not pass height-for-width down to a wrapped label in a
    // group box, so the label would get one line and clip the password. Reserve the height it
    // needs at a width a little under the box's (a spare line at worst, never a clipped one).
    hint->setMinimumHeight(hint->heightForWidth(340));
    m_demoLayout->addWidget(hint);
    for (const QString &user : usernames) {
        auto *button = new QPushButton(tr("Log in as %1").arg(user), m_demoBox);
        button->setAccessibleName(tr("Log in as %1").arg(user));
        connect(button, &QPushButton::clicked, this, [this, user, password] {
            m_username->setText(user);
            m_password->setText(password);
            loginAs(user, password);
        });
        m_demoLayout->addWidget(button);
    }
    m_demoBox->setVisible(!usernames.isEmpty());
}

void LoginPage::focusFirstEmptyField()
{
    m_hubLabel->setText(m_client.baseUrl().toDisplayString());
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LoginPage::clearPassword()
{
    m_password->clear();
}

QString LoginPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginPage::submit()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your username and password."));
        m_error->setVisible(true);
        (username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    loginAs(username, m_password->text());
}

void LoginPage::loginAs(const QString &username, const QString &password)
{
    if (m_working)
        return;
    setWorking(true);
    m_error->setVisible(false);
    m_hubLabel->setText(m_client.baseUrl().toDisplayString());
    QPointer<LoginPage> self(this);
    m_client.login(username, password, [self](const auto &result) {
        if (!self)
            return;
        self->setWorking(false);
        if (!result) {
            self->m_error->setText(loginErrorText(result.error(), self->m_client.baseUrl()));
            self->m_error->setVisible(true);
            self->m_password->selectAll();
            self->m_password->setFocus();
            return;
        }
        self->m_password->clear();
        Q_EMIT self->loggedIn(*result);
    });
}

void LoginPage::setWorking(bool working)
{
    m_working = working;
    m_login->setEnabled(!working);
    m_login->setText(working ? tr("Logging in…") : tr("Log in"));
}

} // namespace Ui
