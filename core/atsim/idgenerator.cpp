#include "idgenerator.h"

using namespace Qt::StringLiterals;

namespace AtSim {

IdGenerator::IdGenerator(quint32 seed)
    : m_seed(seed)
    , m_random(seed)
{}

QString IdGenerator::sessionId()
{
    return u"ATVId_"_s + hex(32);
}

QString IdGenerator::hex(int digits)
{
    static constexpr char16_t HEX[] = u"0123456789abcdef";
    QString out(digits, Qt::Uninitialized);
    for (int i = 0; i < digits; ++i)
        out[i] = QChar(HEX[m_random.bounded(16)]);
    return out;
}

QString IdGenerator::token(const QString &prefix, int length)
{
    static constexpr char16_t ALPHABET[]
        = u"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString out = prefix;
    for (int i = 0; i < length; ++i)
        out += QChar(ALPHABET[m_random.bounded(62)]);
    return out;
}

} // namespace AtSim
