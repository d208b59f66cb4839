#include "consoleseed.h"

#include "auth/authservice.h"
#include "callbackbodies.h"
#include "calls/call.h"
#include "storage/auditlog.h"
#include "storage/callrepository.h"
#include "storage/database.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"
#include "util/clock.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

// Logins are not what this bench measures; the hub re-hashes the supervisor's password at
// its production strength on the first login, before anything is measured.
constexpr int PASSWORD_ITERATIONS = 1000;
constexpr int CALLS_PER_TRANSACTION = 2000;
constexpr qint64 HISTORY_DAYS = 90;

// splitmix64, so every call differs and every run seeds the same history.
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

QString digits(quint64 value, int count)
{
    return QString::number(value).rightJustified(count, u'0').right(count);
}

// One ended call of the last 90 days, like those the webhook leaves behind: mostly inbound
// calls bridged to an agent, some click-to-calls; most completed with a cost and a recording,
// some unanswered, busy or failed.
Calls::Call historicCall(int serial, int total, const QDateTime &now)
{
    const quint64 h = mix(quint64(serial));
    const int agent = int(h % AGENT_COUNT);
    const bool uganda = (h >> 8) % 4 == 0;
    Calls::Call call;
    call.sessionId = u"ATVId_hist%1"_s.arg(QString::number(h, 16).rightJustified(16, u'0'))
        + digits(quint64(serial), 8);
    const bool inbound = (h >> 12) % 5 != 0;
    call.direction = inbound ? Voice::Direction::Inbound : Voice::Direction::Outbound;
    call.kind = inbound ? Calls::CallKind::Inbound : Calls::CallKind::ClickToCall;
    call.agent = agentName(agent);
    call.agentLine = agentLine(agent);
    call.customerNumber = (uganda ? u"+2567"_s : u"+2547"_s) + digits(h >> 20, 8);
    call.atNumber = QString::fromLatin1(AT_NUMBER);
    call.carrierName = uganda ? u"MTN"_s : u"Safaricom"_s;
    // Older calls first in serial order, so history pages look like a real day's.
    const qint64 ageSeconds
        = HISTORY_DAYS * 86400 * qint64(total - serial) / qMax(1, total) + qint64((h >> 32) % 600);
    call.createdAt = now.addSecs(-ageSeconds);
    call.startedAt = call.createdAt;
    const int outcome = int((h >> 40) % 20);
    const int ring = 3 + int((h >> 44) % 20);
    if (outcome < 16) {
        const int talk = 15 + int((h >> 48) % 600);
        call.state = Calls::CallState::Completed;
        call.answeredAt = call.createdAt.addSecs(ring);
        call.endedAt = call.answeredAt->addSecs(talk);
        call.durationSeconds = ring + talk;
        const qint64 thousandths = qint64(*call.durationSeconds) * (uganda ? 226800 : 4800) / 60;
        call.costAmount
            = u"%1.%2"_s.arg(thousandths / 1000).arg(thousandths % 1000, 3, 10, QChar(u'0'));
        call.status = u"Success"_s;
        call.hangupCause = u"NORMAL_CLEARING"_s;
        call.dialLeg = {call.agentLine, call.answeredAt, talk};
        call.recordingUrl = u"http://41.210.130.212:8080/%1.mp3"_s.arg(
            QString::number(mix(h), 16).rightJustified(16, u'0'));
    } else {
        static const Calls::CallState ends[]
            = {Calls::CallState::NoAnswer, Calls::CallState::Busy, Calls::CallState::Failed};
        static const char *const causes[] = {"NO_ANSWER", "USER_BUSY", "SUBSCRIBER_ABSENT"};
        const int which = outcome % 3;
        call.state = ends[which];
        call.endedAt = call.createdAt.addSecs(ring);
        call.durationSeconds = 0;
        call.costAmount = u"0"_s;
        call.status = u"NotAnswered"_s;
        call.hangupCause = QString::fromLatin1(causes[which]);
    }
    call.currencyCode = uganda ? u"UGX"_s : u"KES"_s;
    call.callbacksApplied = 2;
    call.updatedAt = *call.endedAt;
    return call;
}

Util::Result<void, QString> seedUsers(Storage::Database &database)
{
    Storage::UserRepository users(database);
    Storage::TokenRepository tokens(database);
    Storage::AuditLog audit(database);
    const Util::SystemClock clock;
    Auth::AuthConfig config;
    config.passwordIterations = PASSWORD_ITERATIONS;
    Auth::AuthService auth(database, users, tokens, audit, clock, config);
    QList<Auth::NewUser> people{
        {CONSOLE_SUPERVISOR, CONSOLE_PASSWORD, Auth::Role::Supervisor, u"Supervisor"_s, {}}};
    for (int i = 0; i < AGENT_COUNT; ++i)
        people.append(
            {agentName(i), CONSOLE_PASSWORD, Auth::Role::Agent, agentName(i), agentLine(i)});
    for (const Auth::NewUser &person : people) {
        if (auto created = auth.createUser(person, u"consolebench"_s, u"127.0.0.1"_s); !created)
            return Util::fail(
                u"cannot create %1: %2"_s.arg(person.username, created.error().message));
    }
    return {};
}

Util::Result<void, QString> seedHistory(Storage::Database &database, int historyCalls)
{
    Storage::CallRepository calls(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int first = 0; first < historyCalls; first += CALLS_PER_TRANSACTION) {
        const int last = qMin(historyCalls, first + CALLS_PER_TRANSACTION);
        const auto written
            = database.transaction([&]() -> Util::Result<void, Storage::StorageError> {
                  for (int serial = first; serial < last; ++serial) {
                      if (auto saved = calls.save(historicCall(serial, historyCalls, now)); !saved)
                          return Util::fail(saved.error());
                  }
                  return {};
              });
        if (!written)
            return Util::fail(u"cannot write the history: %1"_s.arg(written.error().message));
    }
    return {};
}

} // namespace

Util::Result<void, QString> seedConsoleData(const QString &dataDir, int historyCalls)
{
    if (!QDir().mkpath(dataDir))
        return Util::fail(u"cannot create %1"_s.arg(dataDir));
    auto database = Storage::Database::open(QDir(dataDir).filePath(u"simu.db"_s));
    if (!database)
        return Util::fail(database.error().message);
    if (auto users = seedUsers(**database); !users)
        return users;
    return seedHistory(**database, historyCalls);
}

} // namespace Bench
