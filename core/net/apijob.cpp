// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/apijob.h"

#include <QCoreApplication>

namespace Skylight {

void ApiJob::abort()
{
    if (m_finished)
        return;
    doAbort();
    // Whatever doAbort() stopped, the job ends now: a result already on its way (a sub-job
    // finished, its finished() still queued) is dropped when it arrives.
    if (!m_finished)
        finishCancelled();
}

ApiError ApiJob::cancelledError()
{
    return ApiError::make(ApiError::Kind::Cancelled,
                          QCoreApplication::translate("Skylight::ApiJob", "Cancelled."));
}

bool ApiJob::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    // Always from the event loop: a caller of start() or abort() is never re-entered.
    QMetaObject::invokeMethod(this, &ApiJob::finished, Qt::QueuedConnection);
    return true;
}

} // namespace Skylight
