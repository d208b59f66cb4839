#include "democall.h"

#include "at/atclient.h"
#include "atsim/callengine.h"
#include "atsim/phonedirectory.h"
#include "atsim/simulator.h"
#include "http/httpserver.h"
#include "phone/phonenumbers.h"
#include "util/logging.h"
#include "voice/actionxmlbuilder.h"
#include "voice/callbackparser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString AT_NUMBER = u"+254711082000"_s;
const QString AGENT_LINE = u"+254700000001"_s; // the agent's own phone, rung by <Dial>
const QString OUTBOUND_CUSTOMER = u"+254722000111"_s;
const QString INBOUND_CUSTOMER = u"+256772123456"_s;
constexpr int DEMO_CALLS = 2;

// One line of XML for the console: no declaration, no indentation.
QString compactXml(const QByteArray &xml)
{
    QString text = QString::fromUtf8(xml);
    text.remove(QRegularExpression(u"<\\?xml[^>]*\\?>"_s));
    text.replace(QRegularExpression(u">\\s+<"_s), u"><"_s);
    return text.trimmed();
}

} // namespace

DemoCall::DemoCall(QTextStream &out, double speed, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_speed(speed)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(u"the demo calls did not finish in time"_s);
    });
    connect(&m_calls,
        &Calls::CallRegistry::callUpdated,
        this,
        [this](const Calls::Call &call, Calls::CallState previous) {
            if (call.state != previous)
                print(u"     state: %1 -> %2"_s.arg(
                    Calls::apiName(previous), Calls::apiName(call.state)));
            if (call.isFinal() && !Calls::isFinal(previous))
                reportFinal(call);
        });
}

DemoCall::~DemoCall() = default;

void DemoCall::print(const QString &line)
{
    m_out << line << Qt::endl;
}

void DemoCall::fail(const QString &why)
{
    print(u"\nThe demo failed: %1"_s.arg(why));
    Q_EMIT finished(1);
}

void DemoCall::start()
{
    print(u"Simu demo: two calls through the built-in Africa's Talking simulator."_s);
    print(u"No real phone rings and no money is spent.\n"_s);

    m_router.post(u"/voice"_s, [this](const Http::Request &r) { return handleVoice(r); });
    m_webhook = std::make_unique<Http::Server>(m_router);
    const quint16 webhookPort = m_webhook->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (webhookPort == 0)
        return fail(u"cannot open a local port for the voice webhook"_s);
    const QUrl webhook(u"http://127.0.0.1:%1/voice"_s.arg(webhookPort));

    AtSim::SimConfig config = AtSim::SimConfig::defaults();
    config.username = u"simu-demo"_s;
    config.speed = m_speed;
    config.numbers = {{AT_NUMBER, webhook}};
    m_simulator = std::make_unique<AtSim::Simulator>(config);
    if (m_simulator->listen() == 0)
        return fail(u"cannot open a local port for the simulator"_s);

    // The people on the phones, scripted: the agent answers after 2 s and talks for 8 s;
    // the customers answer, press 1 for an agent, and stay on the line.
    AtSim::PhoneBehaviour agent;
    agent.answerDelaySeconds = 2;
    agent.talkSeconds = 8;
    m_simulator->phones().set(AGENT_LINE, agent);
    AtSim::PhoneBehaviour customer;
    customer.answerDelaySeconds = 3;
    customer.dtmf = {{u"1"_s, 1}};
    m_simulator->phones().set(OUTBOUND_CUSTOMER, customer);
    m_simulator->phones().set(INBOUND_CUSTOMER, customer);

    At::Config atConfig;
    atConfig.voiceBaseUrl = m_simulator->baseUrl();
    atConfig.username = config.username;
    atConfig.apiKey = config.apiKey;
    m_client = std::make_unique<At::Client>(m_transport, atConfig);

    print(u"[sim] Africa's Talking simulator: %1 (seed %2, %3x real time)"_s
              .arg(m_simulator->baseUrl().toString())
              .arg(m_simulator->seed())
              .arg(m_speed));
    print(u"[app] voice webhook for %1: %2\n"_s.arg(AT_NUMBER, webhook.toString()));
    m_deadline.start(int(120000 / qMax(1.0, m_speed)) + 30000);
    placeOutboundCall();
}

