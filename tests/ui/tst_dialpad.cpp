// Ui::DialPad as an agent uses it: typing and clicking a number, dialling it, being told why a
// number cannot be dialled, redialling, recent numbers, and a pad that cannot dial while the
// hub is away.

#include "dialer/dialpad.h"
#include "dialer/numberfield.h"
#include "testmain.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDialPad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typingFormatsForTheRegion_data();
    void typingFormatsForTheRegion();
    void typingInTheMiddleKeepsTheCaretByTheDigit_data();
    void typingInTheMiddleKeepsTheCaretByTheDigit();
    void backspaceOverASpaceDeletesADigit();
    void keypadClicksTypeTheNumber();
    void keypadBackspaceDeletesTheLastDigit();
    void holdingZeroTypesPlus();
    void keysTypedOnAButtonReachTheNumber();
    void enterDialsE164_data();
    void enterDialsE164();
    void dialButtonDials();
    void invalidNumbersShowTheReasonAndDoNotDial_data();
    void invalidNumbersShowTheReasonAndDoNotDial();
    void editingClearsTheReason();
    void redialDialsTheLastNumberAgain();
    void recentNumbersAreDeduplicatedMostRecentFirst();
    void recentNumbersAreCapped();
    void choosingARecentNumberFillsTheField();
    void disabledWhileDisconnected();
    void busyWhileADialIsInFlight();
    void setNumberAcceptsTelLinks_data();
    void setNumberAcceptsTelLinks();
    void regionDecidesWhatIsLocal();
    void everyControlHasAnAccessibleName();
    void looksRightInLightAndDarkPalettes_data();
    void looksRightInLightAndDarkPalettes();

private:
    QLineEdit *field() const { return m_pad->findChild<QLineEdit *>(u"numberField"_s); }
    QAbstractButton *button(const QString &name) const
    {
        return m_pad->findChild<QAbstractButton *>(name);
    }
    QLabel *messageLabel() const { return m_pad->findChild<QLabel *>(u"messageLabel"_s); }
    void typeIntoField(const QString &text) { QTest::keyClicks(field(), text); }

    Ui::DialPad *m_pad = nullptr;
};

void TestDialPad::init()
{
    m_pad = new Ui::DialPad;
    m_pad->resize(320, 520);
    m_pad->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pad));
    field()->setFocus();
}

void TestDialPad::cleanup()
{
    delete m_pad;
    m_pad = nullptr;
}

void TestDialPad::typingFormatsForTheRegion_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Kenyan mobile typed locally") << u"0712345678"_s << u"0712 345678"_s;
    QTest::newRow("Kenyan mobile typed internationally")
        << u"+254712345678"_s << u"+254 712 345678"_s;
    QTest::newRow("Ugandan number typed internationally")
        << u"+256772123456"_s << u"+256 772 123456"_s;
    QTest::newRow("half a number is grouped as it grows") << u"07123"_s << u"0712 3"_s;
    QTest::newRow("SIP address left as typed")
        << u"agent2@ke.sip.africastalking.com"_s << u"agent2@ke.sip.africastalking.com"_s;
}

void TestDialPad::typingFormatsForTheRegion()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    typeIntoField(typed);
    QCOMPARE(m_pad->number(), shown);
    QCOMPARE(field()->cursorPosition(), shown.size());
}

void TestDialPad::typingInTheMiddleKeepsTheCaretByTheDigit_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("caret");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("digits");
    // "0712 345678" with the caret after "07": inserting there must not jump to the end.
    QTest::newRow("insert after the second digit")
        << u"071234567"_s << 2 << u"9"_s << u"0791234567"_s;
    QTest::newRow("insert right after a group space")
        << u"071234567"_s << 5 << u"8"_s << u"0712834567"_s;
    QTest::newRow("insert at the very start") << u"712345678"_s << 0 << u"0"_s << u"0712345678"_s;
}

