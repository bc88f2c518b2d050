// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>

namespace Skylight {

// A payload as it may be shown to a person (raw view, `-f raw`), with every value under a
// secret-looking name (password, adminpass, secret, token, api_key/apikey, credential) replaced
// WHOLE by "***":
// - JSON: the value of such a key, whatever it is (string, number, object, array); null stays.
// - Header dumps (text/plain, "Name: value" lines, as the Glance v1 adapter keeps them): such
//   headers, and Set-Cookie, Cookie, Authorization and Proxy-Authorization, with their
//   continuation lines (Qt joins repeated Set-Cookie headers with line breaks).
// - XML: attribute values in either quoting; the whole content of elements named so
//   (<adminPass>, <token>) or naming one (<meta key="admin_password">, <x name="token"
//   value="...">, whose value attribute goes too).
// Everything else is left byte for byte (also malformed XML or JSON); JSON nested deeper than
// Nesting::kMaxDepth levels is cut there ("…"); the XML scan does not recurse.
QByteArray redactSecrets(const QByteArray& payload, const QByteArray& contentType);

bool looksSecret(QByteArrayView name);

} // namespace Skylight
