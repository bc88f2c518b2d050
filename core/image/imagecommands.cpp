// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagecommands.h"

#include "net/shellquote.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QStringList ImageCommands::cloudArguments(const CliCloud& cloud)
{
    switch (cloud.kind) {
    case CliCloud::Kind::Demo:
        if (cloud.dialect == Dialect::Auto || cloud.dialect == Dialect::GlanceV2)
            return {u"--demo"_s};
        return {u"--demo"_s, u"--api"_s, dialectName(cloud.dialect)};
    case CliCloud::Kind::OsCloud:
        return {u"--os-cloud"_s, cloud.osCloud};
    case CliCloud::Kind::Endpoint:
        return {u"--endpoint"_s, cloud.endpoint.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded),
                u"--api"_s, dialectName(cloud.dialect)};
    }
    return {};
}

ImageCommands ImageCommands::build(Kind kind, const QStringList& ids, const CliCloud& cloud)
{
    ImageCommands commands;
    const QStringList cloudWords = kind == Kind::SkylightDownload ? cloudArguments(cloud) : QStringList();
    const bool cloudPastable = std::all_of(cloudWords.cbegin(), cloudWords.cend(), isPastable);
    for (const QString& id : ids) {
        if (!cloudPastable || !isPastable(id) || id.startsWith(u'-')) {
            commands.refused << id;
            continue;
        }
        QStringList words;
        switch (kind) {
        case Kind::OpenStackImageShow:
            words = {u"openstack"_s, u"image"_s, u"show"_s, id};
            break;
        case Kind::OpenStackServerCreate:
            words = {u"openstack"_s,
                     u"server"_s,
                     u"create"_s,
                     u"--image"_s,
                     id,
                     u"--flavor"_s,
                     flavorPlaceholder(),
                     serverNamePlaceholder()};
            break;
        case Kind::SkylightDownload:
            words = QStringList{u"skylight-cli"_s} + cloudWords + QStringList{u"download"_s, id};
            break;
        }
        commands.lines << shellCommand(words);
    }
    return commands;
}

} // namespace Skylight
