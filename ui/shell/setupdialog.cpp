#include "setupdialog.h"

#include "phone/phonenumbers.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

constexpr int MIN_PASSWORD = 10; // the hub's rule (core/auth/credentialrules.h)

} // namespace

SetupDialog::SetupDialog(const ConsoleSettings &settings, bool firstRun, QWidget *parent)
    : QDialog(parent)
    , m_mode(new QButtonGroup(this))
    , m_atUsername(new QLineEdit(settings.atUsername(), this))
    , m_voiceNumbers(new QLineEdit(settings.voiceNumbers().join(u", "_s), this))
    , m_apiKey(new QLineEdit(this))
    , m_apiKeyNote(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_lan(new QCheckBox(tr("Let consoles on the LAN connect (listen on every network)"), this))
    , m_webhookUrl(new QLineEdit(this))
    , m_firstUserBox(new QGroupBox(tr("The first account (an administrator)"), this))
    , m_adminUsername(new QLineEdit(u"admin"_s, this))
    , m_adminPassword(new QLineEdit(this))
    , m_adminPassword2(new QLineEdit(this))
    , m_remoteUrl(new QLineEdit(settings.remoteHubUrl().toString(), this))
    , m_language(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_defaultRegion(settings.defaultRegion())
{
    setWindowTitle(firstRun ? tr("Welcome to Simu") : tr("Simu settings"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(firstRun
            ? tr("<b>Welcome.</b> Simu needs a hub: the part that talks to Africa's Talking and "
                 "keeps the call history. Run it on this computer (one desk), or connect to a hub "
                 "that runs on a server in your centre (<tt>simu --headless</tt>).")
            : tr("Where the hub runs, and how this console looks."),
        this);
    intro->setWordWrap(true);

    auto *local = new QRadioButton(tr("Run the hub on &this computer"), this);
    auto *remote = new QRadioButton(tr("Connect to a hub on the &LAN"), this);
    local->setAccessibleName(tr("Run the hub on this computer"));
    remote->setAccessibleName(tr("Connect to a hub on the LAN"));
    m_mode->addButton(local, 0);
    m_mode->addButton(remote, 1);
    // Two boxes, one shown: a hidden box takes no room, and the shown one gets the height its
    // word-wrapped notes need (a stacked widget would squeeze them).
    m_localPage = buildLocalPage();
    m_remotePage = buildRemotePage();
    const bool isRemote = settings.hubMode() == ConsoleSettings::HubMode::Remote;
    (isRemote ? remote : local)->setChecked(true);
    m_localPage->setVisible(!isRemote);
    m_remotePage->setVisible(isRemote);
    connect(m_mode, &QButtonGroup::idClicked, this, [this](int id) {
        m_localPage->setVisible(id == 0);
        m_remotePage->setVisible(id == 1);
        adjustSize();
    });

    m_port->setValue(settings.localPort());
    m_lan->setChecked(settings.listenOnLan());

    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Kiswahili"_s, u"sw"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_region->setAccessibleName(tr("Dialling region"));
    const QList<QPair<QString, QString>> regions{{u"KE"_s, tr("Kenya")},
        {u"UG"_s, tr("Uganda")},
        {u"TZ"_s, tr("Tanzania")},
        {u"RW"_s, tr("Rwanda")},
        {u"NG"_s, tr("Nigeria")},
        {u"GH"_s, tr("Ghana")},
        {u"ZA"_s, tr("South Africa")},
        {u"ZM"_s, tr("Zambia")},
        {u"MW"_s, tr("Malawi")},
        {u"ET"_s, tr("Ethiopia")},
        {u"CI"_s, tr("Côte d'Ivoire")},
        {u"SN"_s, tr("Senegal")},
        {u"CM"_s, tr("Cameroon")}};
    for (const auto &[code, name] : regions)
        m_region->addItem(u"%1 (%2)"_s.arg(name, code), code);
    m_region->setCurrentIndex(qMax(0, m_region->findData(settings.defaultRegion())));

    auto *look = new QFormLayout;
    look->addRow(tr("Lan&guage:"), m_language);
    look->addRow(tr("Local numbers are in:"), m_region);
    auto *languageNote = new QLabel(tr("A new language applies when Simu starts again."), this);
    languageNote->setWordWrap(true);
    look->addRow(QString(), languageNote);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d13438;"_s);
    m_error->setAccessibleName(tr("Settings error"));
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(firstRun ? tr("Start") : tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(local);
    layout->addWidget(remote);
    layout->addWidget(m_localPage);
    layout->addWidget(m_remotePage);
    layout->addLayout(look);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(720);
}

void SetupDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Only now are the hints right (wrapped notes, the first-account box): never show the
    // dialog squeezed below the height its rows need.
    resize(size().expandedTo(sizeHint()));
}

QWidget *SetupDialog::buildLocalPage()
{
    auto *page = new QGroupBox(tr("The hub on this computer"), this);
    m_atUsername->setAccessibleName(tr("Africa's Talking username"));
    m_atUsername->setPlaceholderText(tr("your AT application's username"));
    m_voiceNumbers->setAccessibleName(tr("Voice numbers"));
    m_voiceNumbers->setPlaceholderText(u"+254711082000"_s);
    m_voiceNumbers->setToolTip(tr("Your account's voice numbers, separated by commas; the "
                                  "first is the caller ID of calls you place."));
    m_apiKey->setAccessibleName(tr("Africa's Talking API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKeyNote->setWordWrap(true);
    m_apiKeyNote->setText(tr("Kept in this computer's keychain, never in a file."));
    m_port->setRange(1, 65535);
    m_port->setMaximumWidth(120);
    m_port->setAccessibleName(tr("Port"));
    m_lan->setAccessibleName(tr("Let consoles on the LAN connect"));
    m_webhookUrl->setReadOnly(true);
    m_webhookUrl->setAccessibleName(tr("Webhook URL"));
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setAccessibleName(tr("Copy the webhook URL"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_webhookUrl->text());
    });
    auto *webhookRow = new QHBoxLayout;
    webhookRow->addWidget(m_webhookUrl, 1);
    webhookRow->addWidget(copy);
    auto *webhookNote = new QLabel(tr("Paste this into the Africa's Talking dashboard as your "
                                      "numbers' callback URL. AT must reach it from the internet: "
                                      "publish it through your HTTPS reverse proxy, replacing the "
                                      "address part. It contains a secret: share it with no one."),
        this);
    webhookNote->setWordWrap(true);

    m_adminUsername->setAccessibleName(tr("Administrator username"));
    m_adminPassword->setAccessibleName(tr("Administrator password"));
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminPassword2->setAccessibleName(tr("Administrator password, again"));
    m_adminPassword2->setEchoMode(QLineEdit::Password);
    auto *userForm = new QFormLayout(m_firstUserBox);
    userForm->addRow(tr("Username:"), m_adminUsername);
    userForm->addRow(tr("Password:"), m_adminPassword);
    userForm->addRow(tr("Again:"), m_adminPassword2);
    m_firstUserBox->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("AT &username:"), m_atUsername);
    form->addRow(tr("&Voice numbers:"), m_voiceNumbers);
    form->addRow(tr("AT API &key:"), m_apiKey);
    form->addRow(QString(), m_apiKeyNote);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_lan);
    form->addRow(tr("Webhook URL:"), webhookRow);
    // Word-wrapped notes go under the form, not in it: a form row does not grow with them.
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(webhookNote);
    layout->addWidget(m_firstUserBox);
    return page;
}

QWidget *SetupDialog::buildRemotePage()
{
    auto *page = new QGroupBox(tr("A hub elsewhere"), this);
    m_remoteUrl->setAccessibleName(tr("Hub address"));
    m_remoteUrl->setPlaceholderText(u"http://hub.example.lan:8470"_s);
    auto *note = new QLabel(tr("The address of a hub started with <tt>simu --headless</tt>; your "
                               "supervisor or administrator has it, and your login."),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Hub &address:"), m_remoteUrl);
    form->addRow(QString(), note);
    return page;
}

void SetupDialog::setWebhookUrl(const QString &url)
{
    m_webhookUrl->setText(url);
    m_webhookUrl->setCursorPosition(0); // the address part first; the secret scrolls
}

void SetupDialog::setNeedsFirstUser(bool needed)
{
    m_firstUserBox->setVisible(needed);
}

void SetupDialog::setApiKeyStored(bool stored)
{
    m_apiKeyStored = stored;
    m_apiKey->setPlaceholderText(
        stored ? tr("stored in the keychain; type to replace it") : QString());
}

SetupDialog::Values SetupDialog::values() const
{
    Values v;
    v.mode = m_mode->checkedId() == 1 ? ConsoleSettings::HubMode::Remote
                                      : ConsoleSettings::HubMode::ThisComputer;
    QString url = m_remoteUrl->text().trimmed();
    if (!url.isEmpty() && !url.contains(u"://"_s))
        url.prepend(u"http://"_s);
    v.remoteUrl = QUrl(url);
    v.atUsername = m_atUsername->text().trimmed();
    const Phone::NumberParser parser(m_region->currentData().toString());
    for (const QString &text : m_voiceNumbers->text().split(u',', Qt::SkipEmptyParts)) {
        const auto number = parser.parse(text.trimmed());
        v.voiceNumbers << (number ? number->value : text.trimmed());
    }
    v.apiKey = m_apiKey->text().trimmed();
    v.port = quint16(m_port->value());
    v.listenOnLan = m_lan->isChecked();
    if (m_firstUserBox->isVisibleTo(this)) {
        v.adminUsername = m_adminUsername->text().trimmed().toLower();
        v.adminPassword = m_adminPassword->text();
    }
    v.language = m_language->currentData().toString();
    v.region = m_region->currentData().toString();
    return v;
}

std::optional<QString> SetupDialog::validate() const
{
    const Values v = values();
    if (v.mode == ConsoleSettings::HubMode::Remote) {
        if (!v.remoteUrl.isValid() || v.remoteUrl.host().isEmpty()
            || (v.remoteUrl.scheme() != u"http"_s && v.remoteUrl.scheme() != u"https"_s))
            return tr("Enter the hub's address, such as http://hub.example.lan:8470.");
        return std::nullopt;
    }
    if (v.atUsername.isEmpty())
        return tr("Enter your Africa's Talking username.");
    if (v.voiceNumbers.isEmpty())
        return tr("Enter at least one voice number of your Africa's Talking account.");
    const Phone::NumberParser parser(v.region);
    for (const QString &number : m_voiceNumbers->text().split(u',', Qt::SkipEmptyParts)) {
        const auto parsed = parser.parse(number.trimmed());
        if (!parsed)
            return tr("Voice number %1: %2").arg(number.trimmed(), parsed.error().message);
    }
    if (v.apiKey.isEmpty() && !m_apiKeyStored)
        return tr("Enter your Africa's Talking API key (Settings → API Key in AT's dashboard).");
    if (m_firstUserBox->isVisibleTo(this)) {
        if (v.adminUsername.size() < 2)
            return tr("Choose a username for the administrator.");
        if (v.adminPassword.size() < MIN_PASSWORD)
            return tr("The administrator's password needs at least %1 characters.")
                .arg(MIN_PASSWORD);
        if (v.adminPassword != m_adminPassword2->text())
            return tr("The two passwords differ.");
    }
    return std::nullopt;
}

QString SetupDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SetupDialog::accept()
{
    if (const auto problem = validate()) {
        m_error->setText(*problem);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace Ui
