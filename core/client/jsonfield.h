#pragma once

// What the client's JSON readers share: the sentence that names a wrong field, and a list of
// names (away reasons, dispositions). Each reader returns a value or that sentence, which
// HubClient wraps into "the hub answered in a way this version does not understand: …".

#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Client {

inline Util::Failure<QString> wrongField(const QString &key, const QString &what)
{
    return Util::fail(QStringLiteral("\"%1\" is missing or is not %2").arg(key, what));
}

// A non-empty array of non-empty strings.
inline Util::Result<QStringList, QString> nameListAt(const QJsonObject &json, const QString &key)
{
    const QJsonValue list = json.value(key);
    if (!list.isArray())
        return wrongField(key, QStringLiteral("a list"));
    QStringList names;
    for (const QJsonValue &item : list.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return wrongField(key, QStringLiteral("a list of names"));
        names << item.toString();
    }
    return names;
}

} // namespace Client
