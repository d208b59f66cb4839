#include "auditlog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Storage {

namespace {

// QtSql binds a null QString as SQL NULL, which the NOT NULL text columns refuse; an absent
// value is stored as the empty string instead.
QVariant notNullText(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

Util::Result<void, StorageError> AuditLog::record(const AuditEntry &entry)
{
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    const bool ok = query.prepare(u"INSERT INTO audit_log (at, actor, action, target, detail, "
                                  "remote_address) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (ok) {
        query.addBindValue(entry.at.toMSecsSinceEpoch());
        query.addBindValue(notNullText(entry.actor));
        query.addBindValue(notNullText(entry.action));
        query.addBindValue(notNullText(entry.target));
        query.addBindValue(notNullText(entry.detail));
        query.addBindValue(notNullText(entry.remoteAddress));
    }
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot write the audit log"_s, query.lastError().text()));
    return {};
}

Util::Result<QList<AuditEntry>, StorageError> AuditLog::recent(int limit) const
{
    QList<AuditEntry> entries;
    if (limit < 1)
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_database.connectionName(), false));
    query.setForwardOnly(true);
    const bool ok = query.prepare(u"SELECT at, actor, action, target, detail, remote_address "
                                  "FROM audit_log ORDER BY id DESC LIMIT ?"_s);
    if (ok)
        query.addBindValue(limit);
    if (!ok || !query.exec())
        return Util::fail(sqlError(u"cannot read the audit log"_s, query.lastError().text()));
    while (query.next()) {
        entries.append(AuditEntry{
            QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toString(),
        });
    }
    return entries;
}

} // namespace Storage
