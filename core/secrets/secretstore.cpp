#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace Secrets {

std::optional<SecretError> checkKeyName(const QString &key)
{
    if (!key.trimmed().isEmpty())
        return std::nullopt;
    return SecretError{SecretError::Code::Other,
        QCoreApplication::translate(
            "Secrets", "A secret needs a name to be stored under; this one was blank.")};
}

void deliverLater(QObject *context, std::function<void()> answer)
{
    if (context)
        QTimer::singleShot(0, context, std::move(answer));
    else
        QTimer::singleShot(0, std::move(answer));
}

} // namespace Secrets
