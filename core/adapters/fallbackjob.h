// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/job.h"

#include <QPointer>
#include <functional>

namespace Skylight {

// Asks one way, and another when the first answer is a refusal the caller expects (e.g. the
// stores' detail, which only administrators may read, then the plain list). `first` and `second`
// hand out started jobs; this job takes them over. A 401 is never a reason to fall back: the
// caller's renewal sees it.
template <class T>
class FallbackJob final : public Job<T>
{
public:
    using Start = std::function<Job<T>*()>;
    using FallBack = std::function<bool(const ApiError&)>;

    FallbackJob(Start first, FallBack fallBack, Start second, QObject* parent = nullptr)
        : Job<T>(parent)
        , m_fallBack(std::move(fallBack))
        , m_second(std::move(second))
    {
        follow(first());
    }

protected:
    void doAbort() override
    {
        if (m_current)
            m_current->abort();
    }

private:
    void follow(Job<T>* job)
    {
        m_current = job;
        job->setParent(this);
        QObject::connect(job, &ApiJob::finished, this, [this, job] {
            job->deleteLater();
            if (this->isFinished())
                return;
            const Result<T>& answer = job->result();
            if (!answer && m_second && answer.error().kind != ApiError::Kind::Unauthorized &&
                m_fallBack(answer.error())) {
                follow(std::exchange(m_second, nullptr)());
                return;
            }
            this->finishWith(answer);
        });
    }

    FallBack m_fallBack;
    Start m_second;
    QPointer<Job<T>> m_current;
};

} // namespace Skylight
