#include "desktopapp.h"

#include "auth/authservice.h"
#include "client/hubclient.h"
#include "hubdemo.h"
#include "shell/mainwindow.h"
#include "shell/setupdialog.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace SimuApp {

namespace {

QString apiKeyName(const QString &atUsername)
{
    return u"at-api-key/"_s + atUsername;
}

} // namespace

DesktopApp::DesktopApp(const QCommandLineParser &parser,
    const HubOptions &options,
    bool demo,
    Secrets::ISecretStore &secrets,
    QTextStream &out,
    QTextStream &err,
    QObject *parent)
    : QObject(parent)
    , m_parser(parser)
    , m_options(options)
    , m_demo(demo)
    , m_out(out)
    , m_err(err)
    , m_numbers(std::make_unique<Phone::NumberParser>(m_settings.defaultRegion()))
    , m_keychain(secrets)
{}

DesktopApp::~DesktopApp()
{
    // Windows first: they hold clients talking to the hub below.
    for (Console &console : m_consoles)
        delete console.window.data();
    m_consoles.clear();
}

QString DesktopApp::dialTarget(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        const QUrl url(argument);
        // A tel: URI may carry visual separators and parameters (RFC 3966): "tel:+254-712;ext=1".
        const QString path = QUrl::fromPercentEncoding(url.path().toUtf8()).section(u';', 0, 0);
        if (url.scheme() == u"tel"_s || url.scheme() == u"callto"_s)
            return path.trimmed().remove(u'-').remove(u'.').remove(u'(').remove(u')');
        if (url.scheme() == u"sip"_s)
            return path.trimmed();
    }
    return QString();
}

bool DesktopApp::start(const QString &telNumber)
{
    m_telNumber = telNumber;
    if (m_demo)
        return startDemo();
    if (m_settings.hubMode() == Ui::ConsoleSettings::HubMode::NotChosen && !runSetup(true, false)) {
        m_exitCode = 0; // the user closed the welcome: nothing to do
        return false;
    }
    startChosenMode();
    return m_exitCode == 0;
}

bool DesktopApp::startDemo()
{
    auto config = loadHubConfig(m_parser, m_options, true);
    if (!config) {
        m_err << "simu: " << config.error() << Qt::endl;
        m_exitCode = 2;
        return false;
    }
    bool generated = false;
    const auto secret = webhookSecret(config->dataDir, &generated);
    if (!secret) {
        m_err << "simu: " << secret.error() << Qt::endl;
        m_exitCode = 1;
        return false;
    }
    config->webhookSecret = *secret;
    // Another program (a headless demo, say) may hold 8470: the desktop demo takes any port
    // unless one was asked for.
    if (!m_parser.isSet(m_options.listen))
        config->port = 0;
    HubDemo::Options demoOptions;
    demoOptions.inWindow = true;
    if (const auto speed = qEnvironmentVariable("SIMU_DEMO_SPEED").toDouble(); speed > 0)
        demoOptions.speed = speed;
    m_hubDemo = std::make_unique<HubDemo>(*config, demoOptions, m_out);
    if (auto started = m_hubDemo->start(); !started) {
        m_err << "simu: " << started.error() << Qt::endl;
        m_exitCode = 1;
        return false;
    }
    m_hubUrl = m_hubDemo->hub().baseUrl();
    openWindow();
    return true;
}

void DesktopApp::startChosenMode()
{
    if (m_settings.hubMode() == Ui::ConsoleSettings::HubMode::Remote) {
        m_hubUrl = m_settings.remoteHubUrl();
        openWindow();
        return;
    }
    // The hub runs here: its API key was just typed, or comes from the keychain
    // (asynchronously: the keychain may first ask the user to unlock it).
    if (!m_keyThisRun.isEmpty())
        return startLocalHub(m_keyThisRun);
    m_keychain.read(apiKeyName(m_settings.atUsername()), this, [this](const auto &key) {
        if (key)
            return startLocalHub(*key);
        if (key.error().code == Secrets::SecretError::Code::NotFound) {
            if (runSetup(false, false))
                startChosenMode();
            else
                fail(tr("Simu cannot run the hub without the Africa's Talking API key."));
            return;
        }
        askKeyForThisRun(key.error().message);
    });
}

void DesktopApp::askKeyForThisRun(const QString &why)
{
    bool ok = false;
    const QString key = QInputDialog::getText(nullptr,
        tr("No keychain"),
        tr("Simu keeps the Africa's Talking API key only in the system keychain, never in a "
           "file, and the keychain is not available:\n%1\n\nEnter the API key to use it for this "
           "run only (it is forgotten when Simu closes):")
            .arg(why),
        QLineEdit::Password,
        QString(),
        &ok);
    if (!ok || key.trimmed().isEmpty())
        return fail(tr("Simu cannot run the hub without the Africa's Talking API key."));
    m_keyThisRun = key.trimmed();
    startLocalHub(m_keyThisRun);
}

