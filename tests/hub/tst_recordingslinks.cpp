// Recordings::LinkSigner: the signed links that let a media player (which cannot send an
// Authorization header) open one call's recording for a few minutes, and nothing else.

#include "recordings/recordinglinks.h"
#include "testmain.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Recordings::LinkSigner;

Q_DECLARE_METATYPE(LinkSigner::Check)

namespace {

const QDateTime NOW(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC);
const QString CALL = u"ATVId_d975fb98317557654018addf8f6cb396"_s;
const QString OTHER_CALL = u"ATVId_13f5d8be2a6a9e2989af18c33abe1e5d"_s;

} // namespace

class TestRecordingsLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data()
    {
        QTest::addColumn<QString>("sessionId"); // the call the link is used on
        QTest::addColumn<QString>("access");
        QTest::addColumn<QString>("expires");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<LinkSigner::Check>("expected");

        const LinkSigner signer(QByteArray(32, 'k'));
        const qint64 expires = NOW.addSecs(600).toSecsSinceEpoch();
        const QString good = signer.sign(CALL, expires);
        const QString until = QString::number(expires);
        using C = LinkSigner::Check;

        QTest::newRow("the link just made opens the recording")
            << CALL << good << until << NOW << C::Valid;
        QTest::newRow("a second before it expires")
            << CALL << good << until << NOW.addSecs(599) << C::Valid;
        QTest::newRow("at its expiry it no longer opens")
            << CALL << good << until << NOW.addSecs(600) << C::Expired;
        QTest::newRow("an hour later") << CALL << good << until << NOW.addSecs(3600) << C::Expired;
        QTest::newRow("another call's recording stays shut")
            << OTHER_CALL << good << until << NOW << C::Invalid;
        QTest::newRow("a lengthened expiry breaks the signature")
            << CALL << good << QString::number(expires + 86400) << NOW << C::Invalid;
        QTest::newRow("an expired link made to look new breaks too")
            << CALL << good << QString::number(expires + 1) << NOW.addSecs(601) << C::Invalid;
        QTest::newRow("a signature with one character changed")
            << CALL << (good.left(good.size() - 1) + (good.endsWith(u'A') ? u'B' : u'A')) << until
            << NOW << C::Invalid;
        QTest::newRow("no signature") << CALL << QString() << until << NOW << C::Invalid;
        QTest::newRow("no expiry") << CALL << good << QString() << NOW << C::Invalid;
        QTest::newRow("an expiry that is not a number")
            << CALL << good << u"tomorrow"_s << NOW << C::Invalid;
        QTest::newRow("a signature of absurd length")
            << CALL << QString(5000, u'a') << until << NOW << C::Invalid;
    }

    void verify()
    {
        QFETCH(QString, sessionId);
        QFETCH(QString, access);
        QFETCH(QString, expires);
        QFETCH(QDateTime, now);
        QFETCH(LinkSigner::Check, expected);
        const LinkSigner signer(QByteArray(32, 'k'));
        QCOMPARE(signer.verify(sessionId, access, expires, now), expected);
    }

    // Links made by one hub run do not open recordings on another (a restart, another hub).
    void anotherKeyRefusesTheLink()
    {
        const LinkSigner first;
        const LinkSigner second;
        const qint64 expires = NOW.addSecs(600).toSecsSinceEpoch();
        const QString signature = first.sign(CALL, expires);
        QCOMPARE(
            first.verify(CALL, signature, QString::number(expires), NOW), LinkSigner::Check::Valid);
        QCOMPARE(second.verify(CALL, signature, QString::number(expires), NOW),
            LinkSigner::Check::Invalid);
    }

    void theLinkCarriesTheCallTheSignatureAndTheExpiry()
    {
        const LinkSigner signer(QByteArray(32, 'k'));
        const QDateTime until = NOW.addSecs(600);
        const QString link = signer.link(CALL, until);
        QVERIFY2(link.startsWith(u"/api/calls/"_s + CALL + u"/recording?"_s), qPrintable(link));
        const QUrlQuery query(link.mid(link.indexOf(u'?') + 1));
        QCOMPARE(query.queryItemValue(u"expires"_s), QString::number(until.toSecsSinceEpoch()));
        QCOMPARE(
            signer.verify(
                CALL, query.queryItemValue(u"access"_s), query.queryItemValue(u"expires"_s), NOW),
            LinkSigner::Check::Valid);
        // URL-safe as it is: nothing a player would have to escape.
        QVERIFY(!query.queryItemValue(u"access"_s).contains(u'+'));
        QVERIFY(!query.queryItemValue(u"access"_s).contains(u'/'));
        QVERIFY(!query.queryItemValue(u"access"_s).contains(u'='));
    }
};

SIMU_TEST_MAIN(TestRecordingsLinks)
#include "tst_recordingslinks.moc"
