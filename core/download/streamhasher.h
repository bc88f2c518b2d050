// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace Skylight {

// A message digest fed piece by piece, through OpenSSL's EVP (two to five times faster than
// QCryptographicHash for SHA-512 on Qt 6.4). Algorithm names as Glance spells os_hash_algo:
// md5, sha1, sha224, sha256, sha384, sha512.
class StreamHasher
{
public:
    // Null when OpenSSL does not know the algorithm.
    static std::unique_ptr<StreamHasher> create(const QString& algorithm);
    ~StreamHasher();
    StreamHasher(const StreamHasher&) = delete;
    StreamHasher& operator=(const StreamHasher&) = delete;

    QString algorithm() const { return m_algorithm; }
    void addData(QByteArrayView data);
    void reset();
    // Lower-case hex; the hasher is then reset.
    QByteArray finalHex();

private:
    struct Context;
    StreamHasher(QString algorithm, std::unique_ptr<Context> context);

    QString m_algorithm;
    std::unique_ptr<Context> m_context;
};

} // namespace Skylight
