#pragma once

// The rules a new username, password or line must meet, each broken rule with its own message
// for the person filling in the form. Pure functions: AuthService calls them before it
// touches storage, and the API can call them to check a form early.

#include "util/result.h"

#include <QString>

namespace Phone {
class NumberParser;
}

namespace Auth {

inline constexpr int MinPasswordLength = 10;
inline constexpr int MaxPasswordLength = 1024; // characters; bounds the hashing work
inline constexpr int MinUsernameLength = 2;
inline constexpr int MaxUsernameLength = 32;
inline constexpr int MaxDisplayNameLength = 100;

// Usernames are case-insensitive: "Agent1" and "agent1" are one user. Trims and lower-cases.
QString normaliseUsername(const QString &username);

// `username` is already normalised. 2-32 characters of a-z, 0-9, '.', '_' and '-'.
Util::Result<void, QString> checkUsername(const QString &username);

// At least 10 characters, not one character repeated, not the username (in any case), at
// most 1024 characters. Counts characters as a person does (an emoji is one).
Util::Result<void, QString> checkPassword(const QString &password, const QString &username);

// Trimmed; at most 100 characters; no control characters (they break logs and tables).
Util::Result<QString, QString> checkDisplayName(const QString &displayName);

// Empty stays empty (no line). Otherwise an E.164 phone number (local forms are read in the
// parser's region) or an AT SIP address; returns the parser's normalised value.
Util::Result<QString, QString> checkLine(const QString &line, const Phone::NumberParser &parser);

} // namespace Auth
