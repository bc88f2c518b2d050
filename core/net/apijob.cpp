#include "net/apijob.h"

namespace Skylight {

void ApiJob::abort()
{
    if (!m_finished)
        doAbort();
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
