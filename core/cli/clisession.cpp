// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clisession.h"

#include "net/secretcheck.h"

#include <QFile>
#include <QIODevice>
#include <QSslCertificate>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

std::expected<TransportOptions, QString> transportOptionsFor(const CliOptions& options)
{
    TransportOptions transport;
    transport.idleTimeout = std::chrono::seconds(options.timeoutSeconds);
    transport.insecure = options.insecure;
    if (!options.caCertFile.isEmpty()) {
        QFile file(options.caCertFile);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                u"Cannot read the CA bundle %1: %2."_s.arg(options.caCertFile, file.errorString()));
        transport.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (transport.extraCaCertificates.isEmpty())
            return std::unexpected(u"%1 holds no PEM certificate."_s.arg(options.caCertFile));
    }
    return transport;
}

std::expected<ServiceEndpoint, QString> endpointFor(const CliOptions& options, QIODevice* stdinDevice)
{
    ServiceEndpoint endpoint;
    endpoint.url = options.endpoint;
    endpoint.projectId = options.projectId;
    if (options.tokenFromStdin) {
        const QByteArray line = stdinDevice ? stdinDevice->readLine().trimmed() : QByteArray();
        if (line.isEmpty())
            return std::unexpected(u"--token-stdin was given but standard input held no token."_s);
        endpoint.token = line;
    } else {
        endpoint.token = qgetenv("OS_TOKEN").trimmed();
    }
    // Before any request: a line break in the token would end the header and start another.
    const QString refused =
        unsendableSecret(options.tokenFromStdin ? u"The token on standard input"_s : u"OS_TOKEN"_s,
                         QString::fromUtf8(endpoint.token));
    if (!refused.isEmpty())
        return std::unexpected(refused);
    return endpoint;
}

QString unsendableProfileSecret(const CloudProfile& profile)
{
    const bool fromEnvironment = profile.source.startsWith(u"environment"_s);
    const AuthSettings& auth = profile.auth;
    const struct
    {
        const QString& value;
        QString kind;
        QString variable;
    } secrets[] = {
        {auth.password, u"password"_s, u"OS_PASSWORD"_s},
        {auth.applicationCredentialSecret, u"application credential secret"_s,
         u"OS_APPLICATION_CREDENTIAL_SECRET"_s},
        {auth.token, u"token"_s, u"OS_TOKEN"_s},
        {auth.apiKey, u"API key"_s, u"OS_API_KEY"_s},
    };
    for (const auto& secret : secrets) {
        const QString what =
            fromEnvironment ? secret.variable
                            : u"The %1 of cloud %2 (%3)"_s.arg(secret.kind, profile.name, profile.source);
        const QString refused = unsendableSecret(what, secret.value);
        if (!refused.isEmpty())
            return refused;
    }
    return {};
}

QString readSecretLine(QIODevice* in, QIODevice* err, const QString& prompt)
{
    if (!in)
        return {};
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        if (err)
            err->write(prompt.toUtf8());
        const QByteArray line = in->readLine();
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        if (err)
            err->write("\n");
        return QString::fromUtf8(line).trimmed();
    }
#else
    Q_UNUSED(err);
    Q_UNUSED(prompt);
#endif
    return QString::fromUtf8(in->readLine()).trimmed();
}

} // namespace Skylight
