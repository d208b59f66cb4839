#pragma once

// The pieces every AuthService test needs: a database, the repositories, a fake clock and the
// service, built and torn down in the right order, seeded with an admin and an agent.

#include "auth/authservice.h"
#include "fakeclock.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"

#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Auth::AuthError::Code)

namespace AuthTest {

using namespace Qt::StringLiterals;
using Auth::Role;
using Code = Auth::AuthError::Code;

inline const QString rootPassword = u"root-password-1"_s;
inline const QString maryPassword = u"mary-password-1"_s;
inline const QString office = u"192.168.1.20"_s;

inline Auth::AuthConfig fastConfig(int iterations = 1000)
{
    Auth::AuthConfig config;
    config.passwordIterations = iterations; // production uses 200,000; tests need speed
    return config;
}

// One hub's worth of auth: database, repositories, clock and service, torn down in order.
struct Fixture
{
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Storage::UserRepository> users;
    std::unique_ptr<Storage::TokenRepository> tokens;
    std::unique_ptr<Storage::AuditLog> audit;
    TestSupport::FakeClock clock;
    std::unique_ptr<Auth::AuthService> auth;

    static std::unique_ptr<Fixture> make(
        Auth::AuthConfig config = fastConfig(), const QString &path = u":memory:"_s)
    {
        auto opened = Storage::Database::open(path);
        if (!opened) {
            qWarning() << "cannot open the test database:" << opened.error().message;
            return nullptr;
        }
        auto fixture = std::make_unique<Fixture>();
        fixture->db = std::move(opened).value();
        fixture->users = std::make_unique<Storage::UserRepository>(*fixture->db);
        fixture->tokens = std::make_unique<Storage::TokenRepository>(*fixture->db);
        fixture->audit = std::make_unique<Storage::AuditLog>(*fixture->db);
        fixture->restartService(std::move(config));
        return fixture;
    }

    void restartService(Auth::AuthConfig config)
    {
        auth.reset();
        auth = std::make_unique<Auth::AuthService>(
            *db, *users, *tokens, *audit, clock, std::move(config));
    }

    // The admin "root" and the agent "mary", as an installation would have them.
    bool seed()
    {
        const auto root = auth->createUser(
            Auth::NewUser{u"root"_s, rootPassword, Role::Admin, u"Root"_s, QString()},
            u"setup"_s,
            QString());
        const auto mary = auth->createUser(
            Auth::NewUser{
                u"mary"_s, maryPassword, Role::Agent, u"Mary Wanjiku"_s, u"+254712345678"_s},
            u"root"_s,
            office);
        return root.ok() && mary.ok();
    }

    QString loginOk(const QString &user, const QString &password)
    {
        auto result = auth->login(user, password, office);
        return result ? result->token : QString();
    }
};

} // namespace AuthTest

// Each evaluates its argument once: it is often a login, and a second one would count.
#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &checked_ = (result);                                                           \
        QVERIFY2(checked_.ok(), checked_.ok() ? "" : qPrintable(checked_.error().message));        \
    } while (false)

#define COMPARE_ERROR(result, expectedCode)                                                        \
    do {                                                                                           \
        const auto &checked_ = (result);                                                           \
        QVERIFY2(!checked_.ok(), "succeeded but should have failed");                              \
        QCOMPARE(checked_.error().code, expectedCode);                                             \
    } while (false)
