#include "apijob.h"

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
    Q_EMIT finished();
    return true;
}

} // namespace Skylight
