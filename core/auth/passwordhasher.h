#pragma once

// Passwords are kept only as salted, deliberately slow hashes: PBKDF2-HMAC-SHA256 with a random
// 16-byte salt per user. The iteration count is stored with each hash, so raising it later
// leaves old hashes verifiable; needsRehash() tells the login path to upgrade them.
//
// OpenSSL's PBKDF2 does the work: on the reference machine it takes about 38 ms for 200,000
// iterations where QPasswordDigestor takes about 225 ms. An attacker uses the fast one anyway,
// and the hub hashes on its event loop, so the slow one would only hurt us.

#include <QByteArray>
#include <QString>

namespace Auth {

struct PasswordHash
{
    QByteArray hash; // HashBytes bytes
    QByteArray salt; // SaltBytes random bytes
    int iterations = 0;
};

class PasswordHasher
{
public:
    static constexpr int ProductionIterations = 200000; // the floor; never lower it
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;
    // A stored count above this is treated as corrupt, so a damaged row cannot freeze the hub.
    static constexpr int MaxIterations = 50000000;

    // Tests pass a small count to stay fast; production uses the default.
    explicit PasswordHasher(int iterations = ProductionIterations);

    int iterations() const { return m_iterations; }

    // A fresh salt from QRandomGenerator::system() and this hasher's iteration count.
    PasswordHash hash(const QString &password) const;
    // SaltBytes from QRandomGenerator::system().
    static QByteArray newSalt();
    // Re-derives with the stored salt and count and compares in constant time. A malformed
    // stored hash (wrong size, no salt, absurd count) never verifies.
    bool verify(const QString &password, const PasswordHash &stored) const;
    // True when a hash made with `storedIterations` is weaker than what this hasher makes now.
    bool needsRehash(int storedIterations) const { return storedIterations < m_iterations; }

    // The raw PBKDF2-HMAC-SHA256 of the password's NFKC-normalised UTF-8 (so the same word
    // typed on two keyboards matches). Empty if OpenSSL fails or the arguments are unusable.
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);
    // Compares every byte whatever the first difference, so the time taken says nothing
    // about how much of a guess was right. Different lengths are unequal, and an empty array
    // equals nothing (a failed derivation must never match).
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    int m_iterations;
};

} // namespace Auth
