// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/apijob.h"
#include "net/result.h"

#include <QSignalSpy>
#include <QTest>

namespace Skylight::Test {

// Waits (spinning the event loop) until the job has finished; fails the test after `ms`.
// Also checks that finished() came exactly once.
inline bool waitForJob(ApiJob* job, int ms = 15000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(ms))
        return false;
    QTest::qWait(0);
    return spy.count() == 1;
}

// For QVERIFY2 messages (which are evaluated even when the check passes): "ok" or the error.
template <class T>
QByteArray why(const Result<T>& result)
{
    return result ? QByteArrayLiteral("ok") : result.error().describe().toUtf8();
}

} // namespace Skylight::Test
