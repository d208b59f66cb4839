#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AtSimApp {

namespace {

Util::Result<AtSim::PhoneBehaviour, QString> parseBehaviour(
    const QString &json, const AtSim::PhoneBehaviour &base)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Util::fail(u"not a JSON object: %1"_s.arg(json));
    return AtSim::PhoneBehaviour::fromJson(document.object(), base);
}

// AT posts to http and https callback URLs only; anything else would fail on the first call.
bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        && !url.host().isEmpty();
}

} // namespace

Util::Result<Options, QString> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Africa's Talking voice simulator: AT's REST API (/call, /queueStatus, "
        "/mediaUpload, /callTransfer), voice notifications posted to your callback URL, your "
        "ActionXML executed, scripted phone users, and recordings. See docs/simulator.md."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s,
        u"Port to listen on; 0 picks a free one (default 8471)."_s,
        u"port"_s,
        u"8471"_s);
    const QCommandLineOption username(u"username"_s,
        u"The AT application username (default sandbox)."_s,
        u"name"_s,
        u"sandbox"_s);
    const QCommandLineOption apiKey(
        u"api-key"_s, u"The API key clients must send in the apiKey header."_s, u"key"_s);
    const QCommandLineOption voiceNumber(u"voice-number"_s,
        u"An AT voice number of the account, optionally with its own callback URL: "
        "+254711082000 or +254711082000=http://127.0.0.1:8470/voice. Repeatable."_s,
        u"number[=url]"_s);
    const QCommandLineOption callbackUrl(u"callback-url"_s,
        u"Callback URL for every voice number that has none of its own."_s,
        u"url"_s);
    const QCommandLineOption seed(u"seed"_s,
        u"Seed for session ids and recordings; the same seed replays "
        "a run (default: random, printed at start)."_s,
        u"n"_s);
    const QCommandLineOption speed(u"speed"_s,
        u"Simulated seconds per real second, e.g. 10 (default 1)."_s,
        u"factor"_s,
        u"1"_s);
    const QCommandLineOption price(u"price"_s,
        u"Per-minute price for a region: KE=3.5:KES. Repeatable."_s,
        u"region=amount:currency"_s);
    const QCommandLineOption balance(u"balance"_s,
        u"Account balance; calls beyond it get InsufficientCredit "
        "(default: unlimited)."_s,
        u"amount"_s);
    const QCommandLineOption appTimeout(u"app-timeout-ms"_s,
        u"How long AT waits for the app's answer (default 10000)."_s,
        u"ms"_s,
        u"10000"_s);
    const QCommandLineOption timeEncoding(u"time-encoding"_s,
        u"How callStartTime reads once decoded: space (2022-03-01 16:13:56) or plus "
        "(2022-03-01+16:13:56). Captures of AT show both (default space)."_s,
        u"space|plus"_s,
        u"space"_s);
    const QCommandLineOption noRequestId(
        u"no-client-request-id"_s, u"Leave clientRequestId out of notifications."_s);
    const QCommandLineOption unknownXml(u"unknown-xml"_s,
        u"What an unknown ActionXML element does: fail (end the "
        "call, the default) or ignore."_s,
        u"fail|ignore"_s,
        u"fail"_s);
    const QCommandLineOption phone(u"phone"_s,
        u"Script a phone user: ADDRESS=JSON, e.g. "
        "'+254722000001={\"answer\":\"busy\"}'. Repeatable. Keys: "
        "answer (answer|no_answer|busy|absent|reject|not_registered), "
        "answerDelay, dtmf, speech, talk, hangupAfter, patience."_s,
        u"address=json"_s);
    const QCommandLineOption defaultPhone(
        u"default-phone"_s, u"Script for every phone user without one (JSON)."_s, u"json"_s);
    const QCommandLineOption publicUrl(u"public-url"_s,
        u"Base URL recordings are announced under (default: the "
        "listening address)."_s,
        u"url"_s);
    parser.addOptions({host,
        port,
        username,
        apiKey,
        voiceNumber,
        callbackUrl,
        seed,
        speed,
        price,
        balance,
        appTimeout,
        timeEncoding,
        noRequestId,
        unknownXml,
        phone,
        defaultPhone,
        publicUrl});
    // Usage errors exit 2 like the option checks below; process() alone would exit 1.
    if (!parser.parse(arguments))
        return Util::fail(parser.errorText());
    parser.process(arguments); // only --help, --help-all and --version exit here, with 0

    Options options;
    AtSim::SimConfig &config = options.config;
    config = AtSim::SimConfig::defaults();
    if (!options.host.setAddress(parser.value(host)))
        return Util::fail(u"--host: not an IP address: %1"_s.arg(parser.value(host)));
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return Util::fail(u"--port: not a port number: %1"_s.arg(parser.value(port)));
    options.port = quint16(portValue);
    config.username = parser.value(username);
    if (parser.isSet(apiKey)) {
        config.apiKey = parser.value(apiKey);
        options.defaultKey = false;
    }
    if (config.apiKey.isEmpty())
        return Util::fail(u"--api-key: must not be empty"_s);

    const QUrl fallbackUrl(parser.value(callbackUrl));
    if (parser.isSet(callbackUrl) && !isHttpUrl(fallbackUrl))
        return Util::fail(
            u"--callback-url: not an http(s) URL: %1"_s.arg(parser.value(callbackUrl)));
    if (parser.isSet(voiceNumber)) {
        config.numbers.clear();
        for (const QString &entry : parser.values(voiceNumber)) {
            const QString number = entry.section(u'=', 0, 0).trimmed();
            const QString url = entry.section(u'=', 1);
            if (!number.startsWith(u'+') || number.size() < 8)
                return Util::fail(u"--voice-number: \"%1\" is not an international number "
                                  "such as +254711082000"_s.arg(number));
            if (!url.isEmpty() && !isHttpUrl(QUrl(url)))
                return Util::fail(
                    u"--voice-number %1: the callback URL must be http(s)://..., got %2"_s.arg(
                        number, url));
            config.numbers.append({number, url.isEmpty() ? fallbackUrl : QUrl(url)});
        }
    } else {
        for (AtSim::VoiceNumber &number : config.numbers)
            number.callbackUrl = fallbackUrl;
    }

    if (parser.isSet(seed)) {
        config.seed = parser.value(seed).toUInt(&ok);
        if (!ok || config.seed == 0)
            return Util::fail(u"--seed: must be a positive whole number"_s);
    }
    config.speed = parser.value(speed).toDouble(&ok);
    if (!ok || config.speed <= 0 || config.speed > 10000)
        return Util::fail(u"--speed: must be a number between 0 and 10000"_s);
    for (const QString &entry : parser.values(price)) {
        const QString region = entry.section(u'=', 0, 0).toUpper();
        const QString amount = entry.section(u'=', 1).section(u':', 0, 0);
        const QString currency = entry.section(u':', 1);
        amount.toDouble(&ok);
        if (region.size() != 2 || !ok || currency.size() != 3)
            return Util::fail(u"--price: expected REGION=AMOUNT:CURRENCY such as KE=3.5:KES, "
                              "got %1"_s.arg(entry));
        config.prices.insert(region, {currency, amount});
        if (!config.supportedRegions.contains(region))
            config.supportedRegions.append(region);
    }
    if (parser.isSet(balance)) {
        config.balance = parser.value(balance).toDouble(&ok);
        if (!ok)
            return Util::fail(u"--balance: not a number"_s);
    }
    config.appReplyTimeoutMs = parser.value(appTimeout).toInt(&ok);
    if (!ok || config.appReplyTimeoutMs <= 0)
        return Util::fail(u"--app-timeout-ms: must be a positive number of milliseconds"_s);
    const QString encoding = parser.value(timeEncoding);
    if (encoding != u"space"_s && encoding != u"plus"_s)
        return Util::fail(u"--time-encoding: must be space or plus"_s);
    config.timeEncoding = encoding == u"plus"_s ? AtSim::SimConfig::TimeEncoding::LiteralPlus
                                                : AtSim::SimConfig::TimeEncoding::Space;
    config.sendClientRequestId = !parser.isSet(noRequestId);
    const QString unknown = parser.value(unknownXml);
    if (unknown != u"fail"_s && unknown != u"ignore"_s)
        return Util::fail(u"--unknown-xml: must be fail or ignore"_s);
    config.failOnUnknownXmlElements = unknown == u"fail"_s;
    if (parser.isSet(publicUrl)) {
        config.publicBaseUrl = QUrl(parser.value(publicUrl));
        if (!isHttpUrl(config.publicBaseUrl))
            return Util::fail(
                u"--public-url: not an http(s) URL: %1"_s.arg(parser.value(publicUrl)));
    }

    AtSim::PhoneBehaviour base;
    if (parser.isSet(defaultPhone)) {
        const auto behaviour = parseBehaviour(parser.value(defaultPhone), base);
        if (!behaviour)
            return Util::fail(u"--default-phone: %1"_s.arg(behaviour.error()));
        options.defaultPhone = *behaviour;
        base = *behaviour;
    }
    for (const QString &entry : parser.values(phone)) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq <= 0)
            return Util::fail(u"--phone: expected ADDRESS=JSON, got %1"_s.arg(entry));
        const auto behaviour = parseBehaviour(entry.mid(eq + 1), base);
        if (!behaviour)
            return Util::fail(u"--phone %1: %2"_s.arg(entry.left(eq), behaviour.error()));
        options.phones.append({entry.left(eq), *behaviour});
    }
    return options;
}

} // namespace AtSimApp
