#include "consolesettings.h"

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// One setting: its name in the settings file and the value it has until the user sets one.
// The names are what existing users' files hold: renaming one forgets their setting.
template <typename T>
struct Key
{
    QString name;
    T fallback = T();

    T get(const QSettings &settings) const
    {
        return settings.value(name, QVariant::fromValue(fallback)).template value<T>();
    }
    void set(QSettings &settings, const T &value) const
    {
        settings.setValue(name, QVariant::fromValue(value));
    }
};

constexpr quint16 DEFAULT_LOCAL_PORT = 8470;

// Stored as text (modeName()) so the file stays readable and an unknown name means "not chosen".
const Key<QString> HUB_MODE{u"hub/mode"_s};
// Stored as text: a QUrl would be written as an opaque @Variant blob.
const Key<QString> REMOTE_HUB_URL{u"hub/url"_s};
const Key<QString> AT_USERNAME{u"localHub/atUsername"_s};
const Key<QStringList> VOICE_NUMBERS{u"localHub/voiceNumbers"_s};
// Read as int, not quint16, so an out-of-range value falls back instead of wrapping around.
const Key<int> LOCAL_PORT{u"localHub/port"_s, DEFAULT_LOCAL_PORT};
const Key<bool> LISTEN_ON_LAN{u"localHub/listenOnLan"_s, false};
const Key<QString> LAST_USERNAME{u"login/lastUsername"_s};
const Key<QString> LANGUAGE{u"ui/language"_s};
const Key<QString> DEFAULT_REGION{u"dialer/region"_s, u"KE"_s};
const Key<QStringList> RECENT_NUMBERS{u"dialer/recent"_s};
const Key<QByteArray> WINDOW_GEOMETRY{u"window/geometry"_s};
const Key<QByteArray> WINDOW_STATE{u"window/state"_s};

// One key per splitter, named after it.
Key<QByteArray> splitterKey(const QString &splitter)
{
    return {u"window/splitter-"_s + splitter};
}

QString modeName(ConsoleSettings::HubMode mode)
{
    switch (mode) {
    case ConsoleSettings::HubMode::ThisComputer:
        return u"this-computer"_s;
    case ConsoleSettings::HubMode::Remote:
        return u"remote"_s;
    case ConsoleSettings::HubMode::NotChosen:
        break;
    }
    return QString();
}

} // namespace

ConsoleSettings::ConsoleSettings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? QSettings() : QSettings(fileName, QSettings::IniFormat))
{}

ConsoleSettings::HubMode ConsoleSettings::hubMode() const
{
    const QString name = HUB_MODE.get(m_settings);
    if (name == modeName(HubMode::ThisComputer))
        return HubMode::ThisComputer;
    if (name == modeName(HubMode::Remote))
        return HubMode::Remote;
    return HubMode::NotChosen;
}

void ConsoleSettings::setHubMode(HubMode mode)
{
    HUB_MODE.set(m_settings, modeName(mode));
}

QUrl ConsoleSettings::remoteHubUrl() const
{
    return QUrl(REMOTE_HUB_URL.get(m_settings));
}

void ConsoleSettings::setRemoteHubUrl(const QUrl &url)
{
    REMOTE_HUB_URL.set(m_settings, url.toString());
}

QString ConsoleSettings::atUsername() const
{
    return AT_USERNAME.get(m_settings);
}

void ConsoleSettings::setAtUsername(const QString &name)
{
    AT_USERNAME.set(m_settings, name);
}

QStringList ConsoleSettings::voiceNumbers() const
{
    return VOICE_NUMBERS.get(m_settings);
}

void ConsoleSettings::setVoiceNumbers(const QStringList &numbers)
{
    VOICE_NUMBERS.set(m_settings, numbers);
}

quint16 ConsoleSettings::localPort() const
{
    const int port = LOCAL_PORT.get(m_settings);
    return port > 0 && port < 65536 ? quint16(port) : DEFAULT_LOCAL_PORT;
}

void ConsoleSettings::setLocalPort(quint16 port)
{
    LOCAL_PORT.set(m_settings, port);
}

bool ConsoleSettings::listenOnLan() const
{
    return LISTEN_ON_LAN.get(m_settings);
}

void ConsoleSettings::setListenOnLan(bool lan)
{
    LISTEN_ON_LAN.set(m_settings, lan);
}

QString ConsoleSettings::lastUsername() const
{
    return LAST_USERNAME.get(m_settings);
}

void ConsoleSettings::setLastUsername(const QString &name)
{
    LAST_USERNAME.set(m_settings, name);
}

QString ConsoleSettings::language() const
{
    return LANGUAGE.get(m_settings);
}

void ConsoleSettings::setLanguage(const QString &code)
{
    LANGUAGE.set(m_settings, code);
}

QString ConsoleSettings::defaultRegion() const
{
    return DEFAULT_REGION.get(m_settings);
}

void ConsoleSettings::setDefaultRegion(const QString &region)
{
    DEFAULT_REGION.set(m_settings, region);
}

QStringList ConsoleSettings::recentNumbers() const
{
    return RECENT_NUMBERS.get(m_settings);
}

void ConsoleSettings::setRecentNumbers(const QStringList &numbers)
{
    RECENT_NUMBERS.set(m_settings, numbers);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return WINDOW_GEOMETRY.get(m_settings);
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    WINDOW_GEOMETRY.set(m_settings, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return WINDOW_STATE.get(m_settings);
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    WINDOW_STATE.set(m_settings, state);
}

QByteArray ConsoleSettings::splitterState(const QString &name) const
{
    return splitterKey(name).get(m_settings);
}

void ConsoleSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    splitterKey(name).set(m_settings, state);
}

} // namespace Ui
