// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Inspecting an image where it lies: a qcow2 and a vhdx of 1 GiB virtual size (qemu-img create)
// served over loopback with byte ranges, and once more by a server that ignores Range (the whole
// file sent, read until decided). Prints bytes read, requests and the median time of --runs runs.
// The target: under 1 MiB read for either with ranges.
//
//   bench_remote_inspect [--runs N] [--virtual SIZE]   (SIZE as qemu-img takes it: 1G)
#include "inspect/remoteinspection.h"
#include "support/faultyfileserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FaultyFileServer;

namespace {
struct Run
{
    qint64 bytesRead = -1;
    int requests = 0;
    double milliseconds = 0;
    QString verdict;
};

Run inspectOnce(QNetworkAccessManager* nam, const QUrl& url, qint64 size, const QString& declared)
{
    RemoteInspectionRequest request;
    request.url = url;
    request.expectedSize = size;
    request.declaredFormat = declared;
    TransportOptions options;
    options.idleTimeout = std::chrono::milliseconds(20000);
    RemoteInspection job(nam, request, options);
    QEventLoop loop;
    QObject::connect(&job, &ApiJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job.start();
    loop.exec();
    Run run;
    run.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    run.requests = job.requestsSent();
    if (job.result()) {
        run.bytesRead = job.result()->bytesRead;
        run.verdict = u"%1 %2 bytes, %3"_s.arg(job.result()->format)
                          .arg(job.result()->virtualSize.value_or(-1))
                          .arg(job.result()->safe ? u"safe"_s : u"unsafe"_s);
    } else {
        run.verdict = job.result().error().describe();
    }
    return run;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString virtualSize = u"1G"_s;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--runs"_s)
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--virtual"_s)
            virtualSize = args.at(i + 1);
    }
    if (QStandardPaths::findExecutable(u"qemu-img"_s).isEmpty()) {
        std::printf("qemu-img is not installed (Debian: qemu-utils): nothing measured\n");
        return 0;
    }
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    int failures = 0;
    for (const QString& format : {u"qcow2"_s, u"vhdx"_s}) {
        const QString path = dir.filePath(u"image."_s + format);
        if (QProcess::execute(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, format, path, virtualSize}) !=
            0) {
            std::fprintf(stderr, "qemu-img create -f %s failed\n", qPrintable(format));
            return 1;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        for (const bool ranges : {true, false}) {
            FaultyFileServer server(bytes);
            if (!server.listenLocal())
                return 1;
            QList<double> times;
            Run last;
            for (int i = 0; i < runs; ++i) {
                if (!ranges)
                    server.ignoreRange(1000);
                last = inspectOnce(&nam, server.url(), bytes.size(), format);
                times << last.milliseconds;
            }
            std::sort(times.begin(), times.end());
            std::printf("%-5s %s virtual, file %8lld bytes, %-13s: read %8lld bytes in %d request(s), "
                        "median %7.2f ms (%s)\n",
                        qPrintable(format), qPrintable(virtualSize), static_cast<long long>(bytes.size()),
                        ranges ? "with ranges" : "ranges ignored", static_cast<long long>(last.bytesRead),
                        last.requests, times.at(times.size() / 2), qPrintable(last.verdict));
            if (last.bytesRead < 0 || (ranges && last.bytesRead >= 1024 * 1024))
                ++failures;
        }
    }
    std::printf("target: under 1048576 bytes read with ranges: %s\n", failures == 0 ? "met" : "NOT met");
    return failures == 0 ? 0 : 1;
}
