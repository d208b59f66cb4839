#include "storage/database.h"
#include "storage/userrepository.h"
#include "testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Storage::StoredUser;

namespace {

const QDateTime created = QDateTime(QDate(2024, 3, 4), QTime(9, 0, 0, 123), Qt::UTC);

StoredUser makeUser(const QString &name, const QString &role = u"agent"_s, bool disabled = false)
{
    return StoredUser{name,
        u"Display "_s + name,
        role,
        u"+254712345678"_s,
        QByteArray(32, 'h'),
        QByteArray(16, 's'),
        1000,
        disabled,
        created,
        created};
}

void compareUsers(const StoredUser &actual, const StoredUser &expected)
{
    QCOMPARE(actual.username, expected.username.toLower());
    QCOMPARE(actual.displayName, expected.displayName);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.line, expected.line);
    QCOMPARE(actual.passwordHash, expected.passwordHash);
    QCOMPARE(actual.passwordSalt, expected.passwordSalt);
    QCOMPARE(actual.passwordIterations, expected.passwordIterations);
    QCOMPARE(actual.disabled, expected.disabled);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
}

} // namespace

class TestUserRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Storage::Database> m_db;

private Q_SLOTS:
    void init()
    {
        auto opened = Storage::Database::open(u":memory:"_s);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_db = std::move(opened).value();
    }
    void cleanup() { m_db.reset(); }

    void createThenFindGivesEveryField()
    {
        Storage::UserRepository users(*m_db);
        const StoredUser mary = makeUser(u"mary"_s);
        const auto created = users.create(mary);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created.value(), true);
        const auto found = users.find(u"mary"_s);
        QVERIFY(found.ok() && found.value().has_value());
        compareUsers(*found.value(), mary);
        QCOMPARE(found.value()->createdAt.timeSpec(), Qt::UTC);
    }

    void namesAreCaseInsensitive()
    {
        Storage::UserRepository users(*m_db);
        QCOMPARE(users.create(makeUser(u"Mary"_s)).value(), true);
        QCOMPARE(users.find(u"MARY"_s).value()->username, u"mary"_s);
        // "MARY" is the same person, so it cannot be created a second time.
        QCOMPARE(users.create(makeUser(u"MARY"_s)).value(), false);
        QCOMPARE(users.list().value().size(), 1);
    }

    void unknownUserIsNotAnError()
    {
        Storage::UserRepository users(*m_db);
        const auto found = users.find(u"nobody"_s);
        QVERIFY(found.ok());
        QVERIFY(!found.value().has_value());
        QCOMPARE(users.remove(u"nobody"_s).value(), false);
        QCOMPARE(users.update(makeUser(u"nobody"_s)).value(), false);
    }

    void listIsSortedByName()
    {
        Storage::UserRepository users(*m_db);
        for (const QString &name : {u"zed"_s, u"amy"_s, u"mike"_s})
            QVERIFY(users.create(makeUser(name)).value());
        const auto listed = users.list();
        QVERIFY(listed.ok());
        QStringList names;
        for (const StoredUser &user : listed.value())
            names << user.username;
        QCOMPARE(names, QStringList({u"amy"_s, u"mike"_s, u"zed"_s}));
    }

    void updateChangesEverythingButNameAndCreation()
    {
        Storage::UserRepository users(*m_db);
        QVERIFY(users.create(makeUser(u"mary"_s)).value());
        StoredUser changed = makeUser(u"MARY"_s, u"supervisor"_s, true);
        changed.displayName = u"Mary W."_s;
        changed.line = QString();
        changed.passwordHash = QByteArray(32, 'n');
        changed.passwordSalt = QByteArray(16, 't');
        changed.passwordIterations = 300000;
        changed.updatedAt = created.addSecs(60);
        changed.createdAt = created.addYears(-5); // must be ignored
        const auto updated = users.update(changed);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated.value(), true);
        StoredUser expected = changed;
        expected.createdAt = created;
        compareUsers(*users.find(u"mary"_s).value(), expected);
    }

    void removeDeletes()
    {
        Storage::UserRepository users(*m_db);
        QVERIFY(users.create(makeUser(u"mary"_s)).value());
        QCOMPARE(users.remove(u"Mary"_s).value(), true);
        QVERIFY(!users.find(u"mary"_s).value().has_value());
    }

    void countsOnlyEnabledAdmins()
    {
        Storage::UserRepository users(*m_db);
        QCOMPARE(users.countEnabledAdmins().value(), 0);
        QVERIFY(users.create(makeUser(u"root"_s, u"admin"_s)).value());
        QVERIFY(users.create(makeUser(u"old"_s, u"admin"_s, true)).value());
        QVERIFY(users.create(makeUser(u"boss"_s, u"supervisor"_s)).value());
        QCOMPARE(users.countEnabledAdmins().value(), 1);
    }

    void badRoleIsRefusedByTheDatabase()
    {
        Storage::UserRepository users(*m_db);
        const auto created = users.create(makeUser(u"mary"_s, u"root"_s));
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.startsWith(u"cannot save the user"_s),
            qPrintable(created.error().message));
    }
};

SIMU_TEST_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
