// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/partitionprobe.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kSector = 512;
constexpr qsizetype kEntriesAt = 446;
constexpr quint8 kProtective = 0xee;
constexpr qsizetype kMaxGptEntriesBytes = 64 * 1024;

// A FAT file system's boot sector also ends with 0x55AA: a jump, a sensible BIOS parameter block.
bool fatBootSector(QByteArrayView sector)
{
    const auto byte = [&](qsizetype at) {
        return static_cast<quint8>(sector[at]);
    };
    const bool jump = (byte(0) == 0xeb && byte(2) == 0x90) || byte(0) == 0xe9;
    const quint16 bytesPerSector = Bytes::le16(sector, 11);
    const quint8 sectorsPerCluster = byte(13);
    const quint8 fats = byte(16);
    const quint8 media = byte(21);
    return jump &&
           (bytesPerSector == 512 || bytesPerSector == 1024 || bytesPerSector == 2048 ||
            bytesPerSector == 4096) &&
           sectorsPerCluster != 0 && (sectorsPerCluster & (sectorsPerCluster - 1)) == 0 &&
           (fats == 1 || fats == 2) && (media == 0xf0 || media >= 0xf8);
}
} // namespace

void PartitionProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (state() == State::Undecided) {
        if (head.size() < kSector) {
            if (atEnd)
                noMatch();
            else
                want(kSector);
            return;
        }
        if (static_cast<quint8>(head[510]) != 0x55 || static_cast<quint8>(head[511]) != 0xaa ||
            fatBootSector(head.first(kSector))) {
            noMatch();
            return;
        }
        match();
    }
    clearFindings();
    int used = 0;
    bool protective = false;
    bool onlyFirst = true;
    QString problem;
    for (int i = 0; i < 4; ++i) {
        const qsizetype at = kEntriesAt + 16 * i;
        const auto boot = static_cast<quint8>(head[at]);
        const auto type = static_cast<quint8>(head[at + 4]);
        if (boot != 0x00 && boot != 0x80 && problem.isEmpty())
            problem =
                QCoreApplication::translate("Inspection", "MBR partition entry %1 has an invalid boot flag.")
                    .arg(i + 1);
        if (type == 0)
            continue;
        ++used;
        if (i != 0)
            onlyFirst = false;
        if (type == kProtective) {
            protective = true;
            const bool chs = head[at + 1] == 0 && head[at + 2] == 2 && head[at + 3] == 0;
            if (!chs && problem.isEmpty())
                problem = say(
                    QT_TRANSLATE_NOOP("Inspection", "The protective MBR starts at an invalid CHS address."));
            if (Bytes::le32(head, at + 8) != 1 && problem.isEmpty())
                problem =
                    say(QT_TRANSLATE_NOOP("Inspection", "The protective MBR does not start at sector 1."));
        }
    }
    if (protective && (!onlyFirst || used != 1) && problem.isEmpty())
        problem =
            say(QT_TRANSLATE_NOOP("Inspection", "The protective MBR defines other partitions besides GPT."));
    if (used == 0 && problem.isEmpty())
        problem = say(QT_TRANSLATE_NOOP("Inspection", "The partition table defines no partition."));
    if (!problem.isEmpty())
        addProblem(InspectionProblem::Kind::PartitionTable, problem);

    setDetail(u"partition_table"_s, protective ? u"gpt"_s : u"mbr"_s);
    if (!protective) {
        setDetail(u"partitions"_s, used);
        headDone();
        return;
    }
    // The GPT header in sector 1, then its entries.
    if (head.size() < 2 * kSector) {
        if (!atEnd) {
            want(2 * kSector);
            return;
        }
        headDone();
        return;
    }
    if (!Bytes::startsAt(head, kSector, "EFI PART")) {
        headDone();
        return;
    }
    const quint64 entriesLba = Bytes::le64(head, kSector + 72);
    const quint32 count = Bytes::le32(head, kSector + 80);
    const quint32 entrySize = Bytes::le32(head, kSector + 84);
    if (entriesLba < 2 || entriesLba > 64 || entrySize < 128 || entrySize > 4096 ||
        quint64(count) * entrySize > quint64(kMaxGptEntriesBytes)) {
        headDone();
        return;
    }
    const qsizetype start = qsizetype(entriesLba) * kSector;
    const qsizetype end = start + qsizetype(count) * qsizetype(entrySize);
    if (head.size() < end && !atEnd) {
        want(end);
        return;
    }
    headDone();
    int partitions = 0;
    for (qsizetype at = start; at + 16 <= std::min(end, head.size()); at += entrySize) {
        if (Bytes::le64(head, at) != 0 || Bytes::le64(head, at + 8) != 0)
            ++partitions;
    }
    setDetail(u"partitions"_s, partitions);
}

} // namespace Skylight
