// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demoimage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace Skylight {

// Writes a streamed image's bytes to an answer's socket as they are generated: never more than
// kMaxQueued bytes waiting in the socket, at most `bytesPerSecond` (0: as fast as the reader
// reads). A child of the socket: it goes when the connection does (a paused download).
class DemoStreamWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kChunkBytes = 256 * 1024;
    static constexpr qint64 kMaxQueued = 1024 * 1024;

    DemoStreamWriter(QTcpSocket* socket, const DemoStream& stream, qint64 bytesPerSecond);

    void start();

private:
    void writeMore();

    QPointer<QTcpSocket> m_socket;
    DemoImage m_image; // seed and size only: no bytes are held
    qint64 m_next;
    qint64 m_end;
    qint64 m_rate;
    double m_budget = 0; // bytes the rate allows now
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    QTimer m_tick;
};

} // namespace Skylight
