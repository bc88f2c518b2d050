// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/digestcheck.h"

#include "download/downloadrequest.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

Result<void> DigestCheck::verify(const DownloadRequest& request, const QByteArray& contentMd5, bool resumed,
                                 DownloadOutcome& outcome)
{
    const QString& algorithm = outcome.algorithm;
    QByteArray expected;
    QString against;
    if (!request.verify) {
        outcome.verifyNote = tr("not verified (verification turned off)");
    } else if (algorithm == request.hashAlgorithm.toLower() && !request.hashValue.isEmpty()) {
        expected = request.hashValue.trimmed().toLower();
        against = tr("the image's os_hash_value");
    } else if (!request.md5.isEmpty()) {
        expected = request.md5.trimmed().toLower();
        against = tr("the image's checksum");
    } else if (!contentMd5.isEmpty() && !resumed) {
        // RFC 1864 says base64; Glance sends the hex checksum. Both are understood.
        static const QRegularExpression hex(u"^[0-9a-fA-F]{32}$"_s);
        expected = hex.match(QString::fromLatin1(contentMd5)).hasMatch()
                       ? contentMd5.toLower()
                       : QByteArray::fromBase64(contentMd5).toHex();
        against = tr("the Content-MD5 header");
    } else {
        outcome.verifyNote =
            tr("nothing to verify against: the image has no checksum and the server sent no Content-MD5");
    }
    if (expected.isEmpty())
        return {};
    if (outcome.digest != expected)
        return std::unexpected(ApiError::make(
            ApiError::Kind::Verification,
            tr("The downloaded bytes do not match %1: expected %2 %3, got %4. Nothing was kept.")
                .arg(against, algorithm, QString::fromLatin1(expected.left(256)),
                     QString::fromLatin1(outcome.digest))));
    outcome.verified = true;
    outcome.verifyNote = tr("%1 matches %2").arg(algorithm, against);
    return {};
}

} // namespace Skylight
