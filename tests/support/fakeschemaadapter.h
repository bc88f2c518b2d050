// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/imageadapter.h"
#include "image/imageschema.h"
#include "net/apijob.h"

#include <QList>
#include <QPointer>

namespace Skylight::Test {

// An Image API v2 at `endpoint` that answers nothing but schema requests, and those only when
// the test says: each schema() is a FakeSchemaJob kept in `jobs`, to succeed() or fail().
class FakeSchemaJob : public Job<ImageSchema>
{
public:
    using Job::Job;
    void succeed(const ImageSchema& schema) { finishWith(schema); }
    void fail(const ApiError& error) { finishWith(std::unexpected(error)); }

protected:
    void doAbort() override {}
};

class FakeAdapter : public ImageAdapter
{
public:
    FakeAdapter(const QString& endpoint, QObject* parent = nullptr)
        : ImageAdapter(parent)
        , m_endpoint(endpoint)
    {}
    Dialect dialect() const override { return Dialect::GlanceV2; }
    QUrl endpoint() const override { return m_endpoint; }
    ImageListJob* list(const PageRequest&) override { return nullptr; }
    ImageShowJob* show(const QString&) override { return nullptr; }
    Result<FileLocation> fileLocation(const ImageRecord&) const override
    {
        return std::unexpected(ApiError::make(ApiError::Kind::NotFound, QStringLiteral("no data")));
    }
    void setToken(const QByteArray&) override {}
    ImageSchemaJob* schema() override
    {
        auto* job = new FakeSchemaJob(this);
        jobs << job;
        return job;
    }
    QList<QPointer<FakeSchemaJob>> jobs;

private:
    QUrl m_endpoint;
};

} // namespace Skylight::Test
