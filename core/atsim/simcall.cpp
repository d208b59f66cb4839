#include "simcall.h"

#include "billing.h"
#include "callbackposter.h"
#include "callengine.h"
#include "recordingstore.h"
#include "simclock.h"
#include "util/logging.h"
#include "voice/actionxmlreader.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

QString directionText(Voice::Direction direction)
{
    return direction == Voice::Direction::Inbound ? u"Inbound"_s : u"Outbound"_s;
}

QString phaseText(SimCall::Phase phase)
{
    switch (phase) {
    case SimCall::Phase::Dialling:
        return u"dialling"_s;
    case SimCall::Phase::Ringing:
        return u"ringing"_s;
    case SimCall::Phase::Connected:
        return u"connected"_s;
    case SimCall::Phase::Queued:
        return u"queued"_s;
    case SimCall::Phase::Bridged:
        return u"bridged"_s;
    case SimCall::Phase::Transferring:
        return u"transferring"_s;
    case SimCall::Phase::Finished:
        return u"finished"_s;
    }
    return {};
}

} // namespace

SimCall::SimCall(CallEngine &engine, CallParams params, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_params(std::move(params))
    , m_currentUrl(m_params.callbackUrl)
    , m_epoch(engine.clock().now())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SimCall::handleStepTimeout);
    m_pendingDtmf = m_params.behaviour.dtmf;
}

SimCall::~SimCall() = default;

void SimCall::start()
{
    if (m_params.direction == Voice::Direction::Inbound)
        startInbound();
    else
        startOutbound();
}

// --- timeline -----------------------------------------------------------------------------

void SimCall::step(double seconds, std::function<void()> done)
{
    seconds = qMax(0.0, seconds);
    m_stepStart = m_t;
    const double end = m_t + seconds;
    if (m_phoneUserLeavesAt && *m_phoneUserLeavesAt < end) {
        const double leaveAt = *m_phoneUserLeavesAt;
        m_stepLength = leaveAt - m_t;
        m_stepDone = [this, leaveAt] {
            m_t = leaveAt;
            phoneUserHungUp();
        };
    } else {
        m_stepLength = seconds;
        m_stepDone = [this, end, done = std::move(done)] {
            m_t = end;
            done();
        };
    }
    m_stepClock.start();
    m_timer.start(m_engine.clock().realMs(m_stepLength));
}

void SimCall::interruptStep()
{
    if (!m_stepDone)
        return;
    m_t = currentTime();
    m_timer.stop();
    m_stepDone = nullptr;
}

double SimCall::currentTime() const
{
    // Mid-step (e.g. digits pressed live while a prompt plays) the call's clock is between
    // the step's start and its end, by the real time elapsed at the simulator's speed.
    if (!m_stepDone)
        return m_t;
    const double elapsed = double(m_stepClock.elapsed()) / 1000.0 * m_engine.clock().speed();
    return m_stepStart + qMin(m_stepLength, elapsed);
}

void SimCall::handleStepTimeout()
{
    if (!m_stepDone)
        return;
    const std::function<void()> done = std::move(m_stepDone);
    m_stepDone = nullptr;
    done();
}

void SimCall::log(const QString &event)
{
    const double t = currentTime();
    m_log.append({t, event});
    qCDebug(lcSim).noquote() << m_params.sessionId << u"t=%1"_s.arg(t, 0, 'f', 1) << event;
}

void SimCall::markConnected()
{
    if (m_connected)
        return;
    m_connected = true;
    if (!m_startedAt)
        m_startedAt = m_t;
    if (m_params.behaviour.hangupAfterSeconds)
        m_phoneUserLeavesAt = *m_startedAt + *m_params.behaviour.hangupAfterSeconds;
}

QString SimCall::billedAddress() const
{
    // UNCONFIRMED: what a WebRTC client's call costs. It has no number of its own, so the
    // simulator bills it at the price of the AT number it called.
    return m_params.webRtcClient ? m_params.destinationNumber : m_params.callerNumber;
}

double SimCall::secondsLeftForPhoneUser() const
{
    return m_phoneUserLeavesAt ? qMax(0.0, *m_phoneUserLeavesAt - m_t)
                               : std::numeric_limits<double>::infinity();
}

// --- notifications ------------------------------------------------------------------------

QString SimCall::formatTime(double t) const
{
    // Anchored at the call's creation, so callStartTime reads the same in every notification.
    const QDateTime at = m_epoch.addMSecs(qint64(std::llround(t * 1000.0)));
    QString text = at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (m_engine.config().timeEncoding == SimConfig::TimeEncoding::LiteralPlus)
        text.replace(u' ', u'+');
    return text;
}

