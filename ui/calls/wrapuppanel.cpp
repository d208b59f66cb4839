#include "wrapuppanel.h"

#include "models/callformat.h"
#include "phone/phonenumbers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// The hub's defaults, so the panel works before (or without) GET /api/wrap-up/dispositions.
Client::WrapUpChoices defaultChoices()
{
    return Client::WrapUpChoices{{u"Resolved"_s,
                                     u"Follow-up needed"_s,
                                     u"Callback requested"_s,
                                     u"Sale"_s,
                                     u"Complaint"_s,
                                     u"Wrong number"_s,
                                     u"Other"_s},
        2000};
}

qsizetype characters(const QString &text)
{
    return text.toUcs4().size(); // as the hub counts them: an emoji is one
}

} // namespace

WrapUpPanel::WrapUpPanel(
    Client::HubClient &client, const Phone::NumberParser &numbers, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_numbers(numbers)
    , m_title(new QLabel(this))
    , m_disposition(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_skip(new QPushButton(tr("S&kip"), this))
{
    setObjectName(u"wrapUpPanel"_s);
    setAccessibleName(tr("Wrap-up"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);

    m_disposition->setAccessibleName(tr("Disposition"));
    m_disposition->setPlaceholderText(tr("Choose how the call ended…"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes for whoever handles this customer next"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 6);
    m_count->setAlignment(Qt::AlignRight);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    m_save->setAccessibleName(tr("Save the wrap-up"));
    m_skip->setAccessibleName(tr("Skip the wrap-up"));
    m_skip->setToolTip(tr("Leave this call without a wrap-up; it can be wrapped up later from "
                          "its details."));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Disposition:"), m_disposition);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_disposition, &QComboBox::currentIndexChanged, this, &WrapUpPanel::refreshState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &WrapUpPanel::refreshState);
    connect(m_save, &QPushButton::clicked, this, &WrapUpPanel::save);
    connect(m_skip, &QPushButton::clicked, this, &WrapUpPanel::skip);

    setChoices(defaultChoices());
    setVisible(false);
}

void WrapUpPanel::loadChoices()
{
    QPointer<WrapUpPanel> self(this);
    m_client.dispositions([self](const auto &result) {
        if (self && result && !result->dispositions.isEmpty())
            self->setChoices(*result);
    });
}

void WrapUpPanel::setChoices(const Client::WrapUpChoices &choices)
{
    const QString chosen = m_disposition->currentText();
    m_choices = choices;
    m_disposition->clear();
    m_disposition->addItems(choices.dispositions);
    m_disposition->setCurrentIndex(m_disposition->findText(chosen)); // -1: the placeholder
    refreshState();
}

void WrapUpPanel::offer(const Calls::Call &call)
{
    if (call.sessionId.isEmpty() || call.wrapUp || call.sessionId == m_call.sessionId)
        return;
    for (const Calls::Call &waiting : std::as_const(m_waiting)) {
        if (waiting.sessionId == call.sessionId)
            return;
    }
    if (!m_call.sessionId.isEmpty()) {
        m_waiting.append(call);
        while (m_waiting.size() > MaxWaiting)
            m_waiting.removeFirst();
        refreshState();
        return;
    }
    open(call);
}

void WrapUpPanel::open(const Calls::Call &call)
{
    if (!m_call.sessionId.isEmpty() && m_call.sessionId != call.sessionId)
        m_waiting.prepend(m_call); // not lost: back to it after this one
    m_waiting.removeIf(
        [&call](const Calls::Call &waiting) { return waiting.sessionId == call.sessionId; });
    m_call = call;
    m_saving = false;
    const QString customer = call.customerNumber.startsWith(u'+')
        ? m_numbers.formatInternational(call.customerNumber)
        : call.customerNumber;
    m_title->setText(tr("Wrap up the %1 call with %2")
                         .arg(CallFormat::directionText(call.direction).toLower(), customer));
    m_disposition->setCurrentIndex(
        call.wrapUp ? m_disposition->findText(call.wrapUp->disposition) : -1);
    m_notes->setPlainText(call.wrapUp ? call.wrapUp->notes : QString());
    m_message->setVisible(false);
    setVisible(true);
    refreshState();
}

QString WrapUpPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void WrapUpPanel::save()
{
    if (m_call.sessionId.isEmpty() || m_saving || m_disposition->currentIndex() < 0)
        return;
    m_saving = true;
    refreshState();
    const QString sessionId = m_call.sessionId;
    QPointer<WrapUpPanel> self(this);
    m_client.saveWrapUp(sessionId,
        m_disposition->currentText(),
        m_notes->toPlainText(),
        [self, sessionId](const Util::Result<Calls::Call, Client::ClientError> &result) {
            if (!self || self->m_call.sessionId != sessionId)
                return;
            self->m_saving = false;
            if (!result) {
                self->showMessage(
                    tr("The wrap-up was not saved: %1").arg(result.error().message), true);
                self->refreshState();
                return;
            }
            Q_EMIT self->saved(*result);
            self->showNext();
        });
}

void WrapUpPanel::skip()
{
    if (m_call.sessionId.isEmpty())
        return;
    const QString sessionId = m_call.sessionId;
    Q_EMIT skipped(sessionId);
    showNext();
}

void WrapUpPanel::showNext()
{
    m_call = {};
    m_saving = false;
    if (!m_waiting.isEmpty()) {
        open(m_waiting.takeLast()); // the most recent call first: it is freshest in mind
        return;
    }
    setVisible(false);
}

void WrapUpPanel::refreshState()
{
    const qsizetype used = characters(m_notes->toPlainText());
    const bool tooLong = used > m_choices.notesMaxChars;
    m_count->setText(m_waiting.isEmpty()
            ? tr("%1 / %2").arg(used).arg(m_choices.notesMaxChars)
            : tr("%1 / %2 · %n more call(s) to wrap up", nullptr, int(m_waiting.size()))
                  .arg(used)
                  .arg(m_choices.notesMaxChars));
    m_count->setStyleSheet(tooLong ? u"color: #d13438;"_s : QString());
    m_save->setEnabled(!m_saving && m_disposition->currentIndex() >= 0 && !tooLong);
    m_save->setToolTip(m_disposition->currentIndex() < 0 ? tr("Choose a disposition first.")
            : tooLong
            ? tr("The notes are %1 characters too long.").arg(used - m_choices.notesMaxChars)
            : QString());
    m_skip->setEnabled(!m_saving);
}

void WrapUpPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #d13438;"_s : QString());
    m_message->setVisible(true);
}

} // namespace Ui
