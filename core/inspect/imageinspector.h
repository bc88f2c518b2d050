// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/inspectionresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace Skylight {

class FormatProbe;

// Finds out what a disk image is (format, virtual size) and whether it is safe to boot, from its
// bytes fed in order: a download's worker thread or a local file feeds them as they come. Plain
// C++ (no QObject, no thread affinity): one thread at a time.
//
// It decides as early as the format allows (needsHead() turns false, usually after 34 KiB: the
// ISO volume descriptors; qcow2 and vmdk within their first cluster; vhdx after its metadata) and
// never holds more than the regions it needs: the head (at most kMaxHead bytes, released once
// decided), a vhdx's 64 KiB metadata table and the last kTailBytes of the stream. Memory stays
// flat however long the stream is; feeding the rest after the decision only counts it.
//
// Some verdicts need the end (needsEnd()): a streamOptimized vmdk whose footer holds the truth (its
// last tailLength() bytes), and the virtual size of raw-like formats (raw, iso, gpt, luks), which
// is the stream's size: give setTotalSize() and that is known at once. A reader that can seek (a
// file, a server with ranges) feeds the last tailLength() bytes with feedTail() instead of the
// whole stream; a stream reader just goes on feeding and calls finish().
//
// A reader that can seek may also skip what nobody needs past the head: while needsHead() says
// more is wanted, wantedOffset() may name where the next needed byte is (a vhdx's metadata, often
// megabytes in); skipTo() moves there without those bytes (they do not count as read) and feeding
// goes on from there. A stream reader ignores both and feeds everything: same verdict.
class ImageInspector
{
public:
    // qcow2 keeps its header, extensions and backing file name in its first cluster (up to 2 MiB).
    static constexpr qsizetype kMaxHead = 2 * 1024 * 1024 + 64 * 1024;
    static constexpr qsizetype kTailBytes = 1536;

    ImageInspector();
    ~ImageInspector();
    ImageInspector(const ImageInspector&) = delete;
    ImageInspector& operator=(const ImageInspector&) = delete;

    // The format the image claims (its disk_format), compared with what is found; empty: none.
    void setDeclaredFormat(const QString& format) { m_declared = format; }
    // The stream's size, when known beforehand (a file's size, a Content-Length, the image record).
    void setTotalSize(qint64 size);

    // The next bytes of the stream.
    void feed(QByteArrayView chunk);
    // The last bytes of the stream (its size given with setTotalSize()), for a reader that skipped
    // to the end when needsEnd() said so; then the verdict is complete.
    void feedTail(QByteArrayView tail);
    // The stream ended: every byte was given with feed().
    void finish();
    // Seeking readers: where the next byte wanted lies when nothing before it is (the head is
    // decided and what is still wanted starts further on); nothing: feed on from position().
    std::optional<qint64> wantedOffset() const;
    // Goes on at `offset` (past position(), from wantedOffset()) as if the bytes before it had been
    // fed, without them: they are not counted, and no probe sees them. Ignored otherwise.
    void skipTo(qint64 offset);
    // The stream offset the next feed() starts at.
    qint64 position() const { return m_fed; }

    // More bytes from the start (where feeding goes on) would change the verdict.
    bool needsHead() const;
    // The head is decided, but the verdict needs the end of the stream: its last tailLength()
    // bytes (possibly none: then only its size).
    bool needsEnd() const;
    qsizetype tailLength() const;
    bool needsMore() const { return needsHead() || needsEnd(); }
    bool isDecided() const { return !needsMore(); }

    qint64 bytesRead() const { return m_bytesRead; }
    // The verdict; complete once isDecided().
    InspectionResult result() const;

private:
    void examineHead(bool atEnd);
    qsizetype headWanted() const;
    bool headAtEnd() const;
    void remember(QByteArrayView chunk);
    QByteArray tail() const;

    std::vector<std::unique_ptr<FormatProbe>> m_probes;
    QString m_declared;
    QByteArray m_head;
    bool m_headDone = false;
    qint64 m_fed = 0;       // bytes given through feed()
    qint64 m_bytesRead = 0; // through feed() and feedTail()
    qint64 m_total = -1;
    bool m_tailGiven = false;
    bool m_finished = false;
    std::array<char, kTailBytes> m_ring{};
    qint64 m_ringFilled = 0;
    qint64 m_ringStart = 0; // the ring holds bytes from here on (a skip empties it)
};

} // namespace Skylight
