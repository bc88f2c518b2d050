#pragma once

#include <QByteArray>
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
};

} // namespace Skylight
