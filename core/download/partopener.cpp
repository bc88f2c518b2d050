// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/partopener.h"

#include "download/partsidecar.h"
#include "download/rangesupport.h"
#include "download/streamhasher.h"
#include "image/datasize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// The sentences are the download's: FileDownloader's context in the catalogues.
constexpr auto kContext = "Skylight::FileDownloader";

ApiError localError(const QString& message)
{
    return ApiError::make(ApiError::Kind::LocalIo, message);
}
} // namespace

PartOpener::PartOpener(const DownloadRequest& request, const RangeSupport& ranges)
    : m_request(request)
    , m_ranges(ranges)
{}

bool PartOpener::provable(const DownloadRequest& request)
{
    return !request.md5.isEmpty() ||
           (!request.hashValue.isEmpty() && StreamHasher::create(request.hashAlgorithm));
}

Result<PartOpener::Part> PartOpener::open()
{
    const QFileInfo targetInfo(m_request.targetPath);
    if (m_request.targetPath.isEmpty() || targetInfo.fileName().isEmpty())
        return std::unexpected(
            localError(QCoreApplication::translate(kContext, "No file name was given for the download.")));
    auto folder = DownloadFolder::open(targetInfo.path());
    if (!folder)
        return std::unexpected(folder.error());
    Part part{std::move(*folder)};
    part.finalName = targetInfo.fileName();
    part.partName = part.finalName + u".part"_s;
    const QString sidecarName = PartSidecar::nameFor(part.partName);
    const QString shown = QDir::toNativeSeparators(m_request.targetPath);
    if (part.folder.entry(part.finalName) != DownloadFolder::Entry::Missing && !m_request.overwrite)
        return std::unexpected(localError(
            QCoreApplication::translate(
                kContext, "%1 already exists; nothing was downloaded. Choose another name or remove it.")
                .arg(shown)));
    const DownloadFolder::Entry partEntry = part.folder.entry(part.partName);
    if (partEntry == DownloadFolder::Entry::Unusable)
        return std::unexpected(localError(
            QCoreApplication::translate(kContext,
                                        //: %2 is a whole sentence saying what the file is
                                        "%1.part is not used, and nothing it points to was read or changed. "
                                        "%2 Remove it or choose another file name.")
                .arg(shown, part.folder.describe(part.partName))));
    if (part.folder.entry(sidecarName) == DownloadFolder::Entry::Unusable)
        m_notes.append(QCoreApplication::translate(kContext, "%1 is not used and will be replaced. %2")
                           .arg(QDir::toNativeSeparators(m_request.targetPath + u".part.skylight"_s),
                                part.folder.describe(sidecarName)));

    // What to check the bytes against: os_hash_algo when OpenSSL knows it, else MD5 (the checksum,
    // or the Content-MD5 header).
    if (m_request.verify) {
        part.algorithm = u"md5"_s;
        if (!m_request.hashAlgorithm.isEmpty() && !m_request.hashValue.isEmpty() &&
            StreamHasher::create(m_request.hashAlgorithm))
            part.algorithm = m_request.hashAlgorithm.toLower();
    }

    bool sidecarMatches = false;
    part.kept = canContinue(part, partEntry, sidecarName, sidecarMatches);
    auto file = part.kept ? part.folder.openExisting(part.partName) : part.folder.create(part.partName);
    if (!file)
        return std::unexpected(file.error());
    part.file = std::move(*file);
    const qint64 have = part.kept ? part.file->size() : 0;
    const qint64 available = part.folder.bytesAvailable();
    if (m_request.expectedSize > 0 && available >= 0 && m_request.expectedSize - have > available)
        return std::unexpected(
            localError(QCoreApplication::translate(
                           kContext, "Not enough free space in %1: the image needs %2 more, %3 are free.")
                           .arg(QDir::toNativeSeparators(targetInfo.absolutePath()),
                                dataSizeText(m_request.expectedSize - have), dataSizeText(available))));
    if (!sidecarMatches) {
        // Written next to the part before any byte; a failed write leaves the previous one intact.
        if (const Result<void> written =
                part.folder.writeSmall(sidecarName, PartSidecar::from(m_request).toJson());
            !written)
            return std::unexpected(written.error());
    }
    return part;
}

bool PartOpener::canContinue(const Part& part, DownloadFolder::Entry partEntry, const QString& sidecarName,
                             bool& sidecarMatches)
{
    if (!m_request.resume || partEntry != DownloadFolder::Entry::UsableFile)
        return false;
    if (const auto bytes = part.folder.readSmall(sidecarName))
        if (const auto sidecar = PartSidecar::fromJson(*bytes))
            sidecarMatches = sidecar->matches(m_request);
    if (!provable(m_request))
        m_notes.append(QCoreApplication::translate(
            kContext, "The image has no checksum, so the partial file cannot be proven "
                      "to be its beginning; downloading from the start."));
    else if (!m_request.verify)
        m_notes.append(QCoreApplication::translate(
            kContext, "Verification is off, so the partial file cannot be proven to be "
                      "the image's beginning; downloading from the start."));
    else if (sidecarMatches && m_ranges.refuses(m_request.url, m_request.store))
        m_notes.append(QCoreApplication::translate(
            kContext, "This image store does not serve ranges; downloading from the start."));
    else if (!sidecarMatches)
        m_notes.append(QCoreApplication::translate(
            kContext, "The partial file was not written for this image as it is now (its sidecar names "
                      "another image, size or checksum, or is missing); downloading from the start."));
    else
        return true;
    m_startOver = m_notes.last();
    return false;
}

} // namespace Skylight
