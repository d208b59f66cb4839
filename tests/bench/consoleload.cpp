#include "consoleload.h"

#include "callbackbodies.h"
#include "wire.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <sys/epoll.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr quint32 STREAM = 0xc0; // the session IDs' middle part: the console bench's calls
constexpr qint64 DRAIN_LIMIT_NS = 10'000'000'000;
constexpr int MAX_CONNECTION_ERRORS = 100;

struct Callback
{
    quint64 serial = 0;
    QByteArray sessionId;
    bool ring = true; // first notification; false: the final one
    qint64 dueNs = 0;
};

struct Connection
{
    int index = 0;
    int fd = -1;
    bool connected = false;
    bool busy = false;
    QByteArray out;
    qsizetype offset = 0;
    ResponseReader reader;
    Callback current;
    qint64 sentAt = 0;
};

class PacedLoad
{
public:
    explicit PacedLoad(const ConsoleLoadOptions &options)
        : m_options(options)
    {}

    Util::Result<ConsoleLoadFigures, QString> run();

private:
    void schedule(qint64 now);
    void dispatch(qint64 now);
    void send(Connection &connection, Callback callback, qint64 now);
    bool open(Connection &connection);
    void closeConnection(Connection &connection);
    void onReadable(Connection &connection, qint64 now);
    void onWritable(Connection &connection, qint64 now);
    void lose(Connection &connection, const QString &why);
    void noteProblem(const QString &problem)
    {
        if (m_figures.firstProblem.isEmpty())
            m_figures.firstProblem = problem;
    }
    bool inWindow(qint64 at) const { return at >= m_windowStart && at < m_windowEnd; }

    const ConsoleLoadOptions &m_options;
    CallbackBodies m_bodies;
    Poller m_poller;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::deque<Callback> m_queue; // due, waiting for a free connection
    std::deque<Callback> m_live; // rung, not yet ended: the oldest ends first
    quint64 m_nextSerial = 0;
    qint64 m_intervalNs = 0; // between two rings, and between two ends
    qint64 m_nextRing = 0;
    qint64 m_nextEnd = -1; // -1 until `liveCalls` are live
    qint64 m_windowStart = 0, m_windowEnd = 0, m_stopAt = 0;
    bool m_stopping = false;
    std::vector<qint64> m_latencies;
    ConsoleLoadFigures m_figures;
};

void PacedLoad::schedule(qint64 now)
{
    while (m_nextRing <= now) {
        Callback ring;
        ring.serial = m_nextSerial++;
        ring.sessionId = CallbackBodies::sessionId(m_options.run, STREAM, ring.serial);
        ring.dueNs = m_nextRing;
        m_queue.push_back(ring);
        ring.ring = false;
        m_live.push_back(ring);
        m_nextRing += m_intervalNs;
    }
    if (m_nextEnd < 0 && qsizetype(m_live.size()) > m_options.liveCalls)
        m_nextEnd = now;
    while (m_nextEnd >= 0 && m_nextEnd <= now && qsizetype(m_live.size()) > m_options.liveCalls) {
        Callback end = m_live.front();
        m_live.pop_front();
        end.dueNs = m_nextEnd;
        m_queue.push_back(end);
        m_nextEnd += m_intervalNs;
    }
}

void PacedLoad::dispatch(qint64 now)
{
    for (const auto &connection : m_connections) {
        if (m_queue.empty())
            return;
        if (connection->fd < 0 || !connection->connected || connection->busy)
            continue;
        Callback next = m_queue.front();
        m_queue.pop_front();
        send(*connection, std::move(next), now);
    }
}

void PacedLoad::send(Connection &connection, Callback callback, qint64 now)
{
    const QByteArray body = callback.ring
        ? m_bodies.firstNotification(callback.sessionId, callback.serial)
        : m_bodies.finalNotification(callback.sessionId, callback.serial);
    connection.out = webhookRequest(m_options.port, m_options.secret, body);
    connection.offset = 0;
    connection.busy = true;
    connection.sentAt = now;
    ++m_figures.sent;
    if (inWindow(now))
        m_figures.maxLagMs = qMax(m_figures.maxLagMs, double(now - callback.dueNs) / 1e6);
    connection.current = std::move(callback);
    if (!writeSome(connection.fd, connection.out, connection.offset))
        return lose(connection, u"the hub closed a connection while a callback was sent"_s);
    if (connection.offset < connection.out.size())
        m_poller.modify(connection.fd, EPOLLIN | EPOLLOUT, quint64(connection.index));
}

bool PacedLoad::open(Connection &connection)
{
    connection.fd = connectLoopback(m_options.port);
    connection.connected = false;
    connection.reader = ResponseReader();
    return connection.fd >= 0
        && m_poller.add(connection.fd, EPOLLOUT | EPOLLIN, quint64(connection.index));
}

void PacedLoad::closeConnection(Connection &connection)
{
    if (connection.fd < 0)
        return;
    m_poller.remove(connection.fd);
    close(connection.fd);
    connection.fd = -1;
    connection.connected = false;
}

