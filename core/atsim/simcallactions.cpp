// SimCall, part two: how AT executes each ActionXML verb (reference §4) for a simulated call.

#include "callengine.h"
#include "phonedirectory.h"
#include "recordingstore.h"
#include "simcall.h"
#include "util/logging.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace AtSim {

namespace {

constexpr double PLAY_SECONDS = 6; // a <Play> whose length the simulator cannot know
constexpr double BEEP_SECONDS = 0.5;
constexpr double SECONDS_PER_WORD = 0.4; // text to speech at about 150 words a minute
constexpr double RECORD_SILENCE_END = 3; // silence that ends a <Record> without finishOnKey
constexpr double DEFAULT_DIGITS_TIMEOUT = 30;
constexpr double INFINITE = std::numeric_limits<double>::infinity();

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// What a phone user's key presses give a <GetDigits>: AT listens key by key and stops at
// whichever comes first, the finishOnKey key (not included in dtmfDigits: UNCONFIRMED, the
// reference leaves it open) or the numDigits-th digit; keys after that are not heard.
// `complete` says whether AT stopped listening before its timeout.
struct Collected
{
    QString digits;
    bool complete = false;
};

Collected collectDigits(const QString &pressed, const Voice::GetDigits &getDigits)
{
    // UNCONFIRMED: with neither numDigits nor finishOnKey, AT's legacy docs say the first key
    // pressed is returned; the newer docs say nothing, so the simulator follows the legacy
    // ones.
    const int wanted
        = getDigits.numDigits ? *getDigits.numDigits : (getDigits.finishOnKey.isEmpty() ? 1 : 0);
    Collected out;
    for (const QChar key : pressed) {
        if (!getDigits.finishOnKey.isEmpty() && key == getDigits.finishOnKey.front()) {
            out.complete = true;
            return out;
        }
        out.digits += key;
        if (wanted > 0 && out.digits.size() >= wanted) {
            out.complete = true;
            return out;
        }
    }
    return out;
}

// The fields every call-transfer event carries on top of the base ones (reference §3.6).
void addTransferFields(
    Util::FormFields &fields, const QString &transferState, const QString &target, int seconds)
{
    fields.append({u"status"_s, u"Success"_s});
    fields.append({u"callTransferState"_s, transferState});
    fields.append({u"callTransferParam"_s, target + u':' + QString::number(seconds)});
    fields.append({u"callTransferredToNumber"_s, target});
}

} // namespace

double SimCall::saySeconds(const Voice::Say &say)
{
    const qsizetype words = say.text.split(u' ', Qt::SkipEmptyParts).size();
    return qMax(1.0, double(words) * SECONDS_PER_WORD)
        + (say.playBeep.value_or(false) ? BEEP_SECONDS : 0);
}

double SimCall::promptSeconds(const QList<Voice::Prompt> &prompts) const
{
    double seconds = 0;
    for (const Voice::Prompt &prompt : prompts) {
        seconds += std::visit(Overloaded{[](const Voice::Say &say) { return saySeconds(say); },
                                  [](const Voice::Play &) {
                                      return PLAY_SECONDS;
                                  }},
            prompt);
    }
    return seconds;
}

SimCall::RingOutcome SimCall::ringOutcome(const PhoneBehaviour &behaviour) const
{
    using Answer = PhoneBehaviour::Answer;
    switch (behaviour.answer) {
    case Answer::Answer:
        // Someone who would pick up only after AT stops ringing never picks up.
        if (behaviour.answerDelaySeconds > m_engine.config().noAnswerTimeoutSeconds)
            return {m_engine.config().noAnswerTimeoutSeconds, false, u"NO_ANSWER"_s};
        return {behaviour.answerDelaySeconds, true, {}};
    case Answer::NoAnswer:
        return {m_engine.config().noAnswerTimeoutSeconds, false, u"NO_ANSWER"_s};
    case Answer::Busy:
        return {1.5, false, u"USER_BUSY"_s};
    case Answer::Absent:
        return {5, false, u"SUBSCRIBER_ABSENT"_s};
    case Answer::Reject:
        return {behaviour.answerDelaySeconds, false, u"CALL_REJECTED"_s};
    case Answer::NotRegistered:
        return {0.5, false, u"USER_NOT_REGISTERED"_s};
    }
    return {0, false, u"UNSPECIFIED"_s};
}

