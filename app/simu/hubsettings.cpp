#include "hubsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SimuApp {

namespace {

Util::Result<QPair<QHostAddress, quint16>, QString> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return Util::fail(
            u"listen: expected ADDRESS:PORT such as 0.0.0.0:8470, got %1"_s.arg(text));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (!address.setAddress(host))
        return Util::fail(u"listen: \"%1\" is not an IP address"_s.arg(host));
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return Util::fail(u"listen: \"%1\" is not a port number"_s.arg(text.mid(colon + 1)));
    return QPair<QHostAddress, quint16>(address, quint16(port));
}

Util::Result<QPair<QHostAddress, int>, QString> parseCidr(const QString &text)
{
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text.trimmed());
    if (subnet.first.isNull())
        return Util::fail(u"webhook-allow: \"%1\" is not a network such as 41.0.0.0/8"_s.arg(text));
    return subnet;
}

// Secrets in files must be private: a key readable by others is a leaked key.
Util::Result<QString, QString> readPrivateFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Util::fail(u"cannot read the %1 file %2: %3"_s.arg(what, path, file.errorString()));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & others)
        return Util::fail(
            u"the %1 file %2 can be read by other users; run: chmod 600 %2"_s.arg(what, path));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString defaultDataDir(bool demo)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(demo ? u"simu/demo"_s : u"simu"_s);
}

} // namespace

void HubOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({config,
        listen,
        dataDir,
        atBaseUrl,
        atUsername,
        atVoiceNumber,
        atApiKeyFile,
        webhookAllow});
}

