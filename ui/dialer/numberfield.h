#pragma once

// The dial pad's number field: a QLineEdit that formats phone numbers as they are typed
// ("0712345678" shows as "0712 345678") while keeping the caret next to the digit the user
// just typed or deleted, wherever in the number that was.
//
// Only text made of digits, '+' and separators is reformatted; a SIP address or anything with
// letters is left exactly as typed, so the field doubles as a SIP address entry.

#include <QLineEdit>
#include <QString>

#include <memory>

namespace Phone {
class AsYouTypeFormatter;
}

namespace Ui {

class NumberField : public QLineEdit
{
    Q_OBJECT

public:
    explicit NumberField(QWidget *parent = nullptr);
    ~NumberField() override;

    // ISO 3166 code of the region local numbers belong to ("KE", "UG"); reformats the text.
    void setRegion(const QString &regionCode);
    QString region() const;

    // Inserts at the caret (replacing any selection) and reformats: the keypad's way in.
    void typeText(const QString &text);
    // Deletes the digit before the caret, stepping over separators: the keypad's backspace.
    void eraseBackward();
    // Replaces the whole text, formatted, with the caret at the end.
    void setNumber(const QString &text);

    // Separators the formatter inserts or a user may type: spaces, dashes, dots, parentheses.
    static bool isSeparator(QChar c);
    // Digits, '+' and separators only: text the formatter may rewrite.
    static bool isFormattable(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reformat();
    // Moves the caret over the separators next to it, so Backspace/Delete remove a digit
    // instead of a space the formatter would put straight back.
    void skipSeparators(bool backwards);

    std::unique_ptr<Phone::AsYouTypeFormatter> m_formatter;
    QString m_region;
    bool m_reformatting = false;
};

} // namespace Ui