// --- starting a call ------------------------------------------------------------------------

void SimCall::startOutbound()
{
    m_phase = Phase::Dialling;
    const RingOutcome ring = ringOutcome(m_params.behaviour);
    log(u"AT dials %1"_s.arg(Util::maskNumber(m_params.callerNumber)));
    step(ring.seconds, [this, ring] {
        if (!ring.answers) {
            log(u"not answered: %1"_s.arg(ring.hangupCause));
            finishUnanswered(ring.hangupCause);
            return;
        }
        m_phase = Phase::Connected;
        markConnected();
        log(u"answered"_s);
        notify(m_currentUrl,
            baseFields(true, u"Answered"_s),
            [this](const Voice::ActionDocument &document) { runDocument(document); });
    });
}

void SimCall::startInbound()
{
    m_phase = Phase::Ringing;
    m_startedAt = 0;
    if (m_params.behaviour.hangupAfterSeconds)
        m_phoneUserLeavesAt = *m_params.behaviour.hangupAfterSeconds;
    log(u"%1 rings %2"_s.arg(
        Util::maskNumber(m_params.callerNumber), Util::maskNumber(m_params.destinationNumber)));
    notify(m_currentUrl,
        baseFields(true, u"Ringing"_s),
        [this](const Voice::ActionDocument &document) { runDocument(document); });
}

// --- the document -----------------------------------------------------------------------------

void SimCall::runDocument(const Voice::ActionDocument &document)
{
    m_actions = document.actions;
    runNext();
}

void SimCall::runNext()
{
    if (isFinished())
        return;
    if (m_actions.isEmpty()) {
        // Nothing left to do: AT hangs up.
        log(u"no more actions: AT hangs up"_s);
        if (m_connected)
            finish(u"NORMAL_CLEARING"_s);
        else
            finishUnanswered(u"NORMAL_CLEARING"_s);
        return;
    }
    const Voice::Action action = m_actions.takeFirst();
    if (!std::holds_alternative<Voice::Reject>(action)) {
        markConnected();
        m_phase = Phase::Connected;
    }
    std::visit(Overloaded{
                   [this](const Voice::Say &say) { runSay(say); },
                   [this](const Voice::Play &play) { runPlay(play); },
                   [this](const Voice::GetDigits &getDigits) { runGetDigits(getDigits); },
                   [this](const Voice::Dial &dial) { runDial(dial); },
                   [this](const Voice::Record &record) { runRecord(record); },
                   [this](const Voice::Enqueue &enqueue) { runEnqueue(enqueue); },
                   [this](const Voice::Dequeue &dequeue) { runDequeue(dequeue); },
                   [this](const Voice::Conference &) { runConference(); },
                   [this](const Voice::Redirect &redirect) { runRedirect(redirect); },
                   [this](const Voice::Reject &) { runReject(); },
               },
        action);
}

void SimCall::runSay(const Voice::Say &say)
{
    log(u"Say: \"%1\""_s.arg(say.text.left(80)));
    step(saySeconds(say), [this] { runNext(); });
}

void SimCall::runPlay(const Voice::Play &play)
{
    log(u"Play %1"_s.arg(play.url));
    step(PLAY_SECONDS, [this] { runNext(); });
}

// --- GetDigits ------------------------------------------------------------------------------