Util::FormFields SimCall::baseFields(bool active, const QString &sessionState) const
{
    const QString caller = m_params.callerNumber;
    QString carrier = u"None"_s;
    QString countryCode = u"-1"_s;
    if (!m_params.webRtcClient) {
        const QString region = m_engine.regionOf(caller);
        carrier = carrierFor(region, caller);
        const int code = m_engine.countryCodeOf(caller);
        countryCode = code > 0 ? QString::number(code) : u"-1"_s;
    }
    Util::FormFields fields{
        {u"isActive"_s, active ? u"1"_s : u"0"_s},
        {u"sessionId"_s, m_params.sessionId},
        {u"direction"_s, directionText(m_params.direction)},
        {u"callerNumber"_s, caller},
        {u"destinationNumber"_s, m_params.destinationNumber},
        {u"callerCarrierName"_s, carrier},
        {u"callerCountryCode"_s, countryCode},
        {u"callSessionState"_s, sessionState},
        {u"callStartTime"_s, m_startedAt ? formatTime(*m_startedAt) : u"None"_s},
    };
    if (!m_params.clientRequestId.isEmpty() && m_engine.config().sendClientRequestId)
        fields.append({u"clientRequestId"_s, m_params.clientRequestId});
    if (!m_params.clientDialedNumber.isEmpty())
        fields.append({u"clientDialedNumber"_s, m_params.clientDialedNumber});
    return fields;
}

void SimCall::notify(const QUrl &url,
    const Util::FormFields &fields,
    std::function<void(const Voice::ActionDocument &)> next)
{
    m_waitingForApp = true;
    log(u"POST %1 (%2)"_s.arg(url.toString(), Util::formValue(fields, u"callSessionState"_s)));
    m_engine.poster().post(url,
        m_params.sessionId,
        fields,
        this,
        [this, next = std::move(next)](const PostResult &result) {
            m_waitingForApp = false;
            if (!result.ok) {
                appFailed(result.error);
                return;
            }
            Voice::ActionXmlReadOptions options;
            options.unknownElements = m_engine.config().failOnUnknownXmlElements
                ? Voice::ActionXmlReadOptions::UnknownPolicy::Fail
                : Voice::ActionXmlReadOptions::UnknownPolicy::Ignore;
            const auto document = Voice::ActionXmlReader::read(result.body, options);
            if (!document) {
                appFailed(u"invalid ActionXML: %1"_s.arg(document.error().message));
                return;
            }
            for (const QString &warning : document->warnings)
                log(u"warning: %1"_s.arg(warning));
            if (m_hangUpWhenAppAnswers) {
                phoneUserHungUp();
                return;
            }
            next(document->document);
        });
}

void SimCall::notifyEvent(const Util::FormFields &fields)
{
    // Event notifications (transfers) need no answer: whatever comes back is ignored.
    m_engine.poster().post(
        m_currentUrl, m_params.sessionId, fields, this, [](const PostResult &) {});
}

void SimCall::appFailed(const QString &reason)
{
    if (m_hangUpWhenAppAnswers) {
        // The phone user had already hung up: that, not the app, ended the call.
        log(u"the app failed: %1"_s.arg(reason));
        phoneUserHungUp();
        return;
    }
    log(u"the app failed: %1; AT ends the call"_s.arg(reason));
    qCWarning(lcSim).noquote() << m_params.sessionId << "ends: the app failed:" << reason;
    // UNCONFIRMED (reference §3.1): AT's reaction to a failing app. The simulator ends the
    // call with appFailureHangupCause: a call AT had answered gets a Completed final (status
    // Success, billed up to now), a call it never answered (an inbound call still ringing,
    // whose first request failed) a NotAnswered one.
    if (m_connected)
        finish(m_engine.config().appFailureHangupCause);
    else
        finishUnanswered(m_engine.config().appFailureHangupCause);
}

void SimCall::phoneUserHungUp()
{
    if (isFinished())
        return;
    log(u"%1 hangs up"_s.arg(Util::maskNumber(m_params.callerNumber)));
    if (!m_connected) {
        // Before the call connected: an inbound caller gave up ringing; the callee of an
        // outbound call declined it.
        finishUnanswered(m_params.direction == Voice::Direction::Inbound ? u"ORIGINATOR_CANCEL"_s
                                                                         : u"CALL_REJECTED"_s);
        return;
    }
    if (m_dialLeg && !m_dialLeg->endedAt)
        m_dialLeg->endedAt = m_t;
    if (m_queuePeer)
        m_queuePeer->peerLeft();
    // Reference §3.5: ORIGINATOR_CANCEL is the caller hanging up before a Dial target answered.
    finish(m_dialRinging ? u"ORIGINATOR_CANCEL"_s : u"NORMAL_CLEARING"_s);
}

void SimCall::peerLeft()
{
    if (isFinished())
        return;
    interruptStep();
    m_queuePeer = nullptr;
    log(u"the other party hangs up"_s);
    finish(u"NORMAL_CLEARING"_s);
}

void SimCall::hangUpByPhoneUser()
{
    if (isFinished())
        return;
    if (m_waitingForApp) {
        m_hangUpWhenAppAnswers = true;
        return;
    }
    interruptStep();
    phoneUserHungUp();
}

