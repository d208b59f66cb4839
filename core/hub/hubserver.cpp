#include "hubserver.h"

#include "agentstateservice.h"
#include "analytics/callrollups.h"
#include "analytics/reports.h"
#include "api/callstreams.h"
#include "api/hubapi.h"
#include "at/atclient.h"
#include "at/httptransport.h"
#include "auth/authservice.h"
#include "auth/ratelimiter.h"
#include "callcenter.h"
#include "calljournal.h"
#include "eventbus.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "recordings/recordingmanager.h"
#include "spendcap.h"
#include "storage/agentstaterepository.h"
#include "storage/auditlog.h"
#include "storage/callbacklog.h"
#include "storage/callrepository.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/meta.h"
#include "storage/recordingrepository.h"
#include "storage/rollupreader.h"
#include "storage/rollupstore.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Hub {

namespace {

QList<AgentLine> agentsOf(Auth::AuthService &auth)
{
    QList<AgentLine> agents;
    const auto users = auth.users();
    if (!users) {
        qCWarning(lcHub) << "cannot list agents:" << users.error().message;
        return agents;
    }
    for (const Auth::UserInfo &user : *users) {
        if (user.identity.role == Auth::Role::Agent && !user.disabled
            && !user.identity.line.isEmpty())
            agents.append({user.identity.username, user.identity.line});
    }
    return agents;
}

// The agent as an agent_update describes them: name, line, console connected, live calls.
AgentSummary describeAgent(
    Auth::AuthService &auth, Api::CallStreams &streams, CallCenter &calls, const QString &username)
{
    AgentSummary agent;
    agent.username = username;
    if (const auto user = auth.user(username); user && user->has_value()) {
        agent.displayName = (*user)->identity.displayName;
        agent.line = (*user)->identity.line;
    }
    agent.online = streams.onlineUsers().contains(username);
    const Auth::Identity everyone{u"(agent states)"_s, {}, Auth::Role::Supervisor, {}};
    for (const Calls::Call &call : calls.activeCalls(everyone))
        agent.activeCalls += call.agent == username ? 1 : 0;
    return agent;
}

} // namespace

// Built in start(), in dependency order; destroyed in reverse.
struct HubServer::Parts
{
    HubConfig config;
    Options options;
    Util::SystemClock systemClock;
    std::unique_ptr<At::NetworkTransport> ownTransport;

    std::unique_ptr<Storage::Database> database;
    std::unique_ptr<Storage::UserRepository> users;
    std::unique_ptr<Storage::TokenRepository> tokens;
    std::unique_ptr<Storage::AuditLog> audit;
    std::unique_ptr<Storage::CallRepository> callRepository;
    std::unique_ptr<Storage::CallbackLog> callbackLog;
    std::unique_ptr<Storage::EventStore> events;
    std::unique_ptr<Storage::Meta> meta;
    std::unique_ptr<Storage::RollupStore> rollupStore;
    std::unique_ptr<Storage::RollupReader> rollupReader;
    std::unique_ptr<Analytics::CallRollups> rollups;
    std::unique_ptr<Auth::AuthService> auth;
    std::unique_ptr<Auth::RateLimiter> limiter;
    std::unique_ptr<At::Client> atClient;
    std::unique_ptr<AgentDirectory> agents;
    std::unique_ptr<EventBus> bus;
    std::unique_ptr<CallJournal> journal;
    std::unique_ptr<CallCenter> callCenter;
    std::unique_ptr<Analytics::Reports> analytics;
    std::unique_ptr<SpendMeter> spend;
    std::unique_ptr<Api::CallStreams> streams;
    std::unique_ptr<Storage::AgentStateRepository> agentStateRepository;
    std::unique_ptr<AgentStateService> agentStates;
    std::unique_ptr<Storage::RecordingRepository> recordingRepository;
    std::unique_ptr<Recordings::RecordingManager> recordings;
    std::unique_ptr<Api::HubApi> api;
    Http::Router router;
    std::unique_ptr<Http::Server> server;

    const Util::IClock &clock() const
    {
        return options.clock ? *options.clock : static_cast<const Util::IClock &>(systemClock);
    }
};

HubServer::HubServer(HubConfig config, QObject *parent)
    : HubServer(std::move(config), Options{}, parent)
{}

HubServer::HubServer(HubConfig config, Options options, QObject *parent)
    : QObject(parent)
    , m_parts(std::make_unique<Parts>())
{
    m_parts->config = std::move(config);
    m_parts->options = options;
}

