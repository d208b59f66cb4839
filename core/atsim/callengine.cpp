#include "callengine.h"

#include "idgenerator.h"
#include "phone/phonenumbers.h"
#include "phonedirectory.h"
#include "simcall.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace AtSim {

CallEngine::CallEngine(const SimConfig &config,
    SimClock &clock,
    IdGenerator &ids,
    PhoneDirectory &phones,
    RecordingStore &recordings,
    CallbackPoster &poster,
    const Phone::NumberParser &numbers,
    QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_ids(ids)
    , m_phones(phones)
    , m_recordings(recordings)
    , m_poster(poster)
    , m_numbers(numbers)
    , m_publicBaseUrl(config.publicBaseUrl)
    , m_balance(config.balance)
{}

CallEngine::~CallEngine() = default;

SimCall *CallEngine::addCall(const CallParams &params)
{
    auto *call = new SimCall(*this, params, this);
    m_calls.append(call);
    connect(call, &SimCall::finished, this, [this](const QString &sessionId) {
        Q_EMIT callFinished(sessionId);
        pruneHistory();
    });
    Q_EMIT callStarted(params.sessionId);
    call->start();
    return call;
}

QString CallEngine::placeOutbound(
    const QString &from, const QString &to, const QString &clientRequestId)
{
    const VoiceNumber *number = m_config.findNumber(from);
    CallParams params;
    params.sessionId = m_ids.sessionId();
    params.direction = Voice::Direction::Outbound;
    params.callerNumber = to;
    params.destinationNumber = from;
    params.callbackUrl = number ? number->callbackUrl : QUrl();
    params.clientRequestId = clientRequestId;
    params.behaviour = m_phones.behaviourFor(to);
    qCInfo(lcSim).noquote() << params.sessionId << "outbound call to" << Util::maskNumber(to);
    addCall(params);
    return params.sessionId;
}

Util::Result<QString, QString> CallEngine::ringInbound(const InboundRequest &request)
{
    const VoiceNumber *number = m_config.findNumber(request.to);
    if (!number)
        return Util::fail(u"%1 is not one of this account's voice numbers"_s.arg(request.to));
    if (number->callbackUrl.isEmpty())
        return Util::fail(
            u"%1 has no callback URL: AT could not tell the app about the call"_s.arg(request.to));
    CallParams params;
    params.sessionId = m_ids.sessionId();
    params.direction = Voice::Direction::Inbound;
    params.destinationNumber = request.to;
    params.callbackUrl = number->callbackUrl;
    if (!request.clientName.isEmpty()) {
        params.webRtcClient = true;
        params.callerNumber = m_config.username + u'.' + request.clientName;
        params.clientDialedNumber = request.clientDialedNumber;
    } else {
        const auto parsed = m_numbers.parse(request.from);
        if (!parsed)
            return Util::fail(
                u"The caller's number is not valid: %1"_s.arg(parsed.error().message));
        params.callerNumber = parsed->value;
    }
    params.behaviour = request.behaviour.value_or(m_phones.behaviourFor(params.callerNumber));
    qCInfo(lcSim).noquote() << params.sessionId << "inbound call from"
                            << Util::maskNumber(params.callerNumber);
    addCall(params);
    return params.sessionId;
}

SimCall *CallEngine::find(const QString &sessionId) const
{
    for (SimCall *call : m_calls) {
        if (call->sessionId() == sessionId)
            return call;
    }
    return nullptr;
}

QList<SimCall *> CallEngine::calls() const
{
    return m_calls;
}

int CallEngine::awaitingAnswerCount() const
{
    int count = 0;
    for (const SimCall *call : m_calls)
        count += call->isAwaitingAnswer() ? 1 : 0;
    return count;
}

void CallEngine::pruneHistory()
{
    qsizetype finished = 0;
    for (const SimCall *call : std::as_const(m_calls))
        finished += call->isFinished() ? 1 : 0;
    for (qsizetype i = 0; i < m_calls.size() && finished > m_historyLimit;) {
        if (m_calls.at(i)->isFinished()) {
            m_calls.takeAt(i)->deleteLater();
            --finished;
        } else {
            ++i;
        }
    }
}

// --- queues ---------------------------------------------------------------------------------

void CallEngine::enqueue(SimCall *call, const QString &phoneNumber, const QString &queueName)
{
    for (QueueSlot &slot : m_queues) {
        if (slot.phoneNumber == phoneNumber && slot.queueName == queueName) {
            slot.waiting.append(call);
            return;
        }
    }
    m_queues.append({phoneNumber, queueName, {call}});
}

void CallEngine::leaveQueue(SimCall *call)
{
    for (QueueSlot &slot : m_queues)
        slot.waiting.removeAll(call);
}

SimCall *CallEngine::takeFromQueue(const QString &phoneNumber, const QString &queueName)
{
    for (QueueSlot &slot : m_queues) {
        if (slot.phoneNumber == phoneNumber && slot.queueName == queueName
            && !slot.waiting.isEmpty())
            return slot.waiting.takeFirst();
    }
    return nullptr;
}

QList<QueueCount> CallEngine::queueCounts() const
{
    QList<QueueCount> counts;
    for (const QueueSlot &slot : m_queues) {
        if (!slot.waiting.isEmpty())
            counts.append({slot.phoneNumber, slot.queueName, int(slot.waiting.size())});
    }
    return counts;
}

// --- billing --------------------------------------------------------------------------------

QString CallEngine::regionOf(const QString &address) const
{
    if (Phone::NumberParser::isSipAddress(address)) {
        const auto parsed = m_numbers.parse(address);
        return parsed ? parsed->regionCode : QString();
    }
    return m_numbers.regionOf(address);
}

int CallEngine::countryCodeOf(const QString &address) const
{
    const auto parsed = m_numbers.parse(address);
    return parsed ? parsed->countryCode : 0;
}

Price CallEngine::priceFor(const QString &address) const
{
    return m_config.priceFor(regionOf(address));
}

bool CallEngine::hasCredit() const
{
    return !m_balance || *m_balance > 0;
}

void CallEngine::charge(const QString &amount)
{
    if (m_balance)
        *m_balance -= amount.toDouble();
}

QUrl CallEngine::recordingUrl(const QString &name) const
{
    QUrl url = m_publicBaseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/recordings/"_s + name);
    return url;
}

} // namespace AtSim
