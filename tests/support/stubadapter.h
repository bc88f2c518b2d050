// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/imageadapter.h"

#include <QUrl>

namespace Skylight::Test {

// An image API that answers nothing: no listing, no image, no token needed. Tests derive from it
// and override only the request they answer (schema(), members(), tasks(), ...). Its image data
// is nowhere (fileLocation() fails as NotFound) unless built with Files::OnEndpoint: then each
// image's data is at `{endpoint}v2/images/{id}/file`, where a test's loopback server may hold it.
class StubAdapter : public ImageAdapter
{
public:
    enum class Files
    {
        Nowhere,
        OnEndpoint,
    };

    explicit StubAdapter(QUrl endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/")),
                         Dialect dialect = Dialect::GlanceV2, Files files = Files::Nowhere,
                         QObject* parent = nullptr)
        : ImageAdapter(parent)
        , m_endpoint(std::move(endpoint))
        , m_dialect(dialect)
        , m_files(files)
    {}

    Dialect dialect() const override { return m_dialect; }
    QUrl endpoint() const override { return m_endpoint; }
    ImageListJob* list(const PageRequest&) override { return nullptr; }
    ImageShowJob* show(const QString&) override { return nullptr; }
    Result<FileLocation> fileLocation(const ImageRecord& record) const override
    {
        if (m_files == Files::Nowhere)
            return std::unexpected(ApiError::make(ApiError::Kind::NotFound, QStringLiteral("no data")));
        FileLocation location;
        location.url = m_endpoint.resolved(QUrl(QStringLiteral("v2/images/%1/file").arg(record.id)));
        return location;
    }
    void setToken(const QByteArray&) override {}

private:
    QUrl m_endpoint;
    Dialect m_dialect;
    Files m_files;
};

} // namespace Skylight::Test