void SimCall::runGetDigits(const Voice::GetDigits &getDigits)
{
    const double prompt = promptSeconds(getDigits.prompts);
    const double timeout = getDigits.timeoutSeconds.value_or(DEFAULT_DIGITS_TIMEOUT);
    log(u"GetDigits"_s);
    if (m_pendingDtmf.isEmpty()) {
        // Nobody scripted: wait for digits pressed through the control API, or time out.
        m_awaitingDigits = getDigits;
        m_liveDigits.clear();
        step(prompt + timeout, [this] {
            const Voice::GetDigits pending = *m_awaitingDigits;
            m_awaitingDigits.reset();
            finishGetDigits(pending, m_liveDigits);
        });
        return;
    }
    const DtmfPress press = m_pendingDtmf.takeFirst();
    if (press.afterSeconds > timeout) {
        step(prompt + timeout, [this, getDigits] { finishGetDigits(getDigits, {}); });
        return;
    }
    step(prompt + press.afterSeconds, [this, getDigits, press, timeout] {
        log(u"%1 presses %2"_s.arg(Util::maskNumber(m_params.callerNumber), press.digits));
        const Collected collected = collectDigits(press.digits, getDigits);
        if (collected.complete) {
            finishGetDigits(getDigits, collected.digits);
            return;
        }
        // Incomplete input: AT keeps listening until its timeout, then sends what it has.
        // UNCONFIRMED whether AT's timeout restarts after each key; the simulator counts it
        // once, from the end of the prompt, the same for scripted and live (/sim) presses.
        step(timeout - press.afterSeconds,
            [this, getDigits, collected] { finishGetDigits(getDigits, collected.digits); });
    });
}

void SimCall::pressDigits(const QString &digits)
{
    if (isFinished())
        return;
    if (!m_awaitingDigits) {
        // Keys pressed while no <GetDigits> listens are lost, as on a real call.
        log(u"%1 presses %2; no GetDigits is listening"_s.arg(
            Util::maskNumber(m_params.callerNumber), digits));
        return;
    }
    m_liveDigits += digits;
    const Collected collected = collectDigits(m_liveDigits, *m_awaitingDigits);
    log(u"%1 presses %2"_s.arg(Util::maskNumber(m_params.callerNumber), digits));
    if (!collected.complete)
        return;
    interruptStep();
    const Voice::GetDigits pending = *m_awaitingDigits;
    m_awaitingDigits.reset();
    finishGetDigits(pending, collected.digits);
}

void SimCall::finishGetDigits(const Voice::GetDigits &getDigits, const QString &pressed)
{
    const QString digits = collectDigits(pressed, getDigits).digits;
    if (digits.isEmpty()) {
        // No input: no request at all, the next action runs.
        log(u"no digits before the timeout"_s);
        runNext();
        return;
    }
    Util::FormFields fields = baseFields(true, u"Answered"_s);
    fields.append({u"dtmfDigits"_s, digits});
    const QUrl url = getDigits.callbackUrl.isEmpty() ? m_currentUrl : QUrl(getDigits.callbackUrl);
    notify(url, fields, [this](const Voice::ActionDocument &document) { runDocument(document); });
}

// --- Dial -----------------------------------------------------------------------------------

