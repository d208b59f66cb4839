#include "spendpanel.h"

#include "models/callformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace Ui {

SpendPanel::SpendPanel(Client::HubClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_summary(new QLabel(this))
{
    setObjectName(u"spendPanel"_s);
    setAccessibleName(tr("Today's spend"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Today's spend"));
    m_summary->setText(tr("<b>Spent today:</b> …"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);

    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &SpendPanel::refresh);
    connect(&m_periodic, &QTimer::timeout, this, &SpendPanel::refresh);
    m_periodic.start(PeriodMs);
}

void SpendPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SpendPanel::callEnded()
{
    // The first end in a quiet spell is shown at once; later ones wait until two seconds have
    // passed since the last request, so a burst of ends is one request (the timer is not
    // restarted while it runs).
    if (m_soon.isActive())
        return;
    const qint64 since = m_lastRequest.isValid() ? m_lastRequest.elapsed() : CallEndedDelayMs;
    m_soon.start(int(qMax<qint64>(0, CallEndedDelayMs - since)));
}

void SpendPanel::refresh()
{
    if (m_inFlight) {
        m_againAfter = true;
        return;
    }
    if (!m_client.isLoggedIn())
        return;
    m_inFlight = true;
    m_lastRequest.start();
    QPointer<SpendPanel> self(this);
    m_client.spendToday(
        [self](const Util::Result<Client::SpendToday, Client::ClientError> &result) {
            if (!self)
                return;
            self->m_inFlight = false;
            if (result)
                self->setSpend(*result);
            else
                self->m_summary->setToolTip(
                    tr("Today's spend could not be read: %1").arg(result.error().message));
            if (self->m_againAfter) {
                self->m_againAfter = false;
                self->callEnded();
            }
        });
}

void SpendPanel::setSpend(const Client::SpendToday &spend)
{
    QStringList currencies = spend.spent.keys();
    for (const QString &capped : spend.cap.keys()) {
        if (!currencies.contains(capped))
            currencies << capped;
    }
    currencies.sort();
    QStringList parts;
    for (const QString &currency : std::as_const(currencies)) {
        const QString spent
            = CallFormat::cost(spend.spent.value(currency, u"0"_s), currency).text.toHtmlEscaped();
        if (!spend.cap.contains(currency)) {
            parts << spent;
            continue;
        }
        const QString cap
            = CallFormat::cost(spend.cap.value(currency), currency).text.toHtmlEscaped();
        const QString left = CallFormat::cost(spend.remaining.value(currency, u"0"_s), currency)
                                 .text.toHtmlEscaped();
        parts << tr("%1 of the %2 daily cap (%3 left)").arg(spent, cap, left);
    }
    QString text = tr("<b>Spent today:</b> %1")
                       .arg(parts.isEmpty() ? tr("nothing yet") : parts.join(u" · "_s));
    m_capReached = spend.capReached;
    if (spend.capReached)
        text += u"<br><span style=\"color:#d13438\">"_s
            + tr("The daily spend cap is reached: no calls can be placed until midnight (%1).")
                  .arg(
                      QLocale().toString(spend.resetsAt.toLocalTime().time(), QLocale::ShortFormat))
                  .toHtmlEscaped()
            + u"</span>"_s;
    m_summary->setText(text);
    m_summary->setToolTip(spend.capped
            ? tr("Costs as Africa's Talking reports them when calls end, since midnight. The cap "
                 "is per currency.")
            : tr("Costs as Africa's Talking reports them when calls end, since midnight. No "
                 "daily cap is set."));
}

QString SpendPanel::text() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

} // namespace Ui
