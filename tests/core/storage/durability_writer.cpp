// Helper for tst_durability: writes what the webhook writes for one callback (the raw body,
// the call, the event) in one transaction per callback, and reports each commit on stdout
// only after COMMIT returned. The test kills it with SIGKILL mid-stream and checks that every
// reported commit survived.
//
// Usage: durability_writer DATABASE COUNT

#include "calls/calljson.h"
#include "storage/callbacklog.h"
#include "storage/callrepository.h"
#include "storage/eventstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using Storage::StorageError;

namespace {

Calls::Call ringing(int i, const QDateTime &now)
{
    Calls::Call call;
    call.sessionId = u"ATVId_%1"_s.arg(i);
    call.direction = Voice::Direction::Inbound;
    call.kind = Calls::CallKind::Inbound;
    call.customerNumber = u"+2547%1"_s.arg(i, 8, 10, QChar(u'0'));
    call.atNumber = u"+254711082000"_s;
    call.state = Calls::CallState::Ringing;
    call.createdAt = now;
    call.updatedAt = now;
    call.callbacksApplied = 1;
    return call;
}

// One callback's worth of writes, as the hub does them.
class Writer
{
public:
    explicit Writer(Storage::Database &database)
        : m_log(database)
        , m_calls(database)
        , m_events(database)
    {}

    // Callback i: call i starts ringing and, in the same transaction, call i-1 ends.
    Util::Result<void, StorageError> callback(int i, const QDateTime &now)
    {
        const Calls::Call call = ringing(i, now);
        const QByteArray body = "isActive=1&direction=Inbound&sessionId=" + call.sessionId.toUtf8()
            + "&callSessionState=Ringing";
        if (auto logged = m_log.append(call.sessionId, now, u"127.0.0.1"_s, body, u"applied"_s);
            !logged)
            return Util::fail(logged.error());
        if (auto saved = m_calls.save(call); !saved)
            return saved;
        if (i > 1) {
            m_previous.state = Calls::CallState::Completed;
            m_previous.endedAt = now;
            m_previous.updatedAt = now;
            if (auto saved = m_calls.save(m_previous); !saved)
                return saved;
        }
        const QByteArray payload = "{\"call\":" + Calls::toJsonText(call) + '}';
        if (auto seq = m_events.appendJsonText(u"call_update"_s, call.sessionId, {}, payload, now);
            !seq)
            return Util::fail(seq.error());
        m_previous = call; // if the transaction fails the writer stops anyway
        return {};
    }

private:
    Storage::CallbackLog m_log;
    Storage::CallRepository m_calls;
    Storage::EventStore m_events;
    Calls::Call m_previous;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool countOk = false;
    const int count = args.size() == 3 ? args.at(2).toInt(&countOk) : 0;
    if (!countOk || count < 1) {
        std::fputs("usage: durability_writer DATABASE COUNT\n", stderr);
        return 1;
    }
    auto database = Storage::Database::open(args.at(1));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 2;
    }
    Writer writer(**database);
    for (int i = 1; i <= count; ++i) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto done = (*database)->transaction([&] { return writer.callback(i, now); });
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 3;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
