#include "atconfig.h"

using namespace Qt::StringLiterals;

namespace At {

QUrl liveVoiceUrl()
{
    return QUrl(u"https://voice.africastalking.com"_s);
}

QUrl sandboxVoiceUrl()
{
    return QUrl(u"https://voice.sandbox.africastalking.com"_s);
}

bool isSandboxUsername(const QString &username)
{
    return username.trimmed().compare(u"sandbox"_s, Qt::CaseInsensitive) == 0;
}

Config Config::forAccount(const QString &username, const QString &apiKey)
{
    Config config;
    config.voiceBaseUrl = isSandboxUsername(username) ? sandboxVoiceUrl() : liveVoiceUrl();
    config.username = username;
    config.apiKey = apiKey;
    return config;
}

} // namespace At
