#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtGlobal>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace {

// Rejected input is logged with qCWarning by the code under test; printing millions of those
// lines would cost more than the parsing. Fatal and critical messages (Q_ASSERT, qFatal) still
// reach stderr, and SIMU_FUZZ_VERBOSE=1 keeps everything.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Reads the builder's choices from the input; past its end every choice is 0.
class Choices
{
public:
    explicit Choices(const QByteArray &input)
        : m_input(input)
    {}

    bool atEnd() const { return m_at >= m_input.size(); }
    quint8 byte() { return atEnd() ? 0 : quint8(m_input.at(m_at++)); }
    QString string()
    {
        const qsizetype length = std::min<qsizetype>(byte() % 16, m_input.size() - m_at);
        const QString text = QString::fromUtf8(m_input.mid(m_at, length));
        m_at += length;
        return text;
    }
    double number()
    {
        char raw[sizeof(double)] = {};
        for (char &c : raw)
            c = char(byte());
        double value = 0;
        std::memcpy(&value, raw, sizeof value);
        return std::isfinite(value) ? value : std::numeric_limits<double>::max();
    }

private:
    const QByteArray &m_input;
    qsizetype m_at = 0;
};

class JsonBuilder
{
public:
    JsonBuilder(Choices &choices, const QStringList &keys, const QStringList &words)
        : m_choices(choices)
        , m_keys(keys)
        , m_words(words)
    {}

    QJsonObject object(int depth)
    {
        QJsonObject out;
        const int count = m_choices.byte() % 8;
        for (int i = 0; i < count && !m_choices.atEnd(); ++i) {
            const quint8 pick = m_choices.byte();
            const QString key = pick < m_keys.size() ? m_keys.at(pick) : m_choices.string();
            out.insert(key, value(depth));
        }
        return out;
    }

private:
    QJsonValue value(int depth)
    {
        switch (m_choices.byte() % 10) {
        case 0:
            return QJsonValue(QJsonValue::Null);
        case 1:
            return m_choices.byte() % 2 == 0;
        case 2:
            return m_choices.number();
        case 3:
            return qint8(m_choices.byte()); // small whole numbers, negative ones too
        case 4:
            return m_words.isEmpty() ? QString() : m_words.at(m_choices.byte() % m_words.size());
        case 5:
            return m_choices.string();
        case 6:
            return double(m_choices.byte()) / 4; // fractions: 0.25, 2.5, ...
        case 7:
            return m_choices.byte() * 256 + m_choices.byte(); // HTTP statuses, milliseconds
        case 8: {
            QJsonArray array;
            const int count = depth > 2 ? 0 : m_choices.byte() % 6;
            for (int i = 0; i < count; ++i)
                array.append(value(depth + 1));
            return array;
        }
        default:
            return depth > 2 ? QJsonObject() : object(depth + 1);
        }
    }

    Choices &m_choices;
    const QStringList &m_keys;
    const QStringList &m_words;
};

} // namespace

// Undefined behaviour must stop the run like a crash, or libFuzzer never saves the input.
extern "C" const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (qEnvironmentVariableIntValue("SIMU_FUZZ_VERBOSE") == 0)
        qInstallMessageHandler(quietMessages);
    return 0;
}

namespace Fuzz {

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

QJsonObject jsonObject(const QByteArray &input, const QStringList &keys, const QStringList &words)
{
    if (input.startsWith('{'))
        return QJsonDocument::fromJson(input).object();
    Choices choices(input);
    return JsonBuilder(choices, keys, words).object(0);
}

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "\n*** property broken: %s\n", what);
    std::fwrite(detail.constData(), 1, size_t(detail.size()), stderr); // may not end in NUL
    std::fprintf(stderr, "\n");
    std::abort();
}

void fail(const char *what, const QString &detail)
{
    fail(what, detail.toUtf8());
}

} // namespace Fuzz
