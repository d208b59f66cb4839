#include "fanoutprobe.h"

#include "callbackbodies.h"
#include "wire.h"
#include "wsframes.h"

#include <QHash>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

constexpr qint64 SUBSCRIBE_LIMIT_NS = 120'000'000'000;
constexpr qint64 DRAIN_LIMIT_NS = 5'000'000'000;

struct Subscriber
{
    enum class Phase { Waiting, Handshake, Open, Closed };
    int fd = -1;
    Phase phase = Phase::Waiting;
    QByteArray out;
    qsizetype offset = 0;
    QByteArray head; // the handshake answer until its blank line
    FrameReader frames;
    bool ready = false;
};

struct Posted
{
    qint64 sentRealNs = 0;
    qint64 lastArrivalNs = 0;
    int deliveries = 0;
};

// Reads what is there; `stampNs` gets the kernel's receive time of the data when it gives one.
bool readStamped(int fd, QByteArray &into, qint64 &stampNs)
{
    char chunk[16384];
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec)) * 2];
    for (;;) {
        iovec vector{chunk, sizeof chunk};
        msghdr message{};
        message.msg_iov = &vector;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t got = recvmsg(fd, &message, 0);
        if (got == 0)
            return false;
        if (got < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        into.append(chunk, got);
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS && stampNs == 0) {
                timespec stamp{};
                memcpy(&stamp, CMSG_DATA(c), sizeof stamp);
                stampNs = qint64(stamp.tv_sec) * 1000000000 + stamp.tv_nsec;
            }
        }
        if (size_t(got) < sizeof chunk)
            return true;
    }
}

QByteArray jsonString(const QByteArray &json, const QByteArray &key, bool last)
{
    const QByteArray marker = "\"" + key + "\":\"";
    const qsizetype at = last ? json.lastIndexOf(marker) : json.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = at + marker.size();
    const qsizetype end = json.indexOf('"', start);
    return end < 0 ? QByteArray() : json.mid(start, end - start);
}

class FanoutRun
{
public:
    explicit FanoutRun(const FanoutOptions &options)
        : m_options(options)
    {}
    Util::Result<FanoutResult, QString> run();

private:
    bool subscribeAll();
    void startHandshake(int index);
    void onSubscriberEvent(int index, std::uint32_t events);
    void onMessage(Subscriber &subscriber, const QByteArray &text, qint64 arrivalNs);
    void drop(Subscriber &subscriber, const QString &why);
    bool post();
    bool onPosterEvent(std::uint32_t events);
    void noteProblem(const QString &problem)
    {
        if (m_result.firstProblem.isEmpty())
            m_result.firstProblem = problem;
    }

    const FanoutOptions &m_options;
    CallbackBodies m_bodies;
    Poller m_poller;
    std::vector<Subscriber> m_subscribers;
    int m_nextToStart = 0, m_handshaking = 0, m_readyCount = 0;
    qint64 m_stampedReads = 0, m_unstampedReads = 0; // reads with and without a kernel time
    int m_poster = -1;
    ResponseReader m_posterReader;
    bool m_posterBusy = false;
    qint64 m_postSentMono = 0;
    QByteArray m_postKey;
    QHash<QByteArray, Posted> m_posted;
    std::vector<qint64> m_arrival, m_read, m_webhook;
    FanoutResult m_result;
};

