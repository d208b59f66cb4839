#pragma once

// `simu` and `simu --demo`: the desktop console. This is the composition root of the desktop:
// it decides where the hub runs (inside this process for a single desk or the demo, elsewhere
// for a centre), keeps the AT API key in the keychain, and opens console windows, each with
// its own Client::HubClient, so a demo can show an agent and a supervisor side by side.

#include "hub/hubserver.h"
#include "hubsettings.h"
#include "phone/phonenumbers.h"
#include "secrets/secretstore.h"
#include "shell/consolesettings.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>
#include <vector>

namespace Client {
class HubClient;
}
namespace Ui {
class MainWindow;
} // namespace Ui

namespace SimuApp {

class HubDemo;

class DesktopApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    // `secrets` keeps the AT API key (the OS keychain; tests hand in a memory store).
    DesktopApp(const QCommandLineParser &parser,
        const HubOptions &options,
        bool demo,
        Secrets::ISecretStore &secrets,
        QTextStream &out,
        QTextStream &err,
        QObject *parent = nullptr);
    ~DesktopApp() override;

    // Sets up the hub connection and opens the first window. False: nothing to run (the
    // message is already shown or printed); the process should exit with `exitCode()`.
    bool start(const QString &telNumber);
    int exitCode() const { return m_exitCode; }

    // What to dial from the command line's links: `simu tel:+254712345678` (as a desktop opens
    // tel: links), `tel:0712-345-678`, `callto:`, `sip:agent2@ke.sip.africastalking.com`.
    static QString dialTarget(const QStringList &arguments);

private:
    bool startDemo();
    void startChosenMode();
    // `keyStored`: an API key is in the keychain already, so the field may stay empty.
    bool runSetup(bool firstRun, bool keyStored);
    void startLocalHub(const QString &apiKey);
    void askKeyForThisRun(const QString &why);
    Ui::MainWindow *openWindow();
    void openSettings();
    void fail(const QString &message);
    QString localDataDir() const;
    QString localWebhookUrl(quint16 port, bool lan) const;

    const QCommandLineParser &m_parser;
    const HubOptions &m_options;
    bool m_demo;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_exitCode = 0;
    QString m_telNumber;

    Ui::ConsoleSettings m_settings;
    std::unique_ptr<Phone::NumberParser> m_numbers;
    Secrets::ISecretStore &m_keychain;
    QString m_keyThisRun; // typed in setup or at the "no keychain" prompt
    std::unique_ptr<HubDemo> m_hubDemo;
    std::unique_ptr<Hub::HubServer> m_localHub;
    QUrl m_hubUrl;
    QString m_firstAdmin, m_firstAdminPassword; // from first-run setup, until created

    struct Console
    {
        std::unique_ptr<Client::HubClient> client;
        QPointer<Ui::MainWindow> window;
    };
    std::vector<Console> m_consoles;
};

} // namespace SimuApp
