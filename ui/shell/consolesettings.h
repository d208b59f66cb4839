#pragma once

// What the desktop console remembers between runs, in the user's settings file (QSettings):
// how it reaches a hub, the last username, the language, the dialer's region and recent
// numbers, and the window layout. Never a secret: the AT API key and the webhook secret live
// in the OS keychain (Secrets::KeychainSecretStore), passwords nowhere.

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QUrl>

namespace Ui {

class ConsoleSettings
{
public:
    enum class HubMode {
        NotChosen, // first run
        ThisComputer, // the hub runs inside this console
        Remote, // a hub elsewhere on the LAN (`simu --headless`)
    };

    // A settings file of its own (tests), or the application's default one.
    explicit ConsoleSettings(const QString &fileName = QString());

    HubMode hubMode() const;
    void setHubMode(HubMode mode);
    QUrl remoteHubUrl() const;
    void setRemoteHubUrl(const QUrl &url);

    // The local hub's settings (the API key is in the keychain).
    QString atUsername() const;
    void setAtUsername(const QString &name);
    QStringList voiceNumbers() const;
    void setVoiceNumbers(const QStringList &numbers);
    quint16 localPort() const;
    void setLocalPort(quint16 port);
    bool listenOnLan() const; // false: 127.0.0.1 only
    void setListenOnLan(bool lan);

    QString lastUsername() const;
    void setLastUsername(const QString &name);
    // "" follows the system; otherwise "en", "sw", "fr".
    QString language() const;
    void setLanguage(const QString &code);
    QString defaultRegion() const; // "KE" unless changed
    void setDefaultRegion(const QString &region);
    QStringList recentNumbers() const;
    void setRecentNumbers(const QStringList &numbers);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace Ui
