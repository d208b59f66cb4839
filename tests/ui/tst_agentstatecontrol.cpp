// Agent states in the console, against a real hub and simulator: the agent's own state control
// (what it says, going away with a reason, after-call work counting down, "Ready") and the
// supervisor's wallboard, whose state column follows agent_update events live.

#include "../hub/hubharness.h"
#include "agent/agentstatecontrol.h"
#include "agent/agentstatetext.h"
#include "client/hubclient.h"
#include "consolerig.h"
#include "phone/phonenumbers.h"
#include "shell/consolesettings.h"
#include "shell/mainwindow.h"
#include "supervisor/agentsmodel.h"
#include "supervisor/supervisorview.h"
#include "widgettestmain.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace HubTest;

namespace {

// The wallboard's words for an agent's state, or "" when the agent has no row.
QString wallboardState(
    Ui::SupervisorView *view, const QString &username, int role = Qt::DisplayRole)
{
    Ui::AgentsModel *model = view->agentsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Ui::AgentsModel::UsernameRole).toString() == username) {
            const QVariant value = model->index(row, Ui::AgentsModel::State).data(role);
            return role == Qt::DecorationRole ? value.value<QColor>().name() : value.toString();
        }
    }
    return {};
}

} // namespace

class TestAgentStateControl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Phone::NumberParser m_numbers{u"KE"_s};

