#include "numberfield.h"

#include "phone/phonenumbers.h"

#include <QKeyEvent>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// What the formatter keeps: digits and the leading '+'. Separators come and go.
bool isSignificant(QChar c)
{
    return c.isDigit() || c == u'+';
}

qsizetype significantCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (isSignificant(c))
            ++count;
    }
    return count;
}

// The position just after the n-th significant character (0 → the start).
qsizetype positionAfterSignificant(const QString &text, qsizetype n)
{
    if (n <= 0)
        return 0;
    qsizetype seen = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSignificant(text.at(i)) && ++seen == n)
            return i + 1;
    }
    return text.size();
}

} // namespace

NumberField::NumberField(QWidget *parent)
    : QLineEdit(parent)
    , m_formatter(std::make_unique<Phone::AsYouTypeFormatter>(u"KE"_s))
    , m_region(u"KE"_s)
{
    // Long enough for any SIP address AT hands out; E.164 numbers are at most 16 characters.
    setMaxLength(128);
    setInputMethodHints(Qt::ImhDialableCharactersOnly | Qt::ImhNoPredictiveText);
    connect(this, &QLineEdit::textEdited, this, &NumberField::reformat);
}

NumberField::~NumberField() = default;

void NumberField::setRegion(const QString &regionCode)
{
    // The parser behind the formatter falls back to KE for unknown codes; remember what it used.
    m_region = Phone::NumberParser(regionCode).defaultRegion();
    m_formatter = std::make_unique<Phone::AsYouTypeFormatter>(m_region);
    setNumber(text());
}

QString NumberField::region() const
{
    return m_region;
}

void NumberField::typeText(const QString &text)
{
    insert(text);
    reformat();
}

void NumberField::eraseBackward()
{
    if (!hasSelectedText())
        skipSeparators(true);
    backspace();
    reformat();
}

void NumberField::setNumber(const QString &text)
{
    {
        const QScopedValueRollback guard(m_reformatting, true);
        setText(isFormattable(text) ? m_formatter->format(text) : text);
    }
    end(false);
}

bool NumberField::isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

bool NumberField::isFormattable(const QString &text)
{
    for (const QChar c : text) {
        if (!isSignificant(c) && !isSeparator(c))
            return false;
    }
    return true;
}

void NumberField::keyPressEvent(QKeyEvent *event)
{
    if (!hasSelectedText() && event->modifiers() == Qt::NoModifier) {
        if (event->key() == Qt::Key_Backspace)
            skipSeparators(true);
        else if (event->key() == Qt::Key_Delete)
            skipSeparators(false);
    }
    QLineEdit::keyPressEvent(event);
}

void NumberField::skipSeparators(bool backwards)
{
    const QString current = text();
    if (!isFormattable(current))
        return; // a SIP address: a '.' there is part of the name
    qsizetype caret = cursorPosition();
    if (backwards) {
        while (caret > 0 && isSeparator(current.at(caret - 1)))
            --caret;
    } else {
        while (caret < current.size() && isSeparator(current.at(caret)))
            ++caret;
    }
    setCursorPosition(int(caret));
}

void NumberField::reformat()
{
    if (m_reformatting)
        return;
    const QString current = text();
    if (!isFormattable(current))
        return;
    const qsizetype caret = cursorPosition();
    const bool caretAtEnd = caret == current.size();
    const qsizetype digitsBeforeCaret = significantCount(QStringView(current).left(caret));

    const QString formatted = m_formatter->format(current);
    if (formatted == current)
        return;
    const QScopedValueRollback guard(m_reformatting, true);
    setText(formatted);
    setCursorPosition(int(
        caretAtEnd ? formatted.size() : positionAfterSignificant(formatted, digitsBeforeCaret)));
}

} // namespace Ui
