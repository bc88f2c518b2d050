// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/apijob.h"

#include <QCoreApplication>
#include <QEvent>
#include <functional>

namespace Skylight::Test {

// Runs `action` once, when the queued finished() of a job that `matches` is about to be
// delivered: the job has its result (isFinished()), whoever listens to finished() has not heard
// of it yet. That window is where abort races live; this reaches it every time. An application
// event filter: it sees jobs created after it, at any depth.
class QueuedFinishWatch : public QObject
{
public:
    QueuedFinishWatch(std::function<bool(const ApiJob*)> matches, std::function<void()> action)
        : m_matches(std::move(matches))
        , m_action(std::move(action))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~QueuedFinishWatch() override { QCoreApplication::instance()->removeEventFilter(this); }
    bool fired() const { return m_fired; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // ApiJob::markFinished() queues finished() as a meta-call event to the job itself.
        const auto* job = qobject_cast<const ApiJob*>(watched);
        if (!m_fired && event->type() == QEvent::MetaCall && job && job->isFinished() && m_matches(job)) {
            m_fired = true;
            m_action();
        }
        return false;
    }

private:
    std::function<bool(const ApiJob*)> m_matches;
    std::function<void()> m_action;
    bool m_fired = false;
};

} // namespace Skylight::Test
