// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The image inspector's cost inside a download: a stream (1 GiB by default) fed in 1 MiB chunks,
// as the download worker feeds it, next to SHA-256 and SHA-512 of the same bytes (what a download
// hashes anyway). Prints the throughput of each and the inspector's share of a hashed download.
//
//   bench_inspect [--size MIB] [--chunk KIB]
#include "inspect/imageinspector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QStringList>
#include <cstdio>

using namespace Skylight;

namespace {
double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qint64 mib = 1024;
    qsizetype chunkKib = 1024;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QStringLiteral("--size"))
            mib = args.at(i + 1).toLongLong();
        else if (args.at(i) == QStringLiteral("--chunk"))
            chunkKib = args.at(i + 1).toLongLong();
    }
    if (mib <= 0 || chunkKib <= 0) {
        std::fprintf(stderr, "usage: bench_inspect [--size MIB] [--chunk KIB]\n");
        return 2;
    }
    // Raw data (a pattern): after the first 34 KiB the inspector only counts and keeps the tail.
    QByteArray chunk(chunkKib * 1024, '\0');
    for (qsizetype i = 0; i < chunk.size(); ++i)
        chunk[i] = char((i * 131) >> 3);
    const qint64 total = mib * 1024 * 1024;
    const qint64 chunks = total / chunk.size();

    QElapsedTimer timer;
    timer.start();
    ImageInspector inspector;
    for (qint64 i = 0; i < chunks; ++i)
        inspector.feed(chunk);
    inspector.finish();
    const double inspectSeconds = seconds(timer);
    const InspectionResult result = inspector.result();

    double hashSeconds[2] = {};
    const QCryptographicHash::Algorithm algorithms[2] = {QCryptographicHash::Sha256,
                                                         QCryptographicHash::Sha512};
    for (int a = 0; a < 2; ++a) {
        QCryptographicHash hash(algorithms[a]);
        timer.restart();
        for (qint64 i = 0; i < chunks; ++i)
            hash.addData(chunk);
        (void)hash.result();
        hashSeconds[a] = seconds(timer);
    }
    const double gib = double(chunks * chunk.size()) / (1024.0 * 1024 * 1024);
    std::printf("stream: %.2f GiB in %lld KiB chunks (format %s, bytes_read %lld)\n", gib,
                static_cast<long long>(chunkKib), qPrintable(result.format),
                static_cast<long long>(result.bytesRead));
    std::printf("inspector: %8.4f s  %10.1f GiB/s\n", inspectSeconds, gib / std::max(inspectSeconds, 1e-9));
    std::printf("SHA-256:   %8.4f s  %10.2f GiB/s\n", hashSeconds[0], gib / hashSeconds[0]);
    std::printf("SHA-512:   %8.4f s  %10.2f GiB/s\n", hashSeconds[1], gib / hashSeconds[1]);
    std::printf("inspection adds %.2f%% to a SHA-512-verified download's hashing (target: under 5%%)\n",
                100.0 * inspectSeconds / hashSeconds[1]);
    return result.format.isEmpty() ? 1 : 0;
}