void TestDialPad::typingInTheMiddleKeepsTheCaretByTheDigit()
{
    QFETCH(QString, start);
    QFETCH(int, caret);
    QFETCH(QString, typed);
    QFETCH(QString, digits);
    typeIntoField(start);
    field()->setCursorPosition(caret);
    typeIntoField(typed);
    const QString text = m_pad->number();
    QCOMPARE(QString(text).remove(u' '), digits);
    const int after = field()->cursorPosition();
    QVERIFY2(after > 0, qPrintable(text));
    QCOMPARE(text.at(after - 1), typed.at(0));
}

void TestDialPad::backspaceOverASpaceDeletesADigit()
{
    typeIntoField(u"0712345678"_s);
    QCOMPARE(m_pad->number(), u"0712 345678"_s);
    field()->setCursorPosition(5); // just after the space
    QTest::keyClick(field(), Qt::Key_Backspace);
    // The '2' before the space went (not the space, which the formatter would put back).
    QCOMPARE(QString(m_pad->number()).remove(u' '), u"071345678"_s);
    const int caret = field()->cursorPosition();
    QCOMPARE(m_pad->number().at(caret - 1), u'1');
}

void TestDialPad::keypadClicksTypeTheNumber()
{
    for (const QChar digit : u"0712345678"_s) {
        QAbstractButton *key = button(u"key_"_s + digit);
        QVERIFY(key);
        QTest::mouseClick(key, Qt::LeftButton);
    }
    QCOMPARE(m_pad->number(), u"0712 345678"_s);
    // Clicking keys leaves the caret in the field, so the keyboard carries on from there.
    QVERIFY(field()->hasFocus());
    QTest::mouseClick(button(u"key_*"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"key_#"_s), Qt::LeftButton);
    QVERIFY(m_pad->number().endsWith(u"*#"_s));
}

void TestDialPad::keypadBackspaceDeletesTheLastDigit()
{
    typeIntoField(u"07123"_s);
    QTest::mouseClick(button(u"backspaceButton"_s), Qt::LeftButton);
    QCOMPARE(m_pad->number(), u"0712"_s);
    QTest::mouseClick(button(u"backspaceButton"_s), Qt::LeftButton);
    QCOMPARE(m_pad->number(), u"071"_s);
}

void TestDialPad::holdingZeroTypesPlus()
{
    QAbstractButton *zero = button(u"key_0"_s);
    QTest::mousePress(zero, Qt::LeftButton);
    QTRY_COMPARE(m_pad->number(), u"+"_s);
    QTest::mouseRelease(zero, Qt::LeftButton);
    QCOMPARE(m_pad->number(), u"+"_s); // no 0 after the +
    QTest::mouseClick(zero, Qt::LeftButton);
    QCOMPARE(m_pad->number(), u"+0"_s); // a quick press is still a 0
}

void TestDialPad::keysTypedOnAButtonReachTheNumber()
{
    QAbstractButton *five = button(u"key_5"_s);
    five->setFocus();
    QVERIFY(five->hasFocus());
    QTest::keyClicks(five, u"+254712"_s);
    QCOMPARE(m_pad->number(), u"+254 712"_s);
    QTest::keyClick(button(u"dialButton"_s), Qt::Key_Backspace);
    QCOMPARE(m_pad->number(), u"+254 71"_s);
}

void TestDialPad::enterDialsE164_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("dialled");
    QTest::newRow("local number, Return")
        << u"0712345678"_s << int(Qt::Key_Return) << u"+254712345678"_s;
    QTest::newRow("local number, keypad Enter")
        << u"0712345678"_s << int(Qt::Key_Enter) << u"+254712345678"_s;
    QTest::newRow("international with spaces")
        << u"+256 772 123456"_s << int(Qt::Key_Return) << u"+256772123456"_s;
    QTest::newRow("00 international prefix")
        << u"00254712345678"_s << int(Qt::Key_Return) << u"+254712345678"_s;
    QTest::newRow("SIP address dials as itself")
        << u"agent2@ke.sip.africastalking.com"_s << int(Qt::Key_Return)
        << u"agent2@ke.sip.africastalking.com"_s;
}

