#include "consolesettings.h"

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

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
    const QString name = m_settings.value(u"hub/mode"_s).toString();
    if (name == modeName(HubMode::ThisComputer))
        return HubMode::ThisComputer;
    if (name == modeName(HubMode::Remote))
        return HubMode::Remote;
    return HubMode::NotChosen;
}

void ConsoleSettings::setHubMode(HubMode mode)
{
    m_settings.setValue(u"hub/mode"_s, modeName(mode));
}

QUrl ConsoleSettings::remoteHubUrl() const
{
    return QUrl(m_settings.value(u"hub/url"_s).toString());
}

void ConsoleSettings::setRemoteHubUrl(const QUrl &url)
{
    m_settings.setValue(u"hub/url"_s, url.toString());
}

QString ConsoleSettings::atUsername() const
{
    return m_settings.value(u"localHub/atUsername"_s).toString();
}

void ConsoleSettings::setAtUsername(const QString &name)
{
    m_settings.setValue(u"localHub/atUsername"_s, name);
}

QStringList ConsoleSettings::voiceNumbers() const
{
    return m_settings.value(u"localHub/voiceNumbers"_s).toStringList();
}

void ConsoleSettings::setVoiceNumbers(const QStringList &numbers)
{
    m_settings.setValue(u"localHub/voiceNumbers"_s, numbers);
}

quint16 ConsoleSettings::localPort() const
{
    const int port = m_settings.value(u"localHub/port"_s, 8470).toInt();
    return port > 0 && port < 65536 ? quint16(port) : quint16(8470);
}

void ConsoleSettings::setLocalPort(quint16 port)
{
    m_settings.setValue(u"localHub/port"_s, port);
}

bool ConsoleSettings::listenOnLan() const
{
    return m_settings.value(u"localHub/listenOnLan"_s, false).toBool();
}

void ConsoleSettings::setListenOnLan(bool lan)
{
    m_settings.setValue(u"localHub/listenOnLan"_s, lan);
}

QString ConsoleSettings::lastUsername() const
{
    return m_settings.value(u"login/lastUsername"_s).toString();
}

void ConsoleSettings::setLastUsername(const QString &name)
{
    m_settings.setValue(u"login/lastUsername"_s, name);
}

QString ConsoleSettings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void ConsoleSettings::setLanguage(const QString &code)
{
    m_settings.setValue(u"ui/language"_s, code);
}

QString ConsoleSettings::defaultRegion() const
{
    return m_settings.value(u"dialer/region"_s, u"KE"_s).toString();
}

void ConsoleSettings::setDefaultRegion(const QString &region)
{
    m_settings.setValue(u"dialer/region"_s, region);
}

QStringList ConsoleSettings::recentNumbers() const
{
    return m_settings.value(u"dialer/recent"_s).toStringList();
}

void ConsoleSettings::setRecentNumbers(const QStringList &numbers)
{
    m_settings.setValue(u"dialer/recent"_s, numbers);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(u"window/state"_s, state);
}

QByteArray ConsoleSettings::splitterState(const QString &name) const
{
    return m_settings.value(u"window/splitter-"_s + name).toByteArray();
}

void ConsoleSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(u"window/splitter-"_s + name, state);
}

} // namespace Ui
