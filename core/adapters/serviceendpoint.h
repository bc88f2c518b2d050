// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Skylight {

// Where an image API lives and how to authenticate to it.
struct ServiceEndpoint
{
    QUrl url;            // as the catalog or the user gave it, versioned or not
    QByteArray token;    // X-Auth-Token; empty for clouds without authentication
    QString projectId;   // for dialects whose paths carry the project
    QString serviceType; // what the catalog called it ("image", "compute"), when known
    // Where the token may go besides this endpoint's own origin, for the Compute family's image
    // data: the image-service endpoints of the same cloud's catalog (every interface and region).
    QList<QUrl> catalogImageServices;
    // The image service (Image API v2) the user named for the Compute family's image data
    // (--image-endpoint, a profile's image service): used instead of the images' alternate links.
    QUrl imageDataEndpoint;
};

} // namespace Skylight
