#include "connectionbanner.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"connectionBanner"_s);
    setAccessibleName(tr("Connection to the hub"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label);
    setVisible(false);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionBanner::refreshLostText);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, [this] {
        if (m_state == Client::ConnectionState::Connected)
            setVisible(false);
    });
}

QString ConnectionBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void ConnectionBanner::setState(Client::ConnectionState state)
{
    const Client::ConnectionState before = m_state;
    m_state = state;
    switch (state) {
    case Client::ConnectionState::Disconnected:
        m_tick.stop();
        m_wasLost = false;
        setVisible(false);
        break;
    case Client::ConnectionState::Connecting:
        show(tr("Connecting to the hub…"), Tone::Neutral);
        break;
    case Client::ConnectionState::Reconnecting:
        if (before != Client::ConnectionState::Reconnecting) {
            m_lostFor.start();
            m_wasLost = true;
        }
        m_hide.stop();
        m_tick.start();
        refreshLostText();
        break;
    case Client::ConnectionState::Connected:
        m_tick.stop();
        if (m_wasLost) {
            // The count of missed updates follows in noteCaughtUp(); until then say it plainly.
            show(tr("Reconnected to the hub. Everything shown is up to date again."), Tone::Good);
            m_hide.start(m_noteMs);
        } else {
            setVisible(false);
        }
        break;
    }
}

void ConnectionBanner::noteCaughtUp(int missedEvents)
{
    if (!m_wasLost)
        return;
    m_wasLost = false;
    show(missedEvents > 0
            ? tr("Reconnected to the hub. %n update(s) that happened meanwhile are now shown.",
                nullptr,
                missedEvents)
            : tr("Reconnected to the hub. Nothing changed meanwhile."),
        Tone::Good);
    m_hide.start(m_noteMs);
}

void ConnectionBanner::refreshLostText()
{
    const qint64 seconds = m_lostFor.isValid() ? m_lostFor.elapsed() / 1000 : 0;
    show(tr("The hub cannot be reached (for %n second(s)). Reconnecting by itself; calls shown "
            "may be out of date until then.",
             nullptr,
             int(seconds)),
        Tone::Warning);
}

void ConnectionBanner::show(const QString &text, Tone tone)
{
    m_label->setText(text);
    // Colours that read on light and dark palettes: a tinted background, the palette's text.
    QString background;
    switch (tone) {
    case Tone::Warning:
        background = u"rgba(230, 150, 20, 0.28)"_s;
        break;
    case Tone::Good:
        background = u"rgba(40, 170, 90, 0.22)"_s;
        break;
    case Tone::Neutral:
        background = u"rgba(120, 120, 120, 0.18)"_s;
        break;
    }
    setStyleSheet(u"#connectionBanner { background: %1; border-radius: 4px; }"_s.arg(background));
    setVisible(true);
}

} // namespace Ui
