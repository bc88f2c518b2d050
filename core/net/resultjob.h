#pragma once

#include "net/apijob.h"
#include "net/httpjob.h"
#include "net/result.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace Skylight {

// An HTTP exchange followed by interpretation into a typed result (a page, a record...).
// The interpreter sees the transport result, so it can refine errors (e.g. name the image on 404).
// Large bodies are interpreted on a worker thread so that parsing a huge listing never freezes
// the user interface; the result still arrives on the job's thread, through finished().
template <class T>
class ResultJob : public ApiJob
{
public:
    using Interpreter = std::function<Result<T>(const Result<HttpResponse>&)>;
    static constexpr qsizetype kWorkerThreshold = 512 * 1024;

    ResultJob(HttpJob* http, Interpreter interpret, QObject* parent = nullptr)
        : ApiJob(parent)
        , m_http(http)
        , m_interpret(std::move(interpret))
    {
        m_http->setParent(this);
        connect(m_http, &ApiJob::finished, this, [this] { interpretResponse(); });
    }

    void start() { m_http->start(); }
    // Called with the HTTP response as soon as it has arrived, before it is interpreted (on the
    // job's thread): lets a caller act on something cheap to find while the parse runs.
    void setResponsePeek(std::function<void(const HttpResponse&)> peek) { m_peek = std::move(peek); }
    const Result<T>& result() const { return *m_result; }

protected:
    void doAbort() override
    {
        if (m_watcher) { // already interpreting: the answer is dropped
            m_watcher->disconnect(this);
            finishWith(std::unexpected(
                ApiError::make(ApiError::Kind::Cancelled,
                               QCoreApplication::translate("Skylight::ResultJob", "Cancelled."))));
            return;
        }
        m_http->abort();
    }

private:
    void interpretResponse()
    {
        const Result<HttpResponse>& response = m_http->result();
        if (response && m_peek) {
            const auto peek = std::move(m_peek);
            peek(*response);
            if (isFinished()) // aborted by the peek
                return;
        }
        if (!response || response->body.size() < kWorkerThreshold) {
            finishWith(m_interpret(response));
            return;
        }
        auto promise = std::make_shared<QPromise<Result<T>>>();
        m_watcher = new QFutureWatcher<Result<T>>(this);
        connect(m_watcher, &QFutureWatcherBase::finished, this,
                [this] { finishWith(m_watcher->future().result()); });
        m_watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start([promise, interpreter = m_interpret, copy = response] {
            promise->addResult(interpreter(copy));
            promise->finish();
        });
    }

    void finishWith(Result<T> result)
    {
        if (isFinished())
            return;
        m_result = std::move(result);
        markFinished();
    }

    HttpJob* m_http;
    Interpreter m_interpret;
    std::function<void(const HttpResponse&)> m_peek;
    QFutureWatcher<Result<T>>* m_watcher = nullptr;
    std::optional<Result<T>> m_result;
};

} // namespace Skylight
