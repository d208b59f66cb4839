#include "dialpad.h"

#include "keypadbutton.h"
#include "numberfield.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

struct KeyLabel
{
    const char16_t *key;
    const char16_t *letters;
};

// E.161's letters: part of the keypad, not of the language, so never translated.
constexpr KeyLabel KEYPAD[] = {
    {u"1", u""},
    {u"2", u"ABC"},
    {u"3", u"DEF"},
    {u"4", u"GHI"},
    {u"5", u"JKL"},
    {u"6", u"MNO"},
    {u"7", u"PQRS"},
    {u"8", u"TUV"},
    {u"9", u"WXYZ"},
    {u"*", u""},
    {u"0", u"+"},
    {u"#", u""},
};

// "tel:+254-712-345-678;phone-context=…" → "+254-712-345-678"; anything else as it came.
QString numberFromLink(const QString &link)
{
    QString value = link.trimmed();
    if (!value.startsWith(u"tel:"_s, Qt::CaseInsensitive))
        return value;
    value = value.mid(4);
    if (value.startsWith(u"//"_s))
        value = value.mid(2);
    value = value.section(u';', 0, 0); // tel: parameters (RFC 3966) say nothing we can dial
    return QUrl::fromPercentEncoding(value.toUtf8()).trimmed();
}

// A stylesheet only for Dial: the one accent colour, with white text that reads on it in
// light and dark themes alike. Disabled, it falls back to the palette.
const QString DIAL_STYLE = uR"(
QPushButton {
    background-color: #1e8e3e; color: white; border: 1px solid #176f30;
    border-radius: 6px; padding: 8px 16px; font-weight: bold;
}
QPushButton:hover { background-color: #23a047; }
QPushButton:pressed { background-color: #176f30; }
QPushButton:focus { border: 2px solid palette(highlight); }
QPushButton:disabled {
    background-color: palette(button); color: palette(mid); border: 1px solid palette(mid);
}
)"_s;

} // namespace

DialPad::DialPad(QWidget *parent)
    : QWidget(parent)
    , m_field(new NumberField(this))
    , m_backspace(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_dial(new QPushButton(this))
    , m_redial(new QPushButton(this))
    , m_recents(new QComboBox(this))
    , m_plusTimer(new QTimer(this))
{
    m_field->setObjectName(u"numberField"_s);
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setClearButtonEnabled(false);
    QFont fieldFont = m_field->font();
    if (fieldFont.pointSizeF() > 0)
        fieldFont.setPointSizeF(fieldFont.pointSizeF() * 1.6);
    m_field->setFont(fieldFont);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        if (!m_refusal.isEmpty()) {
            m_refusal.clear();
            refreshMessage();
        }
    });

    m_backspace->setObjectName(u"backspaceButton"_s);
    m_backspace->setText(u"\u232B"_s); // ⌫
    m_backspace->setFocusPolicy(Qt::TabFocus);
    m_backspace->setAutoRepeat(true);
    // Square, as tall as the field beside it, with a glyph big enough to hit.
    const int fieldHeight = m_field->sizeHint().height();
    m_backspace->setFixedSize(fieldHeight * 3 / 2, fieldHeight);
    m_backspace->setFont(fieldFont);
    connect(m_backspace, &QPushButton::clicked, m_field, &NumberField::eraseBackward);

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    // Room for the message even while there is none, so the keypad does not jump under the
    // user's finger when a reason appears.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);

    m_dial->setObjectName(u"dialButton"_s);
    m_dial->setStyleSheet(DIAL_STYLE);
    m_dial->setMinimumHeight(44);
    m_dial->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_dial, &QPushButton::clicked, this, &DialPad::dial);

    m_redial->setObjectName(u"redialButton"_s);
    m_redial->setMinimumHeight(44);
    // Clicking Dial or Redial leaves the caret in the field, ready for the next number.
    m_dial->setFocusPolicy(Qt::TabFocus);
    m_redial->setFocusPolicy(Qt::TabFocus);
    connect(m_redial, &QPushButton::clicked, this, &DialPad::redial);

    m_recents->setObjectName(u"recentNumbers"_s);
    connect(m_recents, &QComboBox::activated, this, &DialPad::recentChosen);

    m_plusTimer->setSingleShot(true);
    m_plusTimer->setInterval(PlusHoldMs);
    connect(m_plusTimer, &QTimer::timeout, this, &DialPad::plusHeld);

    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(m_backspace);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    buildKeypad(grid);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_redial);
    actions->addWidget(m_dial, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fieldRow);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);
    layout->addLayout(actions);
    layout->addWidget(m_recents);

    // Keys typed while a button or the recents list has focus still reach the number. (Not
    // the recents popup: Return there picks an entry.)
    for (QWidget *child :
        std::initializer_list<QWidget *>{m_field, m_backspace, m_dial, m_redial, m_recents})
        child->installEventFilter(this);
    for (KeypadButton *key : std::as_const(m_keys))
        key->installEventFilter(this);
    setFocusProxy(m_field);

    retranslate();
    refreshRecents();
    refreshButtons();
    refreshMessage();
}

