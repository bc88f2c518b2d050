// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/imageadapter.h"
#include "net/job.h"

#include <QPointer>
#include <functional>

namespace Skylight {

// A request that survives one refused token: it sends itself (through `send`, which asks the
// adapter underneath for a started job), and when that answers 401 it asks `renewal` for a newer
// token (ImageAdapter::renewToken: one renewal shared by every request refused meanwhile) and
// sends itself once more. A second refusal, or a renewal that fails, is its result.
template <class T>
class RenewingJob : public Job<T>
{
public:
    using Send = std::function<Job<T>*()>;

    RenewingJob(ImageAdapter* renewal, Send send, QObject* parent)
        : Job<T>(parent)
        , m_renewal(renewal)
        , m_send(std::move(send))
    {
        sendOnce();
    }

    void setResponsePeek(std::function<void(const HttpResponse&)> peek) override
    {
        m_peek = std::move(peek);
        if (m_inner)
            m_inner->setResponsePeek(m_peek);
    }

protected:
    void doAbort() override
    {
        m_waitingForToken = false;
        if (m_inner)
            m_inner->abort();
    }

private:
    void sendOnce()
    {
        m_generation = m_renewal ? m_renewal->tokenGeneration() : 0;
        Job<T>* inner = m_send();
        m_inner = inner;
        if (m_peek)
            inner->setResponsePeek(m_peek);
        QObject::connect(inner, &ApiJob::finished, this, [this, inner] { onAnswer(inner); });
        QObject::connect(inner, &ApiJob::finished, inner, &QObject::deleteLater);
    }

    void onAnswer(Job<T>* inner)
    {
        if (this->isFinished())
            return;
        Result<T> answer = inner->result();
        const bool refused = !answer && answer.error().kind == ApiError::Kind::Unauthorized;
        if (!refused || m_sentAgain || !m_renewal) {
            this->finishWith(std::move(answer));
            return;
        }
        m_sentAgain = true;
        m_waitingForToken = true;
        m_renewal->renewToken(m_generation, this,
                              [this, refusal = answer.error()](const std::optional<ApiError>& failure) {
                                  if (!m_waitingForToken || this->isFinished())
                                      return; // aborted while the token was renewed
                                  m_waitingForToken = false;
                                  if (failure) {
                                      this->finishWith(std::unexpected(*failure));
                                      return;
                                  }
                                  if (!m_renewal) {
                                      this->finishWith(std::unexpected(refusal));
                                      return;
                                  }
                                  sendOnce();
                              });
    }

    QPointer<ImageAdapter> m_renewal;
    Send m_send;
    QPointer<Job<T>> m_inner;
    std::function<void(const HttpResponse&)> m_peek;
    int m_generation = 0;
    bool m_sentAgain = false;
    bool m_waitingForToken = false;
};

} // namespace Skylight