void PacedLoad::onWritable(Connection &connection, qint64 now)
{
    if (!connection.connected) {
        if (!connectSucceeded(connection.fd))
            return lose(connection, u"cannot connect to the hub"_s);
        connection.connected = true;
        m_poller.modify(connection.fd, EPOLLIN, quint64(connection.index));
        dispatch(now);
        return;
    }
    if (!writeSome(connection.fd, connection.out, connection.offset))
        return lose(connection, u"the hub closed a connection while a callback was sent"_s);
    if (connection.offset >= connection.out.size())
        m_poller.modify(connection.fd, EPOLLIN, quint64(connection.index));
}

void PacedLoad::onReadable(Connection &connection, qint64 now)
{
    const bool stillOpen = readAvailable(connection.fd, connection.reader.buffer());
    for (;;) {
        const ResponseReader::State state = connection.reader.next();
        if (state == ResponseReader::State::Incomplete)
            break;
        if (state == ResponseReader::State::Malformed || !connection.busy)
            return lose(connection,
                state == ResponseReader::State::Malformed
                    ? connection.reader.problem()
                    : u"the hub sent an answer nobody asked for"_s);
        connection.busy = false;
        if (connection.reader.status() == 200) {
            ++m_figures.answered200;
            ++(connection.current.ring ? m_figures.ringsOk : m_figures.endsOk);
            if (inWindow(now)) {
                ++m_figures.inWindow;
                m_latencies.push_back(now - connection.sentAt);
            }
        } else {
            ++m_figures.answeredOther;
            noteProblem(u"HTTP %1: %2"_s.arg(connection.reader.status())
                            .arg(QString::fromUtf8(connection.reader.body().left(200))));
        }
        if (connection.reader.closeAfter()) {
            closeConnection(connection);
            if (!open(connection))
                ++m_figures.connectionErrors;
            return;
        }
    }
    if (!stillOpen)
        return lose(connection, u"the hub closed a keep-alive connection"_s);
    dispatch(now);
}

void PacedLoad::lose(Connection &connection, const QString &why)
{
    if (connection.busy) {
        ++m_figures.connectionErrors;
        connection.busy = false;
    }
    noteProblem(why);
    closeConnection(connection);
    if (m_figures.connectionErrors < MAX_CONNECTION_ERRORS && !open(connection))
        ++m_figures.connectionErrors;
}

Util::Result<ConsoleLoadFigures, QString> PacedLoad::run()
{
    if (m_options.updatesPerSecond <= 0 || m_options.liveCalls < 0)
        return Util::fail(u"the load needs a positive rate"_s);
    const double cpuBefore = processCpuSeconds();
    const qint64 start = monotonicNs();
    m_intervalNs = qint64(2e9 / m_options.updatesPerSecond);
    m_nextRing = start;
    m_windowStart = start + qint64(m_options.warmupSeconds * 1e9);
    m_windowEnd = m_windowStart + qint64(m_options.seconds * 1e9);
    m_figures.windowStartNs = m_windowStart;
    m_figures.windowEndNs = m_windowEnd;
    // A little past the window, so its last moments are as loaded as the rest.
    m_stopAt = m_windowEnd + 500'000'000;
    for (int i = 0; i < qMax(1, m_options.connections); ++i) {
        auto connection = std::make_unique<Connection>();
        connection->index = i;
        if (!open(*connection))
            return Util::fail(u"cannot connect to 127.0.0.1:%1"_s.arg(m_options.port));
        m_connections.push_back(std::move(connection));
    }
    for (;;) {
        qint64 now = monotonicNs();
        m_stopping = m_stopping || now >= m_stopAt;
        if (!m_stopping) {
            schedule(now);
            dispatch(now);
        }
        bool anyBusy = false;
        for (const auto &connection : m_connections)
            anyBusy = anyBusy || connection->busy;
        if (m_stopping && (!anyBusy || now > m_stopAt + DRAIN_LIMIT_NS))
            break;
        if (m_figures.connectionErrors >= MAX_CONNECTION_ERRORS)
            return Util::fail(u"too many broken connections; the first problem: %1"_s.arg(
                m_figures.firstProblem));
        qint64 next = m_nextRing;
        if (m_nextEnd >= 0)
            next = qMin(next, m_nextEnd);
        const int timeoutMs = m_stopping || !m_queue.empty()
            ? 5
            : int(std::clamp<qint64>((next - now + 999'999) / 1'000'000, 0, 5));
        const int ready = m_poller.wait(timeoutMs);
        now = monotonicNs();
        for (int i = 0; i < ready; ++i) {
            const epoll_event &event = m_poller.events()[i];
            Connection &connection = *m_connections[size_t(event.data.u64)];
            if (connection.fd < 0)
                continue;
            if (event.events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                onReadable(connection, now);
            if (connection.fd >= 0 && (event.events & EPOLLOUT))
                onWritable(connection, now);
        }
    }
    for (const auto &connection : m_connections) {
        if (connection->busy) {
            ++m_figures.connectionErrors;
            noteProblem(u"a callback was still unanswered 10 s after the load stopped"_s);
        }
        closeConnection(*connection);
    }
    m_figures.wallSeconds = double(monotonicNs() - start) / 1e9;
    m_figures.cpuSeconds = processCpuSeconds() - cpuBefore;
    m_figures.latency = percentiles(m_latencies);
    return m_figures;
}

} // namespace

Util::Result<ConsoleLoadFigures, QString> runConsoleLoad(const ConsoleLoadOptions &options)
{
    PacedLoad load(options);
    return load.run();
}

} // namespace Bench
