// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/httpjob.h"
#include "net/job.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace Skylight {

// An HTTP exchange followed by interpretation into a typed result (a page, a record...).
// The interpreter sees the transport result, so it can refine errors (e.g. name the image on 404).
// Large bodies are interpreted on a worker thread so that parsing a huge listing never freezes
// the user interface; the result still arrives on the job's thread, through finished().
// Aborted at any point before its result, it ends Cancelled: a response that has arrived but was
// not interpreted yet is dropped, and so is an interpretation under way.
template <class T>
class ResultJob : public Job<T>
{
public:
    using Interpreter = std::function<Result<T>(const Result<HttpResponse>&)>;
    static constexpr qsizetype kWorkerThreshold = 512 * 1024;

    ResultJob(HttpJob* http, Interpreter interpret, QObject* parent = nullptr)
        : Job<T>(parent)
        , m_http(http)
        , m_interpret(std::move(interpret))
    {
        m_http->setParent(this);
        QObject::connect(m_http, &ApiJob::finished, this, [this] { interpretResponse(); });
    }

    void start()
    {
        if (!this->isFinished())
            m_http->start();
    }
    void setResponsePeek(std::function<void(const HttpResponse&)> peek) override { m_peek = std::move(peek); }

protected:
    void doAbort() override
    {
        if (m_watcher) // already interpreting: the answer is dropped
            m_watcher->disconnect(this);
        else
            m_http->abort();
    }

private:
    void interpretResponse()
    {
        if (this->isFinished()) // aborted after the response arrived: nothing more to do
            return;
        const Result<HttpResponse>& response = m_http->result();
        if (response && m_peek) {
            const auto peek = std::move(m_peek);
            peek(*response);
            if (this->isFinished()) // aborted by the peek
                return;
        }
        if (!response || response->body.size() < kWorkerThreshold) {
            this->finishWith(m_interpret(response));
            return;
        }
        auto promise = std::make_shared<QPromise<Result<T>>>();
        m_watcher = new QFutureWatcher<Result<T>>(this);
        QObject::connect(m_watcher, &QFutureWatcherBase::finished, this,
                         [this] { this->finishWith(m_watcher->future().result()); });
        m_watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start([promise, interpreter = m_interpret, copy = response] {
            promise->addResult(interpreter(copy));
            promise->finish();
        });
    }

    HttpJob* m_http;
    Interpreter m_interpret;
    std::function<void(const HttpResponse&)> m_peek;
    QFutureWatcher<Result<T>>* m_watcher = nullptr;
};

} // namespace Skylight
