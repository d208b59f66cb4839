#pragma once

// The agent's dial pad: a number field formatted as it is typed, a phone keypad, Dial and
// Redial, and the numbers dialled recently.
//
// It only asks to dial (dialRequested); placing the call is the owner's business, through the
// hub. It never asks for something it cannot dial: the number is checked with
// Phone::NumberParser first and the reason for a refusal is shown under the field.
//
// Keyboard: digits, '+', '*', '#' and Backspace typed anywhere in the pad go to the number;
// Enter or Return dials. Holding the 0 key types '+', as on a phone.

#include "phone/phonenumbers.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace Ui {

class KeypadButton;
class NumberField;

class DialPad : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxRecentNumbers = 20;
    // How long the 0 key is held before it types '+' instead.
    static constexpr int PlusHoldMs = 600;

    explicit DialPad(QWidget *parent = nullptr);
    ~DialPad() override;

    // ISO 3166 code for local numbers ("KE" by default). Reformats what is in the field.
    void setRegion(const QString &regionCode);
    QString region() const;

    // The field as the user sees it, formatted ("0712 345678").
    QString number() const;
    // Fills the field from a number, a SIP address or a tel: link ("tel:+254-712-345-678").
    void setNumber(const QString &numberOrTelLink);

    // E.164 numbers and SIP addresses, most recent first. setRecentNumbers() normalises,
    // de-duplicates and caps the list; the owner persists what recentNumbersChanged() gives.
    void setRecentNumbers(const QStringList &numbers);
    QStringList recentNumbers() const;

    // Dialling is off while the hub is unreachable; the reason is shown under the field.
    void setDialEnabled(bool enabled, const QString &reasonWhenDisabled = {});
    bool isDialEnabled() const;

    // A dial request is on its way to the hub: no second one until it is answered.
    void setBusy(bool busy);
    bool isBusy() const;

    // What the line under the field says: why dialling is off, or why the number was refused.
    QString message() const;
    // The hub refused the call (the daily spend cap, a rate limit, ...): its own words go under
    // the field, like a refused number, until the next edit or dial.
    void showRefusal(const QString &message);

public Q_SLOTS:
    // Checks the number and, if it can be dialled, emits dialRequested. Returns whether it did.
    bool dial();
    // Dials the most recent number again.
    bool redial();
    void clear();

Q_SIGNALS:
    // E.164 ("+254712345678") or a SIP address ("agent2@ke.sip.africastalking.com").
    void dialRequested(const QString &destination);
    void recentNumbersChanged(const QStringList &numbers);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildKeypad(QGridLayout *grid);
    void retranslate();
    bool handleKey(QKeyEvent *event, bool fromField);
    void typeKey(const QString &key);
    void zeroPressed();
    void zeroReleased();
    void plusHeld();
    void remember(const QString &destination);
    void refreshRecents();
    void refreshButtons();
    void refreshMessage();
    void recentChosen(int index);

    Phone::NumberParser m_parser;
    NumberField *m_field = nullptr;
    QPushButton *m_backspace = nullptr;
    QLabel *m_message = nullptr;
    QList<KeypadButton *> m_keys;
    KeypadButton *m_zero = nullptr;
    QPushButton *m_dial = nullptr;
    QPushButton *m_redial = nullptr;
    QComboBox *m_recents = nullptr;
    QTimer *m_plusTimer = nullptr;

    QStringList m_recentNumbers;
    QString m_refusal; // why the last dial was refused; cleared by the next edit
    QString m_disabledReason;
    bool m_dialEnabled = true;
    bool m_busy = false;
};

} // namespace Ui