void TestDialPad::enterDialsE164()
{
    QFETCH(QString, typed);
    QFETCH(int, key);
    QFETCH(QString, dialled);
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    typeIntoField(typed);
    QTest::keyClick(field(), Qt::Key(key));
    QCOMPARE(dials.count(), 1);
    QCOMPARE(dials.at(0).at(0).toString(), dialled);
    QCOMPARE(m_pad->recentNumbers().value(0), dialled);
    QCOMPARE(m_pad->message(), QString());
}

void TestDialPad::dialButtonDials()
{
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    typeIntoField(u"0712345678"_s);
    QTest::mouseClick(button(u"dialButton"_s), Qt::LeftButton);
    QCOMPARE(dials.count(), 1);
    QCOMPARE(dials.at(0).at(0).toString(), u"+254712345678"_s);
}

void TestDialPad::invalidNumbersShowTheReasonAndDoNotDial_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too short") << u"0712 34"_s << u"too short"_s;
    QTest::newRow("letters") << u"hello"_s << u"not a phone number"_s;
    QTest::newRow("empty field") << QString() << u"Enter a phone number"_s;
    QTest::newRow("service code") << u"*144#"_s << u"not a phone number"_s;
    QTest::newRow("not an AT SIP host") << u"bob@example.com"_s << u"SIP address"_s;
    QTest::newRow("browser client name") << u"myapp.alice"_s << u"browser client"_s;
}

void TestDialPad::invalidNumbersShowTheReasonAndDoNotDial()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    QSignalSpy recents(m_pad, &Ui::DialPad::recentNumbersChanged);
    typeIntoField(typed);
    QTest::keyClick(field(), Qt::Key_Return);
    QTest::mouseClick(button(u"dialButton"_s), Qt::LeftButton);
    QCOMPARE(dials.count(), 0);
    QCOMPARE(recents.count(), 0);
    QVERIFY2(m_pad->message().contains(reason, Qt::CaseInsensitive), qPrintable(m_pad->message()));
    QCOMPARE(messageLabel()->text(), m_pad->message());
    QVERIFY(messageLabel()->isVisible());
}

void TestDialPad::editingClearsTheReason()
{
    typeIntoField(u"0712"_s);
    QTest::keyClick(field(), Qt::Key_Return);
    QVERIFY(!m_pad->message().isEmpty());
    typeIntoField(u"345678"_s);
    QCOMPARE(m_pad->message(), QString());
}

void TestDialPad::redialDialsTheLastNumberAgain()
{
    QAbstractButton *redial = button(u"redialButton"_s);
    QVERIFY(!redial->isEnabled()); // nothing dialled yet
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    typeIntoField(u"0712345678"_s);
    QTest::keyClick(field(), Qt::Key_Return);
    m_pad->clear();
    QVERIFY(redial->isEnabled());
    QTest::mouseClick(redial, Qt::LeftButton);
    QCOMPARE(dials.count(), 2);
    QCOMPARE(dials.at(1).at(0).toString(), u"+254712345678"_s);
    QCOMPARE(m_pad->number(), u"+254 712 345678"_s); // the agent sees what is being dialled
}

void TestDialPad::recentNumbersAreDeduplicatedMostRecentFirst()
{
    QSignalSpy changed(m_pad, &Ui::DialPad::recentNumbersChanged);
    const QStringList typed{u"0712345678"_s,
        u"agent2@ke.sip.africastalking.com"_s,
        u"+254 712 345 678"_s, // the first number again, written differently
        u"0722000000"_s};
    for (const QString &number : typed) {
        m_pad->clear();
        typeIntoField(number);
        QVERIFY(m_pad->dial());
    }
    const QStringList expected{
        u"+254722000000"_s, u"+254712345678"_s, u"agent2@ke.sip.africastalking.com"_s};
    QCOMPARE(m_pad->recentNumbers(), expected);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.last().at(0).toStringList(), expected);

    // A stored list in mixed spellings comes back as one entry per destination.
    m_pad->setRecentNumbers({u"0712 345678"_s, u"+254712345678"_s, u"00254712345678"_s});
    QCOMPARE(m_pad->recentNumbers(), QStringList{u"+254712345678"_s});
    QCOMPARE(m_pad->findChild<QComboBox *>(u"recentNumbers"_s)->count(), 1);
}

