#pragma once

#include "apijob.h"
#include "httpjob.h"
#include "result.h"

#include <functional>
#include <optional>

namespace Skylight {

// An HTTP exchange followed by interpretation into a typed result (a page, a record...).
// The interpreter sees the transport result, so it can refine errors (e.g. name the image on 404).
template <class T>
class ResultJob : public ApiJob
{
public:
    using Interpreter = std::function<Result<T>(const Result<HttpResponse>&)>;

    ResultJob(HttpJob* http, Interpreter interpret, QObject* parent = nullptr)
        : ApiJob(parent)
        , m_http(http)
        , m_interpret(std::move(interpret))
    {
        m_http->setParent(this);
        connect(m_http, &ApiJob::finished, this, [this] {
            m_result = m_interpret(m_http->result());
            markFinished();
        });
    }

    void start() { m_http->start(); }
    const Result<T>& result() const { return *m_result; }

protected:
    void doAbort() override { m_http->abort(); }

private:
    HttpJob* m_http;
    Interpreter m_interpret;
    std::optional<Result<T>> m_result;
};

} // namespace Skylight
