#include "callrepository.h"

#include "calls/calljson.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

// The calls' own columns, in the order the upsert binds them.
const QString upsertSql = u"INSERT INTO calls (session_id, kind, direction, state,"
                          " customer_number, at_number, agent, created_at, ended_at, updated_at,"
                          " duration_seconds, cost_amount, currency_code, data, disposition)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (session_id) DO UPDATE SET kind = excluded.kind,"
                          " direction = excluded.direction, state = excluded.state,"
                          " customer_number = excluded.customer_number,"
                          " at_number = excluded.at_number, agent = excluded.agent,"
                          " created_at = excluded.created_at, ended_at = excluded.ended_at,"
                          " updated_at = excluded.updated_at,"
                          " duration_seconds = excluded.duration_seconds,"
                          " cost_amount = excluded.cost_amount,"
                          " currency_code = excluded.currency_code, data = excluded.data,"
                          " disposition = excluded.disposition"_s;

// How many trailing digits the (proposed) expression index calls_by_customer_tail covers; see
// numberConditions().
constexpr int customerTailLength = 7;

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant millis(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// ended_at is NULL exactly while the call is live, so the partial index calls_live (WHERE
// ended_at IS NULL) holds the live calls and nothing else. A final call that somehow has no
// end time gets its last update time.
QVariant endedColumn(const Calls::Call &call)
{
    if (!call.isFinal())
        return QVariant();
    if (call.endedAt && call.endedAt->isValid())
        return millis(*call.endedAt);
    return millis(call.updatedAt.isValid() ? call.updatedAt : call.createdAt);
}

// "0712 345-678" → "712345678": the digits, without the trunk / international prefix zeros.
QString numberSuffix(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    qsizetype firstSignificant = 0;
    while (firstSignificant < digits.size() && digits.at(firstSignificant) == u'0')
        ++firstSignificant;
    return digits.mid(firstSignificant);
}

QStringList liveStateNames()
{
    QStringList names;
    for (int i = 0; i <= static_cast<int>(Calls::CallState::Transferred); ++i) {
        const auto state = static_cast<Calls::CallState>(i);
        if (!Calls::isFinal(state))
            names << Calls::apiName(state);
    }
    return names;
}

struct Prepared
{
    explicit Prepared(const QSqlDatabase &db)
        : query(db)
    {}
    QSqlQuery query;
    bool ready = false;
};

} // namespace

struct CallRepository::Statements
{
    explicit Statements(const QSqlDatabase &database)
        : db(database)
        , upsert(db)
        , find(db)
        , live(db)
    {}

    // The statement, prepared on first use. Not in the constructor: a failure here must reach
    // the caller as a value.
    Util::Result<QSqlQuery *, StorageError> use(
        Prepared &statement, const QString &sql, const QString &what)
    {
        if (!statement.ready) {
            statement.query.setForwardOnly(true);
            if (!statement.query.prepare(sql))
                return Util::fail(sqlError(what, statement.query.lastError().text()));
            statement.ready = true;
        }
        return &statement.query;
    }

    Prepared &cached(const QString &sql) { return history.try_emplace(sql, db).first->second; }

    QSqlDatabase db;
    Prepared upsert;
    Prepared find;
    Prepared live;
    // History queries by their SQL text, which depends only on which filters are set (never
    // on their values), so there are at most a few hundred shapes.
    std::map<QString, Prepared> history;
};

