#include "transferdialog.h"

#include "models/callformat.h"
#include "phone/phonenumbers.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

TransferDialog::TransferDialog(Client::HubClient &client,
    const Phone::NumberParser &numbers,
    const Calls::Call &call,
    QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_numbers(numbers)
    , m_call(call)
    , m_target(new QLineEdit(this))
    , m_leg(new QButtonGroup(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Transfer call"));
    setAccessibleName(tr("Transfer call"));

    auto *intro = new QLabel(tr("Transfer the call with %1 to another number. Africa's Talking "
                                "connects it blind: the remaining party hears hold music until "
                                "the new number answers, and the call then leaves this console.")
                                 .arg(call.customerNumber),
        this);
    intro->setWordWrap(true);

    m_target->setAccessibleName(tr("Transfer to"));
    m_target->setPlaceholderText(
        tr("0712 345678, +254712345678 or name@ke.sip.africastalking.com"));

    const bool inbound = call.direction == Voice::Direction::Inbound;
    auto *callee = new QRadioButton(inbound ? tr("The answering side (callee; the agent's leg)")
                                            : tr("The dialled side (callee; the customer's leg)"),
        this);
    auto *caller = new QRadioButton(inbound ? tr("The calling side (caller; the customer's leg)")
                                            : tr("The calling side (caller; our number's leg)"),
        this);
    callee->setAccessibleName(tr("Transfer the callee leg"));
    caller->setAccessibleName(tr("Transfer the caller leg"));
    callee->setToolTip(tr("Africa's Talking's default."));
    m_leg->addButton(callee, 0);
    m_leg->addButton(caller, 1);
    callee->setChecked(true);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d13438;"_s);
    m_error->setAccessibleName(tr("Transfer error"));
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Transfer"));
    m_ok->setAccessibleName(tr("Transfer"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Transfer &to:"), m_target);
    auto *legs = new QVBoxLayout;
    legs->addWidget(callee);
    legs->addWidget(caller);
    form->addRow(tr("Leg:"), legs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void TransferDialog::setTarget(const QString &number)
{
    m_target->setText(number);
}

QString TransferDialog::chosenLeg() const
{
    return m_leg->checkedId() == 1 ? u"caller"_s : u"callee"_s;
}

QString TransferDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TransferDialog::accept()
{
    const auto address = m_numbers.parse(m_target->text());
    if (!address) {
        m_error->setText(address.error().message);
        m_error->setVisible(true);
        m_target->setFocus();
        return;
    }
    m_error->setVisible(false);
    m_ok->setEnabled(false);
    m_ok->setText(tr("Transferring…"));
    QPointer<TransferDialog> self(this);
    m_client.transfer(m_call.sessionId,
        Client::TransferRequest{address->value, chosenLeg()},
        [self](const auto &result) {
            if (!self)
                return;
            self->m_ok->setEnabled(true);
            self->m_ok->setText(tr("Transfer"));
            if (!result) {
                self->m_error->setText(
                    tr("The transfer was not made: %1").arg(result.error().message));
                self->m_error->setVisible(true);
                return;
            }
            Q_EMIT self->transferred(*result);
            self->QDialog::accept();
        });
}

} // namespace Ui
