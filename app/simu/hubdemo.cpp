#include "hubdemo.h"

#include "atsim/callengine.h"
#include "atsim/phonedirectory.h"
#include "auth/authservice.h"
#include "hub/agentstateservice.h"
#include "hub/callcenter.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace SimuApp {

namespace {

const QString AT_NUMBER = u"+254711082000"_s;

struct DemoUser
{
    QString username;
    QString displayName;
    Auth::Role role;
    QString line;
};

const QList<DemoUser> &demoUsers()
{
    static const QList<DemoUser> users = {
        {u"agent1"_s, u"Amina Otieno"_s, Auth::Role::Agent, u"+254700000101"_s},
        {u"agent2"_s, u"Baraka Mwangi"_s, Auth::Role::Agent, u"+254700000102"_s},
        {u"supervisor1"_s, u"Chiku Njeri"_s, Auth::Role::Supervisor, {}},
        {u"admin"_s, u"Administrator"_s, Auth::Role::Admin, {}},
    };
    return users;
}

// Kenyan and Ugandan customers; a few are scripted to be busy or not to answer.
const QStringList CUSTOMERS = {
    u"+254722000111"_s,
    u"+254722000112"_s,
    u"+254733000113"_s,
    u"+254711000114"_s,
    u"+254722000115"_s,
    u"+256772000116"_s,
    u"+256752000117"_s,
    u"+254799000118"_s,
};

QString demoPassword(QRandomGenerator &random)
{
    if (qEnvironmentVariableIsSet("SIMU_DEMO_PASSWORD"))
        return qEnvironmentVariable("SIMU_DEMO_PASSWORD");
    // Easy to read aloud and type: no 0/O, 1/l.
    static const QString alphabet = u"abcdefghjkmnpqrstuvwxyz23456789"_s;
    QString password;
    for (int i = 0; i < 12; ++i)
        password += alphabet.at(random.bounded(int(alphabet.size())));
    return password;
}

} // namespace

const QStringList &HubDemo::agentLines()
{
    static const QStringList lines = {u"+254700000101"_s, u"+254700000102"_s};
    return lines;
}

QStringList HubDemo::demoUsernames()
{
    QStringList names;
    for (const DemoUser &user : demoUsers())
        names << user.username;
    return names;
}

