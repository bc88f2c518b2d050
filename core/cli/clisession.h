// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "cli/clioptions.h"
#include "identity/cloudprofile.h"
#include "net/transportoptions.h"

#include <QString>
#include <expected>

class QIODevice;

namespace Skylight {

// What the options say about transport: timeout, extra CA bundle, --insecure.
std::expected<TransportOptions, QString> transportOptionsFor(const CliOptions& options);

// The endpoint for --endpoint: URL plus token from OS_TOKEN or (with --token-stdin) the first
// line of `stdinDevice`. A token is never taken from the command line.
std::expected<ServiceEndpoint, QString> endpointFor(const CliOptions& options, QIODevice* stdinDevice);

// Why the profile's secret (password, application credential secret, token, API key; from
// clouds.yaml, secure.yaml or the OS_* variables) cannot be sent: it contains a control character.
// Empty when it can. The message names the variable or the file, never the secret.
QString unsendableProfileSecret(const CloudProfile& profile);

// A secret typed by the user: the first line of `in`; at a terminal, asked for with `prompt` (on
// `err`) without echo.
QString readSecretLine(QIODevice* in, QIODevice* err, const QString& prompt);

} // namespace Skylight
