#include "storage/database.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC);

QByteArray hashOf(const char *token)
{
    return QCryptographicHash::hash(QByteArray(token), QCryptographicHash::Sha256);
}

} // namespace

class TestTokenRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Storage::Database> m_db;

    void addUser(const QString &name)
    {
        Storage::UserRepository users(*m_db);
        QVERIFY(users
                    .create(Storage::StoredUser{name,
                        QString(),
                        u"agent"_s,
                        QString(),
                        QByteArray(32, 'h'),
                        QByteArray(16, 's'),
                        1000,
                        false,
                        t0,
                        t0})
                    .value());
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Storage::Database::open(u":memory:"_s);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        addUser(u"mary"_s);
        addUser(u"john"_s);
    }
    void cleanup() { m_db.reset(); }

    void insertThenFind()
    {
        Storage::TokenRepository tokens(*m_db);
        const auto inserted = tokens.insert(hashOf("a"), u"Mary"_s, t0, t0.addSecs(3600));
        QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().message));
        const auto found = tokens.find(hashOf("a"));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->username, u"mary"_s);
        QCOMPARE(found.value()->createdAt, t0);
        QCOMPARE(found.value()->expiresAt, t0.addSecs(3600));
        QVERIFY(!found.value()->lastUsedAt.isValid()); // never used yet
        QVERIFY(!tokens.find(hashOf("b")).value().has_value());
    }

    void touchRecordsLastUse()
    {
        Storage::TokenRepository tokens(*m_db);
        QVERIFY(tokens.insert(hashOf("a"), u"mary"_s, t0, t0.addSecs(3600)).ok());
        QVERIFY(tokens.touch(hashOf("a"), t0.addSecs(42)).ok());
        QCOMPARE(tokens.find(hashOf("a")).value()->lastUsedAt, t0.addSecs(42));
    }

    void tokenForUnknownUserIsRefused()
    {
        // The foreign key keeps orphan tokens out: a token must belong to someone.
        Storage::TokenRepository tokens(*m_db);
        QVERIFY(!tokens.insert(hashOf("a"), u"ghost"_s, t0, t0.addSecs(3600)).ok());
    }

    void removeOne()
    {
        Storage::TokenRepository tokens(*m_db);
        QVERIFY(tokens.insert(hashOf("a"), u"mary"_s, t0, t0.addSecs(3600)).ok());
        QCOMPARE(tokens.remove(hashOf("a")).value(), true);
        QCOMPARE(tokens.remove(hashOf("a")).value(), false);
        QVERIFY(!tokens.find(hashOf("a")).value().has_value());
    }

    void removeForUserCanKeepOne()
    {
        Storage::TokenRepository tokens(*m_db);
        QVERIFY(tokens.insert(hashOf("m1"), u"mary"_s, t0, t0.addSecs(3600)).ok());
        QVERIFY(tokens.insert(hashOf("m2"), u"mary"_s, t0, t0.addSecs(3600)).ok());
        QVERIFY(tokens.insert(hashOf("m3"), u"mary"_s, t0, t0.addSecs(3600)).ok());
        QVERIFY(tokens.insert(hashOf("j1"), u"john"_s, t0, t0.addSecs(3600)).ok());
        QCOMPARE(tokens.removeForUser(u"MARY"_s, hashOf("m2")).value(), 2);
        QVERIFY(tokens.find(hashOf("m2")).value().has_value());
        QVERIFY(tokens.find(hashOf("j1")).value().has_value()); // john is untouched
        QCOMPARE(tokens.removeForUser(u"mary"_s).value(), 1);
        QVERIFY(!tokens.find(hashOf("m2")).value().has_value());
    }

    void removeExpiredKeepsLiveOnes()
    {
        Storage::TokenRepository tokens(*m_db);
        QVERIFY(tokens.insert(hashOf("old"), u"mary"_s, t0, t0.addSecs(60)).ok());
        QVERIFY(tokens.insert(hashOf("edge"), u"mary"_s, t0, t0.addSecs(120)).ok());
        QVERIFY(tokens.insert(hashOf("live"), u"mary"_s, t0, t0.addSecs(121)).ok());
        QCOMPARE(tokens.removeExpired(t0.addSecs(120)).value(), 2);
        QVERIFY(tokens.find(hashOf("live")).value().has_value());
    }

    void deletingTheUserDeletesTheirTokens()
    {
        Storage::TokenRepository tokens(*m_db);
        QVERIFY(tokens.insert(hashOf("a"), u"mary"_s, t0, t0.addSecs(3600)).ok());
        QVERIFY(Storage::UserRepository(*m_db).remove(u"mary"_s).value());
        QVERIFY(!tokens.find(hashOf("a")).value().has_value());
    }
};

SIMU_TEST_MAIN(TestTokenRepository)
#include "tst_tokenrepository.moc"
