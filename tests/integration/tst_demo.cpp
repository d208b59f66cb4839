// `simu --walkthrough` walks two calls through the simulator step by step. This runs the real
// executable and checks that the story it tells is complete and that it ends by itself.

#include "testmain.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoWalksTwoCallsThroughTheSimulator()
    {
        QProcess simu;
        simu.start(QStringLiteral(SIMU_BINARY_DIR "/simu"),
            {u"--walkthrough"_s, u"--demo-speed"_s, u"40"_s});
        QVERIFY(simu.waitForStarted(5000));
        QVERIFY2(simu.waitForFinished(60000), "the demo did not end by itself");
        const QString out = QString::fromUtf8(simu.readAllStandardOutput());
        const QString err = QString::fromUtf8(simu.readAllStandardError());
        QCOMPARE(simu.exitStatus(), QProcess::NormalExit);
        QVERIFY2(simu.exitCode() == 0, qPrintable(out + err));

        // The outbound call: REST request, queued, the IVR, the agent, the final with cost.
        QVERIFY(out.contains(u"-> POST http://127.0.0.1:"_s));
        QVERIFY(out.contains(u"<- Queued ATVId_"_s));
        QVERIFY(out.contains(u"notification: Answered (Outbound"_s));
        QVERIFY(out.contains(u"pressed 1"_s));
        QVERIFY(out.contains(u"<Dial phoneNumbers=\"+254700000001\" record=\"true\"/>"_s));
        QVERIFY(out.contains(u"cost KES "_s));
        // The inbound call from Uganda, billed in shillings of Uganda.
        QVERIFY(out.contains(u"notification: Ringing (Inbound"_s));
        QVERIFY(out.contains(u"cost UGX "_s));
        // Both recordings were downloaded and are real MP3 files of the agent leg's length.
        QCOMPARE(out.count(u"recording: http://127.0.0.1:"_s), 2);
        QCOMPARE(out.count(u"(MP3, 31 kB, 8.0 s)"_s), 2);
        QVERIFY(out.contains(u"Both calls completed."_s));
        // No phone number is printed whole in logs.
        QVERIFY(!err.contains(u"+254722000111"_s));
    }

    void helpNeedsNoDisplayAndNamesEveryMode()
    {
        // --help must work on a server with no display (it must not start a GUI application).
        QProcess simu;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        simu.setProcessEnvironment(env);
        simu.start(QStringLiteral(SIMU_BINARY_DIR "/simu"), {u"--help"_s});
        QVERIFY(simu.waitForFinished(10000));
        QCOMPARE(simu.exitCode(), 0);
        const QString help = QString::fromUtf8(simu.readAllStandardOutput());
        for (const QString &mode : {u"simu --demo"_s,
                 u"simu --headless"_s,
                 u"simu --walkthrough"_s,
                 u"tel:"_s,
                 u"--create-user"_s})
            QVERIFY2(help.contains(mode), qPrintable(mode));
    }

    void badSpeedIsRefused()
    {
        QProcess simu;
        simu.start(QStringLiteral(SIMU_BINARY_DIR "/simu"),
            {u"--walkthrough"_s, u"--demo-speed"_s, u"fast"_s});
        QVERIFY(simu.waitForFinished(10000));
        QCOMPARE(simu.exitCode(), 2);
        QVERIFY(QString::fromUtf8(simu.readAllStandardError()).contains(u"--demo-speed"_s));
    }
};

SIMU_TEST_MAIN(TestDemo)
#include "tst_demo.moc"
