#include "statementcache.h"

#include <QSqlError>

namespace Storage {

StatementCache::StatementCache(Database &database)
    : m_db(QSqlDatabase::database(database.connectionName(), false))
{}

StatementCache::~StatementCache() = default;

Util::Result<QSqlQuery *, StorageError> StatementCache::prepared(
    const QString &sql, const QString &what)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Util::fail(sqlError(what, query->lastError().text()));
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return found->second.get();
}

Util::Result<QSqlQuery *, StorageError> StatementCache::run(
    const QString &sql, const QVariantList &values, const QString &what)
{
    auto statement = prepared(sql, what);
    if (!statement)
        return statement;
    QSqlQuery &query = **statement;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        const StorageError error = sqlError(what, query.lastError().text());
        query.finish();
        return Util::fail(error);
    }
    return &query;
}

} // namespace Storage
