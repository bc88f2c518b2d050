// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/dialect.h"
#include "image/listscope.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <expected>
#include <utility>

namespace Skylight {

// skylight-cli [--demo | --os-cloud NAME | --endpoint URL --api DIALECT] [--image-endpoint URL]
//              [--project-id ID] [--timeout S] [--deadline S] [--cacert FILE] [--insecure] COMMAND ...
struct CliOptions
{
    enum class Source
    {
        None,
        Demo,
        OsCloud,
        Endpoint
    };

    Source source = Source::None;
    QString osCloud;
    QUrl endpoint;
    QUrl imageEndpoint; // --image-endpoint: the image service of Compute-family downloads
    Dialect dialect = Dialect::Auto;
    QString projectId;
    int timeoutSeconds = 30;
    int deadlineSeconds = 0; // --deadline: the whole command's bound; 0: none
    QString caCertFile;
    bool insecure = false;
    bool tokenFromStdin = false;
    bool showVersion = false;
    bool showHelp = false;
    bool debug = false; // --debug: the skylight.* debug messages on standard error

    // list | show | download | inspect | members | share | tasks | stores | usage | login | logout
    QString command;
    // list
    int limit = 0;
    bool all = false;
    QList<std::pair<QString, QString>> filters;
    QString sort;
    // --visibility, --member-status, --hidden: Glance v2's scope (other dialects refuse it)
    ListScope scope;
    // --max-images: a listing stops there (exit 5) when the server keeps sending pages
    qsizetype maxImages = 1'000'000;
    // list, show, inspect, tasks, stores, usage
    QString format = QStringLiteral("table");
    // show, download, inspect, members, share, tasks
    QString imageId;
    // share accept|reject IMAGE_ID: the answer given for the user's project
    QString shareAnswer; // "accept" | "reject"
    // download
    QString outputPath;
    bool noVerify = false;
    bool noResume = false;
    bool allowUnsafe = false; // keep contents that are unsafe or not the declared disk_format
    QString store;            // --store ID: refused (no Image API offers it), see CliCloudInfo
    // inspect --file PATH [--declared FORMAT]: a local image file, needing no cloud; inspect
    // IMAGE_ID (imageId): an image of the cloud, declared as --declared or else its disk_format
    QString inspectFile;
    QString declaredFormat;
};

// A usage error is a sentence for the user (exit status 2).
std::expected<CliOptions, QString> parseCliOptions(const QStringList& arguments);
QString cliUsage();

} // namespace Skylight