private Q_SLOTS:
    void wordsNameEveryStateWithItsColour_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("colour");
        QTest::newRow("available is green")
            << u"available"_s << QString() << u"Available"_s << u"#1f9d55"_s;
        QTest::newRow("away says why")
            << u"away"_s << u"Lunch"_s << u"Away ▸ Lunch"_s << u"#e08e0b"_s;
        QTest::newRow("after-call work")
            << u"after_call_work"_s << QString() << u"After-call work"_s << u"#1e6fd9"_s;
        QTest::newRow("busy is red") << u"busy"_s << QString() << u"Busy"_s << u"#c62828"_s;
        QTest::newRow("offline is grey")
            << u"offline"_s << QString() << u"Offline"_s << u"#808080"_s;
        QTest::newRow("a state from a newer hub is not hidden")
            << u"training"_s << QString() << u"Unknown"_s << u"#808080"_s;
    }

    void wordsNameEveryStateWithItsColour()
    {
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QFETCH(QString, label);
        QFETCH(QString, colour);
        QCOMPARE(Ui::AgentStateText::label(state, reason), label);
        QCOMPARE(Ui::AgentStateText::colour(state).name(), colour);
        QVERIFY(!Ui::AgentStateText::explanation(state).isEmpty());
    }

    void theAgentChangesStateAndTheWallboardFollowsLive()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        Ui::ConsoleSettings supervisorSettings(m_settingsDir.filePath(u"supervisor.ini"_s));
        Ui::ConsoleSettings agentSettings(m_settingsDir.filePath(u"agent.ini"_s));
        Console supervisor(hub.hub().baseUrl(), supervisorSettings, m_numbers);
        QVERIFY(supervisor.logIn(u"supervisor1"_s));
        auto *wallboard = supervisor.window->findChild<Ui::SupervisorView *>();
        QVERIFY(wallboard);
        QTRY_COMPARE_WITH_TIMEOUT(wallboardState(wallboard, u"agent1"_s), u"Offline"_s, WAIT_MS);

        // Signing in makes agent1 available: their control says so, and the wallboard too.
        Console agent(hub.hub().baseUrl(), agentSettings, m_numbers);
        QVERIFY(agent.logIn(u"agent1"_s));
        auto *control = agent.window->findChild<Ui::AgentStateControl *>();
        QVERIFY(control);
        QVERIFY(control->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(control->stateText().startsWith(u"Available · "_s), WAIT_MS);
        QVERIFY(!control->readyButton()->isVisible());
        // Live: well within the wallboard's 15 s safety-net refresh.
        QTRY_COMPARE_WITH_TIMEOUT(wallboardState(wallboard, u"agent1"_s), u"Available"_s, 5000);
        QCOMPARE(wallboardState(wallboard, u"agent1"_s, Qt::DecorationRole), u"#1f9d55"_s);

        // Away, with a reason from the hub's list.
        QTRY_VERIFY_WITH_TIMEOUT(!control->awayMenu()->actions().isEmpty(), WAIT_MS);
        QAction *lunch = nullptr;
        for (QAction *action : control->awayMenu()->actions())
            lunch = action->text() == u"Lunch"_s ? action : lunch;
        QVERIFY(lunch);
        lunch->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(control->stateText().startsWith(u"Away ▸ Lunch · "_s), WAIT_MS);
        QVERIFY(control->readyButton()->isVisible());
        QCOMPARE(control->readyButton()->text(), u"Available"_s);
        QTRY_COMPARE_WITH_TIMEOUT(wallboardState(wallboard, u"agent1"_s), u"Away ▸ Lunch"_s, 5000);
        QCOMPARE(hub.get(u"/api/me"_s, hub.login(u"agent1"_s)).json().value(u"state"_s).toString(),
            u"away"_s);

        // A supervisor brings them back from the wallboard's menu on the agent (right-click):
        // the agent's control follows the hub's event.
        const auto menuAction = [&](const QString &text) -> QAction * {
            QMenu *menu = wallboard->agentStateMenu(u"agent1"_s);
            menu->deleteLater();
            const QList<QAction *> actions = menu->findChildren<QAction *>();
            for (QAction *action : actions) {
                if (action->text() == text && action->isEnabled())
                    return action;
            }
            return nullptr;
        };
        // Away reasons come from the hub with the agents list.
        QTRY_VERIFY_WITH_TIMEOUT(menuAction(u"Meeting"_s) != nullptr, WAIT_MS);
        QAction *available = menuAction(u"Make agent1 available"_s);
        QVERIFY(available);
        available->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(control->stateText().startsWith(u"Available · "_s), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(wallboardState(wallboard, u"agent1"_s), u"Available"_s, 5000);
        QVERIFY(wallboard->agentStateError().isEmpty());

        // A call: busy, then after-call work counting down with "Ready", which ends it.
        const QString token = hub.login(u"agent1"_s);
        const QString id = hub.initiate(token).json().value(u"sessionId"_s).toString();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(wallboardState(wallboard, u"agent1"_s), u"Busy"_s, WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(
            control->stateText().startsWith(u"After-call work · 0:"_s), WAIT_MS);
        QVERIFY2(control->stateText().endsWith(u" left"_s), qPrintable(control->stateText()));
        QTRY_COMPARE_WITH_TIMEOUT(
            wallboardState(wallboard, u"agent1"_s), u"After-call work"_s, 5000);
        QVERIFY(control->readyButton()->isVisible());
        QCOMPARE(control->readyButton()->text(), u"Ready"_s);
        QTest::mouseClick(control->readyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(control->stateText().startsWith(u"Available · "_s), WAIT_MS);
        QTRY_COMPARE_WITH_TIMEOUT(wallboardState(wallboard, u"agent1"_s), u"Available"_s, 5000);
    }

    void aSupervisorHasNoStateControl()
    {
        HubHarness hub;
        QVERIFY(hub.startWithStandardUsers());
        Ui::ConsoleSettings settings(m_settingsDir.filePath(u"s.ini"_s));
        Console supervisor(hub.hub().baseUrl(), settings, m_numbers);
        QVERIFY(supervisor.logIn(u"supervisor1"_s));
        for (auto *control : supervisor.window->findChildren<Ui::AgentStateControl *>())
            QVERIFY(!control->isVisible());
    }
};

SIMU_WIDGET_TEST_MAIN(TestAgentStateControl)
#include "tst_agentstatecontrol.moc"
