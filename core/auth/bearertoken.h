#pragma once

// Bearer tokens: "simu_" followed by 256 random bits in unpadded base64url (48 characters in
// all). The prefix lets secret scanners and people recognise one; the database keeps only
// the SHA-256 of the whole text.

#include <QByteArray>
#include <QString>

namespace Auth::BearerToken {

inline constexpr int RandomBytes = 32;

// A new token from QRandomGenerator::system().
QString generate();
// True when `text` has the shape of a token. Lets junk be refused without a database lookup.
bool looksValid(const QString &text);
// The SHA-256 of the token's text: what the tokens table stores and is searched by.
QByteArray hash(const QString &token);

} // namespace Auth::BearerToken
