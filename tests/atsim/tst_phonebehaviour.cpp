// How a test or demo scripts a simulated phone user (PUT /sim/phones/<number>, the
// "behaviour" of POST /sim/calls, --phone on the command line): defaults, every key, and an
// error naming the key for every mistake, so a typo never silently changes a scenario.

#include "atsim/phonebehaviour.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using AtSim::DtmfPress;
using AtSim::PhoneBehaviour;

Q_DECLARE_METATYPE(AtSim::PhoneBehaviour)

namespace AtSim {

// QCOMPARE prints a mismatching behaviour as its JSON.
char *toString(const PhoneBehaviour &behaviour)
{
    return QTest::toString(QJsonDocument(behaviour.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace AtSim

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestPhoneBehaviour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyObjectKeepsTheDefaults()
    {
        const auto behaviour = PhoneBehaviour::fromJson({}, PhoneBehaviour{});
        QVERIFY2(behaviour, qPrintable(behaviour ? QString() : behaviour.error()));
        QCOMPARE(AtSim::toString(behaviour->answer), u"answer"_s);
        QCOMPARE(behaviour->answerDelaySeconds, 3.0);
        QVERIFY(behaviour->dtmf.isEmpty());
        QCOMPARE(behaviour->speechSeconds, 5.0);
        QCOMPARE(behaviour->talkSeconds, 20.0);
        QVERIFY(!behaviour->hangupAfterSeconds);
        QCOMPARE(behaviour->patienceSeconds, 300.0);
        QCOMPARE(*behaviour, PhoneBehaviour{});
    }

    void missingKeysKeepTheBase()
    {
        PhoneBehaviour base;
        base.answer = PhoneBehaviour::Answer::Busy;
        base.talkSeconds = 99;
        base.hangupAfterSeconds = 7;
        base.dtmf = {{u"1"_s, 4}};
        const auto behaviour = PhoneBehaviour::fromJson({{u"speech"_s, 2}}, base);
        QVERIFY(behaviour);
        PhoneBehaviour expected = base;
        expected.speechSeconds = 2;
        QCOMPARE(*behaviour, expected);
    }

    void nullHangupAfterClearsAnEarlierOne()
    {
        PhoneBehaviour base;
        base.hangupAfterSeconds = 5;
        const auto behaviour
            = PhoneBehaviour::fromJson(parseObject("{\"hangupAfter\":null}"), base);
        QVERIFY(behaviour);
        QVERIFY(!behaviour->hangupAfterSeconds);
    }

    void everyKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<PhoneBehaviour>("expected");

        const auto with = [](auto change) {
            PhoneBehaviour behaviour;
            change(behaviour);
            return behaviour;
        };
        using Answer = PhoneBehaviour::Answer;
        QTest::newRow("answer") << QByteArray("{\"answer\":\"answer\"}") << PhoneBehaviour{};
        QTest::newRow("no_answer") << QByteArray("{\"answer\":\"no_answer\"}")
                                   << with([](auto &b) { b.answer = Answer::NoAnswer; });
        QTest::newRow("busy") << QByteArray("{\"answer\":\"busy\"}")
                              << with([](auto &b) { b.answer = Answer::Busy; });
        QTest::newRow("absent") << QByteArray("{\"answer\":\"absent\"}")
                                << with([](auto &b) { b.answer = Answer::Absent; });
        QTest::newRow("reject") << QByteArray("{\"answer\":\"reject\"}")
                                << with([](auto &b) { b.answer = Answer::Reject; });
        QTest::newRow("not_registered") << QByteArray("{\"answer\":\"not_registered\"}")
                                        << with([](auto &b) { b.answer = Answer::NotRegistered; });
        QTest::newRow("answerDelay, fractional") << QByteArray(
            "{\"answerDelay\":1.5}") << with([](auto &b) { b.answerDelaySeconds = 1.5; });
        QTest::newRow("answerDelay 0 picks up at once")
            << QByteArray("{\"answerDelay\":0}") << with([](auto &b) { b.answerDelaySeconds = 0; });
        QTest::newRow("speech") << QByteArray("{\"speech\":12}")
                                << with([](auto &b) { b.speechSeconds = 12; });
        QTest::newRow("talk") << QByteArray("{\"talk\":600}")
                              << with([](auto &b) { b.talkSeconds = 600; });
        QTest::newRow("patience") << QByteArray("{\"patience\":3600}")
                                  << with([](auto &b) { b.patienceSeconds = 3600; });
        QTest::newRow("hangupAfter")
            << QByteArray("{\"hangupAfter\":8}") << with([](auto &b) { b.hangupAfterSeconds = 8; });
        QTest::newRow("dtmf as one string")
            << QByteArray("{\"dtmf\":\"1234#\"}") << with([](auto &b) {
                   b.dtmf = {{u"1234#"_s, 2}};
               });
        QTest::newRow("dtmf as a list of strings")
            << QByteArray("{\"dtmf\":[\"1\",\"*9#\"]}") << with([](auto &b) {
                   b.dtmf = {{u"1"_s, 2}, {u"*9#"_s, 2}};
               });
        QTest::newRow("dtmf with timing")
            << QByteArray("{\"dtmf\":[{\"digits\":\"42\",\"after\":0.5},{\"digits\":\"#\"}]}")
            << with([](auto &b) {
                   b.dtmf = {{u"42"_s, 0.5}, {u"#"_s, 2}};
               });
        QTest::newRow("dtmf empty list presses nothing")
            << QByteArray("{\"dtmf\":[]}") << PhoneBehaviour{};
        QTest::newRow("all keys together")
            << QByteArray("{\"answer\":\"answer\",\"answerDelay\":1,\"dtmf\":\"9\",\"speech\":2,"
                          "\"talk\":30,\"patience\":40,\"hangupAfter\":50}")
            << with([](auto &b) {
                   b.answerDelaySeconds = 1;
                   b.dtmf = {{u"9"_s, 2}};
                   b.speechSeconds = 2;
                   b.talkSeconds = 30;
                   b.patienceSeconds = 40;
                   b.hangupAfterSeconds = 50;
               });
    }
    void everyKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(PhoneBehaviour, expected);
        const auto behaviour = PhoneBehaviour::fromJson(parseObject(json), PhoneBehaviour{});
        QVERIFY2(behaviour, qPrintable(behaviour ? QString() : behaviour.error()));
        QCOMPARE(*behaviour, expected);
    }

    // Each mistake is refused with a message that names the key to fix.
    void errorsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");

        QTest::newRow("unknown answer") << QByteArray("{\"answer\":\"maybe\"}") << u"answer"_s;
        QTest::newRow("answer in capitals") << QByteArray("{\"answer\":\"BUSY\"}") << u"answer"_s;
        QTest::newRow("answer not a string") << QByteArray("{\"answer\":true}") << u"answer"_s;
        QTest::newRow("answerDelay as text")
            << QByteArray("{\"answerDelay\":\"3\"}") << u"answerDelay"_s;
        QTest::newRow("answerDelay negative")
            << QByteArray("{\"answerDelay\":-1}") << u"answerDelay"_s;
        QTest::newRow("speech as text") << QByteArray("{\"speech\":\"long\"}") << u"speech"_s;
        QTest::newRow("talk negative") << QByteArray("{\"talk\":-20}") << u"talk"_s;
        QTest::newRow("patience as null") << QByteArray("{\"patience\":null}") << u"patience"_s;
        QTest::newRow("hangupAfter as text")
            << QByteArray("{\"hangupAfter\":\"soon\"}") << u"hangupAfter"_s;
        QTest::newRow("hangupAfter negative")
            << QByteArray("{\"hangupAfter\":-1}") << u"hangupAfter"_s;
        QTest::newRow("dtmf as a number") << QByteArray("{\"dtmf\":1234}") << u"dtmf"_s;
        QTest::newRow("dtmf entry as a number") << QByteArray("{\"dtmf\":[1234]}") << u"dtmf"_s;
        QTest::newRow("dtmf entry without digits")
            << QByteArray("{\"dtmf\":[{\"after\":1}]}") << u"dtmf"_s;
        QTest::newRow("dtmf letters") << QByteArray("{\"dtmf\":\"12a\"}") << u"dtmf"_s;
        QTest::newRow("dtmf non-ASCII digits")
            << QByteArray("{\"dtmf\":\"\xd9\xa1\xd9\xa2\"}") << u"dtmf"_s;
        QTest::newRow("dtmf after negative")
            << QByteArray("{\"dtmf\":[{\"digits\":\"1\",\"after\":-2}]}") << u"after"_s;
        QTest::newRow("misspelt key is not silently ignored")
            << QByteArray("{\"answerdelay\":1}") << u"answerdelay"_s;
        QTest::newRow("snake_case key is not silently ignored")
            << QByteArray("{\"hangup_after\":5}") << u"hangup_after"_s;
    }
    void errorsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const QJsonObject object = parseObject(json);
        QVERIFY(!object.isEmpty());
        const auto behaviour = PhoneBehaviour::fromJson(object, PhoneBehaviour{});
        QVERIFY(!behaviour);
        QVERIFY2(behaviour.error().contains(u'"' + key + u'"'), qPrintable(behaviour.error()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<PhoneBehaviour>("behaviour");

        QTest::newRow("defaults") << PhoneBehaviour{};
        PhoneBehaviour scripted;
        scripted.answer = PhoneBehaviour::Answer::Answer;
        scripted.answerDelaySeconds = 0.25;
        scripted.dtmf = {{u"1234#"_s, 2}, {u"*"_s, 7.5}};
        scripted.speechSeconds = 11;
        scripted.talkSeconds = 0;
        scripted.hangupAfterSeconds = 42.5;
        scripted.patienceSeconds = 1;
        QTest::newRow("everything set") << scripted;
        for (const auto answer : {PhoneBehaviour::Answer::NoAnswer,
                 PhoneBehaviour::Answer::Busy,
                 PhoneBehaviour::Answer::Absent,
                 PhoneBehaviour::Answer::Reject,
                 PhoneBehaviour::Answer::NotRegistered}) {
            PhoneBehaviour refusing;
            refusing.answer = answer;
            QTest::newRow(qPrintable(AtSim::toString(answer))) << refusing;
        }
    }
    void roundTrip()
    {
        QFETCH(PhoneBehaviour, behaviour);
        const QJsonObject json = behaviour.toJson();
        // What GET /sim/phones shows can be sent back as is, also through text.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        PhoneBehaviour other;
        other.answer = PhoneBehaviour::Answer::Busy;
        other.hangupAfterSeconds = 1;
        other.dtmf = {{u"0"_s, 1}};
        other.talkSeconds = 1000;
        const auto parsed = PhoneBehaviour::fromJson(reparsed, other);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        // Whatever the base, the result is the behaviour shown: an unset hangupAfter too.
        QCOMPARE(*parsed, behaviour);
        QCOMPARE(parsed->toJson(), json);
    }

    void answerNames()
    {
        QCOMPARE(AtSim::toString(PhoneBehaviour::Answer::NoAnswer), u"no_answer"_s);
        QCOMPARE(AtSim::toString(PhoneBehaviour::Answer::NotRegistered), u"not_registered"_s);
        QCOMPARE(PhoneBehaviour{}.toJson().value(u"answer"_s).toString(), u"answer"_s);
        QCOMPARE(PhoneBehaviour{}.toJson().value(u"dtmf"_s).toArray(), QJsonArray{});
        // Shown as null, not left out: sending it back must clear an earlier hangupAfter.
        QVERIFY(PhoneBehaviour{}.toJson().value(u"hangupAfter"_s).isNull());
    }
};

SIMU_TEST_MAIN(TestPhoneBehaviour)
#include "tst_phonebehaviour.moc"