HubServer::~HubServer()
{
    // Callbacks waiting for their group commit are committed and answered while the server
    // that carries the answers still exists; then serving stops before the parts the handlers
    // use go away.
    if (m_parts->journal)
        m_parts->journal->flush();
    m_parts->server.reset();
}

Util::Result<void, QString> HubServer::start()
{
    Parts &p = *m_parts;
    if (p.config.dataDir.isEmpty())
        return Util::fail(u"no data folder is set"_s);
    // A cap the hub cannot read is refused before anything opens: running without the cap
    // someone set would spend money they meant to keep.
    const auto spendCap = parseSpendCap(p.config.dailySpendCap);
    if (!spendCap)
        return Util::fail(spendCap.error());
    auto database = Storage::Database::open(QDir(p.config.dataDir).filePath(u"simu.db"_s));
    if (!database)
        return Util::fail(database.error().message);
    p.database = std::move(database).value();
    // The webhook's thread must never wait for the disk: checkpoints run on their own thread.
    p.database->startBackgroundCheckpoints();
    p.users = std::make_unique<Storage::UserRepository>(*p.database);
    p.tokens = std::make_unique<Storage::TokenRepository>(*p.database);
    p.audit = std::make_unique<Storage::AuditLog>(*p.database);
    p.callRepository = std::make_unique<Storage::CallRepository>(*p.database);
    p.callbackLog = std::make_unique<Storage::CallbackLog>(*p.database);
    p.events = std::make_unique<Storage::EventStore>(*p.database);

    Auth::AuthConfig authConfig;
    authConfig.defaultRegion = p.config.defaultRegion;
    if (p.options.passwordIterations > 0)
        authConfig.passwordIterations = p.options.passwordIterations;
    p.auth = std::make_unique<Auth::AuthService>(
        *p.database, *p.users, *p.tokens, *p.audit, p.clock(), authConfig);
    Auth::RateLimiter::Limits limits;
    limits.perUserPerMinute = p.config.initiatePerUserPerMinute;
    limits.totalPerMinute = p.config.initiateTotalPerMinute;
    // A burst never exceeds the configured rate: a hub set to 2 calls a minute lets 2 go back
    // to back, not the limiter's default of 5 (or 30 for the whole hub).
    limits.burst = qBound(1, p.config.initiatePerUserPerMinute, limits.burst);
    limits.totalBurst = qBound(1, p.config.initiateTotalPerMinute, limits.totalBurst);
    p.limiter = std::make_unique<Auth::RateLimiter>(p.clock(), limits);

    At::IHttpTransport *transport = p.options.atTransport;
    if (!transport) {
        p.ownTransport = std::make_unique<At::NetworkTransport>();
        transport = p.ownTransport.get();
    }
    p.atClient = std::make_unique<At::Client>(*transport, p.config.at);
    p.agents = std::make_unique<AgentDirectory>([&p] { return agentsOf(*p.auth); }, p.clock());
    p.bus = std::make_unique<EventBus>(*p.events, p.config.eventsKeptInMemory);
    p.meta = std::make_unique<Storage::Meta>(*p.database);
    p.rollupStore = std::make_unique<Storage::RollupStore>(*p.database);
    p.rollups = std::make_unique<Analytics::CallRollups>(*p.database, *p.rollupStore, *p.meta);
    p.journal = std::make_unique<CallJournal>(
        *p.database, *p.callRepository, *p.callbackLog, *p.events, *p.meta, *p.bus, *p.rollups);
    if (auto recovered = p.journal->recover(); !recovered)
        return Util::fail(recovered.error().message);
    // After an upgrade: the calls stored before the analytics existed join the sums.
    if (auto built = p.rollups->buildPending(); !built)
        return Util::fail(built.error().message);
    p.rollupReader = std::make_unique<Storage::RollupReader>(*p.database);
    p.analytics = std::make_unique<Analytics::Reports>(
        *p.rollupReader, [&p] { return p.journal->flushCalls(); }, p.clock());
    // Today's spend comes from the analytics sums: a few rows, however long the history.
    p.spend = std::make_unique<SpendMeter>(
        *spendCap,
        [&p](const QDateTime &from,
            const QDateTime &to) -> Util::Result<QMap<QString, Analytics::ExactAmount>, QString> {
            const Auth::Identity everyone{u"(spend cap)"_s, {}, Auth::Role::Supervisor, {}};
            const auto summary = p.analytics->summary(everyone,
                Analytics::ReportRange{from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), 0});
            if (!summary)
                return Util::fail(summary.error().message);
            return summary->cost;
        },
        p.clock());
    CallCenter::Services services{
        *p.callRepository, *p.journal, *p.audit, *p.atClient, *p.agents, *p.limiter, p.clock()};
    services.spend = p.spend.get();
    p.callCenter = std::make_unique<CallCenter>(p.config, services);
    if (auto loaded = p.callCenter->load(); !loaded)
        return Util::fail(loaded.error().message);
    p.streams = std::make_unique<Api::CallStreams>(*p.auth, *p.callCenter, *p.bus);
    // Agent states: inbound calls ring only the agents who are available.
    p.agentStateRepository = std::make_unique<Storage::AgentStateRepository>(*p.database);
    p.agentStates = std::make_unique<AgentStateService>(
        AgentStateSettings{p.config.afterCallWorkSeconds, p.config.awayReasons},
        AgentStateService::Services{
            *p.database, *p.agentStateRepository, *p.events, *p.bus, *p.audit, p.clock()});
    p.agentStates->setOnCalls([&p] { return p.callCenter->agentsOnCalls(); });
    p.agentStates->setDescribe([&p](const QString &username) {
        return describeAgent(*p.auth, *p.streams, *p.callCenter, username);
    });
    p.agents->setStateFilter(
        [&p](const QString &username) { return p.agentStates->isAvailable(username); });
    p.callCenter->setAgentStates(p.agentStates.get());
    if (auto loaded = p.agentStates->load(); !loaded)
        return Util::fail(loaded.error().message);
    p.recordingRepository = std::make_unique<Storage::RecordingRepository>(*p.database);
    Recordings::Config recordingConfig;
    recordingConfig.directory = QDir(p.config.dataDir).filePath(u"recordings"_s);
    recordingConfig.autoDownload = p.config.autoDownloadRecordings;
    recordingConfig.retentionDays = p.config.recordingRetentionDays;
    recordingConfig.maxBytes = p.config.recordingMaxBytes;
    p.recordings = std::make_unique<Recordings::RecordingManager>(
        recordingConfig, *p.recordingRepository, *p.audit, p.clock());
    if (auto started = p.recordings->start(); !started)
        return Util::fail(started.error());
    // Recordings become available in call events; the journal itself knows nothing of them.
    QObject::connect(p.bus.get(),
        &EventBus::published,
        p.recordings.get(),
        &Recordings::RecordingManager::handleEvent);
    p.api = std::make_unique<Api::HubApi>(
        p.config, *p.auth, *p.callCenter, *p.streams, *p.recordings, *p.analytics, *p.spend);
    p.api->registerRoutes(p.router);

    p.server = std::make_unique<Http::Server>(p.router);
    // The API checks its own caps (apiMaxBodyBytes, webhookMaxBodyBytes) and answers 413 in
    // its JSON error shape; the server's cap would answer in plain text first. Qt 6.4 has
    // buffered the whole body before either runs, so switching it off costs no memory.
    p.server->setMaxBodyBytes(0);
    if (p.server->listen(p.config.listenAddress, p.config.port) == 0)
        return Util::fail(
            u"cannot listen on %1:%2 (is the port in use?)"_s.arg(p.config.listenAddress.toString())
                .arg(p.config.port));
    qCInfo(lcHub).noquote() << "hub listening on" << baseUrl().toString();
    return {};
}

quint16 HubServer::port() const
{
    return m_parts->server ? m_parts->server->port() : 0;
}

QUrl HubServer::baseUrl() const
{
    QString host = m_parts->config.listenAddress.toString();
    if (m_parts->config.listenAddress == QHostAddress(QHostAddress::Any)
        || m_parts->config.listenAddress == QHostAddress(QHostAddress::AnyIPv6))
        host = u"127.0.0.1"_s;
    else if (m_parts->config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QUrl(u"http://%1:%2"_s.arg(host).arg(port()));
}

QUrl HubServer::webhookUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/api/webhooks/africastalking/"_s + m_parts->config.webhookSecret);
    return url;
}

const HubConfig &HubServer::config() const
{
    return m_parts->config;
}

Auth::AuthService &HubServer::auth()
{
    return *m_parts->auth;
}

CallCenter &HubServer::calls()
{
    return *m_parts->callCenter;
}

QList<Http::RouteInfo> HubServer::routes() const
{
    return m_parts->router.routes();
}

} // namespace Hub