void TestDialPad::recentNumbersAreCapped()
{
    QStringList many;
    for (int i = 0; i < 25; ++i)
        many.append(u"+2547120000%1"_s.arg(i, 2, 10, QChar(u'0')));
    m_pad->setRecentNumbers(many);
    QCOMPARE(m_pad->recentNumbers().size(), Ui::DialPad::MaxRecentNumbers);
    QCOMPARE(m_pad->recentNumbers().first(), many.first());

    typeIntoField(u"0722000000"_s);
    QVERIFY(m_pad->dial());
    QCOMPARE(m_pad->recentNumbers().size(), Ui::DialPad::MaxRecentNumbers);
    QCOMPARE(m_pad->recentNumbers().first(), u"+254722000000"_s);
    QVERIFY(!m_pad->recentNumbers().contains(many.at(Ui::DialPad::MaxRecentNumbers - 1)));
}

void TestDialPad::choosingARecentNumberFillsTheField()
{
    m_pad->setRecentNumbers({u"+254722000000"_s, u"+254712345678"_s});
    auto *recents = m_pad->findChild<QComboBox *>(u"recentNumbers"_s);
    QCOMPARE(recents->count(), 2);
    QCOMPARE(recents->itemText(0), u"+254 722 000000"_s);
    Q_EMIT recents->activated(1);
    QCOMPARE(m_pad->number(), u"+254 712 345678"_s);
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    QTest::keyClick(recents, Qt::Key_Return);
    QCOMPARE(dials.count(), 1);
    QCOMPARE(dials.at(0).at(0).toString(), u"+254712345678"_s);
}

void TestDialPad::disabledWhileDisconnected()
{
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    m_pad->setRecentNumbers({u"+254712345678"_s});
    const QString reason = u"Not connected to the hub. Reconnecting…"_s;
    m_pad->setDialEnabled(false, reason);
    QVERIFY(!button(u"dialButton"_s)->isEnabled());
    QVERIFY(!button(u"redialButton"_s)->isEnabled());
    QCOMPARE(m_pad->message(), reason);

    typeIntoField(u"0712345678"_s); // typing still works: the number waits for the hub
    QCOMPARE(m_pad->number(), u"0712 345678"_s);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(dials.count(), 0);
    QCOMPARE(m_pad->message(), reason);

    m_pad->setDialEnabled(true);
    QVERIFY(button(u"dialButton"_s)->isEnabled());
    QCOMPARE(m_pad->message(), QString());
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(dials.count(), 1);
}

void TestDialPad::busyWhileADialIsInFlight()
{
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    typeIntoField(u"0712345678"_s);
    m_pad->setBusy(true);
    QAbstractButton *dial = button(u"dialButton"_s);
    QVERIFY(!dial->isEnabled());
    QCOMPARE(dial->text(), u"Dialling…"_s);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(dials.count(), 0);
    m_pad->setBusy(false);
    QCOMPARE(dial->text(), u"Dial"_s);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(dials.count(), 1);
}

void TestDialPad::setNumberAcceptsTelLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("dialled");
    QTest::newRow("tel: link") << u"tel:+254712345678"_s << u"+254 712 345678"_s
                               << u"+254712345678"_s;
    QTest::newRow("tel: link with dashes")
        << u"tel:+254-712-345-678"_s << u"+254 712 345678"_s << u"+254712345678"_s;
    QTest::newRow("tel: link percent-encoded")
        << u"TEL:%2B254712345678"_s << u"+254 712 345678"_s << u"+254712345678"_s;
    QTest::newRow("tel: link with a parameter")
        << u"tel:0712345678;phone-context=+254"_s << u"0712 345678"_s << u"+254712345678"_s;
    QTest::newRow("plain number") << u"0712345678"_s << u"0712 345678"_s << u"+254712345678"_s;
}