DialPad::~DialPad() = default;

void DialPad::buildKeypad(QGridLayout *grid)
{
    int index = 0;
    for (const KeyLabel &label : KEYPAD) {
        const QString key = QString::fromUtf16(label.key);
        auto *button = new KeypadButton(key, QString::fromUtf16(label.letters), this);
        button->setObjectName(u"key_"_s + key);
        grid->addWidget(button, index / 3, index % 3);
        if (key == u"0"_s) {
            // Pressed and released, not clicked: holding it types '+' instead.
            m_zero = button;
            connect(button, &QPushButton::pressed, this, &DialPad::zeroPressed);
            connect(button, &QPushButton::released, this, &DialPad::zeroReleased);
        } else {
            connect(button, &QPushButton::clicked, this, [this, key] { typeKey(key); });
        }
        m_keys.append(button);
        ++index;
    }
}

void DialPad::retranslate()
{
    m_field->setPlaceholderText(tr("Number or SIP address"));
    m_field->setAccessibleName(tr("Number to dial"));
    m_field->setAccessibleDescription(
        tr("A phone number, local or international, or an Africa's Talking SIP address."));
    m_backspace->setAccessibleName(tr("Delete last digit"));
    m_backspace->setToolTip(tr("Delete last digit (Backspace)"));
    m_message->setAccessibleName(tr("Dial pad message"));
    for (KeypadButton *key : std::as_const(m_keys)) {
        if (key->key() == u"*"_s)
            key->setAccessibleName(tr("Star"));
        else if (key->key() == u"#"_s)
            key->setAccessibleName(tr("Hash"));
        else if (key == m_zero)
            key->setAccessibleName(tr("0 (hold for +)"));
        else
            key->setAccessibleName(key->key());
    }
    m_zero->setToolTip(tr("Hold for +"));
    m_dial->setAccessibleName(tr("Dial"));
    m_dial->setToolTip(tr("Dial the number (Enter)"));
    m_redial->setText(tr("Redial"));
    m_redial->setAccessibleName(tr("Redial"));
    m_recents->setAccessibleName(tr("Recent numbers"));
    m_recents->setPlaceholderText(tr("Recent numbers"));
    refreshButtons();
    refreshRecents();
    refreshMessage();
}

void DialPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DialPad::setRegion(const QString &regionCode)
{
    m_parser = Phone::NumberParser(regionCode);
    m_field->setRegion(m_parser.defaultRegion());
}

QString DialPad::region() const
{
    return m_parser.defaultRegion();
}

QString DialPad::number() const
{
    return m_field->text();
}

void DialPad::setNumber(const QString &numberOrTelLink)
{
    m_field->setNumber(numberFromLink(numberOrTelLink));
    m_field->setFocus();
}

void DialPad::setRecentNumbers(const QStringList &numbers)
{
    QStringList normalised;
    for (const QString &number : numbers) {
        const auto address = m_parser.parse(number);
        // Kept as stored when unreadable here (a number saved under another region setting
        // may still be fine): dropping the user's history silently would be worse.
        const QString value = address ? address->value : number.trimmed();
        if (!value.isEmpty() && !normalised.contains(value))
            normalised.append(value);
        if (normalised.size() == MaxRecentNumbers)
            break;
    }
    if (normalised == m_recentNumbers)
        return;
    m_recentNumbers = normalised;
    refreshRecents();
    refreshButtons();
}

QStringList DialPad::recentNumbers() const
{
    return m_recentNumbers;
}

void DialPad::setDialEnabled(bool enabled, const QString &reasonWhenDisabled)
{
    m_dialEnabled = enabled;
    m_disabledReason = enabled ? QString() : reasonWhenDisabled;
    refreshButtons();
    refreshMessage();
}

bool DialPad::isDialEnabled() const
{
    return m_dialEnabled;
}

void DialPad::setBusy(bool busy)
{
    m_busy = busy;
    refreshButtons();
}

bool DialPad::isBusy() const
{
    return m_busy;
}

