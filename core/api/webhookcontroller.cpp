// POST /api/webhooks/africastalking/{secret}: where AT posts every voice notification.
// AT does not sign its callbacks, so the URL carries a secret; a source-address allow-list
// and a body cap add to it. Everything past these checks is the call center's job.

#include "hub/callcenter.h"
#include "hubapi.h"
#include "util/logging.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

// Compares digests, so neither the content nor the length of the secret leaks through timing.
bool sameSecret(const QString &given, const QString &expected)
{
    const QByteArray a = QCryptographicHash::hash(given.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0 && !expected.isEmpty();
}

} // namespace

void HubApi::webhook(const Http::Request &request, Http::Respond respond)
{
    const QString remote = request.peer.toString();
    if (!sameSecret(request.pathParam(u"secret"_s), m_config.webhookSecret)) {
        ++m_webhookSecretFailures;
        qCWarning(lcApi).noquote() << "webhook with a wrong secret from" << remote
                                   << "(refused; the secret is not logged)";
        return respond(toResponse(Error::forbidden(u"Unknown webhook."_s)));
    }
    if (!m_config.webhookAllowList.isEmpty()) {
        bool allowed = false;
        for (const auto &[network, prefix] : m_config.webhookAllowList)
            allowed = allowed || request.peer.isInSubnet(network, prefix);
        if (!allowed) {
            qCWarning(lcApi).noquote() << "webhook from" << remote << "outside the allow-list";
            return respond(toResponse(Error::forbidden(u"This address may not post callbacks."_s)));
        }
    }
    if (request.body.size() > m_config.webhookMaxBodyBytes)
        return respond(toResponse(Error::tooLarge(
            u"A callback is at most %1 bytes."_s.arg(m_config.webhookMaxBodyBytes))));
    m_calls.handleCallback(
        request.body, remote, [respond = std::move(respond)](const Hub::WebhookAnswer &answer) {
            respond(Http::Response::bytes(answer.contentType, answer.body, answer.status));
        });
}

} // namespace Api
