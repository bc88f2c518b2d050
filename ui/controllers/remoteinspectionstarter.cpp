// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/remoteinspectionstarter.h"

#include "adapters/imageadapter.h"
#include "inspect/remoteinspection.h"
#include "net/failedjob.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace Skylight {

InspectionStarter remoteInspectionStarter(QNetworkAccessManager* nam, TransportOptions options,
                                          RangeSupport* ranges)
{
    QPointer<QNetworkAccessManager> network(nam);
    return [network, options, ranges](ImageAdapter* adapter,
                                      const ImageRecord& record) -> Job<InspectionResult>* {
        if (!network || !adapter)
            return nullptr;
        const Result<FileLocation> location = adapter->fileLocation(record);
        if (!location)
            return new FailedJob<InspectionResult>(location.error());
        auto* job =
            new RemoteInspection(network, RemoteInspectionRequest::forImage(record, *location), options);
        job->setRangeSupport(ranges);
        job->start();
        return job;
    };
}

} // namespace Skylight
