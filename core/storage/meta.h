#pragma once

// Small integer facts the hub keeps about its own database, such as how far the calls table
// has caught up with the event log ("calls_applied_seq").

#include "storage/database.h"
#include "util/result.h"

#include <memory>

namespace Storage {

class Meta final
{
public:
    explicit Meta(Database &database);
    ~Meta();
    Meta(const Meta &) = delete;
    Meta &operator=(const Meta &) = delete;

    Util::Result<qint64, StorageError> value(const QString &key, qint64 fallback = 0);
    Util::Result<void, StorageError> setValue(const QString &key, qint64 value);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Storage
