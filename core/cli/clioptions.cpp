// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clioptions.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
using Parsed = std::expected<CliOptions, QString>;

class ArgumentCursor
{
public:
    explicit ArgumentCursor(const QStringList& arguments)
        : m_arguments(arguments)
    {}
    bool atEnd() const { return m_index >= m_arguments.size(); }
    QString next() { return m_arguments.at(m_index++); }
    std::expected<QString, QString> valueFor(const QString& option)
    {
        if (atEnd() || m_arguments.at(m_index).isEmpty())
            return std::unexpected(u"%1 needs a value."_s.arg(option));
        return next();
    }

private:
    const QStringList& m_arguments;
    qsizetype m_index = 0;
};

std::expected<int, QString> positiveNumber(const QString& option, const QString& value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number <= 0)
        return std::unexpected(u"%1 takes a whole number above 0, not \"%2\"."_s.arg(option, value));
    return number;
}

std::optional<QString> parseFormat(const QString& value, const QStringList& allowed)
{
    if (allowed.contains(value))
        return value;
    return std::nullopt;
}
} // namespace

QString cliUsage()
{
    return uR"(Usage: skylight-cli [--demo | --os-cloud NAME | --endpoint URL --api DIALECT] [--image-endpoint URL]
                    [--project-id ID] [--timeout S] [--deadline S] [--cacert FILE] [--insecure]
                    [--debug] COMMAND ...

Browse the images of an OpenStack-compatible cloud. Global options may also follow the command
(skylight-cli login --os-cloud NAME).

Where the images are:
  --demo               the built-in demo cloud (no network needed)
  --os-cloud NAME      a cloud of clouds.yaml
  --endpoint URL       an image API endpoint; token from OS_TOKEN or --token-stdin
  --api DIALECT        auto | glance-v2 | glance-v1 | compute | rackspace | huawei-ecs
  --token-stdin        read the token from the first line of standard input
  --project-id ID      project for dialects whose paths carry it
  --image-endpoint URL the image service (Image API v2) that serves the data of Compute-family
                       images; the token goes there (without it, only the cloud's own services)
  --timeout S          give up when nothing moves for S seconds (default 30)
  --deadline S         give up when the whole command has not finished after S seconds
                       (default: no deadline; a download's partial file is kept)
  --cacert FILE        trust this CA bundle (PEM) too
  --insecure           do not verify TLS certificates (unsafe)
  --debug              log each request (method, URL without secrets, status, request id, time),
                       sign-ins and downloads to standard error; never a token or a password

Commands:
  list [--limit N] [--all] [--filter KEY=VALUE]... [--sort KEY[:asc|desc]] [-f table|json]
       [--max-images N] [--visibility public|private|shared|community|all]
       [--member-status accepted|pending|rejected|all] [--hidden]
              prints each page as it arrives (table columns sized by the first page, longer
              values cut with "…"; json: one array, closed even when the listing fails midway);
              stops with status 5 after N images when the server keeps sending pages
              (--max-images, default 1000000); --visibility and --member-status ask an
              Image API v2 for another scope than its default (the project's images, public
              ones and those shared with it and accepted): community images of other
              projects only with community or all; --hidden lists the hidden images
              (os_hidden) instead, each marked (hidden) in the table
  show IMAGE_ID [-f table|json|raw]
  members IMAGE_ID [-f table|json]
              an image's members (Image API v2): every project it is shared with and its
              answer, for the owner; the project's own membership, for a member; an image that
              is not shared has none (status 5, with the server's reason)
  share accept|reject IMAGE_ID [-f table|json]
              answer an image shared with the project (--project-id, or the one membership the
              server lists): it then is (or is no longer) in the project's default listing
  download IMAGE_ID [-o PATH] [--no-verify] [--no-resume] [--allow-unsafe] [--store ID]
              fetches the image's bytes, checks them against its checksum and inspects them as
              they arrive: contents that are unsafe to boot or not the declared disk_format are
              refused (status 7, nothing kept) unless --allow-unsafe; the verdict is printed;
              --store is refused (status 2, before any download): no Image API lets a client
              choose the store a download is served from
  inspect IMAGE_ID [--declared FORMAT] [-f table|json]
  inspect --file PATH [--declared FORMAT] [-f table|json]
              what an image of the cloud (read where it lies, with byte ranges: usually a few
              dozen KiB) or a local image file is (format, virtual size) and whether it is safe
              to boot (no backing or data file, no extent naming a host file, one format
              only...), reading only what the verdict needs; --declared compares the format with
              the one claimed (default for IMAGE_ID: its disk_format); status 7 when unsafe or
              not as declared; --file needs no cloud
  tasks IMAGE_ID [-f table|json]
              the image's import and copy tasks (Image API v2.12 and later): status, method,
              stores, progress message ("Copied 15 MiB"), times
  stores [-f table|json]
              the cloud's backend stores (id, default, read-only, description; type and
              properties where you may read the detail) and its import methods
  usage [-f table|json]
              the image quotas: images, total size, staging area, uploading, each with its
              limit ("unlimited" for -1)
  login       (with --os-cloud) sign in once; the secret (first line of standard input, or typed
              at the prompt) goes to the OS keychain
  logout      (with --os-cloud) remove the cloud's secrets from the keychain

Exit status: 0 ok, 2 usage or bad input, 3 not found, 4 unauthorized/forbidden,
             5 other API error (also: a listing stopped by --max-images), 6 network/TLS/timeout,
             7 verification failed (a checksum; inspect and download: unsafe, or not the
               declared format),
             8 local I/O error (also: the output could not be written)
)"_s;
}

// A global option (also accepted after the command: "login --os-cloud NAME"). true: handled;
// false: not a global option.
static std::expected<bool, QString> parseGlobalOption(const QString& arg, ArgumentCursor& cursor,
                                                      CliOptions& options, int& sources, bool& apiGiven)
{
    if (arg == u"--version"_s || arg == u"-V"_s) {
        options.showVersion = true;
    } else if (arg == u"--help"_s || arg == u"-h"_s) {
        options.showHelp = true;
    } else if (arg == u"--debug"_s) {
        options.debug = true;
    } else if (arg == u"--demo"_s) {
        options.source = CliOptions::Source::Demo;
        ++sources;
    } else if (arg == u"--os-cloud"_s) {
        auto value = cursor.valueFor(arg);
        if (!value)
            return std::unexpected(value.error());
        options.source = CliOptions::Source::OsCloud;
        options.osCloud = *value;
        ++sources;
    } else if (arg == u"--endpoint"_s) {
        auto value = cursor.valueFor(arg);
        if (!value)
            return std::unexpected(value.error());
        const QUrl url(*value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
            return std::unexpected(u"--endpoint needs an http:// or https:// URL, not \"%1\"."_s.arg(*value));
        options.source = CliOptions::Source::Endpoint;
        options.endpoint = url;
        ++sources;
    } else if (arg == u"--image-endpoint"_s) {
        auto value = cursor.valueFor(arg);
        if (!value)
            return std::unexpected(value.error());
        const QUrl url(*value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
            return std::unexpected(
                u"--image-endpoint needs an http:// or https:// URL, not \"%1\"."_s.arg(*value));
        options.imageEndpoint = url;
    } else if (arg == u"--api"_s) {
        auto value = cursor.valueFor(arg);
        if (!value)
            return std::unexpected(value.error());
        const auto dialect = dialectFromName(*value);
        if (!dialect)
            return std::unexpected(
                u"Unknown --api \"%1\": use auto, glance-v2, glance-v1, compute, rackspace or huawei-ecs."_s
                    .arg(*value));
        options.dialect = *dialect;
        apiGiven = true;
    } else if (arg == u"--project-id"_s) {
        auto value = cursor.valueFor(arg);
        if (!value)
            return std::unexpected(value.error());
        options.projectId = *value;
    } else if (arg == u"--timeout"_s) {
        auto value = cursor.valueFor(arg);
        if (!value)
            return std::unexpected(value.error());
        auto seconds = positiveNumber(arg, *value);
        if (!seconds)
            return std::unexpected(seconds.error());
        options.timeoutSeconds = *seconds;
    } else if (arg == u"--deadline"_s) {
        auto value = cursor.valueFor(arg);
        if (!value)
            return std::unexpected(value.error());
        auto seconds = positiveNumber(arg, *value);
        if (!seconds)
            return std::unexpected(seconds.error());
        options.deadlineSeconds = *seconds;
    } else if (arg == u"--cacert"_s) {
        auto value = cursor.valueFor(arg);
        if (!value)
            return std::unexpected(value.error());
        options.caCertFile = *value;
    } else if (arg == u"--insecure"_s) {
        options.insecure = true;
    } else if (arg == u"--token-stdin"_s) {
        options.tokenFromStdin = true;
    } else if (arg == u"--token"_s) {
        return std::unexpected(u"Tokens are never taken on the command line (other users can see it): "
                               u"set OS_TOKEN or use --token-stdin."_s);
    } else {
        return false;
    }
    return true;
}

std::expected<CliOptions, QString> parseCliOptions(const QStringList& arguments)
{
    CliOptions options;
    ArgumentCursor cursor(arguments);
    int sources = 0;
    bool apiGiven = false;

    // Global options, up to the command.
    while (!cursor.atEnd()) {
        const QString arg = cursor.next();
        const auto global = parseGlobalOption(arg, cursor, options, sources, apiGiven);
        if (!global)
            return std::unexpected(global.error());
        if (*global)
            continue;
        if (arg.startsWith(u'-'))
            return std::unexpected(u"Unknown option %1."_s.arg(arg));
        options.command = arg;
        break;
    }
    if (options.showVersion || options.showHelp)
        return options;
    if (options.command.isEmpty())
        return std::unexpected(
            u"No command given: use list, show, download, inspect, tasks, stores or usage (see --help)."_s);

    // Command options.
    QStringList positional;
    while (!cursor.atEnd()) {
        const QString arg = cursor.next();
        const bool isList = options.command == u"list"_s;
        const bool isShow = options.command == u"show"_s;
        const bool isDownload = options.command == u"download"_s;
        const bool isInspect = options.command == u"inspect"_s;
        const bool isCloudInfo =
            options.command == u"tasks"_s || options.command == u"stores"_s || options.command == u"usage"_s;
        if (isList && arg == u"--limit"_s) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            auto number = positiveNumber(arg, *value);
            if (!number)
                return std::unexpected(number.error());
            options.limit = *number;
        } else if (isList && arg == u"--max-images"_s) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            auto number = positiveNumber(arg, *value);
            if (!number)
                return std::unexpected(number.error());
            options.maxImages = *number;
        } else if (isList && arg == u"--all"_s) {
            options.all = true;
        } else if (isList && arg == u"--filter"_s) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            const qsizetype eq = value->indexOf(u'=');
            if (eq <= 0)
                return std::unexpected(u"--filter takes KEY=VALUE, not \"%1\"."_s.arg(*value));
            options.filters.append({value->left(eq), value->mid(eq + 1)});
        } else if (isList && arg == u"--visibility"_s) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            const auto visibility = ListScope::visibilityFromKey(*value);
            if (!visibility)
                return std::unexpected(u"--visibility takes %1, not \"%2\"."_s.arg(
                    ListScope::visibilityKeys().join(u'|'), *value));
            options.scope.visibility = *visibility;
        } else if (isList && arg == u"--member-status"_s) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            const auto status = ListScope::memberStatusFromKey(*value);
            if (!status)
                return std::unexpected(u"--member-status takes %1, not \"%2\"."_s.arg(
                    ListScope::memberStatusKeys().join(u'|'), *value));
            options.scope.memberStatus = *status;
        } else if (isList && arg == u"--hidden"_s) {
            options.scope.hidden = true;
        } else if (isList && arg == u"--sort"_s) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            const QStringList parts = value->split(u':');
            if (parts.size() > 2 || parts.first().isEmpty() ||
                (parts.size() == 2 && parts.at(1) != u"asc"_s && parts.at(1) != u"desc"_s))
                return std::unexpected(u"--sort takes KEY[:asc|desc], not \"%1\"."_s.arg(*value));
            options.sort = *value;
        } else if (isInspect && (arg == u"--file"_s || arg == u"--declared"_s)) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            (arg == u"--file"_s ? options.inspectFile : options.declaredFormat) = *value;
        } else if ((isList || isShow || isInspect || isCloudInfo || options.command == u"members"_s ||
                    options.command == u"share"_s) &&
                   (arg == u"-f"_s || arg == u"--format"_s)) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            const QStringList allowed =
                isShow ? QStringList{u"table"_s, u"json"_s, u"raw"_s} : QStringList{u"table"_s, u"json"_s};
            const auto format = parseFormat(*value, allowed);
            if (!format)
                return std::unexpected(u"-f takes %1, not \"%2\"."_s.arg(allowed.join(u'|'), *value));
            options.format = *format;
        } else if (isDownload && (arg == u"-o"_s || arg == u"--output"_s)) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            options.outputPath = *value;
        } else if (isDownload && arg == u"--store"_s) {
            auto value = cursor.valueFor(arg);
            if (!value)
                return std::unexpected(value.error());
            options.store = *value;
        } else if (isDownload && arg == u"--no-verify"_s) {
            options.noVerify = true;
        } else if (isDownload && arg == u"--no-resume"_s) {
            options.noResume = true;
        } else if (isDownload && arg == u"--allow-unsafe"_s) {
            options.allowUnsafe = true;
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            const auto global = parseGlobalOption(arg, cursor, options, sources, apiGiven);
            if (!global)
                return std::unexpected(global.error());
            if (!*global)
                return std::unexpected(u"Unknown option %1 for %2."_s.arg(arg, options.command));
        } else {
            positional.append(arg);
        }
    }
    if (options.showVersion || options.showHelp)
        return options;
    if (sources > 1)
        return std::unexpected(u"Choose one of --demo, --os-cloud and --endpoint."_s);
    if (apiGiven && options.source == CliOptions::Source::OsCloud && options.dialect != Dialect::Auto)
        return std::unexpected(u"--api goes with --endpoint or --demo (a cloud profile names its own)."_s);

    if (options.command == u"list"_s) {
        if (!positional.isEmpty())
            return std::unexpected(u"list takes no argument \"%1\"."_s.arg(positional.first()));
        // The scope options and the same keys as filters would send each parameter twice.
        ListScope shown = options.scope;
        shown.hidden = false;
        for (const auto& [key, value] : std::as_const(options.filters)) {
            const bool visibilityKey = key.compare(u"visibility"_s, Qt::CaseInsensitive) == 0;
            const bool memberKey = key.compare(u"member_status"_s, Qt::CaseInsensitive) == 0;
            if (options.scope.hidden && key.compare(u"os_hidden"_s, Qt::CaseInsensitive) == 0)
                return std::unexpected(
                    u"--filter %1=%2 and --hidden ask for the same; give only --hidden."_s.arg(key, value));
            if ((visibilityKey || memberKey) && !shown.isDefault())
                return std::unexpected(u"--filter %1=%2 and --visibility/--member-status ask for the same; "
                                       u"give only --%3."_s.arg(
                                           key, value, visibilityKey ? u"visibility"_s : u"member-status"_s));
        }
    } else if (options.command == u"show"_s || options.command == u"download"_s) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return std::unexpected(u"%1 takes exactly one IMAGE_ID."_s.arg(options.command));
        options.imageId = positional.first();
    } else if (options.command == u"tasks"_s) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return std::unexpected(u"tasks takes exactly one IMAGE_ID."_s);
        options.imageId = positional.first();
    } else if (options.command == u"stores"_s || options.command == u"usage"_s) {
        if (!positional.isEmpty())
            return std::unexpected(
                u"%1 takes no argument \"%2\"."_s.arg(options.command, positional.first()));
    } else if (options.command == u"members"_s) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return std::unexpected(u"members takes exactly one IMAGE_ID."_s);
        options.imageId = positional.first();
    } else if (options.command == u"share"_s) {
        if (positional.size() != 2 ||
            (positional.first() != u"accept"_s && positional.first() != u"reject"_s) ||
            positional.at(1).trimmed().isEmpty())
            return std::unexpected(u"share takes accept or reject, then one IMAGE_ID."_s);
        options.shareAnswer = positional.first();
        options.imageId = positional.at(1);
    } else if (options.command == u"login"_s || options.command == u"logout"_s) {
        if (!positional.isEmpty())
            return std::unexpected(
                u"%1 takes no argument \"%2\"."_s.arg(options.command, positional.first()));
        if (options.source != CliOptions::Source::OsCloud)
            return std::unexpected(u"%1 goes with --os-cloud NAME."_s.arg(options.command));
    } else if (options.command == u"inspect"_s) {
        if (!options.inspectFile.isEmpty()) {
            if (!positional.isEmpty())
                return std::unexpected(u"inspect takes either IMAGE_ID or --file PATH, not both."_s);
            return options; // a local file: no cloud needed
        }
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return std::unexpected(u"inspect takes exactly one IMAGE_ID, or --file PATH."_s);
        options.imageId = positional.first();
    } else {
        return std::unexpected(
            u"Unknown command \"%1\": use list, show, download, inspect, members, share, tasks, stores, "
            u"usage, login or logout."_s.arg(options.command));
    }
    if (options.source == CliOptions::Source::None)
        return std::unexpected(u"Say which cloud: --demo, --os-cloud NAME or --endpoint URL."_s);
    return options;
}

} // namespace Skylight
