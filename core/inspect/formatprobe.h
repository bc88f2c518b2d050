// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/bytefields.h"
#include "inspect/inspectionresult.h"

#include <QByteArrayView>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace Skylight {

// One format's recogniser, driven by ImageInspector. Most formats need only a prefix of the stream
// (the head, shared by every probe): a probe says how many bytes of it it wants (headWanted()) and
// is shown the head once it holds that many, or when the stream ended (atEnd). A probe may ask for
// more, decide it does not match, or match and be done. Formats whose structures lie further (vhdx)
// also see the stream itself; a format whose truth is at the end (streamOptimized vmdk) asks for
// the last bytes (tailWanted()).
class FormatProbe
{
public:
    enum class State
    {
        Undecided,
        NoMatch,
        Match
    };
    enum class Priority
    {
        HeaderAtStart = 0, // a signature at offset 0: what qemu picks first
        Filesystem = 1,    // iso
        PartitionTable = 2 // gpt / mbr
    };

    FormatProbe() = default;
    FormatProbe(const FormatProbe&) = delete;
    FormatProbe& operator=(const FormatProbe&) = delete;
    virtual ~FormatProbe() = default;

    virtual QString name() const = 0;
    virtual Priority priority() const { return Priority::HeaderAtStart; }

    // Bytes of the head wanted before examineHead() is called again; 0: the head is done.
    qsizetype headWanted() const { return m_state == State::NoMatch ? 0 : m_headWanted; }
    // `head` is the stream's first bytes (at least headWanted() unless atEnd: then all there is).
    virtual void examineHead(QByteArrayView head, bool atEnd) = 0;

    // The stream past the head, for formats that need far regions (vhdx).
    virtual bool wantsStream() const { return false; }
    virtual void stream(qint64 offset, QByteArrayView chunk);
    // While wantsStream(): the offset of the next byte it needs, when it needs none before it (a
    // reader that can seek may skip there, ImageInspector::wantedOffset()); nothing: feed on.
    virtual std::optional<qint64> nextStreamOffset() const { return std::nullopt; }

    // Bytes wanted from the end of the stream (0: none), and those bytes once known.
    virtual qsizetype tailWanted() const { return 0; }
    virtual void examineTail(QByteArrayView tail, qint64 totalSize);

    // The stream ended (after `totalSize` bytes): whatever is still missing is missing for good.
    virtual void streamEnded(qint64 totalSize);
    // The stream's size became known (before its end): regions past it will never come.
    void setTotalSize(qint64 size);
    // The head given to examineHead() is all the inspector holds (ImageInspector::kMaxHead), though
    // the stream goes on: what lies further is not missing, it is too far.
    void setHeadCapped(bool capped) { m_headCapped = capped; }
    // The virtual size is the size of the stream (raw-like formats), or derived from it (luks).
    virtual bool sizeFromTotal() const { return false; }
    virtual std::optional<qint64> virtualSizeFor(qint64 totalSize) const;

    State state() const { return m_state; }
    const std::optional<qint64>& virtualSize() const { return m_virtualSize; }
    const QList<InspectionProblem>& problems() const { return m_problems; }
    const QVariantMap& details() const { return m_details; }
    // The name qemu would give (qcow for a version 1 qcow2 header); name() otherwise.
    virtual QString detectedName() const { return name(); }

protected:
    // The total size (-1: not known yet), and the hook called when it becomes known.
    qint64 totalSize() const { return m_totalSize; }
    virtual void totalSizeKnown() {}
    // A signature at `at`: Match, NoMatch, or (the head too short, the stream going on) asks for
    // the bytes and returns false. true once matched.
    bool recognise(QByteArrayView head, bool atEnd, QByteArrayView signature, qsizetype at = 0);
    // The head holds fewer than `bytes`: asks for them (the stream going on) or says the image is
    // truncated and the head done. true when the caller must stop there.
    bool shortHead(QByteArrayView head, bool atEnd, qsizetype bytes);
    void noMatch() { m_state = State::NoMatch; }
    void match() { m_state = State::Match; }
    void want(qsizetype bytes) { m_headWanted = bytes; }
    void headDone() { m_headWanted = 0; }
    void addProblem(InspectionProblem::Kind kind, const QString& text) { m_problems.append({kind, text}); }
    void clearFindings()
    {
        m_problems.clear();
        m_details.clear();
        m_virtualSize.reset();
    }
    void setVirtualSize(std::optional<qint64> size) { m_virtualSize = size; }
    void setDetail(const QString& key, const QVariant& value) { m_details.insert(key, value); }
    // A sentence marked with QT_TRANSLATE_NOOP("Inspection", ...), translated.
    static QString say(const char* text);
    // "The image ends inside its header", or (the head capped) "its header is larger than N".
    void truncated();
    // The problems several formats share, in the same words.
    void differencingDisk();
    void backingFile();

private:
    State m_state = State::Undecided;
    qint64 m_totalSize = -1;
    bool m_headCapped = false;
    qsizetype m_headWanted = 512;
    std::optional<qint64> m_virtualSize;
    QList<InspectionProblem> m_problems;
    QVariantMap m_details;
};

} // namespace Skylight
