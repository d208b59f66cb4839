#pragma once

#include <QStringList>

namespace Storage {

// The statements that take a database from version `toVersion - 1` to `toVersion`.
struct Migration
{
    int toVersion;
    QStringList statements;
};

// Every migration ever shipped, oldest first. Never edit a shipped one: add the next.
const QList<Migration> &migrations();

} // namespace Storage