void TestDialPad::setNumberAcceptsTelLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, shown);
    QFETCH(QString, dialled);
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    m_pad->setNumber(link);
    QCOMPARE(m_pad->number(), shown);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(dials.count(), 1);
    QCOMPARE(dials.at(0).at(0).toString(), dialled);
}

void TestDialPad::regionDecidesWhatIsLocal()
{
    m_pad->setRegion(u"UG"_s);
    QCOMPARE(m_pad->region(), u"UG"_s);
    QSignalSpy dials(m_pad, &Ui::DialPad::dialRequested);
    typeIntoField(u"0772123456"_s);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(dials.count(), 1);
    QCOMPARE(dials.at(0).at(0).toString(), u"+256772123456"_s);
}

void TestDialPad::everyControlHasAnAccessibleName()
{
    const QList<QWidget *> widgets = m_pad->findChildren<QWidget *>();
    int interactive = 0;
    for (QWidget *widget : widgets) {
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget)
            && !qobject_cast<QComboBox *>(widget))
            continue;
        if (widget->parentWidget() != m_pad)
            continue; // parts of a composite (the combo box's own internals)
        ++interactive;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QCOMPARE(interactive, 12 + 5); // keypad, field, backspace, dial, redial, recents
}

void TestDialPad::looksRightInLightAndDarkPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TestDialPad::looksRightInLightAndDarkPalettes()
{
    QFETCH(bool, dark);
    QPalette palette = QApplication::style()->standardPalette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        palette.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1b));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        palette.setColor(QPalette::Button, QColor(0x30, 0x31, 0x34));
        palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x82, 0x86));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x82, 0x86));
    }
    m_pad->setPalette(palette);
    typeIntoField(u"0712 34"_s);
    QTest::keyClick(field(), Qt::Key_Return); // a refusal, so the message line shows too
    const QImage shot = m_pad->grab().toImage();
    QVERIFY(!shot.isNull());
    if (const QString dir = qEnvironmentVariable("SIMU_SCREENSHOT_DIR"); !dir.isEmpty())
        shot.save(dir + (dark ? u"/dialpad-dark.png"_s : u"/dialpad.png"_s));

    // The Dial button is the green accent in both palettes, its label readable on it.
    QAbstractButton *dial = button(u"dialButton"_s);
    const QPoint inside = dial->mapTo(m_pad, QPoint(6, dial->height() / 2));
    const QColor fill = shot.pixelColor(inside * shot.devicePixelRatio());
    QVERIFY2(
        fill.green() > fill.red() + 60 && fill.green() > fill.blue() + 60, qPrintable(fill.name()));

    // A key's digit is drawn in the palette's button text colour: dark on light, light on dark.
    QAbstractButton *eight = button(u"key_8"_s);
    const QImage key = eight->grab().toImage();
    const QColor ink = palette.color(QPalette::ButtonText);
    bool inkFound = false;
    for (int y = 0; y < key.height() && !inkFound; ++y) {
        for (int x = 0; x < key.width() && !inkFound; ++x) {
            const QColor pixel = key.pixelColor(x, y);
            inkFound = qAbs(pixel.lightness() - ink.lightness()) < 40
                && qAbs(pixel.lightness() - palette.color(QPalette::Button).lightness()) > 80;
        }
    }
    QVERIFY2(inkFound, "no digit drawn in the palette's button text colour");
}

// Widgets need a QApplication; SIMU_TEST_MAIN's private home, with one.
int main(int argc, char *argv[])
{
    TestSupport::PrivateHome home;
    QApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s);
    TestDialPad test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dialpad.moc"
