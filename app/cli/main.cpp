// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// skylight-cli: wires options, network, (demo) cloud and adapter to the CLI runner.
#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "cli/clisession.h"
#include "cli/exitcode.h"
#include "cli/fileinspection.h"
#include "net/logging.h"
#include "net/terminaltext.h"
#include "startup/appstartup.h"

#include <QCoreApplication>
#include <QFile>
#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
int usageError(QFile& err, const QString& message)
{
    err.write(
        (u"error: "_s + terminalSafe(message) + u"\nRun skylight-cli --help for the usage.\n"_s).toUtf8());
    return static_cast<int>(ExitCode::Usage);
}
} // namespace

int main(int argc, char* argv[])
{
#ifdef SIGXFSZ
    // Past a file-size limit, write() should fail (and be reported) rather than kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"skylight-cli"_s);
    QCoreApplication::setOrganizationName(u"Skylight"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SKYLIGHT_VERSION));

    QFile out;
    QFile err;
    QFile in;
    // The descriptors themselves, not stdio's streams: a failed write (a full disk, a closed
    // pipe's end) is seen at once, and reported (exit 8).
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    in.open(stdin, QIODevice::ReadOnly);

    const auto options = parseCliOptions(QCoreApplication::arguments().mid(1));
    if (!options)
        return usageError(err, options.error());
    if (options->showVersion || options->showHelp) {
        const QByteArray text =
            options->showVersion ? QByteArray("skylight-cli " SKYLIGHT_VERSION "\n") : cliUsage().toUtf8();
        if (out.write(text) != text.size()) {
            err.write((u"error: could not write the output: "_s + out.errorString() + u'\n').toUtf8());
            return static_cast<int>(ExitCode::LocalIo);
        }
        return 0;
    }
    // inspect --file: a local file, no cloud, no network.
    if (options->command == u"inspect"_s && !options->inspectFile.isEmpty())
        return runFileInspection(*options, &out, &err);
    auto transport = transportOptionsFor(*options);
    if (!transport)
        return usageError(err, transport.error());

    if (options->debug)
        enableDebugLogging();

    // The network, the keychain index and the range memory: shared set-up with the window.
    AppStartup startup(AppStartup::Front::CommandLine);
    std::optional<CloudProfile> profile;
    ServiceEndpoint endpoint;
    Dialect dialect = options->dialect;
    switch (options->source) {
    case CliOptions::Source::Demo: {
        // Built only for --demo: it generates and hashes its images' bytes, which no other command needs.
        const auto demo = startup.startDemo();
        if (!demo) {
            err.write((u"error: "_s + demo.error() + u'\n').toUtf8());
            return static_cast<int>(ExitCode::LocalIo);
        }
        // --api picks which of the demo cloud's dialects to talk to.
        endpoint = ServiceEndpoint{.url = (*demo)->endpoint(dialect),
                                   .token = (*demo)->token(),
                                   .projectId = options->projectId.isEmpty() ? DemoCloud::projectId()
                                                                             : options->projectId};
        break;
    }
    case CliOptions::Source::Endpoint: {
        const auto resolved = endpointFor(*options, &in);
        if (!resolved)
            return usageError(err, resolved.error());
        endpoint = *resolved;
        break;
    }
    case CliOptions::Source::OsCloud: {
        const auto clouds = AppStartup::loadCloudsConfig();
        if (!clouds)
            return usageError(err, clouds.error().describe());
        const auto found = std::find_if(clouds->cbegin(), clouds->cend(), [&](const CloudProfile& cloud) {
            return cloud.name == options->osCloud;
        });
        if (found == clouds->cend()) {
            QStringList names;
            for (const CloudProfile& cloud : *clouds)
                names << cloud.name;
            return usageError(
                err, u"No cloud named \"%1\" in clouds.yaml or the OS_* variables%2."_s.arg(
                         options->osCloud,
                         names.isEmpty() ? QString() : QString(u" (known: "_s + names.join(u", "_s) + u')')));
        }
        if (const QString refused = unsendableProfileSecret(*found); !refused.isEmpty())
            return usageError(err, refused);
        profile = *found;
        break;
    }
    case CliOptions::Source::None:
        return usageError(err, u"Say which cloud: --demo, --os-cloud NAME or --endpoint URL."_s);
    }

    if (profile) {
        // The profile's TLS settings, unless the command line says otherwise.
        if (!profile->verify)
            transport->insecure = true;
        if (options->caCertFile.isEmpty() && !profile->caCertFile.isEmpty()) {
            CliOptions withCa = *options;
            withCa.caCertFile = profile->caCertFile;
            const auto withProfileCa = transportOptionsFor(withCa);
            if (!withProfileCa)
                return usageError(err, withProfileCa.error());
            transport->extraCaCertificates = withProfileCa->extraCaCertificates;
        }
    }
    // The secrets go to the OS keychain; only the index of their names to the shared settings.
    CliRunner runner(startup.network(), endpoint, dialect, *transport, *options, &out, &err);
    runner.setSecretStore(startup.secrets());
    runner.setInput(&in);
    runner.setProgressLine(isatty(fileno(stderr)) != 0);
    // Image endpoints that refuse byte ranges (shared with the GUI): a resume there starts over.
    runner.setRangeSupport(startup.rangeSupport());
    if (profile)
        runner.setCloudProfile(*profile);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    runner.start();
    return QCoreApplication::exec();
}