void SimCall::runDial(const Voice::Dial &dial)
{
    QStringList masked;
    for (const QString &number : dial.phoneNumbers)
        masked.append(Util::maskNumber(number));
    log(u"Dial %1%2"_s.arg(
        masked.join(u','), dial.sequential.value_or(false) ? u" (sequential)"_s : QString()));
    if (dial.sequential.value_or(false)) {
        dialSequential(dial, 0);
        return;
    }
    // Simultaneous: everyone rings; the first to answer wins. Whoever is still ringing (or
    // would answer later) then LOSE_RACEs; whoever failed earlier (busy, absent) keeps their
    // own cause.
    int winner = -1;
    double winnerSeconds = INFINITE;
    double longestFailure = 0;
    QList<PhoneBehaviour> behaviours;
    QList<RingOutcome> rings;
    for (int i = 0; i < dial.phoneNumbers.size(); ++i) {
        behaviours.append(m_engine.phones().behaviourFor(dial.phoneNumbers.at(i)));
        rings.append(ringOutcome(behaviours.constLast()));
        const RingOutcome &ring = rings.constLast();
        if (ring.answers && ring.seconds < winnerSeconds) {
            winner = i;
            winnerSeconds = ring.seconds;
        } else if (!ring.answers) {
            longestFailure = qMax(longestFailure, ring.seconds);
        }
    }
    m_dialRinging = true;
    if (winner < 0) {
        step(longestFailure, [this, dial, rings] {
            for (int i = 0; i < dial.phoneNumbers.size(); ++i)
                log(u"%1: %2"_s.arg(
                    Util::maskNumber(dial.phoneNumbers.at(i)), rings.at(i).hangupCause));
            // UNCONFIRMED: whether the final then carries dial* fields for the failed attempt;
            // the simulator sends none, as no leg was bridged.
            m_dialRinging = false;
            log(u"nobody answered the Dial; the next action runs"_s);
            runNext();
        });
        return;
    }
    step(winnerSeconds, [this, dial, winner, behaviours, rings] {
        for (int i = 0; i < dial.phoneNumbers.size(); ++i) {
            if (i == winner)
                continue;
            const RingOutcome &ring = rings.at(i);
            const bool failedFirst = !ring.answers && ring.seconds <= rings.at(winner).seconds;
            log(u"%1: %2"_s.arg(Util::maskNumber(dial.phoneNumbers.at(i)),
                failedFirst ? ring.hangupCause : u"LOSE_RACE"_s));
        }
        m_dialLeg = DialLeg{dial.phoneNumbers.at(winner), m_t, {}, dial.record.value_or(false)};
        bridgeTo(dial.phoneNumbers.at(winner), behaviours.at(winner), dial.maxDuration);
    });
}

void SimCall::dialSequential(const Voice::Dial &dial, int index)
{
    if (index >= dial.phoneNumbers.size()) {
        m_dialRinging = false;
        log(u"nobody answered the Dial; the next action runs"_s);
        runNext();
        return;
    }
    m_dialRinging = true;
    const QString target = dial.phoneNumbers.at(index);
    const PhoneBehaviour callee = m_engine.phones().behaviourFor(target);
    const RingOutcome ring = ringOutcome(callee);
    step(ring.seconds, [this, dial, index, target, callee, ring] {
        if (!ring.answers) {
            log(u"%1: %2"_s.arg(Util::maskNumber(target), ring.hangupCause));
            dialSequential(dial, index + 1);
            return;
        }
        m_dialLeg = DialLeg{target, m_t, {}, dial.record.value_or(false)};
        bridgeTo(target, callee, dial.maxDuration);
    });
}

void SimCall::bridgeTo(
    const QString &target, const PhoneBehaviour &callee, std::optional<int> maxSeconds)
{
    m_dialRinging = false;
    m_phase = Phase::Bridged;
    log(u"bridged to %1"_s.arg(Util::maskNumber(target)));
    const double callerTalks = qMin(m_params.behaviour.talkSeconds, secondsLeftForPhoneUser());
    const double calleeTalks
        = qMin(callee.talkSeconds, callee.hangupAfterSeconds.value_or(INFINITE));
    const double talk = qMin(callerTalks, calleeTalks);
    // UNCONFIRMED: the docs call maxDuration the "maximum call length"; the simulator caps
    // the bridged conversation (from the moment the target answers), not the whole call.
    const double cap = maxSeconds ? double(*maxSeconds) : INFINITE;
    QString reason
        = callerTalks <= calleeTalks ? u"the caller hangs up"_s : u"the dialled party hangs up"_s;
    if (cap < talk)
        reason = u"maxDuration (%1 s) reached: AT ends the bridge"_s.arg(*maxSeconds);
    step(qMin(talk, cap), [this, reason] {
        log(reason);
        endBridge();
    });
}

