// The wrap-up panel in the agent's console against a real hub and AT simulator: a call the
// agent dials ends, the panel opens (without blocking the dial pad), the agent saves a
// disposition and notes, and the history table shows them; Skip, a refused save, and the daily
// spend cap's refusal shown on the dial pad in the hub's words.

#include "../hub/hubharness.h"
#include "agent/agentview.h"
#include "calls/calldetailspanel.h"
#include "calls/wrapuppanel.h"
#include "client/hubclient.h"
#include "consolerig.h"
#include "dialer/dialpad.h"
#include "phone/phonenumbers.h"
#include "recordings/recordinglistmodel.h"
#include "shell/consolesettings.h"
#include "shell/mainwindow.h"
#include "widgettestmain.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

// The agent dials the customer from the dial pad; the session id once the call has ended.
QString dialAndWaitForTheEnd(Ui::AgentView &view)
{
    if (!QTest::qWaitFor([&] { return view.dialPad()->isDialEnabled(); }, WAIT_MS))
        return {};
    view.dialPad()->setNumber(CUSTOMER);
    if (!view.dialPad()->dial())
        return {};
    if (!QTest::qWaitFor([&] { return view.details()->hasCall(); }, WAIT_MS))
        return {};
    const QString id = view.details()->call().sessionId;
    if (!QTest::qWaitFor([&] { return view.details()->call().isFinal(); }, WAIT_MS))
        return {};
    return id;
}

// The calls the history answers, in the history table's model.
bool loadHistory(Client::HubClient &client, Ui::RecordingListModel &model)
{
    bool answered = false;
    client.history(Client::HistoryQuery{}, [&](const auto &page) {
        answered = true;
        if (page)
            model.setCalls(page->calls);
    });
    return QTest::qWaitFor([&] { return answered; }, WAIT_MS);
}

int rowOf(const Ui::RecordingListModel &model, const QString &sessionId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.callAt(row).sessionId == sessionId)
            return row;
    }
    return -1;
}

} // namespace

class TestWrapUpPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Ui::ConsoleSettings> m_settings;
    Phone::NumberParser m_numbers;

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<Ui::ConsoleSettings>(
            m_settingsDir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch())));
    }

    void savedWrapUpShowsInTheHistory_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::addColumn<QString>("notes");
        QTest::newRow("a disposition without notes") << u"Resolved"_s << QString();
        QTest::newRow("a callback with notes on two lines")
            << u"Callback requested"_s << u"Call back after 5 pm.\nAsk for Wanjiru."_s;
        QTest::newRow("notes that look like markup stay text")
            << u"Complaint"_s << u"<b>angry</b> & \"loud\" 😠"_s;
    }

    void savedWrapUpShowsInTheHistory()
    {
        QFETCH(QString, disposition);
        QFETCH(QString, notes);
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        Console agent(hub.hub().baseUrl(), *m_settings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        Ui::AgentView *view = agent.window->agentView();
        Ui::WrapUpPanel *panel = view->wrapUp();
        QVERIFY(!panel->isVisible());

        const QString id = dialAndWaitForTheEnd(*view);
        QVERIFY(!id.isEmpty());
        // The call ended: the panel asks for its wrap-up, and the agent can still dial.
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), WAIT_MS);
        QCOMPARE(panel->sessionId(), id);
        QVERIFY(view->dialPad()->isDialEnabled());
        QVERIFY(!panel->saveButton()->isEnabled()); // a disposition first
        QTRY_COMPARE_WITH_TIMEOUT(panel->dispositionBox()->count(), 7, WAIT_MS);

        panel->dispositionBox()->setCurrentIndex(panel->dispositionBox()->findText(disposition));
        panel->notesEdit()->setPlainText(notes);
        QVERIFY(panel->saveButton()->isEnabled());
        QSignalSpy saved(panel, &Ui::WrapUpPanel::saved);
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(WAIT_MS));
        QVERIFY(!panel->isVisible());

        // The history table shows it, and so do the details once the call is selected again.
        Ui::RecordingListModel history;
        QVERIFY(loadHistory(agent.client, history));
        const int row = rowOf(history, id);
        QVERIFY2(row >= 0, "the call has a recording, so the history table lists it");
        QCOMPARE(
            history.index(row, Ui::RecordingListModel::Disposition).data().toString(), disposition);
        QCOMPARE(history.index(row, Ui::RecordingListModel::Notes).data(Qt::ToolTipRole).toString(),
            notes);
        QCOMPARE(history.headerData(
                     Ui::RecordingListModel::Disposition, Qt::Horizontal, Qt::DisplayRole),
            QVariant(u"Disposition"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            view->details()->fieldText(u"disposition"_s), disposition, WAIT_MS);
        QCOMPARE(view->details()->fieldText(u"notes"_s), notes.isEmpty() ? u"—"_s : notes);
        // The hub has it too, as any other console sees it.
        QCOMPARE(hub.get(u"/api/calls/"_s + id, hub.login(u"supervisor1"_s))
                     .json()
                     .value(u"wrapUp"_s)
                     .toObject()
                     .value(u"disposition"_s)
                     .toString(),
            disposition);
    }

    void skipLeavesTheCallForLaterFromItsDetails()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        Console agent(hub.hub().baseUrl(), *m_settings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        Ui::AgentView *view = agent.window->agentView();
        Ui::WrapUpPanel *panel = view->wrapUp();
        const QString id = dialAndWaitForTheEnd(*view);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), WAIT_MS);

        QTest::mouseClick(panel->skipButton(), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
        QVERIFY(hub.get(u"/api/calls/"_s + id, hub.login(u"agent1"_s))
                    .json()
                    .value(u"wrapUp"_s)
                    .isNull());

        // Later, from the call's details: "Wrap up…" opens the panel for it.
        QCOMPARE(view->details()->call().sessionId, id);
        QPushButton *wrapUpButton = nullptr;
        for (QPushButton *button : view->details()->findChildren<QPushButton *>()) {
            if (button->accessibleName() == u"Wrap up the call"_s)
                wrapUpButton = button;
        }
        QVERIFY(wrapUpButton);
        QVERIFY(!wrapUpButton->isHidden());
        QTest::mouseClick(wrapUpButton, Qt::LeftButton);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->sessionId(), id);
        QTRY_COMPARE_WITH_TIMEOUT(panel->dispositionBox()->count(), 7, WAIT_MS);
        panel->dispositionBox()->setCurrentIndex(panel->dispositionBox()->findText(u"Sale"_s));
        QSignalSpy saved(panel, &Ui::WrapUpPanel::saved);
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(WAIT_MS));
        QTRY_COMPARE_WITH_TIMEOUT(view->details()->fieldText(u"disposition"_s), u"Sale"_s, WAIT_MS);
    }

    void tooLongNotesCannotBeSaved()
    {
        HubHarness hub([](Hub::HubConfig &config) { config.wrapUpNotesMaxChars = 12; });
        QVERIFY(hub.startWithStandardUsers());
        Console agent(hub.hub().baseUrl(), *m_settings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        Ui::AgentView *view = agent.window->agentView();
        Ui::WrapUpPanel *panel = view->wrapUp();
        QVERIFY(!dialAndWaitForTheEnd(*view).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), WAIT_MS);
        panel->dispositionBox()->setCurrentIndex(0);
        // The hub's own limit, learnt from GET /api/wrap-up/dispositions.
        panel->notesEdit()->setPlainText(u"1234567890123"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->saveButton()->isEnabled(), WAIT_MS);
        panel->notesEdit()->setPlainText(u"123456789012"_s);
        QVERIFY(panel->saveButton()->isEnabled());
    }

    void theSpendCapRefusalShowsOnTheDialPad()
    {
        HubHarness hub([](Hub::HubConfig &config) { config.dailySpendCap = u"KES 0.000001"_s; });
        QVERIFY(hub.startWithStandardUsers());
        Console agent(hub.hub().baseUrl(), *m_settings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        Ui::AgentView *view = agent.window->agentView();
        QVERIFY(!dialAndWaitForTheEnd(*view).isEmpty()); // the first call spends

        view->dialPad()->setNumber(CUSTOMER);
        QVERIFY(view->dialPad()->dial());
        QTRY_VERIFY_WITH_TIMEOUT(
            view->dialPad()->message().contains(u"Today's spend has reached the daily cap"_s),
            WAIT_MS);
        QVERIFY2(view->dialPad()->message().contains(u"KES 0.000001 cap"_s),
            qPrintable(view->dialPad()->message()));
        QVERIFY(view->statusText().contains(u"resets at midnight"_s));
    }
};

SIMU_WIDGET_TEST_MAIN(TestWrapUpPanel)
#include "tst_wrapuppanel.moc"
