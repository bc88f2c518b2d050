#pragma once

#include <QObject>

namespace Skylight {

// Base of every asynchronous API operation. A job finishes exactly once: finished() is emitted
// one time, always from the event loop (never from inside start(), abort() or any other call).
class ApiJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    // Stops the job; it then finishes with an ApiError of kind Cancelled (if not finished yet).
    void abort();

Q_SIGNALS:
    void finished();

protected:
    virtual void doAbort() = 0;
    // Marks the job finished (the result must be set) and queues finished(); later calls are
    // ignored. Returns false if it had already finished.
    bool markFinished();

private:
    bool m_finished = false;
};

} // namespace Skylight
