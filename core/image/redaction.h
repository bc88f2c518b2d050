#pragma once

#include <QByteArray>

namespace Skylight {

// A payload as it may be shown to a person (raw view, `-f raw`): the values of secret-looking
// fields replaced by "***": X-Auth-Token and X-Subject-Token headers, and JSON keys or header
// names containing password, secret, token, api_key/apikey or credential. Everything else is
// left byte for byte. JSON nested deeper than Nesting::kMaxDepth levels is cut there ("…").
QByteArray redactSecrets(const QByteArray& payload, const QByteArray& contentType);

bool looksSecret(QByteArrayView name);

} // namespace Skylight
