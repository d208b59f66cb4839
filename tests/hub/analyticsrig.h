#pragma once

// The hub's write path for the analytics tests, without HTTP: a database file, the call
// journal with its rollups (as Hub::HubServer wires them) and the reports on top; plus random
// ended calls and a brute-force computation of what the reports must say about them, written
// independently of core/analytics (its own definitions, its own decimal arithmetic).

#include "analytics/callrollups.h"
#include "analytics/reports.h"
#include "calls/call.h"
#include "calls/calljson.h"
#include "fakeclock.h"
#include "hub/calljournal.h"
#include "hub/eventbus.h"
#include "storage/callbacklog.h"
#include "storage/callrepository.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/meta.h"
#include "storage/rollupreader.h"
#include "storage/rollupstore.h"

#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <memory>

namespace AnalyticsTest {

using namespace Qt::StringLiterals;

// Ten days of calls from here on.
inline const QDateTime BASE(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC);

inline Auth::Identity user(const QString &name, Auth::Role role)
{
    return Auth::Identity{name, name.toUpper(), role, QString()};
}
inline const Auth::Identity SUPERVISOR = user(u"supervisor1"_s, Auth::Role::Supervisor);
inline const Auth::Identity AGENT1 = user(u"agent1"_s, Auth::Role::Agent);

class Rig
{
public:
    explicit Rig(const QString &path, const Util::IClock &clock)
    {
        auto opened = Storage::Database::open(path);
        if (!opened) {
            qWarning().noquote() << "cannot open" << path << opened.error().message;
            return;
        }
        database = std::move(opened).value();
        calls = std::make_unique<Storage::CallRepository>(*database);
        callbackLog = std::make_unique<Storage::CallbackLog>(*database);
        events = std::make_unique<Storage::EventStore>(*database);
        meta = std::make_unique<Storage::Meta>(*database);
        bus = std::make_unique<Hub::EventBus>(*events, 100);
        store = std::make_unique<Storage::RollupStore>(*database);
        rollups = std::make_unique<Analytics::CallRollups>(*database, *store, *meta);
        journal = std::make_unique<Hub::CallJournal>(
            *database, *calls, *callbackLog, *events, *meta, *bus, *rollups);
        reader = std::make_unique<Storage::RollupReader>(*database);
        reports = std::make_unique<Analytics::Reports>(
            *reader, [this] { return journal->flushCalls(); }, clock);
    }

    ~Rig()
    {
        reports.reset();
        reader.reset();
        journal.reset();
        rollups.reset();
        store.reset();
        bus.reset();
        meta.reset();
        events.reset();
        callbackLog.reset();
        calls.reset();
    }

    bool ok() const { return database != nullptr; }

    // What the hub does after a start: replay the event log, then sum what the upgrade left.
    bool start()
    {
        const auto recovered = journal->recover();
        const auto built = rollups->buildPending();
        if (!recovered || !built)
            qWarning() << "start failed";
        return recovered && built;
    }

    // Each call through the journal as the webhook stores it; then the write-behind.
    bool write(const QList<Calls::Call> &list)
    {
        int failures = 0;
        for (const Calls::Call &call : list) {
            Hub::JournalEntry entry;
            entry.sessionId = call.sessionId;
            entry.at = call.updatedAt.isValid() ? call.updatedAt : call.createdAt;
            entry.call = call;
            entry.eventType = u"call_update"_s;
            entry.audience = {call.agent};
            journal->append(std::move(entry), [&failures](const auto &result) {
                if (!result)
                    ++failures;
            });
        }
        journal->flush();
        return failures == 0 && journal->flushCalls().ok();
    }

