#pragma once

#include "simconfig.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

namespace Phone {
class NumberParser;
}

namespace AtSim {

class CallbackPoster;
struct CallParams;
class IdGenerator;
class PhoneDirectory;
class RecordingStore;
class SimCall;
class SimClock;

struct InboundRequest
{
    QString from; // the caller's number (E.164), or
    QString clientName; // a WebRTC client placing the call (callerNumber becomes username.client)
    QString to; // the AT number rung
    QString clientDialedNumber; // WebRTC: what the browser user dialled
    std::optional<PhoneBehaviour> behaviour; // else the directory's script for `from`
};

struct QueueCount
{
    QString phoneNumber;
    QString queueName;
    int numCalls = 0;
};

// All simulated calls of one account, the <Enqueue> queues, the balance, and the services a
// call needs (clock, ids, recordings, the callback poster).
class CallEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallEngine)

public:
    CallEngine(const SimConfig &config,
        SimClock &clock,
        IdGenerator &ids,
        PhoneDirectory &phones,
        RecordingStore &recordings,
        CallbackPoster &poster,
        const Phone::NumberParser &numbers,
        QObject *parent = nullptr);
    ~CallEngine() override;

    // A /call entry that AT accepted: dials `to` from the AT number `from`.
    QString placeOutbound(const QString &from, const QString &to, const QString &clientRequestId);
    // The control API: a phone user (or WebRTC client) rings one of the AT numbers.
    Util::Result<QString, QString> ringInbound(const InboundRequest &request);

    SimCall *find(const QString &sessionId) const;
    QList<SimCall *> calls() const;
    int awaitingAnswerCount() const;

    // Queues, keyed by AT number and queue name.
    void enqueue(SimCall *call, const QString &phoneNumber, const QString &queueName);
    void leaveQueue(SimCall *call);
    SimCall *takeFromQueue(const QString &phoneNumber, const QString &queueName);
    QList<QueueCount> queueCounts() const;

    // Billing: the region and price that apply to a phone user's address.
    QString regionOf(const QString &address) const;
    int countryCodeOf(const QString &address) const;
    Price priceFor(const QString &address) const;
    bool hasCredit() const;
    void charge(const QString &amount);
    std::optional<double> balance() const { return m_balance; }
    void setBalance(std::optional<double> balance) { m_balance = balance; }

    const SimConfig &config() const { return m_config; }
    SimClock &clock() { return m_clock; }
    IdGenerator &ids() { return m_ids; }
    PhoneDirectory &phones() { return m_phones; }
    RecordingStore &recordings() { return m_recordings; }
    CallbackPoster &poster() { return m_poster; }
    QUrl recordingUrl(const QString &name) const;
    void setPublicBaseUrl(const QUrl &url) { m_publicBaseUrl = url; }

    // Forgets finished calls beyond this many (live calls are always kept).
    void setHistoryLimit(int calls) { m_historyLimit = calls; }

Q_SIGNALS:
    void callStarted(const QString &sessionId);
    void callFinished(const QString &sessionId);

private:
    SimCall *addCall(const CallParams &params);
    void pruneHistory();

    const SimConfig &m_config;
    SimClock &m_clock;
    IdGenerator &m_ids;
    PhoneDirectory &m_phones;
    RecordingStore &m_recordings;
    CallbackPoster &m_poster;
    const Phone::NumberParser &m_numbers;
    QUrl m_publicBaseUrl;
    std::optional<double> m_balance;
    int m_historyLimit = 1000;

    QList<SimCall *> m_calls; // in creation order; owned as QObject children
    struct QueueSlot
    {
        QString phoneNumber;
        QString queueName;
        QList<SimCall *> waiting;
    };
    QList<QueueSlot> m_queues;
};

} // namespace AtSim
