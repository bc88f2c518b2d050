// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/apijob.h"
#include "net/httpresponse.h"
#include "net/result.h"

#include <functional>
#include <optional>
#include <utility>

namespace Skylight {

// A job that produces a Result<T>: it owns the result, sets it once (finishWith), and ends
// Cancelled when aborted before that (ApiJob::abort); a result that comes later is dropped.
//
//     auto* job = adapter->show(id);
//     job->then(this, [this](const Result<ImageRecord>& record) { ... });
//
// then() is the usual way to take the result: f runs when finished() is delivered (unless
// `context` is gone by then) and the job deletes itself afterwards (deleteLater). Call it before
// returning to the event loop, as with any connection to finished().
template <class T>
class Job : public ApiJob
{
public:
    using ApiJob::ApiJob;

    // Valid once the job has finished (isFinished()).
    const Result<T>& result() const
    {
        Q_ASSERT(m_result.has_value());
        return *m_result;
    }

    // Calls f(result()) with `context` as the receiver when the job finishes, then deletes the
    // job later. To stop listening (and let the job be deleted all the same): disconnect the job
    // from `context`.
    template <class Context, class F>
    void then(Context* context, F f)
    {
        Q_ASSERT(context);
        QObject::connect(this, &ApiJob::finished, context,
                         [this, f = std::move(f)]() mutable { f(result()); });
        // Connected after f: runs after it, and also when `context` is gone.
        QObject::connect(this, &ApiJob::finished, this, &QObject::deleteLater);
    }

    // Called with the HTTP response as soon as it has arrived, before it is interpreted (on the
    // job's thread), by jobs that read one (ResultJob, and jobs that send one again after a new
    // token): lets a caller act on something cheap to find while the parse runs. Others ignore it.
    virtual void setResponsePeek(std::function<void(const HttpResponse&)> peek) { Q_UNUSED(peek); }

protected:
    // Sets the result and queues finished(). Ignored once the job has finished (returns false):
    // after an abort() the late result is dropped.
    bool finishWith(Result<T> result)
    {
        if (isFinished())
            return false;
        m_result = std::move(result);
        markFinished();
        return true;
    }

private:
    void finishCancelled() final { finishWith(std::unexpected(cancelledError())); }

    std::optional<Result<T>> m_result;
};

} // namespace Skylight
