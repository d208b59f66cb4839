#pragma once

// Prepared statements by their SQL text, each prepared on first use and reused: a repeated
// query is a rebind and a step, not a parse. For repositories whose statements vary with the
// request (a handful of shapes each). Use it on the thread that opened the Database, and
// destroy it before the Database.

#include "storage/database.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>

namespace Storage {

class StatementCache final
{
public:
    explicit StatementCache(Database &database);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for `sql`, prepared; `what` words a failure ("cannot read the rollups").
    Util::Result<QSqlQuery *, StorageError> prepared(const QString &sql, const QString &what);
    // Prepares (or reuses), binds `values` in order and executes.
    Util::Result<QSqlQuery *, StorageError> run(
        const QString &sql, const QVariantList &values, const QString &what);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Storage
