#pragma once

// Reads a request's JSON object body field by field, turning every problem into an
// Api::Error that names the field: "\"to\" must be a string".

#include "apierror.h"
#include "http/httprequest.h"
#include "util/result.h"

#include <QJsonObject>
#include <QSet>

#include <optional>

namespace Api {

class JsonBody
{
public:
    // Fails with 400 for a missing body, malformed JSON, a non-object, or a wrong
    // Content-Type (anything but application/json).
    static Util::Result<JsonBody, Error> parse(const Http::Request &request);

    // Fails with 400 naming a field that is not in `allowed` (a misspelt key never passes
    // silently).
    Util::Result<void, Error> onlyFields(const QSet<QString> &allowed) const;

    Util::Result<QString, Error> requiredString(const QString &field) const;
    Util::Result<std::optional<QString>, Error> optionalString(const QString &field) const;
    Util::Result<std::optional<bool>, Error> optionalBool(const QString &field) const;
    bool has(const QString &field) const { return m_object.contains(field); }
    const QJsonObject &object() const { return m_object; }

private:
    explicit JsonBody(QJsonObject object)
        : m_object(std::move(object))
    {}
    QJsonObject m_object;
};

} // namespace Api