void SimCall::finishUnanswered(const QString &hangupCause)
{
    if (isFinished())
        return;
    m_hangupCause = hangupCause;
    m_durationSeconds = 0;
    m_amount = u"0"_s;
    m_currency = m_engine.priceFor(billedAddress()).currency;
    // The field set of the real NotAnswered capture (reference §3.7 c): no recordingUrl and
    // no dial* fields. callStartTime is "None" for an outbound call that was never answered;
    // an inbound call keeps the ring time its Ringing request already reported (UNCONFIRMED).
    Util::FormFields fields = baseFields(false, u"NotAnswered"_s);
    fields.append({u"status"_s, u"NotAnswered"_s});
    fields.append({u"durationInSeconds"_s, u"0"_s});
    fields.append({u"currencyCode"_s, m_currency});
    fields.append({u"amount"_s, m_amount});
    fields.append({u"hangupCause"_s, hangupCause});
    sendFinal(fields);
}

void SimCall::finish(const QString &hangupCause)
{
    if (isFinished())
        return;
    interruptStep();
    m_engine.leaveQueue(this);
    m_hangupCause = hangupCause;
    const double started = m_startedAt.value_or(m_t);
    m_durationSeconds = int(std::lround(m_t - started));
    const Price price = m_engine.priceFor(billedAddress());
    m_currency = price.currency;

    int dialSeconds = 0;
    if (m_dialLeg) {
        const double end = m_dialLeg->endedAt.value_or(m_t);
        dialSeconds = int(std::lround(end - m_dialLeg->startedAt));
        if (m_dialLeg->record && m_recordingName.isEmpty())
            m_recordingName = m_engine.recordings().create(end - m_dialLeg->startedAt);
    }
    m_amount = billAmount(m_durationSeconds + dialSeconds, price.perMinute);
    m_engine.charge(m_amount);

    Util::FormFields fields = baseFields(false, u"Completed"_s);
    fields.append({u"status"_s, u"Success"_s});
    fields.append({u"durationInSeconds"_s, QString::number(m_durationSeconds)});
    fields.append({u"currencyCode"_s, m_currency});
    fields.append({u"amount"_s, m_amount});
    fields.append({u"hangupCause"_s, hangupCause});
    if (m_dialLeg) {
        fields.append({u"dialDestinationNumber"_s, m_dialLeg->destination});
        fields.append({u"dialStartTime"_s, formatTime(m_dialLeg->startedAt)});
        fields.append({u"dialDurationInSeconds"_s, QString::number(dialSeconds)});
        fields.append({u"lastBridgeHangupCause"_s, u"NORMAL_CLEARING"_s});
    }
    const QString url
        = m_recordingName.isEmpty() ? QString() : m_engine.recordingUrl(m_recordingName).toString();
    fields.append({u"recordingUrl"_s, url.isNull() ? u""_s : url});
    sendFinal(fields);
}

void SimCall::sendFinal(Util::FormFields fields)
{
    interruptStep();
    m_engine.leaveQueue(this);
    m_phase = Phase::Finished;
    m_actions.clear();
    log(u"ends: %1, %2 s, %3 %4"_s.arg(m_hangupCause)
            .arg(m_durationSeconds)
            .arg(m_amount, m_currency));
    // The final notification goes to the number's own callback URL, even after a Redirect or
    // a Record callbackUrl moved the call's other requests (UNCONFIRMED: the reference does
    // not say where AT sends it then). AT ignores the answer, and flags any actions in it as
    // invalid, as the simulator's log does.
    m_engine.poster().post(
        m_params.callbackUrl, m_params.sessionId, fields, this, [this](const PostResult &result) {
            if (result.ok) {
                const auto document = Voice::ActionXmlReader::read(result.body, {});
                if (document && !document->document.actions.isEmpty())
                    log(u"invalid action: the app answered the final notification with %1 "
                        "action(s); AT ignores them"_s.arg(document->document.actions.size()));
            }
            Q_EMIT finished(m_params.sessionId);
        });
}

QJsonObject SimCall::toJson() const
{
    QJsonArray events;
    for (const LogEntry &entry : m_log)
        events.append(
            QJsonObject{{u"t"_s, std::round(entry.t * 10) / 10}, {u"event"_s, entry.event}});
    QJsonObject json{
        {u"sessionId"_s, m_params.sessionId},
        {u"direction"_s, directionText(m_params.direction)},
        {u"callerNumber"_s, m_params.callerNumber},
        {u"destinationNumber"_s, m_params.destinationNumber},
        {u"phase"_s, phaseText(m_phase)},
        {u"events"_s, events},
    };
    if (!m_params.clientRequestId.isEmpty())
        json.insert(u"clientRequestId"_s, m_params.clientRequestId);
    if (m_dialLeg)
        json.insert(u"dialDestinationNumber"_s, m_dialLeg->destination);
    if (isFinished()) {
        json.insert(u"hangupCause"_s, m_hangupCause);
        json.insert(u"durationInSeconds"_s, m_durationSeconds);
        json.insert(u"amount"_s, m_amount);
        json.insert(u"currencyCode"_s, m_currency);
        if (!m_recordingName.isEmpty())
            json.insert(u"recordingUrl"_s, m_engine.recordingUrl(m_recordingName).toString());
    }
    return json;
}

} // namespace AtSim
