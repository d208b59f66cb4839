#include "keypadbutton.h"

#include <QFontMetrics>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace Ui {

namespace {

// Fonts may be sized in points or in pixels (some platform themes); scale whichever is set.
QFont scaled(QFont f, qreal factor)
{
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(f.pixelSize() * factor));
    return f;
}

} // namespace

KeypadButton::KeypadButton(const QString &key, const QString &letters, QWidget *parent)
    : QPushButton(parent)
    , m_key(key)
    , m_letters(letters)
{
    // Clicking a key must leave the caret in the number field; Tab still reaches every key.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QFont KeypadButton::keyFont() const
{
    QFont f = scaled(font(), 1.9);
    f.setWeight(QFont::Medium);
    return f;
}

QFont KeypadButton::lettersFont() const
{
    QFont f = scaled(font(), 0.8);
    f.setLetterSpacing(QFont::PercentageSpacing, 115);
    return f;
}

QSize KeypadButton::sizeHint() const
{
    const QFontMetrics big(keyFont());
    const QFontMetrics small(lettersFont());
    const int width
        = qMax(big.horizontalAdvance(u'0') * 4, small.horizontalAdvance(m_letters) + 24);
    return {qMax(width, 72), big.height() + small.height() + 16};
}

QSize KeypadButton::minimumSizeHint() const
{
    const QFontMetrics big(keyFont());
    return {big.horizontalAdvance(u'0') * 2 + 12, big.height() + 8};
}

void KeypadButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear(); // the style draws the bevel and focus frame; the labels are ours
    painter.drawControl(QStyle::CE_PushButton, option);

    const QPalette::ColorGroup group = isEnabled() ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = palette().color(group, QPalette::ButtonText);
    QColor faint = ink;
    faint.setAlphaF(0.65f);

    const QFont big = keyFont();
    const QFont small = lettersFont();
    const QFontMetrics bigMetrics(big);
    const QFontMetrics smallMetrics(small);
    const bool hasLetters = !m_letters.isEmpty();
    const int blockHeight = bigMetrics.height() + (hasLetters ? smallMetrics.height() : 0);
    const QRect area = style()->subElementRect(QStyle::SE_PushButtonContents, &option, this);
    const int top = area.top() + (area.height() - blockHeight) / 2;

    painter.setFont(big);
    painter.setPen(ink);
    painter.drawText(QRect(area.left(), top, area.width(), bigMetrics.height()),
        Qt::AlignHCenter | Qt::AlignVCenter,
        m_key);
    if (hasLetters) {
        painter.setFont(small);
        painter.setPen(faint);
        painter.drawText(
            QRect(area.left(), top + bigMetrics.height(), area.width(), smallMetrics.height()),
            Qt::AlignHCenter | Qt::AlignVCenter,
            m_letters);
    }
}

} // namespace Ui
