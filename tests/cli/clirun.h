// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Skylight::Test {

struct CliRun
{
    int exitCode = -1; // -1: did not start or hung; -2: crashed
    QByteArray out;
    QByteArray err;
};

// Runs `program` with the system environment changed by `env` (a null value unsets a variable,
// OS_TOKEN is always unset first), feeding `input`; spins the event loop meanwhile, because the
// fake cloud of a test may live in the test's process.
CliRun runProgram(const QString& program, const QStringList& args, const QHash<QString, QString>& env = {},
                  const QByteArray& input = {}, int timeoutMs = 60000);

} // namespace Skylight::Test
