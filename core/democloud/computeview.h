// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/dialect.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace Skylight {

struct DemoImage;

// How the demo cloud's Compute-family services show an image: OpenStack Compute (`compute`),
// Rackspace Cloud Servers (adds OS-DCF:diskConfig, metadata.image_type, `server`) and Huawei
// Cloud ECS (adds __os_version, __os_type, virtual_env_type metadata).
class ComputeView
{
public:
    // `base`: the versioned, project-scoped URL of the service (.../v2.1/{project});
    // `imageService`: where the alternate link points (the demo's Image API).
    ComputeView(Dialect flavour, QUrl base, QUrl imageService);

    QJsonObject json(const DemoImage& image) const;
    QByteArray xmlImage(const DemoImage& image) const;
    QByteArray xmlImages(const QList<const DemoImage*>& images, const QUrl& next) const;

    // Glance's status as Nova shows it (ACTIVE, SAVING, DELETED, ERROR, UNKNOWN).
    static QString computeStatus(const QString& glanceStatus);
    // The image's custom properties as Compute metadata (strings only).
    static QJsonObject metadata(const DemoImage& image);

private:
    QJsonObject extraMetadata(const DemoImage& image) const;

    Dialect m_flavour;
    QUrl m_base;
    QUrl m_imageService;
};

} // namespace Skylight
