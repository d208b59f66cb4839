#include "auth/credentialrules.h"
#include "phone/phonenumbers.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCredentialRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void username_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("plain name") << u"agent1"_s << u"agent1"_s << QString();
        QTest::newRow("capitals are the same user")
            << u"Agent.One"_s << u"agent.one"_s << QString();
        QTest::newRow("spaces around are trimmed") << u"  mary_k "_s << u"mary_k"_s << QString();
        QTest::newRow("dash allowed") << u"a-b"_s << u"a-b"_s << QString();
        QTest::newRow("two characters is enough") << u"ab"_s << u"ab"_s << QString();
        QTest::newRow("32 characters is enough")
            << QString(32, u'x') << QString(32, u'x') << QString();
        QTest::newRow("empty") << QString() << QString() << u"Enter a username"_s;
        QTest::newRow("one character") << u"a"_s << QString() << u"2 to 32"_s;
        QTest::newRow("33 characters") << QString(33, u'x') << QString() << u"2 to 32"_s;
        QTest::newRow("space inside") << u"mary k"_s << QString() << u"a-z"_s;
        QTest::newRow("at sign") << u"mary@example"_s << QString() << u"a-z"_s;
        QTest::newRow("accented letter") << u"jos\u00e9"_s << QString() << u"a-z"_s;
        QTest::newRow("slash could escape a URL path") << u"../admin"_s << QString() << u"a-z"_s;
    }
    void username()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, messagePart);
        const QString normalised = Auth::normaliseUsername(typed);
        const auto checked = Auth::checkUsername(normalised);
        QCOMPARE(checked.ok(), !stored.isEmpty());
        if (checked)
            QCOMPARE(normalised, stored);
        else
            QVERIFY2(checked.error().contains(messagePart), qPrintable(checked.error()));
    }

    void password_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("messagePart"); // empty: accepted
        QTest::newRow("ten characters") << u"abcdefghij"_s << u"mary"_s << QString();
        QTest::newRow("a long passphrase")
            << u"correct horse battery staple"_s << u"mary"_s << QString();
        QTest::newRow("nine characters") << u"abcdefghi"_s << u"mary"_s << u"too short"_s;
        QTest::newRow("empty") << QString() << u"mary"_s << u"too short"_s;
        // Nine emoji are 18 UTF-16 units but nine characters to the person typing them.
        QTest::newRow("nine emoji are nine characters")
            << QString(u"\U0001F600"_s).repeated(9) << u"mary"_s << u"too short"_s;
        QTest::newRow("ten emoji")
            << QString(u"\U0001F600\U0001F601"_s).repeated(5) << u"mary"_s << QString();
        QTest::newRow("one key held down") << u"aaaaaaaaaaaa"_s << u"mary"_s << u"repeated"_s;
        QTest::newRow("the username") << u"maryjones42"_s << u"maryjones42"_s << u"username"_s;
        QTest::newRow("the username in capitals")
            << u"MARYJONES42"_s << u"maryjones42"_s << u"username"_s;
        QTest::newRow("over 1024 characters")
            << QString(1025, u'a') + u"b"_s << u"mary"_s << u"too long"_s;
    }
    void password()
    {
        QFETCH(QString, password);
        QFETCH(QString, username);
        QFETCH(QString, messagePart);
        const auto checked = Auth::checkPassword(password, username);
        QCOMPARE(checked.ok(), messagePart.isEmpty());
        if (!checked) {
            QVERIFY2(checked.error().contains(messagePart), qPrintable(checked.error()));
            if (!password.isEmpty()) // a rule message never echoes the password
                QVERIFY(!checked.error().contains(password));
        }
    }

    void line_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("stored");
        QTest::newRow("no line") << QString() << true << QString();
        QTest::newRow("blank means no line") << u"   "_s << true << QString();
        QTest::newRow("E.164") << u"+254712345678"_s << true << u"+254712345678"_s;
        QTest::newRow("spaced international")
            << u"+254 712 345 678"_s << true << u"+254712345678"_s;
        QTest::newRow("local Kenyan number") << u"0712 345678"_s << true << u"+254712345678"_s;
        QTest::newRow("AT SIP address") << u"Agent1@KE.sip.africastalking.com"_s << true
                                        << u"Agent1@ke.sip.africastalking.com"_s;
        QTest::newRow("too short") << u"+2547"_s << false << QString();
        QTest::newRow("letters") << u"call me"_s << false << QString();
        QTest::newRow("lookalike SIP host")
            << u"a@ke.sip.africastalking.com.evil.com"_s << false << QString();
        QTest::newRow("a WebRTC client cannot be rung as a line")
            << u"myapp.alice"_s << false << QString();
    }
    void line()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, stored);
        const Phone::NumberParser parser(u"KE"_s);
        const auto checked = Auth::checkLine(typed, parser);
        QCOMPARE(checked.ok(), accepted);
        if (checked)
            QCOMPARE(checked.value(), stored);
        else
            QVERIFY(checked.error().startsWith(u"The line"_s));
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("stored");
        QTest::newRow("a name") << u"Mary Wanjiku"_s << true << u"Mary Wanjiku"_s;
        QTest::newRow("trimmed") << u"  Mary  "_s << true << u"Mary"_s;
        QTest::newRow("empty is fine") << QString() << true << QString();
        QTest::newRow("100 characters") << QString(100, u'm') << true << QString(100, u'm');
        QTest::newRow("101 characters") << QString(101, u'm') << false << QString();
        QTest::newRow("a newline would forge log lines") << u"Mary\nadmin"_s << false << QString();
    }
    void displayName()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, stored);
        const auto checked = Auth::checkDisplayName(typed);
        QCOMPARE(checked.ok(), accepted);
        if (checked)
            QCOMPARE(checked.value(), stored);
    }
};

SIMU_TEST_MAIN(TestCredentialRules)
#include "tst_credentialrules.moc"
