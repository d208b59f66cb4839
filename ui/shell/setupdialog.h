#pragma once

// First run and, later, Settings: where the hub runs (on this computer, with the Africa's
// Talking account's username, voice numbers and API key; or elsewhere on the LAN), the
// webhook URL to paste into AT's dashboard, the first admin account of a new local hub, and
// the console's language and dialling region.
//
// The dialog only collects and checks; the caller (the composition root) stores the API key
// in the keychain and (re)starts the hub.

#include "consolesettings.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {

class SetupDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        ConsoleSettings::HubMode mode = ConsoleSettings::HubMode::ThisComputer;
        QUrl remoteUrl;
        QString atUsername;
        QStringList voiceNumbers; // E.164
        QString apiKey; // "" = keep the stored one
        quint16 port = 8470;
        bool listenOnLan = false;
        QString adminUsername; // only when a first account is needed
        QString adminPassword;
        QString language; // "", "en", "sw", "fr"
        QString region;
    };

    // `firstRun` words the dialog as a welcome.
    SetupDialog(const ConsoleSettings &settings, bool firstRun, QWidget *parent = nullptr);

    // The local hub's webhook URL, with its secret, to show and copy.
    void setWebhookUrl(const QString &url);
    // A new local hub has no users yet: ask for the first (admin) account.
    void setNeedsFirstUser(bool needed);
    // Whether an API key is already in the keychain (then the field may stay empty).
    void setApiKeyStored(bool stored);

    Values values() const;
    QString errorText() const;
    // Checks the fields; the reason when they are not right.
    std::optional<QString> validate() const;

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLocalPage();
    QWidget *buildRemotePage();

    QButtonGroup *m_mode;
    QWidget *m_localPage = nullptr;
    QWidget *m_remotePage = nullptr;
    QLineEdit *m_atUsername;
    QLineEdit *m_voiceNumbers;
    QLineEdit *m_apiKey;
    QLabel *m_apiKeyNote;
    QSpinBox *m_port;
    QCheckBox *m_lan;
    QLineEdit *m_webhookUrl;
    QWidget *m_firstUserBox;
    QLineEdit *m_adminUsername;
    QLineEdit *m_adminPassword;
    QLineEdit *m_adminPassword2;
    QLineEdit *m_remoteUrl;
    QComboBox *m_language;
    QComboBox *m_region;
    QLabel *m_error;
    QString m_defaultRegion;
    bool m_apiKeyStored = false;
};

} // namespace Ui