    std::unique_ptr<Storage::Database> database;
    std::unique_ptr<Storage::CallRepository> calls;
    std::unique_ptr<Storage::CallbackLog> callbackLog;
    std::unique_ptr<Storage::EventStore> events;
    std::unique_ptr<Storage::Meta> meta;
    std::unique_ptr<Hub::EventBus> bus;
    std::unique_ptr<Storage::RollupStore> store;
    std::unique_ptr<Analytics::CallRollups> rollups;
    std::unique_ptr<Hub::CallJournal> journal;
    std::unique_ptr<Storage::RollupReader> reader;
    std::unique_ptr<Analytics::Reports> reports;
};

// --- random calls -------------------------------------------------------------------------

inline const QStringList AGENTS = {u"agent1"_s, u"agent2"_s, u"agent3"_s, u""_s};
inline const QList<Calls::CallState> FINAL_STATES = {Calls::CallState::Completed,
    Calls::CallState::NoAnswer,
    Calls::CallState::Busy,
    Calls::CallState::Failed,
    Calls::CallState::Rejected,
    Calls::CallState::Transferred};
inline const QStringList AMOUNTS = {u"0"_s,
    u"0.000"_s,
    u"2.45"_s,
    u"147.440"_s,
    u"0.408333333333333345"_s,
    u"12"_s,
    u"0.999999999999999999"_s,
    u"3.1"_s};

// An ended call created `offsetMs` after BASE, with everything else random.
inline Calls::Call randomCall(QRandomGenerator &rng, int index, qint64 offsetMs)
{
    Calls::Call call;
    call.sessionId = u"ATVId_analytics_%1"_s.arg(index, 6, 10, QChar(u'0'));
    const int direction = int(rng.bounded(20));
    call.direction = direction < 9 ? Voice::Direction::Inbound
        : direction < 19           ? Voice::Direction::Outbound
                                   : Voice::Direction::Unknown;
    call.kind = call.direction == Voice::Direction::Inbound ? Calls::CallKind::Inbound
                                                            : Calls::CallKind::ClickToCall;
    call.agent = AGENTS.at(int(rng.bounded(int(AGENTS.size()))));
    call.customerNumber = u"+2547220%1"_s.arg(index % 100000, 5, 10, QChar(u'0'));
    call.atNumber = u"+254711082000"_s;
    call.state = FINAL_STATES.at(int(rng.bounded(int(FINAL_STATES.size()))));
    call.createdAt = BASE.addMSecs(offsetMs);
    const bool answered = call.state == Calls::CallState::Completed
        || call.state == Calls::CallState::Transferred
        || (call.state == Calls::CallState::Failed && rng.bounded(4) == 0); // dropped mid-call
    if (answered && rng.bounded(10) != 0) // sometimes the final came before Simu saw the answer
        call.answeredAt = call.createdAt.addMSecs(rng.bounded(60'000));
    const int durationKind = int(rng.bounded(10));
    if (!answered)
        call.durationSeconds = rng.bounded(3) == 0 ? std::optional<int>() : std::optional<int>(0);
    else if (durationKind == 0)
        call.durationSeconds = std::nullopt; // AT sent none
    else if (durationKind == 1)
        call.durationSeconds = 3600 + int(rng.bounded(90000)); // very long, some over a day
    else
        call.durationSeconds = int(rng.bounded(900));
    if (rng.bounded(8) != 0) {
        call.costAmount = AMOUNTS.at(int(rng.bounded(int(AMOUNTS.size()))));
        call.currencyCode = rng.bounded(3) == 0 ? u"UGX"_s : u"KES"_s;
    }
    call.endedAt = call.createdAt.addSecs(call.durationSeconds.value_or(0) + 30);
    call.updatedAt = *call.endedAt;
    call.status = answered ? u"Success"_s : u"NotAnswered"_s;
    return call;
}

// Calls spread over ten days, with some on the very edges of hours and days (and a ms either
// side), where a wrong comparison would move them to the neighbouring bucket.
inline QList<Calls::Call> randomCalls(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Calls::Call> calls;
    for (int i = 0; i < count; ++i) {
        qint64 offset = qint64(rng.bounded(10 * 24 * 3600)) * 1000 + rng.bounded(1000);
        const int edge = int(rng.bounded(10));
        if (edge == 0)
            offset = qint64(rng.bounded(10 * 24)) * 3'600'000 + qint64(rng.bounded(3)) - 1;
        else if (edge == 1)
            offset = qint64(rng.bounded(10)) * 86'400'000 + qint64(rng.bounded(3)) - 1;
        calls.append(randomCall(rng, i, std::max<qint64>(offset, 0)));
    }
    return calls;
}

// --- brute force ----------------------------------------------------------------------------

// a + b for non-negative decimal strings, digit by digit, trailing zeros dropped.
inline QString decimalAdd(const QString &a, const QString &b)
{
    const auto split = [](const QString &text) {
        const qsizetype point = text.indexOf(u'.');
        return std::pair<QString, QString>(
            point < 0 ? text : text.left(point), point < 0 ? QString() : text.mid(point + 1));
    };
    auto [aWhole, aFraction] = split(a);
    auto [bWhole, bFraction] = split(b);
    const qsizetype decimals = std::max(aFraction.size(), bFraction.size());
    const qsizetype wholes = std::max(aWhole.size(), bWhole.size());
    const QString x = aWhole.rightJustified(wholes, u'0') + aFraction.leftJustified(decimals, u'0');
    const QString y = bWhole.rightJustified(wholes, u'0') + bFraction.leftJustified(decimals, u'0');
    QString sum;
    int carry = 0;
    for (qsizetype i = x.size() - 1; i >= 0; --i) {
        const int digit = (x.at(i).unicode() - u'0') + (y.at(i).unicode() - u'0') + carry;
        sum.prepend(QChar(u'0' + digit % 10));
        carry = digit / 10;
    }
    if (carry)
        sum.prepend(QChar(u'1'));
    QString whole = sum.left(sum.size() - decimals);
    QString fraction = sum.right(decimals);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (whole.isEmpty())
        whole = u"0"_s;
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

struct Expected
{
    qint64 calls = 0, answered = 0, inbound = 0, outbound = 0, inboundAnswered = 0;
    qint64 talkSeconds = 0, answerWaitMs = 0, answerWaits = 0;
    QMap<QString, qint64> outcomes; // state api name -> calls
    QMap<QString, QString> cost; // currency -> decimal
    QList<int> durations;
};

inline bool answeredCall(const Calls::Call &call)
{
    return call.state == Calls::CallState::Completed || call.state == Calls::CallState::Transferred
        || call.answeredAt.has_value();
}

// What the reports must say about the ended calls created in [from, to), for `agent` (""
// = everyone) and `direction` ("" = both).
inline Expected expected(const QList<Calls::Call> &calls,
    qint64 from,
    qint64 to,
    const QString &agent = {},
    const QString &direction = {})
{
    Expected e;
    for (const Calls::Call &call : calls) {
        const qint64 at = call.createdAt.toMSecsSinceEpoch();
        if (!call.isFinal() || at < from || at >= to)
            continue;
        if (!agent.isEmpty() && call.agent != agent)
            continue;
        const QString dir = Calls::directionApiName(call.direction);
        if (!direction.isEmpty() && dir != direction)
            continue;
        const bool answered = answeredCall(call);
        ++e.calls;
        e.answered += answered;
        e.inbound += dir == u"inbound"_s;
        e.outbound += dir == u"outbound"_s;
        e.inboundAnswered += dir == u"inbound"_s && answered;
        e.outcomes[Calls::apiName(call.state)] += 1;
        if (answered && call.durationSeconds) {
            e.talkSeconds += *call.durationSeconds;
            e.durations << *call.durationSeconds;
        }
        if (answered && dir == u"inbound"_s && call.answeredAt) {
            e.answerWaitMs += call.createdAt.msecsTo(*call.answeredAt);
            ++e.answerWaits;
        }
        if (!call.costAmount.isEmpty() && !call.currencyCode.isEmpty())
            e.cost[call.currencyCode]
                = decimalAdd(e.cost.value(call.currencyCode, u"0"_s), call.costAmount);
    }
    return e;
}

inline QMap<QString, QString> costStrings(const Analytics::CostByCurrency &cost)
{
    QMap<QString, QString> out;
    for (auto it = cost.begin(); it != cost.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace AnalyticsTest
