// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/job.h"

namespace Skylight {

// A job that could not even start: it finishes with `error` (from the event loop, as every job
// does), so that a caller handed a job always takes its result the same way.
template <class T>
class FailedJob final : public Job<T>
{
public:
    explicit FailedJob(ApiError error, QObject* parent = nullptr)
        : Job<T>(parent)
    {
        this->finishWith(std::unexpected(std::move(error)));
    }

protected:
    void doAbort() override {}
};

} // namespace Skylight
