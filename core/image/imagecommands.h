// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/dialect.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Skylight {

// How skylight-cli reaches the cloud a window shows, as it was opened there.
struct CliCloud
{
    enum class Kind
    {
        Demo,     // --demo [--api DIALECT]
        OsCloud,  // --os-cloud NAME (clouds.yaml, OS_* as "envvars")
        Endpoint, // --endpoint URL --api DIALECT (token from OS_TOKEN)
    };
    Kind kind = Kind::Demo;
    QString osCloud;
    QUrl endpoint;
    Dialect dialect = Dialect::Auto;
};

// Command lines for images, to paste into a terminal: one line per image, every word quoted for a
// POSIX shell (shellquote.h). An id that cannot go on such a line (control characters, bidi
// controls, or a leading '-' that a command would read as an option) is left out and listed in
// `refused`; so is every image when the cloud's own words (name, endpoint) cannot.
struct ImageCommands
{
    enum class Kind
    {
        OpenStackImageShow,    // openstack image show ID
        OpenStackServerCreate, // openstack server create --image ID --flavor FLAVOR SERVER_NAME
        SkylightDownload,      // skylight-cli <cloud> download ID
    };
    // The placeholders of a server creation, for the person to replace.
    static QString flavorPlaceholder() { return QStringLiteral("FLAVOR"); }
    static QString serverNamePlaceholder() { return QStringLiteral("SERVER_NAME"); }

    static ImageCommands build(Kind kind, const QStringList& ids, const CliCloud& cloud = {});
    // The cloud's options for skylight-cli (before the command).
    static QStringList cloudArguments(const CliCloud& cloud);

    QStringList lines;
    QStringList refused;
    QString text() const { return lines.join(u'\n'); }
};

} // namespace Skylight
