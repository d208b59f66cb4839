#pragma once

// Test helpers for ISecretStore: wait for one answer (QTest::qWaitFor spins the test's event
// loop; the stores themselves never block) and print error codes readably in QCOMPARE.

#include "secrets/secretstore.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace Secrets {

// Found by QCOMPARE through argument-dependent lookup.
inline char *toString(SecretError::Code code)
{
    switch (code) {
    case SecretError::Code::NotFound:
        return qstrdup("NotFound");
    case SecretError::Code::Unavailable:
        return qstrdup("Unavailable");
    case SecretError::Code::Denied:
        return qstrdup("Denied");
    case SecretError::Code::Other:
        return qstrdup("Other");
    }
    return qstrdup("(not a SecretError::Code)");
}

} // namespace Secrets

namespace TestSupport {

using ReadResult = Util::Result<QString, Secrets::SecretError>;
using DoneResult = Util::Result<void, Secrets::SecretError>;

constexpr int SecretAnswerTimeoutMs = 10000;

// For QVERIFY2's description, which is evaluated even when the check passes: Result::error()
// must not be called on a success.
template <typename Result>
QByteArray failureText(const Result &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// Each helper owns the context object, so an answer arriving after it gave up is dropped
// instead of writing into a dead stack frame. No answer within the timeout: std::nullopt.
inline std::optional<ReadResult> readAndWait(Secrets::ISecretStore &store, const QString &key)
{
    QObject context;
    std::optional<ReadResult> answer;
    store.read(key, &context, [&answer](ReadResult result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, SecretAnswerTimeoutMs))
        return std::nullopt;
    return answer;
}

inline std::optional<DoneResult> writeAndWait(
    Secrets::ISecretStore &store, const QString &key, const QString &value)
{
    QObject context;
    std::optional<DoneResult> answer;
    store.write(key, value, &context, [&answer](DoneResult result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, SecretAnswerTimeoutMs))
        return std::nullopt;
    return answer;
}

inline std::optional<DoneResult> removeAndWait(Secrets::ISecretStore &store, const QString &key)
{
    QObject context;
    std::optional<DoneResult> answer;
    store.remove(key, &context, [&answer](DoneResult result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, SecretAnswerTimeoutMs))
        return std::nullopt;
    return answer;
}

} // namespace TestSupport
