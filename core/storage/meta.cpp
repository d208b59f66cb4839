#include "meta.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace Storage {

struct Meta::Statements
{
    explicit Statements(QSqlDatabase db)
        : read(db)
        , write(db)
    {}
    QSqlQuery read;
    QSqlQuery write;
    bool prepared = false;
};

Meta::Meta(Database &database)
    : m_statements(
        std::make_unique<Statements>(QSqlDatabase::database(database.connectionName(), false)))
{}

Meta::~Meta() = default;

Util::Result<qint64, StorageError> Meta::value(const QString &key, qint64 fallback)
{
    QSqlQuery &query = m_statements->read;
    if (!query.prepare(u"SELECT value FROM meta WHERE key = ?"_s))
        return Util::fail(sqlError(u"cannot read %1"_s.arg(key), query.lastError().text()));
    query.bindValue(0, key);
    if (!query.exec())
        return Util::fail(sqlError(u"cannot read %1"_s.arg(key), query.lastError().text()));
    const qint64 result = query.next() ? query.value(0).toLongLong() : fallback;
    query.finish();
    return result;
}

Util::Result<void, StorageError> Meta::setValue(const QString &key, qint64 value)
{
    QSqlQuery &query = m_statements->write;
    if (!m_statements->prepared) {
        if (!query.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s))
            return Util::fail(sqlError(u"cannot write %1"_s.arg(key), query.lastError().text()));
        m_statements->prepared = true;
    }
    query.bindValue(0, key);
    query.bindValue(1, value);
    if (!query.exec())
        return Util::fail(sqlError(u"cannot write %1"_s.arg(key), query.lastError().text()));
    query.finish();
    return {};
}

} // namespace Storage
