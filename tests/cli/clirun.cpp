// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"

#include <QProcess>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Test {

CliRun runProgram(const QString& program, const QStringList& args, const QHash<QString, QString>& env,
                  const QByteArray& input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"OS_TOKEN"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                  process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Skylight::Test
