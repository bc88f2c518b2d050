// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/imageinspector.h"

#include "inspect/declaredformat.h"
#include "inspect/formatprobe.h"
#include "inspect/isoprobe.h"
#include "inspect/luksprobe.h"
#include "inspect/partitionprobe.h"
#include "inspect/qcow2probe.h"
#include "inspect/qedprobe.h"
#include "inspect/vdiprobe.h"
#include "inspect/vhdprobe.h"
#include "inspect/vhdxprobe.h"
#include "inspect/vmdkprobe.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kMaxPasses = 16;
} // namespace

ImageInspector::ImageInspector()
{
    // In qemu's order of preference: a signature at offset 0 first, then filesystems, then tables.
    m_probes.push_back(std::make_unique<Qcow2Probe>());
    m_probes.push_back(std::make_unique<QedProbe>());
    m_probes.push_back(std::make_unique<VmdkProbe>());
    m_probes.push_back(std::make_unique<VhdProbe>());
    m_probes.push_back(std::make_unique<VhdxProbe>());
    m_probes.push_back(std::make_unique<VdiProbe>());
    m_probes.push_back(std::make_unique<LuksProbe>());
    m_probes.push_back(std::make_unique<IsoProbe>());
    m_probes.push_back(std::make_unique<PartitionProbe>());
}

ImageInspector::~ImageInspector() = default;

void ImageInspector::setTotalSize(qint64 size)
{
    if (m_finished || m_tailGiven || size < 0)
        return;
    m_total = size;
    for (const auto& probe : m_probes)
        probe->setTotalSize(size);
    if (!m_headDone && m_fed > 0 && headAtEnd())
        examineHead(true);
}

bool ImageInspector::headAtEnd() const
{
    return m_finished || (m_total >= 0 && m_fed >= m_total);
}

qsizetype ImageInspector::headWanted() const
{
    qsizetype wanted = 0;
    for (const auto& probe : m_probes)
        wanted = std::max(wanted, probe->headWanted());
    return std::min(wanted, kMaxHead);
}

void ImageInspector::examineHead(bool atEnd)
{
    const bool capped = m_head.size() >= kMaxHead;
    const QByteArrayView head(m_head);
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool examined = false;
        for (const auto& probe : m_probes) {
            const qsizetype wanted = probe->headWanted();
            if (wanted == 0 || (wanted > head.size() && !atEnd && !capped))
                continue;
            probe->setHeadCapped(capped && !atEnd);
            probe->examineHead(head, atEnd || capped);
            examined = true;
        }
        if (!examined)
            break;
    }
    if (atEnd || capped || headWanted() == 0) {
        m_headDone = true;
        m_head = QByteArray(); // released: the verdict is taken
    }
}

void ImageInspector::feed(QByteArrayView chunk)
{
    if (chunk.isEmpty() || m_finished || m_tailGiven)
        return;
    const qint64 offset = m_fed;
    m_fed += chunk.size();
    m_bytesRead += chunk.size();
    remember(chunk);
    if (!m_headDone) {
        // The head is a prefix of the stream: it holds every byte fed so far.
        QByteArrayView rest = chunk;
        while (!m_headDone) {
            const qsizetype take =
                std::min(std::max<qsizetype>(headWanted() - m_head.size(), 0), rest.size());
            m_head.append(rest.first(take));
            rest = rest.sliced(take);
            examineHead(rest.isEmpty() && headAtEnd());
            if (rest.isEmpty())
                break;
            if (take == 0 && !m_headDone && headWanted() <= m_head.size())
                m_headDone = true; // nobody asks for more: what is undecided stays so
        }
        if (m_headDone)
            m_head = QByteArray();
    }
    for (const auto& probe : m_probes) {
        if (probe->state() != FormatProbe::State::NoMatch && probe->wantsStream())
            probe->stream(offset, chunk);
    }
}

void ImageInspector::feedTail(QByteArrayView tail)
{
    if (m_finished || m_tailGiven || m_total < 0)
        return;
    const qint64 tailOffset = m_total - tail.size();
    if (tailOffset <= m_fed) {
        // It joins what was fed: the stream is complete.
        const qint64 overlap = m_fed - tailOffset;
        const qint64 before = m_bytesRead;
        feed(tail.sliced(std::min<qint64>(overlap, tail.size())));
        m_bytesRead = before + tail.size();
        finish();
        return;
    }
    m_bytesRead += tail.size();
    m_tailGiven = true;
    if (!m_headDone)
        examineHead(true);
    for (const auto& probe : m_probes) {
        if (probe->state() == FormatProbe::State::Match && probe->tailWanted() > 0)
            probe->examineTail(tail, m_total);
        probe->streamEnded(m_total);
    }
}

void ImageInspector::finish()
{
    if (m_finished || m_tailGiven)
        return;
    m_finished = true;
    m_total = m_fed;
    if (!m_headDone)
        examineHead(true);
    const QByteArray last = tail();
    for (const auto& probe : m_probes) {
        if (probe->state() == FormatProbe::State::Match && probe->tailWanted() > 0)
            probe->examineTail(last, m_total);
        probe->streamEnded(m_total);
    }
}

bool ImageInspector::needsHead() const
{
    if (m_finished || m_tailGiven)
        return false;
    if (!m_headDone)
        return true;
    return std::any_of(m_probes.cbegin(), m_probes.cend(), [](const auto& probe) {
        return probe->state() != FormatProbe::State::NoMatch && probe->wantsStream();
    });
}

qsizetype ImageInspector::tailLength() const
{
    qsizetype length = 0;
    for (const auto& probe : m_probes) {
        if (probe->state() == FormatProbe::State::Match)
            length = std::max(length, probe->tailWanted());
    }
    return length;
}

