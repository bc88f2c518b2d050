// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/vmdkdescriptor.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
#include <algorithm>

namespace Skylight {

namespace {
constexpr qsizetype kMaxShownExtents = 8;
constexpr qsizetype kMaxShownName = 256;

bool plainText(QByteArrayView text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (byte < 0x20 && c != '\n' && c != '\r' && c != '\t'))
            return false;
    }
    return true;
}

QString unquoted(QByteArrayView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.sliced(1, value.size() - 2);
    return QString::fromLatin1(value.first(std::min(value.size(), kMaxShownName)));
}

void add(QList<InspectionProblem>& problems, InspectionProblem::Kind kind, const QString& text)
{
    for (const InspectionProblem& known : problems) {
        if (known.kind == kind)
            return;
    }
    problems.append({kind, text});
}
} // namespace

bool VmdkDescriptor::looksLikeDescriptorFile(QByteArrayView start)
{
    start = start.first(std::min<qsizetype>(start.size(), 2048));
    qsizetype at = 0;
    while (at < start.size()) {
        qsizetype end = start.indexOf('\n', at);
        if (end < 0)
            return false; // the version line must end within what qemu looks at
        QByteArrayView line = start.sliced(at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith('#') || line.trimmed().isEmpty())
            continue;
        return line == "version=1" || line == "version=2" || line == "version=3";
    }
    return false;
}

VmdkDescriptor VmdkDescriptor::parse(QByteArrayView text)
{
    VmdkDescriptor descriptor;
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        text = text.first(nul); // an embedded descriptor is padded with NULs
    if (!plainText(text)) {
        add(descriptor.problems, InspectionProblem::Kind::Descriptor,
            QCoreApplication::translate("Inspection", "The VMDK descriptor is not plain text."));
        return descriptor;
    }
    bool understood = true;
    for (QByteArrayView line : QByteArray::fromRawData(text.data(), text.size()).split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith("ddb."))
            continue;
        // A header field: one word, '=', a value.
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && !line.first(eq).trimmed().contains(' ') && !line.first(eq).trimmed().contains('\t')) {
            const QByteArray key = line.first(eq).trimmed().toByteArray().toLower();
            const QString value = unquoted(line.sliced(eq + 1));
            if (key == "createtype")
                descriptor.createType = value;
            else if (key == "parentfilenamehint")
                descriptor.parentFileNameHint = value;
            continue;
        }
        // An extent: ACCESS SECTORS TYPE ["FILE" [OFFSET]]
        const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
        const QByteArray access = words.first().toUpper();
        if (access != "RW" && access != "RDONLY" && access != "NOACCESS") {
            understood = false;
            continue;
        }
        ++descriptor.extentCount;
        if (words.size() >= 2) {
            bool ok = false;
            const quint64 sectors = words.at(1).toULongLong(&ok);
            // Saturating at 2^54: thousands of huge extents must not wrap the sum to a plausible size.
            constexpr quint64 kCap = quint64(1) << 54;
            if (ok && sectors < kCap)
                descriptor.extentSectors = std::min(kCap, descriptor.extentSectors + sectors);
        }
        const qsizetype quote = line.indexOf('"');
        const qsizetype closing = quote >= 0 ? line.indexOf('"', quote + 1) : -1;
        if (quote >= 0) {
            const QByteArrayView file =
                line.sliced(quote + 1, (closing > quote ? closing : line.size()) - quote - 1);
            if (descriptor.extentFiles.size() < kMaxShownExtents)
                descriptor.extentFiles.append(unquoted(file));
        }
        if (line.contains('/') || line.contains('\\')) {
            add(descriptor.problems, InspectionProblem::Kind::ExtentPath,
                QCoreApplication::translate(
                    "Inspection", "A VMDK extent names a path: opening the image reads another file "
                                  "of the host."));
        }
    }
    if (!understood)
        add(descriptor.problems, InspectionProblem::Kind::Descriptor,
            QCoreApplication::translate("Inspection",
                                        "The VMDK descriptor has lines that are not understood."));
    const QString type = descriptor.createType.toLower();
    if (descriptor.createType.isEmpty()) {
        add(descriptor.problems, InspectionProblem::Kind::Descriptor,
            QCoreApplication::translate("Inspection", "The VMDK descriptor has no createType."));
    } else if (type != u"monolithicsparse"_s && type != u"streamoptimized"_s) {
        add(descriptor.problems, InspectionProblem::Kind::CreateType,
            QCoreApplication::translate("Inspection", "The VMDK is of type %1: only monolithicSparse and "
                                                      "streamOptimized images are single files.")
                .arg(descriptor.createType));
    }
    if (descriptor.extentCount == 0)
        add(descriptor.problems, InspectionProblem::Kind::Descriptor,
            QCoreApplication::translate("Inspection", "The VMDK descriptor names no extent."));
    if (!descriptor.parentFileNameHint.isEmpty())
        add(descriptor.problems, InspectionProblem::Kind::ParentDisk,
            QCoreApplication::translate(
                "Inspection", "The image names a parent disk: opening it reads another file of the host."));
    return descriptor;
}

} // namespace Skylight
