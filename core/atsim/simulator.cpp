#include "simulator.h"

#include "at/httptransport.h"
#include "callbackposter.h"
#include "callengine.h"
#include "controlapi.h"
#include "faultplan.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "idgenerator.h"
#include "phone/phonenumbers.h"
#include "phonedirectory.h"
#include "recordingstore.h"
#include "restapi.h"
#include "simclock.h"
#include "transcript.h"
#include "util/logging.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

quint32 chooseSeed(quint32 configured)
{
    if (configured != 0)
        return configured;
    quint32 seed = 0;
    while (seed == 0)
        seed = QRandomGenerator::system()->generate();
    return seed;
}

} // namespace

// Construction order is dependency order; members are destroyed in reverse.
struct Simulator::Parts
{
    explicit Parts(SimConfig configIn)
        : config(std::move(configIn))
        , clock(config.speed)
        , ids(chooseSeed(config.seed))
        , recordings(ids)
        , transport()
        , poster(transport, transcript, clock, config.appReplyTimeoutMs)
        , engine(config, clock, ids, phones, recordings, poster, numbers)
        , rest(config, engine, ids, faults, numbers)
        , control(config, engine, phones, faults, transcript, recordings, rest)
        , server(router)
    {
        rest.registerRoutes(router);
        control.registerRoutes(router);
    }

    SimConfig config;
    SimClock clock;
    IdGenerator ids;
    Phone::NumberParser numbers;
    PhoneDirectory phones;
    Transcript transcript;
    RecordingStore recordings;
    At::NetworkTransport transport;
    CallbackPoster poster;
    CallEngine engine;
    FaultPlan faults;
    RestApi rest;
    ControlApi control;
    Http::Router router;
    Http::Server server;
};

Simulator::Simulator(SimConfig config, QObject *parent)
    : QObject(parent)
    , m_parts(std::make_unique<Parts>(std::move(config)))
{
    connect(&m_parts->server,
        &Http::Server::requestServed,
        this,
        [this](const Http::Request &request, const Http::Response &response) {
            if (request.path.startsWith(u"/sim/"_s) || request.path.startsWith(u"/recordings/"_s))
                return;
            Exchange exchange;
            exchange.kind = Exchange::Kind::RestRequest;
            exchange.at = m_parts->clock.now();
            exchange.method = QString::fromLatin1(request.method);
            exchange.url = m_baseUrl.resolved(QUrl(request.path));
            exchange.requestBody = request.body;
            if (response.abortConnection) {
                exchange.error = u"connection dropped without an answer (injected fault)"_s;
            } else {
                exchange.status = response.status;
                exchange.responseBody = response.body;
            }
            m_parts->transcript.append(exchange);
        });
}

Simulator::~Simulator() = default;

quint16 Simulator::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_parts->server.listen(address, port);
    if (bound == 0)
        return 0;
    const QString host = address == QHostAddress(QHostAddress::Any)
            || address == QHostAddress(QHostAddress::AnyIPv6)
        ? u"127.0.0.1"_s
        : address.toString();
    m_baseUrl = QUrl(u"http://%1:%2"_s.arg(host).arg(bound));
    if (m_parts->config.publicBaseUrl.isEmpty())
        m_parts->engine.setPublicBaseUrl(m_baseUrl);
    qCInfo(lcSim).noquote() << "Africa's Talking simulator on" << m_baseUrl.toString() << "seed"
                            << m_parts->ids.seed() << "speed" << m_parts->clock.speed();
    return bound;
}

QUrl Simulator::baseUrl() const
{
    return m_baseUrl;
}

void Simulator::setCallbackUrl(const QString &number, const QUrl &url)
{
    for (VoiceNumber &entry : m_parts->config.numbers) {
        if (entry.number == number) {
            entry.callbackUrl = url;
            return;
        }
    }
    m_parts->config.numbers.append({number, url});
}

const SimConfig &Simulator::config() const
{
    return m_parts->config;
}

quint32 Simulator::seed() const
{
    return m_parts->ids.seed();
}

CallEngine &Simulator::engine()
{
    return m_parts->engine;
}

PhoneDirectory &Simulator::phones()
{
    return m_parts->phones;
}

Transcript &Simulator::transcript()
{
    return m_parts->transcript;
}

FaultPlan &Simulator::faults()
{
    return m_parts->faults;
}

} // namespace AtSim
