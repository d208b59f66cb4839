#pragma once

// Transfer a live call to another number through the hub (AT's /callTransfer: a blind
// transfer; the remaining party hears hold music while it connects). The number is checked
// before anything is sent, and the hub's answer (or refusal) is shown in words.

#include "calls/call.h"
#include "client/hubclient.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Phone {
class NumberParser;
}

namespace Ui {

class TransferDialog final : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(Client::HubClient &client,
        const Phone::NumberParser &numbers,
        const Calls::Call &call,
        QWidget *parent = nullptr);

    void setTarget(const QString &number);
    // "" (AT's default, the callee), "caller" or "callee".
    QString chosenLeg() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void transferred(const Calls::Call &call);

private:
    Client::HubClient &m_client;
    const Phone::NumberParser &m_numbers;
    Calls::Call m_call;
    QLineEdit *m_target;
    QButtonGroup *m_leg;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace Ui