namespace {

Util::Result<void, StorageError> run(QSqlQuery &query, const QString &what)
{
    if (!query.exec()) {
        const StorageError error = sqlError(what, query.lastError().text());
        query.finish();
        return Util::fail(error);
    }
    return {};
}

Util::Result<Calls::Call, QString> callFromData(const QString &data)
{
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return Util::fail(u"the stored JSON is damaged (%1)"_s.arg(parseError.errorString()));
    return Calls::callFromJson(json.object());
}

// Reads the `data` column of every row. A row that does not read as a call is skipped with a
// warning rather than failing the whole list: one damaged row must not hide every other call.
QList<Calls::Call> readCalls(QSqlQuery &query)
{
    QList<Calls::Call> calls;
    while (query.next()) {
        auto call = callFromData(query.value(0).toString());
        if (!call) {
            qCWarning(lcStorage).noquote() << "skipping an unreadable stored call:" << call.error();
            continue;
        }
        calls.append(std::move(call).value());
    }
    query.finish(); // ends SQLite's implicit read transaction
    return calls;
}

struct Conditions
{
    QStringList sql;
    QVariantList values;
};

// The number filter. SQLite cannot use an index for "ends with", so on its own this is a scan
// of the calls (about a millisecond per 10,000 calls; tst_callrepository prints the figure).
// The extra equality on the last digits is there for an expression index
//   CREATE INDEX calls_by_customer_tail ON calls(substr(customer_number, -7), created_at)
// which, once the schema has it, turns the scan into a lookup; without it the check is free.
void numberConditions(Conditions &where, const QString &suffix)
{
    where.sql << u"customer_number LIKE ?"_s;
    where.values << QVariant(u"%"_s + suffix); // digits only: no LIKE wildcard can sneak in
    if (suffix.size() >= customerTailLength) {
        where.sql << u"substr(customer_number, -7) = ?"_s;
        where.values << QVariant(suffix.right(customerTailLength));
    }
}

Conditions historyConditions(const CallQuery &query, const QString &numberSuffix)
{
    Conditions where;
    if (!query.agent.isEmpty()) {
        where.sql << u"agent = ?"_s;
        where.values << QVariant(query.agent);
    }
    if (query.direction) {
        where.sql << u"direction = ?"_s;
        where.values << QVariant(Calls::directionApiName(*query.direction));
    }
    QStringList states;
    for (const Calls::CallState state : query.states) {
        const QString name = Calls::apiName(state);
        if (!states.contains(name))
            states << name;
    }
    if (!states.isEmpty()) {
        QStringList marks(states.size(), u"?"_s);
        where.sql << u"state IN (%1)"_s.arg(marks.join(u", "_s));
        for (const QString &name : std::as_const(states))
            where.values << QVariant(name);
    }
    if (!numberSuffix.isEmpty())
        numberConditions(where, numberSuffix);
    if (!query.disposition.isEmpty()) {
        // The first term lets SQLite use the partial index calls_by_disposition.
        where.sql << u"disposition <> ''"_s << u"disposition = ?"_s;
        where.values << QVariant(query.disposition);
    }
    if (query.from && query.from->isValid()) {
        where.sql << u"created_at >= ?"_s;
        where.values << millis(*query.from);
    }
    if (query.to && query.to->isValid()) {
        where.sql << u"created_at < ?"_s;
        where.values << millis(*query.to);
    }
    return where;
}

} // namespace

CallRepository::CallRepository(Database &database)
    : m_statements(
        std::make_unique<Statements>(QSqlDatabase::database(database.connectionName(), false)))
{}

CallRepository::~CallRepository() = default;

Util::Result<void, StorageError> CallRepository::save(const Calls::Call &call)
{
    const QString what = u"cannot save the call %1"_s.arg(call.sessionId);
    if (call.sessionId.isEmpty())
        return Util::fail(StorageError{u"cannot save a call without a session id"_s});
    if (!call.createdAt.isValid())
        return Util::fail(StorageError{what + u": it has no creation time"_s});

    auto statement = m_statements->use(m_statements->upsert, upsertSql, what);
    if (!statement)
        return Util::fail(statement.error());
    QSqlQuery &query = **statement;
    const QDateTime updatedAt = call.updatedAt.isValid() ? call.updatedAt : call.createdAt;
    const QByteArray data = Calls::toJsonText(call);
    query.bindValue(0, call.sessionId);
    query.bindValue(1, Calls::kindApiName(call.kind));
    query.bindValue(2, Calls::directionApiName(call.direction));
    query.bindValue(3, Calls::apiName(call.state));
    query.bindValue(4, text(call.customerNumber));
    query.bindValue(5, text(call.atNumber));
    query.bindValue(6, text(call.agent));
    query.bindValue(7, millis(call.createdAt));
    query.bindValue(8, endedColumn(call));
    query.bindValue(9, millis(updatedAt));
    query.bindValue(10, call.durationSeconds ? QVariant(*call.durationSeconds) : QVariant());
    query.bindValue(11, text(call.costAmount));
    query.bindValue(12, text(call.currencyCode));
    query.bindValue(13, QString::fromUtf8(data));
    query.bindValue(14, text(call.wrapUp ? call.wrapUp->disposition : QString()));
    return run(query, what);
}