HubDemo::HubDemo(Hub::HubConfig config, Options options, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(options)
    , m_out(out)
    , m_random(options.seed != 0 ? options.seed : QRandomGenerator::system()->generate())
{
    m_inbound.setSingleShot(true);
    m_outbound.setSingleShot(true);
    connect(&m_inbound, &QTimer::timeout, this, &HubDemo::ringInbound);
    connect(&m_outbound, &QTimer::timeout, this, &HubDemo::placeOutbound);
}

HubDemo::~HubDemo() = default;

Util::Result<void, QString> HubDemo::start()
{
    AtSim::SimConfig simConfig = AtSim::SimConfig::defaults();
    simConfig.username = u"simu-demo"_s;
    simConfig.speed = m_options.speed;
    simConfig.seed = m_options.seed;
    simConfig.numbers = {{AT_NUMBER, {}}};
    m_simulator = std::make_unique<AtSim::Simulator>(simConfig);
    if (m_simulator->listen() == 0)
        return Util::fail(u"cannot start the Africa's Talking simulator"_s);
    scriptPhones();

    // The demo never faces the network: whatever was asked, it binds to 127.0.0.1.
    m_config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    m_config.at.voiceBaseUrl = m_simulator->baseUrl();
    m_config.at.username = simConfig.username;
    m_config.at.apiKey = simConfig.apiKey;
    m_config.voiceNumbers = {AT_NUMBER};
    m_hub = std::make_unique<Hub::HubServer>(m_config);
    if (auto started = m_hub->start(); !started)
        return started;
    m_simulator->setCallbackUrl(AT_NUMBER, m_hub->webhookUrl());

    const auto password = seedUsers();
    if (!password)
        return Util::fail(password.error());
    m_password = *password;
    // Only available agents are rung: the simulated colleague agent2 signs in at once, so calls
    // reach someone even while only a supervisor watches (agent1 becomes available on login).
    if (Hub::AgentStateService *states = m_hub->calls().agentStates())
        states->loggedIn(u"agent2"_s);

    const QString url = m_hub->baseUrl().toString();
    m_out << "Simu hub (demo) is running. Open " << url << "/ in a browser." << Qt::endl
          << "  Log in as agent1, agent2, supervisor1 or admin with the password: " << *password
          << Qt::endl
          << "  API: " << url << "/api (description: " << url << "/api/openapi.json)" << Qt::endl
          << "  Africa's Talking simulator: " << m_simulator->baseUrl().toString()
          << " (a call about every " << m_options.inboundEverySeconds << " s)" << Qt::endl
          << "  Data: " << m_config.dataDir << Qt::endl
          << (m_options.inWindow ? "Close the console window to stop." : "Press Ctrl+C to stop.")
          << Qt::endl;
    scheduleNext(m_inbound, m_options.inboundEverySeconds);
    scheduleNext(m_outbound, m_options.outboundEverySeconds);
    return {};
}

Util::Result<QString, QString> HubDemo::seedUsers()
{
    const QString password = demoPassword(m_random);
    Auth::AuthService &auth = m_hub->auth();
    for (const DemoUser &demo : demoUsers()) {
        const auto existing = auth.user(demo.username);
        if (!existing)
            return Util::fail(existing.error().message);
        if (existing->has_value()) {
            Auth::UserPatch patch;
            patch.password = password;
            patch.role = demo.role;
            patch.line = demo.line;
            patch.disabled = false;
            if (const auto updated = auth.updateUser(demo.username, patch, u"demo"_s, {}); !updated)
                return Util::fail(
                    u"cannot reset demo user %1: %2"_s.arg(demo.username, updated.error().message));
        } else {
            Auth::NewUser user{demo.username, password, demo.role, demo.displayName, demo.line};
            if (const auto created = auth.createUser(user, u"demo"_s, {}); !created)
                return Util::fail(u"cannot create demo user %1: %2"_s.arg(
                    demo.username, created.error().message));
        }
    }
    m_hub->calls().agentsChanged();
    return password;
}

void HubDemo::scriptPhones()
{
    AtSim::PhoneDirectory &phones = m_simulator->phones();
    AtSim::PhoneBehaviour agent;
    agent.answerDelaySeconds = 3;
    agent.talkSeconds = 40;
    for (const QString &line : agentLines())
        phones.set(line, agent);
    AtSim::PhoneBehaviour customer;
    customer.answerDelaySeconds = 4;
    customer.talkSeconds = 60;
    customer.patienceSeconds = 90;
    phones.setDefaultBehaviour(customer);
    AtSim::PhoneBehaviour busy;
    busy.answer = AtSim::PhoneBehaviour::Answer::Busy;
    phones.set(CUSTOMERS.at(3), busy);
    AtSim::PhoneBehaviour away;
    away.answer = AtSim::PhoneBehaviour::Answer::NoAnswer;
    phones.set(CUSTOMERS.at(7), away);
}

void HubDemo::scheduleNext(QTimer &timer, int averageSeconds)
{
    if (averageSeconds <= 0)
        return;
    // Between half and one and a half times the average, so calls do not tick like a clock.
    const int ms = int(averageSeconds * 1000 * (0.5 + m_random.generateDouble()));
    timer.start(ms);
}

QString HubDemo::randomCustomer()
{
    return CUSTOMERS.at(m_random.bounded(int(CUSTOMERS.size())));
}

void HubDemo::ringInbound()
{
    AtSim::InboundRequest request;
    request.from = randomCustomer();
    request.to = AT_NUMBER;
    if (const auto session = m_simulator->engine().ringInbound(request); !session)
        qCWarning(lcApp) << "demo: cannot ring in:" << session.error();
    scheduleNext(m_inbound, m_options.inboundEverySeconds);
}

void HubDemo::placeOutbound()
{
    scheduleNext(m_outbound, m_options.outboundEverySeconds);
    // An agent who is free places a click-to-call, as if they had clicked a number.
    Auth::AuthService &auth = m_hub->auth();
    const auto users = auth.users();
    if (!users)
        return;
    for (const Auth::UserInfo &user : *users) {
        if (user.identity.role != Auth::Role::Agent || user.identity.line.isEmpty()
            || user.disabled)
            continue;
        // Only an agent who is available (signed in, not away, not wrapping up) dials out.
        const Hub::AgentStateService *states = m_hub->calls().agentStates();
        if (states && !states->isAvailable(user.identity.username))
            continue;
        bool busy = false;
        for (const Calls::Call &call : m_hub->calls().activeCalls(user.identity))
            busy = busy || call.agent == user.identity.username;
        if (busy)
            continue;
        Hub::InitiateRequest request{randomCustomer(), {}, {}};
        m_hub->calls().initiate(user.identity,
            request,
            u"demo"_s,
            [](const Util::Result<Calls::Call, Hub::HubError> &result) {
                if (!result)
                    qCInfo(lcApp) << "demo: click-to-call not placed:" << result.error().message;
            });
        return;
    }
}

} // namespace SimuApp
