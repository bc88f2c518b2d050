// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imageschema.h"
#include "net/apijob.h"
#include "support/stubadapter.h"

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

class FakeAdapter : public StubAdapter
{
public:
    explicit FakeAdapter(const QString& endpoint, QObject* parent = nullptr)
        : StubAdapter(QUrl(endpoint), Dialect::GlanceV2, Files::Nowhere, parent)
    {}
    ImageSchemaJob* schema() override
    {
        auto* job = new FakeSchemaJob(this);
        jobs << job;
        return job;
    }
    QList<QPointer<FakeSchemaJob>> jobs;
};

} // namespace Skylight::Test
