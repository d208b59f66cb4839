#include "benchhub.h"

#include "auth/authservice.h"
#include "callbackbodies.h"
#include "hub/callcenter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr int SUPERVISORS = 10;
constexpr int PASSWORD_ITERATIONS = 1000; // logins are not what this bench measures
const QString PASSWORD = u"bench-password-not-secret"_s;

QString supervisorName(int index)
{
    return u"supervisor%1"_s.arg(index + 1, 2, 10, QChar(u'0'));
}

QString randomSecret()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16)
        + QString::number(QRandomGenerator::system()->generate64(), 16);
}

} // namespace

BenchHub::BenchHub(const QString &dataRoot)
    : m_dir(QDir(dataRoot).filePath(u"hub-XXXXXX"_s))
    , m_secret(randomSecret())
{}

BenchHub::~BenchHub() = default;

Util::Result<std::unique_ptr<BenchHub>, QString> BenchHub::start(const QString &dataRoot)
{
    if (!QDir().mkpath(dataRoot))
        return Util::fail(u"cannot create %1"_s.arg(dataRoot));
    std::unique_ptr<BenchHub> hub(new BenchHub(dataRoot));
    if (!hub->m_dir.isValid())
        return Util::fail(u"cannot create a data folder in %1"_s.arg(dataRoot));
    Hub::HubConfig config;
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.dataDir = hub->m_dir.path();
    config.webhookSecret = hub->m_secret;
    config.voiceNumbers = {QString::fromLatin1(AT_NUMBER)};
    config.at.username = u"bench"_s;
    config.at.apiKey = u"bench-key"_s; // never used: callbacks never reach AT
    config.at.voiceBaseUrl = QUrl(u"http://127.0.0.1:9"_s);
    // The callbacks' recording URLs lead nowhere: fetching them would measure failed downloads.
    config.autoDownloadRecordings = false;
    Hub::HubServer::Options options;
    options.passwordIterations = PASSWORD_ITERATIONS;
    hub->m_server = std::make_unique<Hub::HubServer>(config, options);
    if (auto started = hub->m_server->start(); !started)
        return Util::fail(started.error());
    if (auto seeded = hub->seedUsers(); !seeded)
        return Util::fail(seeded.error());
    return hub;
}

Util::Result<void, QString> BenchHub::seedUsers()
{
    Auth::AuthService &auth = m_server->auth();
    QList<Auth::NewUser> users;
    for (int i = 0; i < AGENT_COUNT; ++i)
        users.append({agentName(i), PASSWORD, Auth::Role::Agent, agentName(i), agentLine(i)});
    for (int i = 0; i < SUPERVISORS; ++i)
        users.append({supervisorName(i), PASSWORD, Auth::Role::Supervisor, supervisorName(i), {}});
    for (const Auth::NewUser &user : users) {
        if (auto created = auth.createUser(user, u"bench"_s, u"127.0.0.1"_s); !created)
            return Util::fail(
                u"cannot create %1: %2"_s.arg(user.username, created.error().message));
    }
    m_server->calls().agentsChanged();
    return {};
}

Util::Result<QStringList, QString> BenchHub::supervisorTokens(int count)
{
    QStringList tokens;
    for (int i = 0; i < count; ++i) {
        const auto login
            = m_server->auth().login(supervisorName(i % SUPERVISORS), PASSWORD, u"127.0.0.1"_s);
        if (!login)
            return Util::fail(u"a supervisor cannot log in: %1"_s.arg(login.error().message));
        tokens.append(login->token);
    }
    return tokens;
}

Util::Result<DurabilityCheck, QString> BenchHub::verify(const QString &acksFile) const
{
    DurabilityCheck check;
    QHash<QByteArray, qint64> stored;
    {
        // A second connection, as another process would read the file: it sees only what
        // was committed.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-verify"_s);
        db.setDatabaseName(QDir(m_dir.path()).filePath(u"simu.db"_s));
        if (!db.open())
            return Util::fail(u"cannot open the hub's database to check it"_s);
        QSqlQuery query(db);
        const auto scalar = [&query](const QString &sql) -> qint64 {
            return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
        };
        check.callbackRows = scalar(u"SELECT COUNT(*) FROM callback_log"_s);
        check.callRows = scalar(u"SELECT COUNT(*) FROM calls"_s);
        check.endedCalls = scalar(u"SELECT COUNT(*) FROM calls WHERE ended_at IS NOT NULL"_s);
        check.eventRows = scalar(u"SELECT COUNT(*) FROM events"_s);
        if (!query.exec(u"SELECT session_id, COUNT(*) FROM callback_log GROUP BY session_id"_s))
            return Util::fail(u"cannot read the callback log"_s);
        while (query.next())
            stored.insert(query.value(0).toString().toLatin1(), query.value(1).toLongLong());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-verify"_s);

    QFile file(acksFile);
    if (!file.open(QIODevice::ReadOnly))
        return Util::fail(u"cannot read the load's acknowledgements %1"_s.arg(acksFile));
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
        if (fields.size() != 2)
            continue;
        const qint64 acked = fields.at(1).toLongLong();
        ++check.ackedSessions;
        check.ackedCallbacks += acked;
        check.missingCallbacks += qMax<qint64>(0, acked - stored.value(fields.at(0)));
    }
    return check;
}

} // namespace Bench
