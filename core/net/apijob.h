// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/apierror.h"

#include <QObject>

namespace Skylight {

// Base of every asynchronous API operation. A job finishes exactly once: finished() is emitted
// one time, always from the event loop (never from inside start(), abort() or any other call).
// Jobs derive from Job<T> (net/job.h), which holds the result.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    // Stops the job. One that has not finished ends at once with an ApiError of kind Cancelled
    // (its own, when doAbort() finished it so, else "Cancelled."); whatever it would have
    // produced later is dropped. Does nothing once the job has finished.
    void abort();

    // The error an aborted job ends with unless it says more.
    static ApiError cancelledError();

Q_SIGNALS:
    void finished();

protected:
    // Stops the work underneath (sub-jobs, replies, files). May finish the job with a Cancelled
    // error of its own; if it does not, abort() finishes it with cancelledError().
    virtual void doAbort() = 0;
    // Ends a job that has not finished with cancelledError() (Job<T> implements it).
    virtual void finishCancelled() = 0;
    // Marks the job finished (the result must be set) and queues finished(); later calls are
    // ignored. Returns false if it had already finished.
    bool markFinished();

private:
    bool m_finished = false;
};

} // namespace Skylight
