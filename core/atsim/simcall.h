#pragma once

// One simulated call, from dialling to its final notification: it posts AT's notifications
// to the app, executes the ActionXML that comes back, and plays the scripted phone users.
//
// Time: every call keeps its own exact timeline in simulated seconds (m_t). Steps such as
// "say this text" or "ring for 3 s" advance it by exact amounts and are paced in real time by
// the SimClock's speed; waiting for the app's HTTP answer takes no simulated time. So
// durations, timestamps and costs are the same on every run with the same seed.

#include "phonebehaviour.h"
#include "util/formcodec.h"
#include "voice/actions.h"
#include "voice/callbackevent.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace AtSim {

class CallEngine;

struct CallParams
{
    QString sessionId;
    Voice::Direction direction = Voice::Direction::Outbound;
    QString callerNumber; // the phone user: the callee of /call, or who rang in
    QString destinationNumber; // the AT number
    QUrl callbackUrl; // the AT number's voice callback URL
    QString clientRequestId; // outbound API calls
    QString clientDialedNumber; // WebRTC clients: what they dialled
    bool webRtcClient = false;
    PhoneBehaviour behaviour; // the phone user's script
};

class SimCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimCall)

public:
    enum class Phase { Dialling, Ringing, Connected, Queued, Bridged, Transferring, Finished };

    SimCall(CallEngine &engine, CallParams params, QObject *parent = nullptr);
    ~SimCall() override;

    void start();

    // Control API: the phone user acts now.
    void hangUpByPhoneUser();
    void pressDigits(const QString &digits);

    // /callTransfer: moves one leg of a bridged call to another number.
    Util::Result<void, QString> transfer(const QString &target, const QString &callLeg);

    // Queues: the engine hands a queued caller to the call that dequeued it.
    void joinBridgeFromQueue(SimCall *peer, double seconds);

    const QString &sessionId() const { return m_params.sessionId; }
    const CallParams &params() const { return m_params; }
    Phase phase() const { return m_phase; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    bool isBridged() const { return m_phase == Phase::Bridged; }
    bool isAwaitingAnswer() const { return m_phase == Phase::Dialling; }
    QJsonObject toJson() const;

Q_SIGNALS:
    void finished(const QString &sessionId);

private:
    // --- timeline (simcall.cpp)
    void step(double seconds, std::function<void()> done);
    void interruptStep();
    double currentTime() const; // m_t, or where a running step has got to
    void handleStepTimeout();
    void log(const QString &event);
    void markConnected();
    double secondsLeftForPhoneUser() const;
    QString billedAddress() const; // whose region's price and currency the call is billed at

    // --- notifications (simcall.cpp)
    Util::FormFields baseFields(bool active, const QString &sessionState) const;
    QString formatTime(double t) const;
    void notify(const QUrl &url,
        const Util::FormFields &fields,
        std::function<void(const Voice::ActionDocument &)> next);
    void notifyEvent(const Util::FormFields &fields);
    void appFailed(const QString &reason);
    void finish(const QString &hangupCause);
    void finishUnanswered(const QString &hangupCause);
    void sendFinal(Util::FormFields fields);
    void phoneUserHungUp();
    void peerLeft();

    // --- actions (simcallactions.cpp)
    void startOutbound();
    void startInbound();
    void runDocument(const Voice::ActionDocument &document);
    void runNext();
    void runSay(const Voice::Say &say);
    void runPlay(const Voice::Play &play);
    void runGetDigits(const Voice::GetDigits &getDigits);
    void finishGetDigits(const Voice::GetDigits &getDigits, const QString &pressed);
    void runDial(const Voice::Dial &dial);
    void dialSequential(const Voice::Dial &dial, int index);
    void bridgeTo(
        const QString &target, const PhoneBehaviour &callee, std::optional<int> maxSeconds);
    void endBridge();
    void runRecord(const Voice::Record &record);
    void runEnqueue(const Voice::Enqueue &enqueue);
    void runDequeue(const Voice::Dequeue &dequeue);
    void runConference();
    void runRedirect(const Voice::Redirect &redirect);
    void runReject();
    void ringTransferTarget(const QString &target, const QString &callLeg);

    struct RingOutcome
    {
        double seconds = 0;
        bool answers = false;
        QString hangupCause;
    };
    RingOutcome ringOutcome(const PhoneBehaviour &behaviour) const;
    double promptSeconds(const QList<Voice::Prompt> &prompts) const;
    static double saySeconds(const Voice::Say &say);

    CallEngine &m_engine;
    CallParams m_params;
    Phase m_phase = Phase::Dialling;

    QUrl m_currentUrl;
    QDateTime m_epoch; // wall-clock time of m_t == 0
    double m_t = 0; // simulated seconds since the call was created
    std::optional<double> m_startedAt; // callStartTime: answer (outbound) or ring (inbound)
    bool m_connected = false; // AT answered / the callee picked up
    std::optional<double> m_phoneUserLeavesAt;
    QList<DtmfPress> m_pendingDtmf;
    QString m_liveDigits;

    QTimer m_timer;
    QElapsedTimer m_stepClock;
    double m_stepStart = 0;
    double m_stepLength = 0;
    std::function<void()> m_stepDone;

    QList<Voice::Action> m_actions;
    bool m_waitingForApp = false;
    bool m_hangUpWhenAppAnswers = false;
    std::optional<Voice::GetDigits> m_awaitingDigits;

    // The dialled (bridged) leg, as the final notification reports it.
    struct DialLeg
    {
        QString destination;
        double startedAt = 0;
        std::optional<double> endedAt;
        bool record = false;
    };
    std::optional<DialLeg> m_dialLeg;
    bool m_dialRinging = false; // a <Dial> rings its targets; nobody has answered yet
    // The other call of an Enqueue/Dequeue bridge; a QPointer because the engine may prune a
    // finished call from its history while this one still runs.
    QPointer<SimCall> m_queuePeer;
    QString m_recordingName; // terminal <Record/> or <Dial record="true">

    struct TransferState
    {
        QString target;
        QString callLeg;
        double startedAt = 0;
    };
    std::optional<TransferState> m_transfer;

    QString m_hangupCause;
    int m_durationSeconds = 0;
    QString m_amount;
    QString m_currency;

    struct LogEntry
    {
        double t;
        QString event;
    };
    QList<LogEntry> m_log;
};

} // namespace AtSim
