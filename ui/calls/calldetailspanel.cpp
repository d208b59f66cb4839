#include "calldetailspanel.h"

#include "models/callformat.h"
#include "phone/phonenumbers.h"
#include "recordings/recordingplayer.h"
#include "recordings/recordingsource.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

QString timeText(const std::optional<QDateTime> &time)
{
    if (!time || !time->isValid())
        return u"—"_s;
    return QLocale().toString(time->toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CallDetailsPanel::CallDetailsPanel(
    Client::HubClient *client, const Phone::NumberParser &numbers, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_numbers(numbers)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_formBox(new QWidget(this))
    , m_recordingNote(new QLabel(this))
    , m_player(new RecordingPlayer(this))
    , m_transfer(new QPushButton(tr("&Transfer…"), this))
    , m_wrapUp(new QPushButton(tr("&Wrap up…"), this))
{
    setAccessibleName(tr("Call details"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Selected call"));

    m_formBox->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(u"state"_s, tr("State"));
    addField(u"direction"_s, tr("Direction"));
    addField(u"customer"_s, tr("Customer"));
    addField(u"agent"_s, tr("Agent"));
    addField(u"agentLine"_s, tr("Agent's line"));
    addField(u"atNumber"_s, tr("Our number"));
    addField(u"created"_s, tr("Started"));
    addField(u"answered"_s, tr("Answered"));
    addField(u"ended"_s, tr("Ended"));
    addField(u"duration"_s, tr("Duration"));
    addField(u"cost"_s, tr("Cost"));
    addField(u"outcome"_s, tr("How it ended"));
    addField(u"transfer"_s, tr("Transfer"));
    // Typed by people: never read as rich text.
    addField(u"disposition"_s, tr("Disposition"))->setTextFormat(Qt::PlainText);
    addField(u"notes"_s, tr("Notes"))->setTextFormat(Qt::PlainText);
    addField(u"session"_s, tr("Session"));

    m_transfer->setAccessibleName(tr("Transfer the call"));
    m_transfer->setToolTip(tr("Hand the call to another number through Africa's Talking (Ctrl+T). "
                              "The customer hears hold music while it connects."));
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        if (hasCall())
            Q_EMIT transferRequested(m_call);
    });

    m_wrapUp->setAccessibleName(tr("Wrap up the call"));
    m_wrapUp->setToolTip(tr("Record or change the call's disposition and notes."));
    connect(m_wrapUp, &QPushButton::clicked, this, [this] {
        if (hasCall())
            Q_EMIT wrapUpRequested(m_call);
    });

    m_recordingNote->setWordWrap(true);
    m_recordingNote->setAccessibleName(tr("Recording"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_formBox);
    layout->addWidget(m_transfer, 0, Qt::AlignLeft);
    layout->addWidget(m_wrapUp, 0, Qt::AlignLeft);
    layout->addWidget(m_recordingNote);
    layout->addWidget(m_player);
    layout->addStretch(1);
    clear();
}

QLabel *CallDetailsPanel::addField(const QString &name, const QString &label)
{
    auto *value = new QLabel(m_formBox);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    m_form->addRow(label + u':', value);
    m_fields.insert(name, value);
    return value;
}

QString CallDetailsPanel::fieldText(const QString &field) const
{
    if (field == u"recording"_s)
        return m_recordingNote->text();
    if (field == u"title"_s)
        return m_title->text();
    const QLabel *label = m_fields.value(field);
    return label ? label->text() : QString();
}

void CallDetailsPanel::clear()
{
    m_call = {};
    m_title->setText(tr("No call selected"));
    for (QLabel *label : std::as_const(m_fields))
        label->clear();
    m_recordingNote->setText(tr("Select a call to see its details and play its recording."));
    m_player->clear();
    m_player->setVisible(false);
    m_formBox->setVisible(false);
    updateTransferButton();
}

void CallDetailsPanel::setTransferAllowed(bool allowed)
{
    m_transferAllowed = allowed;
    updateTransferButton();
}

void CallDetailsPanel::setWrapUpAllowed(bool allowed)
{
    m_wrapUpAllowed = allowed;
    updateTransferButton();
}

void CallDetailsPanel::updateTransferButton()
{
    m_wrapUp->setVisible(m_wrapUpAllowed && hasCall() && m_call.isFinal());
    m_wrapUp->setText(hasCall() && m_call.wrapUp ? tr("Change &wrap-up…") : tr("&Wrap up…"));
    // AT transfers a call that is up: not one still ringing or already over.
    const bool live = hasCall() && m_call.state == Calls::CallState::InProgress;
    m_transfer->setVisible(m_transferAllowed && hasCall() && !m_call.isFinal());
    m_transfer->setEnabled(live);
    if (hasCall() && !live && !m_call.isFinal())
        m_transfer->setToolTip(tr("A call can be transferred once it is answered."));
}

void CallDetailsPanel::showCall(const Calls::Call &call)
{
    const bool sameCall = call.sessionId == m_call.sessionId;
    const QString previousRecording = m_call.recordingUrl;
    m_call = call;
    m_formBox->setVisible(true);

    const QString customer = call.customerNumber.startsWith(u'+')
        ? m_numbers.formatInternational(call.customerNumber)
        : call.customerNumber;
    m_title->setText(
        tr("%1 call with %2").arg(CallFormat::directionText(call.direction), customer));
    m_fields[u"state"_s]->setText(CallFormat::stateText(call.state));
    m_fields[u"direction"_s]->setText(CallFormat::kindText(call.kind));
    m_fields[u"customer"_s]->setText(
        call.carrierName.isEmpty() ? customer : tr("%1 (%2)").arg(customer, call.carrierName));
    m_fields[u"agent"_s]->setText(call.agent.isEmpty() ? tr("Not yet assigned") : call.agent);
    m_fields[u"agentLine"_s]->setText(call.agentLine.isEmpty() ? u"—"_s
            : call.agentLine.startsWith(u'+') ? m_numbers.formatInternational(call.agentLine)
                                              : call.agentLine);
    m_fields[u"atNumber"_s]->setText(call.atNumber.isEmpty() ? u"—"_s : call.atNumber);
    m_fields[u"created"_s]->setText(timeText(call.createdAt));
    m_fields[u"answered"_s]->setText(timeText(call.answeredAt));
    m_fields[u"ended"_s]->setText(timeText(call.endedAt));
    const auto seconds = CallFormat::liveSeconds(call, QDateTime::currentDateTimeUtc());
    m_fields[u"duration"_s]->setText(call.isFinal()
            ? CallFormat::durationText(seconds)
            : tr("%1 so far").arg(CallFormat::durationText(seconds)));
    if (call.hasCost()) {
        m_fields[u"cost"_s]->setText(CallFormat::cost(call.costAmount, call.currencyCode).text);
        m_fields[u"cost"_s]->setToolTip(tr("Exactly as Africa's Talking reported it: %1 %2")
                                            .arg(call.currencyCode, call.costAmount));
    } else {
        m_fields[u"cost"_s]->setText(
            call.isFinal() ? tr("None reported") : tr("Known when the call ends"));
        m_fields[u"cost"_s]->setToolTip(QString());
    }
    QStringList outcome;
    if (!call.status.isEmpty())
        outcome << call.status;
    if (!call.hangupCause.isEmpty())
        outcome << call.hangupCause;
    m_fields[u"outcome"_s]->setText(outcome.isEmpty() ? u"—"_s : outcome.join(u" · "_s));
    m_fields[u"transfer"_s]->setText(call.transfer.target.isEmpty()
            ? u"—"_s
            : tr("to %1 (%2)")
                  .arg(call.transfer.target,
                      call.transfer.state.isEmpty() ? tr("requested") : call.transfer.state));
    m_fields[u"session"_s]->setText(call.sessionId);
    if (call.wrapUp) {
        m_fields[u"disposition"_s]->setText(call.wrapUp->disposition);
        m_fields[u"disposition"_s]->setToolTip(
            tr("Saved by %1, %2").arg(call.wrapUp->by, timeText(call.wrapUp->at)));
        m_fields[u"notes"_s]->setText(call.wrapUp->notes.isEmpty() ? u"—"_s : call.wrapUp->notes);
    } else {
        m_fields[u"disposition"_s]->setText(
            call.isFinal() ? tr("Not wrapped up yet") : tr("Wrapped up after the call"));
        m_fields[u"disposition"_s]->setToolTip(QString());
        m_fields[u"notes"_s]->setText(u"—"_s);
    }

    if (call.recordingUrl.isEmpty()) {
        m_recordingNote->setText(call.isFinal()
                ? tr("This call has no recording.")
                : tr("The recording becomes available when the call ends."));
        m_player->clear();
        m_player->setVisible(false);
    } else {
        m_recordingNote->setText(tr("Recording"));
        m_player->setVisible(true);
        if (!sameCall || previousRecording != call.recordingUrl)
            loadCallRecording(m_client, m_player, call, false);
    }
    updateTransferButton();
}

} // namespace Ui
