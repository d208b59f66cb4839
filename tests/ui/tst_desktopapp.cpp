// The desktop app as `simu --demo` builds it (offscreen): `simu tel:` links, the window layout
// remembered between runs, and an accessible name on every control a screen reader reaches.

#include "agent/agentview.h"
#include "desktopapp.h"
#include "dialer/dialpad.h"
#include "hubsettings.h"
#include "secrets/memorysecretstore.h"
#include "shell/loginpage.h"
#include "shell/mainwindow.h"
#include "widgettestmain.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 30000;

struct DemoRun
{
    DemoRun()
    {
        options.addTo(parser);
        parser.parse({u"simu"_s});
        app = std::make_unique<SimuApp::DesktopApp>(parser, options, true, secrets, out, err);
    }

    QList<Ui::MainWindow *> windows() const
    {
        QList<Ui::MainWindow *> found;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<Ui::MainWindow *>(widget);
                window && window->isVisible())
                found << window;
        }
        return found;
    }

    static bool logIn(Ui::MainWindow *window, const QString &user)
    {
        for (QPushButton *button : window->loginPage()->findChildren<QPushButton *>()) {
            if (button->accessibleName().endsWith(u' ' + user)) {
                button->click();
                return QTest::qWaitFor([&] { return window->isLoggedIn(); }, WAIT_MS);
            }
        }
        return false;
    }

    ~DemoRun()
    {
        for (Ui::MainWindow *window : windows())
            window->close();
        app.reset();
    }

    QCommandLineParser parser;
    SimuApp::HubOptions options;
    Secrets::MemorySecretStore secrets; // the demo needs no key
    QString printed;
    QTextStream out{&printed};
    QTextStream err{stderr};
    std::unique_ptr<SimuApp::DesktopApp> app;
};

// The name a screen reader announces for `widget`.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

bool isControl(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSlider *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
}

// Controls inside another control (a combo box's line edit, a spin box's editor, a scroll
// bar of a view) are announced through their owner.
bool isPartOfAnotherControl(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
            || qobject_cast<QAbstractItemView *>(parent) || qobject_cast<QLineEdit *>(parent))
            return true;
    }
    // Qt's own helpers ("qt_menubar_ext_button", the menu bar's overflow arrow) name themselves.
    return (qobject_cast<QAbstractSlider *>(widget) && widget->inherits("QScrollBar"))
        || widget->objectName().startsWith(u"qt_"_s);
}

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("SIMU_DEMO_SPEED", "20"); }

    void telLinksBecomeWhatToDial_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("target");
        QTest::newRow("international") << QStringList{u"tel:+254722000111"_s} << u"+254722000111"_s;
        QTest::newRow("visual separators (RFC 3966)")
            << QStringList{u"tel:+254-722-000-111"_s} << u"+254722000111"_s;
        QTest::newRow("local form, percent-encoded space")
            << QStringList{u"tel:0722%20000111"_s} << u"0722 000111"_s;
        QTest::newRow("parameters dropped")
            << QStringList{u"tel:+254722000111;ext=12"_s} << u"+254722000111"_s;
        QTest::newRow("callto") << QStringList{u"callto:+254722000111"_s} << u"+254722000111"_s;
        QTest::newRow("SIP address") << QStringList{u"sip:agent2@ke.sip.africastalking.com"_s}
                                     << u"agent2@ke.sip.africastalking.com"_s;
        QTest::newRow("not a link") << QStringList{u"hello"_s} << QString();
        QTest::newRow("nothing") << QStringList{} << QString();
    }

    void telLinksBecomeWhatToDial()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, target);
        QCOMPARE(SimuApp::DesktopApp::dialTarget(arguments), target);
    }

    void aTelLinkOpensTheDialPadFilledIn()
    {
        DemoRun run;
        QVERIFY(run.app->start(u"+254722000111"_s));
        QTRY_COMPARE_WITH_TIMEOUT(run.windows().size(), 1, WAIT_MS);
        Ui::MainWindow *window = run.windows().constFirst();
        QVERIFY(DemoRun::logIn(window, u"agent1"_s));
        Ui::DialPad *pad = window->agentView()->dialPad();
        QString digits = pad->number();
        digits.remove(u' ');
        QVERIFY2(digits == u"+254722000111"_s || digits == u"0722000111"_s, qPrintable(digits));
    }

    void theWindowLayoutIsRemembered()
    {
        {
            DemoRun run;
            QVERIFY(run.app->start(QString()));
            QTRY_COMPARE_WITH_TIMEOUT(run.windows().size(), 1, WAIT_MS);
            Ui::MainWindow *window = run.windows().constFirst();
            window->resize(937, 611);
            QTRY_COMPARE(window->size(), QSize(937, 611));
            window->close();
        }
        DemoRun again;
        QVERIFY(again.app->start(QString()));
        QTRY_COMPARE_WITH_TIMEOUT(again.windows().size(), 1, WAIT_MS);
        QCOMPARE(again.windows().constFirst()->size(), QSize(937, 611));
    }

    void everyControlHasAnAccessibleName()
    {
        DemoRun run;
        QVERIFY(run.app->start(QString()));
        QTRY_COMPARE_WITH_TIMEOUT(run.windows().size(), 1, WAIT_MS);
        Ui::MainWindow *agent = run.windows().constFirst();
        QStringList unnamed;
        const auto check = [&](Ui::MainWindow *window, const QString &where) {
            for (QWidget *widget : window->findChildren<QWidget *>()) {
                if (!isControl(widget) || isPartOfAnotherControl(widget))
                    continue;
                if (accessibleName(widget).isEmpty())
                    unnamed << u"%1: %2 %3"_s.arg(where,
                        QString::fromLatin1(widget->metaObject()->className()),
                        widget->objectName());
            }
        };
        check(agent, u"login"_s);
        QVERIFY(DemoRun::logIn(agent, u"agent1"_s));
        check(agent, u"agent"_s);
        Q_EMIT agent->newWindowRequested();
        QTRY_COMPARE_WITH_TIMEOUT(run.windows().size(), 2, WAIT_MS);
        Ui::MainWindow *supervisor
            = run.windows().at(0) == agent ? run.windows().at(1) : run.windows().at(0);
        QVERIFY(DemoRun::logIn(supervisor, u"supervisor1"_s));
        check(supervisor, u"supervisor"_s);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n"_s)));
    }
};

SIMU_WIDGET_TEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
