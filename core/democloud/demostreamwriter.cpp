// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/demostreamwriter.h"

#include <QTcpSocket>

namespace Skylight {

DemoStreamWriter::DemoStreamWriter(QTcpSocket* socket, const DemoStream& stream, qint64 bytesPerSecond)
    : QObject(socket)
    , m_socket(socket)
    , m_next(stream.first)
    , m_end(stream.first + stream.length)
    , m_rate(bytesPerSecond)
{
    m_image.seed = stream.seed;
    m_image.dataSize = stream.size;
    m_image.content = stream.content;
    m_image.streamed = true;
    m_tick.setInterval(20);
    connect(&m_tick, &QTimer::timeout, this, &DemoStreamWriter::writeMore);
    connect(socket, &QTcpSocket::bytesWritten, this, &DemoStreamWriter::writeMore);
}

void DemoStreamWriter::start()
{
    m_clock.start();
    if (m_rate > 0)
        m_tick.start();
    writeMore();
}

void DemoStreamWriter::writeMore()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_tick.stop();
        deleteLater();
        return;
    }
    if (m_rate > 0) {
        const qint64 now = m_clock.elapsed();
        m_budget =
            std::min(m_budget + static_cast<double>(m_rate) * static_cast<double>(now - m_lastTick) / 1000.0,
                     static_cast<double>(std::max<qint64>(m_rate / 4, kChunkBytes)));
        m_lastTick = now;
    }
    while (m_next < m_end && m_socket->bytesToWrite() < kMaxQueued) {
        qint64 size = std::min(kChunkBytes, m_end - m_next);
        if (m_rate > 0) {
            size = std::min(size, static_cast<qint64>(m_budget));
            if (size <= 0)
                return; // the next tick allows more
            m_budget -= static_cast<double>(size);
        }
        const QByteArray chunk = m_image.bytes(m_next, size);
        if (m_socket->write(chunk) != chunk.size()) {
            m_socket->abort();
            return;
        }
        m_next += size;
    }
    if (m_next >= m_end) {
        m_tick.stop();
        disconnect(m_socket, &QTcpSocket::bytesWritten, this, &DemoStreamWriter::writeMore);
        deleteLater();
    }
}

} // namespace Skylight
