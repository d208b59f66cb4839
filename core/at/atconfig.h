#pragma once

// Where and as whom the AT client talks. A simulator is just another base URL, e.g.
// http://127.0.0.1:9000/at: endpoint paths are appended to whatever path the base URL has.

#include <QString>
#include <QUrl>

namespace At {

// https://voice.africastalking.com
QUrl liveVoiceUrl();
// https://voice.sandbox.africastalking.com
QUrl sandboxVoiceUrl();

// Every AT SDK switches to the sandbox host when the username is "sandbox" (any case).
bool isSandboxUsername(const QString &username);

struct Config
{
    QUrl voiceBaseUrl; // live, sandbox or a simulator; required
    QString username; // the AT application's username: a body field, not a header
    QString apiKey; // sent in the apiKey header; never logged
    int timeoutMs = 30000;

    // The live or sandbox host, picked from the username the way the SDKs do.
    static Config forAccount(const QString &username, const QString &apiKey);
};

} // namespace At