QString DialPad::message() const
{
    return m_message->text();
}

void DialPad::showRefusal(const QString &message)
{
    m_refusal = message;
    refreshMessage();
}

bool DialPad::dial()
{
    if (!m_dialEnabled || m_busy)
        return false;
    const auto address = m_parser.parse(m_field->text());
    if (!address) {
        m_refusal = address.error().message;
        refreshMessage();
        return false;
    }
    if (address->kind == Phone::AddressKind::WebRtcClient) {
        m_refusal = tr("“%1” looks like a browser client's name. Enter a phone number or a SIP "
                       "address.")
                        .arg(address->value);
        refreshMessage();
        return false;
    }
    m_refusal.clear();
    refreshMessage();
    remember(address->value);
    Q_EMIT dialRequested(address->value);
    return true;
}

bool DialPad::redial()
{
    if (!m_dialEnabled || m_busy || m_recentNumbers.isEmpty())
        return false;
    const QString destination = m_recentNumbers.constFirst();
    m_field->setNumber(destination);
    m_refusal.clear();
    refreshMessage();
    Q_EMIT dialRequested(destination);
    return true;
}

void DialPad::clear()
{
    m_field->clear();
    m_refusal.clear();
    refreshMessage();
}

void DialPad::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event, false))
        QWidget::keyPressEvent(event);
}

bool DialPad::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event), watched == m_field);
    return QWidget::eventFilter(watched, event);
}

bool DialPad::handleKey(QKeyEvent *event, bool fromField)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        dial();
        return true;
    }
    if (fromField)
        return false; // the field edits itself (and skips separators on Backspace)
    const Qt::KeyboardModifiers typing
        = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (typing != Qt::NoModifier)
        return false; // shortcuts stay shortcuts
    if (event->key() == Qt::Key_Backspace) {
        m_field->eraseBackward();
        m_field->setFocus();
        return true;
    }
    // Digits, '+', '*' and '#', and letters too (the start of a SIP address). Space is left
    // alone: it presses the focused button.
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isPrint() && !text.at(0).isSpace()) {
        typeKey(text);
        return true;
    }
    return false;
}

void DialPad::typeKey(const QString &key)
{
    m_field->typeText(key);
    m_field->setFocus();
}

void DialPad::zeroPressed()
{
    m_plusTimer->start();
}

void DialPad::zeroReleased()
{
    // Released before the hold time: an ordinary 0. After it, plusHeld() already typed '+'.
    if (m_plusTimer->isActive()) {
        m_plusTimer->stop();
        typeKey(u"0"_s);
    }
}

void DialPad::plusHeld()
{
    typeKey(u"+"_s);
}

void DialPad::remember(const QString &destination)
{
    m_recentNumbers.removeAll(destination);
    m_recentNumbers.prepend(destination);
    while (m_recentNumbers.size() > MaxRecentNumbers)
        m_recentNumbers.removeLast();
    refreshRecents();
    refreshButtons();
    Q_EMIT recentNumbersChanged(m_recentNumbers);
}

void DialPad::refreshRecents()
{
    m_recents->clear();
    for (const QString &destination : std::as_const(m_recentNumbers))
        m_recents->addItem(m_parser.formatInternational(destination), destination);
    m_recents->setCurrentIndex(-1); // shows the placeholder, so choosing any entry is a change
    m_recents->setEnabled(!m_recentNumbers.isEmpty());
}

void DialPad::recentChosen(int index)
{
    const QString destination = m_recents->itemData(index).toString();
    m_recents->setCurrentIndex(-1);
    if (!destination.isEmpty())
        setNumber(destination);
}

void DialPad::refreshButtons()
{
    const bool canDial = m_dialEnabled && !m_busy;
    m_dial->setEnabled(canDial);
    m_dial->setText(m_busy ? tr("Dialling…") : tr("Dial"));
    m_redial->setEnabled(canDial && !m_recentNumbers.isEmpty());
    if (m_recentNumbers.isEmpty()) {
        m_redial->setToolTip(tr("Nothing dialled yet"));
        m_redial->setAccessibleDescription({});
    } else {
        const QString last = m_parser.formatInternational(m_recentNumbers.constFirst());
        m_redial->setToolTip(tr("Dial %1 again").arg(last));
        m_redial->setAccessibleDescription(tr("Dial %1 again").arg(last));
    }
}

void DialPad::refreshMessage()
{
    // Not being able to dial at all matters more than what is wrong with this number.
    const QString text = !m_dialEnabled ? m_disabledReason : m_refusal;
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
}

} // namespace Ui
