#pragma once

// One key of the dial pad: a large digit with the letters of a phone keypad underneath
// ("2" over "ABC", "0" over "+"), drawn with the palette so it reads in light and dark themes.

#include <QPushButton>
#include <QString>

namespace Ui {

class KeypadButton : public QPushButton
{
    Q_OBJECT

public:
    // `key` is what the button types ("1" … "9", "*", "0", "#"); `letters` the small print.
    KeypadButton(const QString &key, const QString &letters, QWidget *parent = nullptr);

    QString key() const { return m_key; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QFont keyFont() const;
    QFont lettersFont() const;

    QString m_key;
    QString m_letters;
};

} // namespace Ui
