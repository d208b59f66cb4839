#pragma once

// Shared by every libFuzzer target in this folder (see README.md).

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace Fuzz {

// The input as a QByteArray that points at libFuzzer's own buffer, without a copy and without
// Qt's terminating NUL, so AddressSanitizer sees a read one byte past the end.
QByteArray bytes(const uint8_t *data, size_t size);

// A JSON object for code that takes a QJsonObject. Input starting with '{' is parsed as JSON
// text; anything else drives a builder that picks keys from `keys`, strings from `words` and
// values of every JSON type, so the fuzzer reaches the code under test without first having to
// learn JSON syntax through Qt's (uninstrumented) parser. Doubles are finite, as from JSON text.
QJsonObject jsonObject(const QByteArray &input, const QStringList &keys, const QStringList &words);

// A property of the code under test does not hold: print why, with the input that broke it,
// and abort so libFuzzer saves the input as a crash.
[[noreturn]] void fail(const char *what, const QByteArray &detail);
[[noreturn]] void fail(const char *what, const QString &detail);

} // namespace Fuzz