void SimCall::endBridge()
{
    if (m_dialLeg)
        m_dialLeg->endedAt = m_t;
    // <Dial> is terminal once answered: the call ends with the bridge.
    finish(u"NORMAL_CLEARING"_s);
}

// --- Record -----------------------------------------------------------------------------------

void SimCall::runRecord(const Voice::Record &record)
{
    if (record.isTerminal()) {
        // Records until the caller hangs up; the URL comes in the final notification.
        const double length = qMin(m_params.behaviour.speechSeconds, secondsLeftForPhoneUser());
        log(u"Record (terminal)"_s);
        step(length, [this, length] {
            m_recordingName = m_engine.recordings().create(length);
            log(u"the caller hangs up after recording %1 s"_s.arg(length));
            finish(u"NORMAL_CLEARING"_s);
        });
        return;
    }
    const double prompt
        = promptSeconds(record.prompts) + (record.playBeep.value_or(false) ? BEEP_SECONDS : 0);
    double length = m_params.behaviour.speechSeconds;
    if (record.maxLength)
        length = qMin(length, double(*record.maxLength));
    if (record.timeoutSeconds)
        length = qMin(length, double(*record.timeoutSeconds));
    const double tail = record.finishOnKey.isEmpty() ? RECORD_SILENCE_END : 0;
    log(u"Record"_s);
    step(prompt + length + tail, [this, record, length] {
        const QString name = m_engine.recordings().create(length);
        const QString url = name.isEmpty() ? u""_s : m_engine.recordingUrl(name).toString();
        // Per AT's legacy docs the Record callbackUrl also becomes the URL for the rest of
        // the call.
        if (!record.callbackUrl.isEmpty())
            m_currentUrl = QUrl(record.callbackUrl);
        Util::FormFields fields = baseFields(true, u"Answered"_s);
        fields.append({u"recordingUrl"_s, url});
        notify(m_currentUrl, fields, [this](const Voice::ActionDocument &document) {
            runDocument(document);
        });
    });
}

// --- Queues, conference ---------------------------------------------------------------------

void SimCall::runEnqueue(const Voice::Enqueue &enqueue)
{
    m_phase = Phase::Queued;
    m_engine.enqueue(this, m_params.destinationNumber, enqueue.name);
    log(u"Enqueue in \"%1\"; hold music %2"_s.arg(
        enqueue.name, enqueue.holdMusic.isEmpty() ? u"(AT's default)"_s : enqueue.holdMusic));
    step(m_params.behaviour.patienceSeconds, [this] {
        log(u"the caller gives up waiting in the queue"_s);
        finish(u"NORMAL_CLEARING"_s);
    });
}

void SimCall::runDequeue(const Voice::Dequeue &dequeue)
{
    SimCall *caller = m_engine.takeFromQueue(dequeue.phoneNumber, dequeue.name);
    if (!caller) {
        log(u"Dequeue: the queue is empty; AT hangs up"_s);
        finish(u"NORMAL_CLEARING"_s);
        return;
    }
    const double mine = qMin(m_params.behaviour.talkSeconds, secondsLeftForPhoneUser());
    caller->interruptStep();
    const double theirs
        = qMin(caller->m_params.behaviour.talkSeconds, caller->secondsLeftForPhoneUser());
    const double length = qMin(mine, theirs);
    m_queuePeer = caller;
    m_phase = Phase::Bridged;
    log(u"Dequeue: connected to %1"_s.arg(Util::maskNumber(caller->m_params.callerNumber)));
    caller->joinBridgeFromQueue(this, length);
    step(length, [this] {
        m_queuePeer = nullptr;
        finish(u"NORMAL_CLEARING"_s);
    });
}

void SimCall::joinBridgeFromQueue(SimCall *peer, double seconds)
{
    m_queuePeer = peer;
    m_phase = Phase::Bridged;
    log(u"dequeued: connected to %1"_s.arg(Util::maskNumber(peer->m_params.callerNumber)));
    step(seconds, [this] {
        m_queuePeer = nullptr;
        finish(u"NORMAL_CLEARING"_s);
    });
}