bool ImageInspector::needsEnd() const
{
    if (m_finished || m_tailGiven || needsHead())
        return false;
    if (tailLength() > 0)
        return true;
    if (m_total >= 0)
        return false;
    // The virtual size of raw-like formats is the stream's size.
    bool matched = false;
    for (const auto& probe : m_probes) {
        if (probe->state() != FormatProbe::State::Match)
            continue;
        matched = true;
        if (probe->sizeFromTotal())
            return true;
    }
    return !matched;
}

void ImageInspector::remember(QByteArrayView chunk)
{
    // Byte at stream offset o lives at m_ring[o % kTailBytes].
    const qsizetype keep = std::min<qsizetype>(chunk.size(), kTailBytes);
    const QByteArrayView last = chunk.last(keep);
    const qint64 firstOffset = m_fed - keep;
    qsizetype at = qsizetype(firstOffset % kTailBytes);
    const qsizetype first = std::min(keep, kTailBytes - at);
    std::memcpy(m_ring.data() + at, last.data(), size_t(first));
    if (first < keep)
        std::memcpy(m_ring.data(), last.data() + first, size_t(keep - first));
    m_ringFilled = std::min<qint64>(m_fed - m_ringStart, kTailBytes);
}

std::optional<qint64> ImageInspector::wantedOffset() const
{
    if (m_finished || m_tailGiven || !m_headDone)
        return std::nullopt;
    std::optional<qint64> wanted;
    for (const auto& probe : m_probes) {
        if (probe->state() == FormatProbe::State::NoMatch || !probe->wantsStream())
            continue;
        const std::optional<qint64> next = probe->nextStreamOffset();
        if (!next)
            return std::nullopt; // one of them needs the bytes in order
        wanted = wanted ? std::min(*wanted, *next) : *next;
    }
    if (!wanted || *wanted <= m_fed || (m_total >= 0 && *wanted >= m_total))
        return std::nullopt;
    return wanted;
}

void ImageInspector::skipTo(qint64 offset)
{
    const std::optional<qint64> wanted = wantedOffset();
    if (!wanted || offset <= m_fed || offset > *wanted)
        return;
    m_fed = offset;
    m_ringStart = offset;
    m_ringFilled = 0;
}

QByteArray ImageInspector::tail() const
{
    const qsizetype size = qsizetype(m_ringFilled);
    QByteArray out(size, Qt::Uninitialized);
    const qsizetype at = qsizetype((m_fed - size) % kTailBytes);
    const qsizetype first = std::min(size, kTailBytes - at);
    std::memcpy(out.data(), m_ring.data() + at, size_t(first));
    if (first < size)
        std::memcpy(out.data() + first, m_ring.data(), size_t(size - first));
    return out;
}

InspectionResult ImageInspector::result() const
{
    InspectionResult result;
    result.bytesRead = m_bytesRead;
    result.declaredFormat = m_declared.trimmed();
    if (needsHead())
        return result; // not decided: no format yet
    const qint64 total = m_total;

    std::vector<const FormatProbe*> matched;
    for (const auto& probe : m_probes) {
        if (probe->state() == FormatProbe::State::Match)
            matched.push_back(probe.get());
    }
    std::stable_sort(matched.begin(), matched.end(), [](const FormatProbe* a, const FormatProbe* b) {
        return a->priority() < b->priority();
    });
    // An iso that is also a partitioned disk (isohybrid) is an iso.
    const auto iso =
        std::find_if(matched.begin(), matched.end(), [](auto* p) { return p->name() == u"iso"_s; });
    const auto table =
        std::find_if(matched.begin(), matched.end(), [](auto* p) { return p->name() == u"gpt"_s; });
    QVariant hybridTable;
    if (iso != matched.end() && table != matched.end()) {
        hybridTable = (*table)->details().value(u"partition_table"_s);
        matched.erase(table);
    }

    if (matched.empty()) {
        result.format = u"raw"_s;
        if (total >= 0)
            result.virtualSize = total;
    } else {
        const FormatProbe* primary = matched.front();
        result.format = primary->detectedName();
        result.details = primary->details();
        result.problems = primary->problems();
        if (primary->sizeFromTotal())
            result.virtualSize = total >= 0 ? primary->virtualSizeFor(total) : std::nullopt;
        else
            result.virtualSize = primary->virtualSize();
        if (hybridTable.isValid())
            result.details.insert(u"hybrid_partition_table"_s, hybridTable);
        if (matched.size() > 1) {
            QStringList others;
            for (auto it = matched.begin() + 1; it != matched.end(); ++it)
                others << (*it)->detectedName();
            result.details.insert(u"also_matches"_s, others);
            result.problems.append({InspectionProblem::Kind::Polyglot,
                                    //: %1 is a disk format (qcow2), %2 one or more others (iso)
                                    QCoreApplication::translate(
                                        "Inspection", "The image is at once %1 and %2: tools may read it "
                                                      "differently, which hides what it holds.")
                                        .arg(result.format, others.join(u", "_s))});
        }
    }
    result.safe = result.problems.isEmpty();
    if (!result.declaredFormat.isEmpty()) {
        result.matchesDeclared = declaredFormatMatches(result.declaredFormat, result.format);
        if (!*result.matchesDeclared)
            result.problems.append(
                {InspectionProblem::Kind::FormatMismatch,
                 //: %1 is the format the image was declared as (its disk_format), %2 the one found
                 QCoreApplication::translate("Inspection",
                                             "The image is declared as %1, but its content is %2.")
                     .arg(result.declaredFormat, result.format)});
    }
    return result;
}

} // namespace Skylight