Util::Result<Hub::HubConfig, QString> loadHubConfig(
    const QCommandLineParser &parser, const HubOptions &options, bool demo)
{
    Hub::HubConfig config;
    config.dataDir = defaultDataDir(demo);
    QString listen = u"127.0.0.1:8470"_s;
    QString baseUrl;
    QStringList voiceNumbers;
    QStringList allow;
    QString apiKeyFile;

    if (parser.isSet(options.config)) {
        const QString path = parser.value(options.config);
        if (!QFileInfo::exists(path))
            return Util::fail(u"config: no such file %1"_s.arg(path));
        QSettings file(path, QSettings::IniFormat);
        if (file.status() != QSettings::NoError)
            return Util::fail(u"config: %1 is not a readable INI file"_s.arg(path));
        for (const QString &key : file.allKeys()) {
            if (key.contains(u"key"_s, Qt::CaseInsensitive) && !key.endsWith(u"-file"_s))
                return Util::fail(u"config: %1 holds \"%2\": keep secrets out of the settings "
                                  "file (use SIMU_AT_API_KEY or at/api-key-file)"_s.arg(path, key));
        }
        listen = file.value(u"hub/listen"_s, listen).toString();
        config.dataDir = file.value(u"hub/data-dir"_s, config.dataDir).toString();
        config.defaultRegion = file.value(u"hub/default-region"_s, config.defaultRegion).toString();
        baseUrl = file.value(u"at/base-url"_s).toString();
        config.at.username = file.value(u"at/username"_s).toString();
        voiceNumbers = file.value(u"at/voice-numbers"_s).toStringList();
        apiKeyFile = file.value(u"at/api-key-file"_s).toString();
        allow = file.value(u"webhook/allow"_s).toStringList();
        config.recordCalls = file.value(u"calls/record"_s, config.recordCalls).toBool();
        config.holdMusicUrl = file.value(u"calls/hold-music-url"_s).toString();
        config.queueName = file.value(u"calls/queue"_s, config.queueName).toString();
        // "KES 5000, UGX 150000": QSettings reads an unquoted comma as a list; join it back.
        // Checked (and refused in words) when the hub starts (Hub::parseSpendCap).
        config.dailySpendCap = file.value(u"calls/daily-spend-cap"_s).toStringList().join(u", "_s);
        if (file.contains(u"wrap-up/dispositions"_s)) {
            QStringList dispositions;
            for (const QString &name : file.value(u"wrap-up/dispositions"_s).toStringList()) {
                if (!name.simplified().isEmpty())
                    dispositions << name.simplified();
            }
            if (dispositions.isEmpty())
                return Util::fail(u"config: wrap-up/dispositions must name at least one "
                                  "disposition, such as \"Resolved, Callback requested\""_s);
            config.wrapUpDispositions = dispositions;
        }
        config.wrapUpNotesMaxChars
            = file.value(u"wrap-up/notes-max-chars"_s, config.wrapUpNotesMaxChars).toInt();
        if (config.wrapUpNotesMaxChars < 1)
            return Util::fail(u"config: wrap-up/notes-max-chars must be 1 or more"_s);
        config.initiatePerUserPerMinute
            = file.value(u"limits/initiate-per-user-per-minute"_s, config.initiatePerUserPerMinute)
                  .toInt();
        config.initiateTotalPerMinute
            = file.value(u"limits/initiate-total-per-minute"_s, config.initiateTotalPerMinute)
                  .toInt();
        config.autoDownloadRecordings
            = file.value(u"recordings/auto-download"_s, config.autoDownloadRecordings).toBool();
        config.recordingRetentionDays
            = file.value(u"recordings/retention-days"_s, config.recordingRetentionDays).toInt();
        if (config.recordingRetentionDays < 0)
            return Util::fail(u"config: recordings/retention-days must be 0 (keep) or more"_s);
        // Agent states (core/hub/agentstate.h).
        bool acwOk = true;
        config.afterCallWorkSeconds
            = file.value(u"agents/after-call-work-seconds"_s, config.afterCallWorkSeconds)
                  .toString()
                  .toInt(&acwOk);
        if (!acwOk || config.afterCallWorkSeconds < 0 || config.afterCallWorkSeconds > 3600)
            return Util::fail(u"config: agents/after-call-work-seconds must be a whole number of "
                              "seconds from 0 (none) to 3600"_s);
        if (file.contains(u"agents/away-reasons"_s)) {
            QStringList reasons;
            for (const QString &reason : file.value(u"agents/away-reasons"_s).toStringList()) {
                if (!reason.trimmed().isEmpty() && !reasons.contains(reason.trimmed()))
                    reasons.append(reason.trimmed());
            }
            if (reasons.isEmpty())
                return Util::fail(u"config: agents/away-reasons needs at least one reason, such "
                                  "as \"Break, Lunch\""_s);
            config.awayReasons = reasons;
        }
    }
    if (parser.isSet(options.listen))
        listen = parser.value(options.listen);
    if (parser.isSet(options.dataDir))
        config.dataDir = parser.value(options.dataDir);
    if (parser.isSet(options.atBaseUrl))
        baseUrl = parser.value(options.atBaseUrl);
    if (parser.isSet(options.atUsername))
        config.at.username = parser.value(options.atUsername);
    if (parser.isSet(options.atVoiceNumber))
        voiceNumbers = parser.values(options.atVoiceNumber);
    if (parser.isSet(options.atApiKeyFile))
        apiKeyFile = parser.value(options.atApiKeyFile);
    if (parser.isSet(options.webhookAllow))
        allow = parser.values(options.webhookAllow);

    const auto address = parseListen(listen);
    if (!address)
        return Util::fail(address.error());
    config.listenAddress = address->first;
    config.port = address->second;
    for (const QString &network : allow) {
        const auto subnet = parseCidr(network);
        if (!subnet)
            return Util::fail(subnet.error());
        config.webhookAllowList.append(*subnet);
    }
    for (const QString &number : voiceNumbers) {
        if (!number.trimmed().startsWith(u'+'))
            return Util::fail(u"at-voice-number: \"%1\" must be international, like "
                              "+254711082000"_s.arg(number));
        config.voiceNumbers.append(number.trimmed());
    }
    if (!baseUrl.isEmpty()) {
        config.at.voiceBaseUrl = QUrl(baseUrl);
        if (!config.at.voiceBaseUrl.isValid()
            || !config.at.voiceBaseUrl.scheme().startsWith(u"http"_s))
            return Util::fail(u"at-base-url: \"%1\" is not an http(s) URL"_s.arg(baseUrl));
    } else if (!config.at.username.isEmpty()) {
        config.at.voiceBaseUrl = At::Config::forAccount(config.at.username, {}).voiceBaseUrl;
    }
    if (qEnvironmentVariableIsSet("SIMU_AT_API_KEY")) {
        config.at.apiKey = qEnvironmentVariable("SIMU_AT_API_KEY").trimmed();
    } else if (!apiKeyFile.isEmpty()) {
        const auto key = readPrivateFile(apiKeyFile, u"API key"_s);
        if (!key)
            return Util::fail(key.error());
        config.at.apiKey = *key;
    }
    return config;
}

Util::Result<QString, QString> webhookSecret(const QString &dataDir, bool *generated)
{
    *generated = false;
    if (qEnvironmentVariableIsSet("SIMU_WEBHOOK_SECRET")) {
        const QString secret = qEnvironmentVariable("SIMU_WEBHOOK_SECRET").trimmed();
        if (secret.size() < 16)
            return Util::fail(u"SIMU_WEBHOOK_SECRET must be at least 16 characters"_s);
        return secret;
    }
    const QString path = QDir(dataDir).filePath(u"webhook-secret"_s);
    if (QFileInfo::exists(path))
        return readPrivateFile(path, u"webhook secret"_s);
    if (!QDir().mkpath(dataDir))
        return Util::fail(u"cannot create the data folder %1"_s.arg(dataDir));
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString secret = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QFile file(path);
    // Created owner-only from the start: there is no moment when others could read it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Util::fail(u"cannot create %1: %2"_s.arg(path, file.errorString()));
    if (file.write(secret.toUtf8()) < 0 || !file.flush())
        return Util::fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    *generated = true;
    return secret;
}

} // namespace SimuApp