void DesktopApp::startLocalHub(const QString &apiKey)
{
    auto config = loadHubConfig(m_parser, m_options, false);
    if (!config)
        return fail(config.error());
    config->listenAddress = m_settings.listenOnLan() ? QHostAddress(QHostAddress::Any)
                                                     : QHostAddress(QHostAddress::LocalHost);
    if (!m_parser.isSet(m_options.listen))
        config->port = m_settings.localPort();
    config->at.username = m_settings.atUsername();
    config->at.apiKey = apiKey;
    config->voiceNumbers = m_settings.voiceNumbers();
    config->defaultRegion = m_settings.defaultRegion();
    bool generated = false;
    const auto secret = webhookSecret(config->dataDir, &generated);
    if (!secret)
        return fail(secret.error());
    config->webhookSecret = *secret;
    m_localHub = std::make_unique<Hub::HubServer>(*config);
    if (auto started = m_localHub->start(); !started)
        return fail(tr("The hub could not start: %1").arg(started.error()));

    if (!m_firstAdmin.isEmpty()) {
        Auth::NewUser admin{m_firstAdmin, m_firstAdminPassword, Auth::Role::Admin, {}, {}};
        if (const auto created = m_localHub->auth().createUser(admin, u"first run"_s, {}); !created)
            QMessageBox::warning(nullptr,
                tr("First account"),
                tr("The administrator account was not created: %1").arg(created.error().message));
        m_firstAdminPassword.clear();
        m_settings.setLastUsername(m_firstAdmin);
        m_firstAdmin.clear();
    }
    m_hubUrl = m_localHub->baseUrl();
    if (m_localHub->config().listenAddress != QHostAddress(QHostAddress::LocalHost))
        m_hubUrl.setHost(u"127.0.0.1"_s);
    openWindow();
}

bool DesktopApp::runSetup(bool firstRun, bool keyStored)
{
    Ui::SetupDialog dialog(m_settings, firstRun);
    dialog.setWebhookUrl(localWebhookUrl(m_settings.localPort(), m_settings.listenOnLan()));
    dialog.setNeedsFirstUser(!QFile::exists(QDir(localDataDir()).filePath(u"simu.db"_s)));
    dialog.setApiKeyStored(keyStored);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto values = dialog.values();
    m_settings.setHubMode(values.mode);
    m_settings.setLanguage(values.language);
    m_settings.setDefaultRegion(values.region);
    if (values.mode == Ui::ConsoleSettings::HubMode::Remote) {
        m_settings.setRemoteHubUrl(values.remoteUrl);
        m_settings.sync();
        return true;
    }
    m_settings.setAtUsername(values.atUsername);
    m_settings.setVoiceNumbers(values.voiceNumbers);
    m_settings.setLocalPort(values.port);
    m_settings.setListenOnLan(values.listenOnLan);
    m_settings.sync();
    m_firstAdmin = values.adminUsername;
    m_firstAdminPassword = values.adminPassword;
    if (!values.apiKey.isEmpty()) {
        // Stored for next time; this run uses it straight away whatever the keychain says.
        m_keyThisRun = values.apiKey;
        m_keychain.write(
            apiKeyName(values.atUsername), values.apiKey, this, [](const auto &written) {
                if (!written)
                    QMessageBox::warning(nullptr,
                        tr("API key not saved"),
                        tr("The API key is used for this run only; the keychain did not keep it: "
                           "%1")
                            .arg(written.error().message));
            });
    }
    return true;
}

Ui::MainWindow *DesktopApp::openWindow()
{
    Console console;
    console.client = std::make_unique<Client::HubClient>();
    console.client->setBaseUrl(m_hubUrl);
    Ui::MainWindow::Options options;
    if (m_hubDemo) {
        options.title = tr("Simu (demo)");
        options.demoUsers = HubDemo::demoUsernames();
        options.demoPassword = m_hubDemo->password();
        options.offerNewWindow = true;
    }
    // One tray icon per process.
    options.trayIcon = m_consoles.empty();
    auto *window = new Ui::MainWindow(*console.client, m_settings, *m_numbers, options);
    window->setAttribute(Qt::WA_DeleteOnClose);
    console.window = window;
    connect(window, &Ui::MainWindow::newWindowRequested, this, [this] {
        Ui::MainWindow *another = openWindow();
        another->move(another->pos() + QPoint(40, 40));
    });
    connect(window, &Ui::MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    if (!m_telNumber.isEmpty()) {
        window->openTelLink(m_telNumber);
        m_telNumber.clear();
    }
    window->show();
    m_consoles.push_back(std::move(console));
    return window;
}

void DesktopApp::openSettings()
{
    if (m_demo) {
        QMessageBox::information(nullptr,
            tr("Demo"),
            tr("The demo runs its own hub with the Africa's Talking simulator; settings apply to "
               "a real setup (run simu without --demo)."));
        return;
    }
    const auto modeBefore = m_settings.hubMode();
    if (!runSetup(false, bool(m_localHub)))
        return;
    QMessageBox::information(nullptr,
        tr("Settings saved"),
        modeBefore == m_settings.hubMode()
            ? tr("Changes to the hub and the language apply when Simu starts again.")
            : tr("Simu connects to the new hub when it starts again."));
}

void DesktopApp::fail(const QString &message)
{
    m_err << "simu: " << message << Qt::endl;
    QMessageBox::critical(nullptr, tr("Simu"), message);
    m_exitCode = 1;
    if (m_consoles.empty())
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
}

QString DesktopApp::localDataDir() const
{
    const auto config = loadHubConfig(m_parser, m_options, false);
    return config ? config->dataDir : QString();
}

QString DesktopApp::localWebhookUrl(quint16 port, bool lan) const
{
    const QString dataDir = localDataDir();
    bool generated = false;
    const auto secret = webhookSecret(dataDir, &generated);
    QString host = u"127.0.0.1"_s;
    if (lan) {
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
                host = address.toString();
                break;
            }
        }
    }
    return u"http://%1:%2/api/webhooks/africastalking/%3"_s.arg(host).arg(port).arg(
        secret ? *secret : tr("<secret>"));
}

} // namespace SimuApp