void FanoutRun::startHandshake(int index)
{
    Subscriber &subscriber = m_subscribers[size_t(index)];
    subscriber.fd = connectLoopback(m_options.port);
    if (subscriber.fd < 0)
        return drop(subscriber, u"cannot open a subscriber connection"_s);
    const int on = 1;
    setsockopt(subscriber.fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
    const QString token = m_options.tokens.at(index % m_options.tokens.size());
    subscriber.out = webSocketUpgrade(m_options.port, u"/api/calls/stream?token="_s + token);
    subscriber.phase = Subscriber::Phase::Handshake;
    ++m_handshaking;
    m_poller.add(subscriber.fd, EPOLLIN | EPOLLOUT, quint64(index));
}

void FanoutRun::drop(Subscriber &subscriber, const QString &why)
{
    if (subscriber.phase == Subscriber::Phase::Handshake)
        --m_handshaking;
    if (subscriber.phase == Subscriber::Phase::Open && subscriber.ready)
        ++m_result.closedByHub;
    noteProblem(why);
    if (subscriber.fd >= 0) {
        m_poller.remove(subscriber.fd);
        close(subscriber.fd);
    }
    subscriber.fd = -1;
    subscriber.phase = Subscriber::Phase::Closed;
}

void FanoutRun::onSubscriberEvent(int index, std::uint32_t events)
{
    Subscriber &subscriber = m_subscribers[size_t(index)];
    if ((events & EPOLLOUT) && subscriber.offset < subscriber.out.size()) {
        if (!connectSucceeded(subscriber.fd)
            || !writeSome(subscriber.fd, subscriber.out, subscriber.offset))
            return drop(subscriber, u"a subscriber could not connect"_s);
        if (subscriber.offset >= subscriber.out.size())
            m_poller.modify(subscriber.fd, EPOLLIN, quint64(index));
    }
    if (!(events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
        return;
    qint64 stampNs = 0;
    QByteArray &in = subscriber.phase == Subscriber::Phase::Handshake ? subscriber.head
                                                                      : subscriber.frames.buffer();
    const bool open = readStamped(subscriber.fd, in, stampNs);
    const qint64 arrivalNs = stampNs ? stampNs : realtimeNs();
    ++(stampNs ? m_stampedReads : m_unstampedReads);
    if (subscriber.phase == Subscriber::Phase::Handshake) {
        const qsizetype end = subscriber.head.indexOf("\r\n\r\n");
        if (end >= 0) {
            if (!subscriber.head.startsWith("HTTP/1.1 101"))
                return drop(subscriber,
                    u"the hub refused a subscriber: %1"_s.arg(
                        QString::fromUtf8(subscriber.head.left(subscriber.head.indexOf('\r')))));
            subscriber.frames.buffer() = subscriber.head.mid(end + 4);
            subscriber.head.clear();
            subscriber.phase = Subscriber::Phase::Open;
            --m_handshaking;
        }
    }
    if (subscriber.phase == Subscriber::Phase::Open) {
        QByteArray payload;
        for (;;) {
            const FrameReader::Kind kind = subscriber.frames.next(payload);
            if (kind == FrameReader::Kind::None)
                break;
            if (kind == FrameReader::Kind::Text) {
                onMessage(subscriber, payload, arrivalNs);
            } else if (kind == FrameReader::Kind::Ping) {
                QByteArray pong = pongFrame(payload);
                qsizetype offset = 0;
                writeSome(subscriber.fd, pong, offset);
            } else {
                return drop(subscriber,
                    kind == FrameReader::Kind::Close ? u"the hub closed a subscriber"_s
                                                     : u"a malformed WebSocket frame"_s);
            }
        }
    }
    if (!open)
        drop(subscriber, u"the hub dropped a subscriber's connection"_s);
}

void FanoutRun::onMessage(Subscriber &subscriber, const QByteArray &text, qint64 arrivalNs)
{
    const QByteArray type = jsonString(text, "type", true);
    if (!subscriber.ready) {
        if (type == "ready") {
            subscriber.ready = true;
            ++m_readyCount;
        }
        return;
    }
    const auto posted = m_posted.find(jsonString(text, "sessionId", false) + '|' + type);
    if (posted == m_posted.end())
        return noteProblem(u"an event nobody posted: %1"_s.arg(QString::fromUtf8(text.left(120))));
    const qint64 delay = arrivalNs - posted->sentRealNs;
    m_arrival.push_back(delay);
    m_read.push_back(realtimeNs() - posted->sentRealNs);
    posted->lastArrivalNs = qMax(posted->lastArrivalNs, delay);
    ++posted->deliveries;
    ++m_result.delivered;
}

bool FanoutRun::subscribeAll()
{
    m_subscribers.resize(size_t(m_options.subscribers));
    const qint64 start = monotonicNs();
    while (monotonicNs() - start < SUBSCRIBE_LIMIT_NS) {
        while (
            m_handshaking < m_options.handshakesInFlight && m_nextToStart < m_options.subscribers)
            startHandshake(m_nextToStart++);
        const int ready = m_poller.wait(10);
        for (int i = 0; i < ready; ++i) {
            const epoll_event &event = m_poller.events()[i];
            onSubscriberEvent(int(event.data.u64), event.events);
        }
        int closed = 0;
        for (const Subscriber &subscriber : m_subscribers)
            closed += subscriber.phase == Subscriber::Phase::Closed ? 1 : 0;
        if (m_nextToStart == m_options.subscribers
            && m_readyCount + closed == m_options.subscribers)
            break;
    }
    m_result.subscribed = m_readyCount;
    m_result.subscribeSeconds = double(monotonicNs() - start) / 1e9;
    return m_readyCount > 0;
}

bool FanoutRun::post()
{
    const quint64 serial = quint64(m_result.posted / 2);
    const bool first = m_result.posted % 2 == 0;
    const QByteArray session = CallbackBodies::sessionId(m_options.run, 0xfa00, serial);
    const QByteArray body = first ? m_bodies.firstNotification(session, serial)
                                  : m_bodies.finalNotification(session, serial);
    m_postKey = session + (first ? "|call_initiated" : "|call_update");
    const QByteArray request = webhookRequest(m_options.port, m_options.secret, body);
    ++m_result.posted;
    m_posterBusy = true;
    m_postSentMono = monotonicNs();
    m_posted.insert(m_postKey, Posted{realtimeNs(), 0, 0});
    qsizetype offset = 0;
    return writeSome(m_poster, request, offset) && offset == request.size();
}

bool FanoutRun::onPosterEvent(std::uint32_t events)
{
    if (!(events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
        return true;
    const bool open = readAvailable(m_poster, m_posterReader.buffer());
    const ResponseReader::State state = m_posterReader.next();
    if (state == ResponseReader::State::Complete) {
        m_webhook.push_back(monotonicNs() - m_postSentMono);
        m_posterBusy = false;
        if (m_posterReader.status() == 200) {
            ++m_result.postedOk;
        } else {
            m_posted.remove(m_postKey); // not stored, so no event is owed
            noteProblem(u"a posted callback got HTTP %1"_s.arg(m_posterReader.status()));
        }
    }
    return open && state != ResponseReader::State::Malformed;
}

Util::Result<FanoutResult, QString> FanoutRun::run()
{
    raiseFileLimit();
    const double cpuBefore = processCpuSeconds();
    if (m_options.tokens.isEmpty())
        return Util::fail(u"no login tokens for the subscribers"_s);
    if (!subscribeAll())
        return Util::fail(u"no subscriber could open a stream: %1"_s.arg(m_result.firstProblem));
    m_poster = connectLoopback(m_options.port);
    const auto posterTag = quint64(m_options.subscribers);
    if (m_poster < 0 || !m_poller.add(m_poster, EPOLLIN, posterTag))
        return Util::fail(u"cannot open the posting connection"_s);
    const auto total = qint64(m_options.rate * m_options.seconds);
    const qint64 intervalNs = qint64(1e9 / m_options.rate);
    const qint64 start = monotonicNs() + 100'000'000; // lets the connect finish
    qint64 drainStart = 0;
    for (;;) {
        const qint64 now = monotonicNs();
        const qint64 due = start + m_result.posted * intervalNs;
        if (m_result.posted < total && !m_posterBusy && now >= due && !post())
            return Util::fail(u"the hub closed the posting connection"_s);
        if (m_result.posted == total && !m_posterBusy && drainStart == 0)
            drainStart = now;
        const qint64 expected = m_result.postedOk * m_readyCount;
        if (drainStart && (m_result.delivered >= expected || now - drainStart > DRAIN_LIMIT_NS))
            break;
        const int timeoutMs = int(qBound<qint64>(qint64(0), (due - now) / 1'000'000, qint64(5)));
        const int ready = m_poller.wait(timeoutMs);
        for (int i = 0; i < ready; ++i) {
            const epoll_event &event = m_poller.events()[i];
            if (event.data.u64 == posterTag) {
                if (!onPosterEvent(event.events))
                    return Util::fail(u"the posting connection broke"_s);
            } else {
                onSubscriberEvent(int(event.data.u64), event.events);
            }
        }
    }
    std::vector<qint64> lastSubscriber;
    for (const Posted &posted : std::as_const(m_posted))
        lastSubscriber.push_back(posted.lastArrivalNs);
    for (Subscriber &subscriber : m_subscribers) {
        if (subscriber.fd >= 0)
            close(subscriber.fd);
    }
    close(m_poster);
    m_result.expected = m_result.postedOk * m_readyCount;
    m_result.kernelTimestamps = m_stampedReads > 0 && m_unstampedReads == 0;
    m_result.arrival = percentiles(m_arrival);
    m_result.readByProbe = percentiles(m_read);
    m_result.lastSubscriber = percentiles(lastSubscriber);
    m_result.webhook = percentiles(m_webhook);
    m_result.cpuSeconds = processCpuSeconds() - cpuBefore;
    return m_result;
}

} // namespace

Util::Result<FanoutResult, QString> runFanout(const FanoutOptions &options)
{
    FanoutRun run(options);
    return run.run();
}

} // namespace Bench