void DemoCall::placeOutboundCall()
{
    const Phone::NumberParser numbers;
    print(u"1. Click-to-call: the app calls customer %1"_s.arg(
        numbers.formatInternational(OUTBOUND_CUSTOMER)));
    print(u"  -> POST %1/call  from=%2 to=%3 clientRequestId=demo-1"_s.arg(
        m_simulator->baseUrl().toString(), AT_NUMBER, OUTBOUND_CUSTOMER));
    At::CallRequest request{AT_NUMBER, {OUTBOUND_CUSTOMER}, u"demo-1"_s};
    m_client->makeCall(request, [this](const Util::Result<At::CallResult, At::Error> &result) {
        if (!result)
            return fail(result.error().message);
        const At::CallEntry &entry = result->entries.constFirst();
        print(u"  <- %1 %2"_s.arg(entry.statusText, entry.sessionId));
        if (!entry.queued())
            return fail(u"AT did not queue the call: %1"_s.arg(entry.statusText));
        m_calls.addQueued(Calls::Call::outboundQueued(entry.sessionId,
            entry.phoneNumber,
            AT_NUMBER,
            u"demo-1"_s,
            QDateTime::currentDateTimeUtc()));
    });
}

void DemoCall::ringInbound()
{
    const Phone::NumberParser numbers;
    print(u"\n2. Inbound: a customer in Uganda, %1, rings %2"_s.arg(
        numbers.formatInternational(INBOUND_CUSTOMER), numbers.formatInternational(AT_NUMBER)));
    AtSim::InboundRequest request;
    request.from = INBOUND_CUSTOMER;
    request.to = AT_NUMBER;
    const auto session = m_simulator->engine().ringInbound(request);
    if (!session)
        fail(session.error());
}

Http::Response DemoCall::handleVoice(const Http::Request &request)
{
    const auto event = Voice::CallbackParser::parse(request.body);
    if (!event) {
        print(u"  <- a notification Simu cannot read: %1"_s.arg(event.error().message));
        return Http::Response::text(event.error().message.toUtf8(), 400);
    }
    QString detail = event->callSessionState;
    if (!event->dtmfDigits.isEmpty())
        detail += u", pressed "_s + event->dtmfDigits;
    print(u"  <- notification: %1%2 (%3, customer %4)"_s.arg(
        event->isActive ? QString() : u"final, "_s,
        detail,
        event->direction,
        Util::maskNumber(event->callerNumber)));
    m_calls.applyCallback(*event, QDateTime::currentDateTimeUtc());
    const QByteArray xml = event->isActive ? replyFor(*event) : QByteArray();
    if (!xml.isEmpty())
        print(u"  -> ActionXML: %1"_s.arg(compactXml(xml)));
    return Http::Response::xml(xml);
}

QByteArray DemoCall::replyFor(const Voice::CallbackEvent &event)
{
    Voice::ActionXmlBuilder builder;
    if (event.dtmfDigits == u"1"_s) {
        builder.say(u"Connecting you to an agent."_s)
            .dial(Voice::Dial{.phoneNumbers = {AGENT_LINE}, .record = true});
    } else if (!event.dtmfDigits.isEmpty()) {
        builder.say(u"Goodbye."_s);
    } else {
        Voice::GetDigits menu;
        menu.numDigits = 1;
        menu.timeoutSeconds = 10;
        menu.prompts = {Voice::Say{.text = u"Welcome to Simu. Press 1 to talk to an agent."_s}};
        builder.getDigits(menu).say(u"We did not hear from you. Goodbye."_s);
    }
    const auto xml = builder.toXml();
    if (!xml) {
        qCWarning(lcApp) << "demo ActionXML is invalid:" << xml.error().message;
        return {};
    }
    return *xml;
}

void DemoCall::reportFinal(const Calls::Call &call)
{
    print(u"     %1 after %2 s; cost %3 %4; hangup cause %5; agent leg %6 for %7 s"_s
              .arg(Calls::displayName(call.state))
              .arg(call.durationSeconds.value_or(0))
              .arg(call.currencyCode,
                  call.costAmount,
                  call.hangupCause,
                  Util::maskNumber(call.dialLeg.destination))
              .arg(call.dialLeg.durationSeconds.value_or(0)));
    const auto next = [this] {
        if (++m_finishedCalls == DEMO_CALLS) {
            print(u"\nBoth calls completed. See docs/simulator.md to script your own calls."_s);
            m_deadline.stop();
            Q_EMIT finished(0);
        } else {
            ringInbound();
        }
    };
    if (call.recordingUrl.isEmpty())
        return next();
    checkRecording(call.recordingUrl, next);
}

void DemoCall::checkRecording(const QString &url, const std::function<void()> &then)
{
    At::OutgoingRequest request;
    request.method = "GET";
    request.url = QUrl(url);
    m_transport.send(request, this, [this, url, then](const At::TransportReply &reply) {
        const bool isMp3
            = reply.status == 200 && reply.body.size() > 144 && quint8(reply.body.at(0)) == 0xff;
        if (!isMp3)
            return fail(u"the recording at %1 could not be downloaded"_s.arg(url));
        // 32 kbit/s constant bit rate: 4000 bytes a second.
        print(u"     recording: %1 (MP3, %2 kB, %3 s)"_s.arg(url)
                  .arg(reply.body.size() / 1024)
                  .arg(double(reply.body.size()) / 4000.0, 0, 'f', 1));
        then();
    });
}
