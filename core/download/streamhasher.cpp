// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/streamhasher.h"

#include <QStringList>
#include <openssl/evp.h>

namespace Skylight {

struct StreamHasher::Context
{
    const EVP_MD* md = nullptr;
    EVP_MD_CTX* ctx = nullptr;
    ~Context() { EVP_MD_CTX_free(ctx); }
};

std::unique_ptr<StreamHasher> StreamHasher::create(const QString& algorithm)
{
    static const QStringList known{QStringLiteral("md5"),    QStringLiteral("sha1"),
                                   QStringLiteral("sha224"), QStringLiteral("sha256"),
                                   QStringLiteral("sha384"), QStringLiteral("sha512")};
    const QString name = algorithm.trimmed().toLower();
    if (!known.contains(name))
        return nullptr;
    auto context = std::make_unique<Context>();
    context->md = EVP_get_digestbyname(name.toLatin1().constData());
    context->ctx = EVP_MD_CTX_new();
    if (!context->md || !context->ctx || EVP_DigestInit_ex(context->ctx, context->md, nullptr) != 1)
        return nullptr;
    return std::unique_ptr<StreamHasher>(new StreamHasher(name, std::move(context)));
}

StreamHasher::StreamHasher(QString algorithm, std::unique_ptr<Context> context)
    : m_algorithm(std::move(algorithm))
    , m_context(std::move(context))
{}

StreamHasher::~StreamHasher() = default;

void StreamHasher::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_context->ctx, data.data(), static_cast<size_t>(data.size()));
}

void StreamHasher::reset()
{
    EVP_DigestInit_ex(m_context->ctx, m_context->md, nullptr);
}

QByteArray StreamHasher::finalHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest, &length);
    reset();
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex();
}

} // namespace Skylight