void SimCall::runConference()
{
    // <Conference/>'s semantics are unconfirmed: the caller stays on the line until they
    // hang up.
    log(u"Conference (semantics unconfirmed: the caller waits until they hang up)"_s);
    step(qMin(m_params.behaviour.patienceSeconds, secondsLeftForPhoneUser()),
        [this] { finish(u"NORMAL_CLEARING"_s); });
}

// --- Redirect, Reject -------------------------------------------------------------------------

void SimCall::runRedirect(const Voice::Redirect &redirect)
{
    m_currentUrl = QUrl(redirect.url);
    log(u"Redirect to %1"_s.arg(redirect.url));
    notify(m_currentUrl,
        baseFields(true, u"Answered"_s),
        [this](const Voice::ActionDocument &document) { runDocument(document); });
}

void SimCall::runReject()
{
    if (m_connected) {
        log(u"Reject on a call that is already answered: AT hangs up"_s);
        finish(u"NORMAL_CLEARING"_s);
        return;
    }
    log(u"Reject: AT refuses the call without charge"_s);
    finishUnanswered(u"CALL_REJECTED"_s);
}

// --- Transfer ---------------------------------------------------------------------------------

Util::Result<void, QString> SimCall::transfer(const QString &target, const QString &callLeg)
{
    if (isFinished())
        return Util::fail(u"Call session %1 has ended"_s.arg(m_params.sessionId));
    if (m_phase != Phase::Bridged || !m_dialLeg)
        return Util::fail(
            u"Call session %1 has no bridged second leg to transfer"_s.arg(m_params.sessionId));
    interruptStep();
    m_dialLeg->endedAt = m_t;
    m_phase = Phase::Transferring;
    m_transfer = TransferState{target, callLeg, m_t};
    log(u"callTransfer of the %1 leg to %2; hold music for the other party"_s.arg(
        callLeg, Util::maskNumber(target)));
    Util::FormFields fields = baseFields(true, u"Active"_s);
    addTransferFields(fields, u"Active"_s, target, 0);
    notifyEvent(fields);
    ringTransferTarget(target, callLeg);
    return {};
}

void SimCall::ringTransferTarget(const QString &target, const QString &callLeg)
{
    const PhoneBehaviour callee = m_engine.phones().behaviourFor(target);
    const RingOutcome ring = ringOutcome(callee);
    step(ring.seconds, [this, target, callLeg, callee, ring] {
        if (!ring.answers) {
            log(u"transfer target %1: %2"_s.arg(Util::maskNumber(target), ring.hangupCause));
            Util::FormFields fields = baseFields(true, u"TransferCompleted"_s);
            addTransferFields(fields, u"Completed"_s, target, 0);
            fields.append({u"callTransferHangupCause"_s, u"NoActiveClient"_s});
            notifyEvent(fields);
            finish(u"NORMAL_CLEARING"_s);
            return;
        }
        Util::FormFields fields = baseFields(true, u"Transferred"_s);
        addTransferFields(fields, u"Active"_s, target, 0);
        notifyEvent(fields);
        const double started = m_t;
        m_dialLeg = DialLeg{target, m_t, {}, m_dialLeg && m_dialLeg->record};
        m_phase = Phase::Bridged;
        const double remaining
            = qMin(callLeg == u"caller"_s ? INFINITE : m_params.behaviour.talkSeconds,
                secondsLeftForPhoneUser());
        const double length = qMin(callee.talkSeconds, remaining);
        const bool callerEnds = remaining <= callee.talkSeconds;
        step(length, [this, target, started, callerEnds] {
            Util::FormFields done = baseFields(true, u"TransferCompleted"_s);
            addTransferFields(done,
                callerEnds ? u"CallerHangup"_s : u"CalleeHangup"_s,
                target,
                qRound(m_t - started));
            notifyEvent(done);
            endBridge();
        });
    });
}

} // namespace AtSim