Util::Result<std::optional<Calls::Call>, StorageError> CallRepository::find(
    const QString &sessionId)
{
    const QString what = u"cannot read the call %1"_s.arg(sessionId);
    auto statement = m_statements->use(
        m_statements->find, u"SELECT data FROM calls WHERE session_id = ?"_s, what);
    if (!statement)
        return Util::fail(statement.error());
    QSqlQuery &query = **statement;
    query.bindValue(0, text(sessionId));
    if (auto done = run(query, what); !done)
        return Util::fail(done.error());
    if (!query.next()) {
        query.finish();
        return std::optional<Calls::Call>();
    }
    const QString data = query.value(0).toString();
    query.finish();
    auto call = callFromData(data);
    if (!call)
        return Util::fail(StorageError{u"%1: %2"_s.arg(what, call.error())});
    return std::optional<Calls::Call>(std::move(call).value());
}

Util::Result<QList<Calls::Call>, StorageError> CallRepository::live()
{
    const QString what = u"cannot list the live calls"_s;
    // ended_at IS NULL picks the partial index calls_live; the state test is a safety net
    // for rows that might break that rule.
    const QStringList states = liveStateNames();
    const QStringList marks(states.size(), u"?"_s);
    auto statement = m_statements->use(m_statements->live,
        u"SELECT data FROM calls WHERE ended_at IS NULL AND state IN (%1)"
        " ORDER BY created_at, session_id"_s.arg(marks.join(u", "_s)),
        what);
    if (!statement)
        return Util::fail(statement.error());
    QSqlQuery &query = **statement;
    for (int i = 0; i < states.size(); ++i)
        query.bindValue(i, states.at(i));
    if (auto done = run(query, what); !done)
        return Util::fail(done.error());
    return readCalls(query);
}

Util::Result<CallPage, StorageError> CallRepository::history(const CallQuery &request)
{
    const QString what = u"cannot search the call history"_s;
    CallPage page;
    page.offset = std::max(request.offset, 0);
    page.limit = std::clamp(request.limit, 1, maxPageSize);

    const QString suffix = numberSuffix(request.number);
    if (!request.number.isEmpty() && suffix.isEmpty())
        return page; // no digit to look for: nothing can match

    const Conditions where = historyConditions(request, suffix);
    const QString filter
        = where.sql.isEmpty() ? QString() : u" WHERE "_s + where.sql.join(u" AND "_s);

    auto counter = m_statements->use(m_statements->cached(u"SELECT COUNT(*) FROM calls"_s + filter),
        u"SELECT COUNT(*) FROM calls"_s + filter,
        what);
    if (!counter)
        return Util::fail(counter.error());
    QSqlQuery &count = **counter;
    for (int i = 0; i < where.values.size(); ++i)
        count.bindValue(i, where.values.at(i));
    if (auto done = run(count, what); !done)
        return Util::fail(done.error());
    page.total = count.next() ? count.value(0).toInt() : 0;
    count.finish();
    if (page.total <= page.offset)
        return page;

    const QString pageSql = u"SELECT data FROM calls"_s + filter
        + u" ORDER BY created_at DESC, session_id DESC LIMIT ? OFFSET ?"_s;
    auto selector = m_statements->use(m_statements->cached(pageSql), pageSql, what);
    if (!selector)
        return Util::fail(selector.error());
    QSqlQuery &select = **selector;
    for (int i = 0; i < where.values.size(); ++i)
        select.bindValue(i, where.values.at(i));
    select.bindValue(where.values.size(), page.limit);
    select.bindValue(where.values.size() + 1, page.offset);
    if (auto done = run(select, what); !done)
        return Util::fail(done.error());
    page.calls = readCalls(select);
    return page;
}

} // namespace Storage
