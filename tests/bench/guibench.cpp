// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// bench_gui: the image browser against a cloud of 100,000 images (tests/bench/gui-bench.sh).
// Serves the images from a child process (its memory is not the client's), then measures in the
// real MainWindow: first page shown, all rows loaded and peak RSS, filter keystrokes, sorting by
// every column. Prints each figure next to its target.
#include "adapters/adapterfactory.h"
#include "adapters/imageadapter.h"
#include "bench/largecloud.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "widgets/filterbar.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
QElapsedTimer sinceStart;
int misses = 0;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

void report(const char* what, double value, const char* unit, double target)
{
    const bool met = value < target;
    misses += met ? 0 : 1;
    std::printf("%-44s %10.1f %-3s target < %-7.0f %s\n", what, value, unit, target, met ? "met" : "MISSED");
    std::fflush(stdout);
}

int serve(int count)
{
    LargeCloud cloud(count);
    const quint16 port = cloud.listen();
    if (port == 0)
        return 1;
    std::printf("%u\n", unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec(); // until the parent kills it
}

void settle()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}
} // namespace

int main(int argc, char* argv[])
{
    sinceStart.start();
    if (argc >= 3 && qstrcmp(argv[1], "--serve") == 0) {
        QCoreApplication app(argc, argv);
        return serve(QByteArray(argv[2]).toInt());
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption imagesOption(u"images"_s, u"How many images the cloud has."_s, u"n"_s,
                                          u"100000"_s);
    const QCommandLineOption strictOption(u"strict"_s, u"Exit 1 when a target is missed."_s);
    const QCommandLineOption loadOnlyOption(u"load-only"_s, u"Stop after loading (for profiling)."_s);
    parser.addOptions({imagesOption, strictOption, loadOnlyOption});
    parser.process(app);
    const int count = parser.value(imagesOption).toInt();

    // The cloud, in a child process.
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(), {u"--serve"_s, QString::number(count)});
    if (!server.waitForReadyRead(120000)) {
        std::fprintf(stderr, "bench_gui: the image server did not start\n");
        return 2;
    }
    const quint16 port = quint16(server.readLine().trimmed().toUInt());
    const qint64 serverReadyMs = sinceStart.elapsed();
    std::printf("Skylight GUI benchmark: %d images in pages of 1,000 from a Glance v2 on 127.0.0.1:%u "
                "(generated in %lld ms, not counted)\n",
                count, unsigned(port), serverReadyMs);

    // The window as skylight --endpoint makes it.
    QElapsedTimer clock;
    clock.start();
    QNetworkAccessManager nam;
    const ServiceEndpoint endpoint{.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), .token = "bench"};
    auto adapter = createImageAdapter(Dialect::GlanceV2, &nam, endpoint, TransportOptions(), &app);
    if (!adapter) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(adapter.error()));
        return 2;
    }
    MainWindow window(*adapter, CloudDescription{u"Large cloud"_s, false});
    window.show();
    qint64 firstPageMs = -1;
    QObject::connect(&window, &MainWindow::pageAdded, &window, [&] {
        if (firstPageMs < 0) {
            settle(); // drawn
            firstPageMs = clock.elapsed();
        }
    });
    QEventLoop loaded;
    QObject::connect(&window, &MainWindow::listingFinished, &loaded, &QEventLoop::quit);
    QTimer::singleShot(120000, &loaded, &QEventLoop::quit);
    window.refresh();
    loaded.exec();
    settle();
    const qint64 allMs = clock.elapsed();
    const int rows = window.imageModel()->rowCount();
    if (rows != count) {
        std::fprintf(stderr, "bench_gui: %d of %d images loaded\n", rows, count);
        server.kill();
        return 2;
    }
    if (qEnvironmentVariableIsSet("SKYLIGHT_BENCH_VERBOSE")) {
        qint64 packed = 0, search = 0;
        for (int row = 0; row < rows; ++row) {
            packed += window.imageModel()->row(row).packed.size();
            search += window.imageModel()->searchKey(row).size() * 2;
        }
        QFile statm(u"/proc/self/statm"_s);
        statm.open(QIODevice::ReadOnly);
        std::printf("  (RSS now %.1f MB, peak %.1f MB)\n",
                    double(statm.readAll().split(' ').value(1).toLongLong()) * 4096 / 1048576.0, peakRssMb());
        std::printf("  (per row: %lld bytes packed, %lld bytes of search text, %zu bytes of summary)\n",
                    packed / rows, search / rows, sizeof(ImageTableModel::Row));
    }
    report("window shown with the first page", double(firstPageMs), "ms", 1000);
    report("all rows loaded into the model", double(allMs) / 1000.0, "s", 5);
    if (parser.isSet(loadOnlyOption)) {
        server.kill();
        server.waitForFinished();
        return 0;
    }

    // Filter keystrokes: typed one character at a time, each applied (as after the debounce).
    const QStringList typed = {u"ubuntu"_s, u"deb"_s,           u"build-12"_s,
                               u"x86"_s,    u"status:active"_s, u"centos 7"_s};
    QList<double> keystrokes;
    for (const QString& text : typed) {
        for (qsizetype n = 1; n <= text.size(); ++n) {
            window.filterEdit()->setText(text.left(n));
            QElapsedTimer t;
            t.start();
            window.filterBar()->applyNow();
            const double filtered = double(t.nsecsElapsed()) / 1e6;
            settle();
            keystrokes << double(t.nsecsElapsed()) / 1e6;
            if (qEnvironmentVariableIsSet("SKYLIGHT_BENCH_VERBOSE"))
                std::printf("  filter '%s': %.1f ms (%.1f filtering), %d rows\n",
                            qPrintable(window.filterEdit()->text()), keystrokes.last(), filtered,
                            window.proxyModel()->rowCount());
        }
        for (qsizetype n = text.size() - 1; n >= 0; --n) { // and erased again
            window.filterEdit()->setText(text.left(n));
            QElapsedTimer t;
            t.start();
            window.filterBar()->applyNow();
            settle();
            keystrokes << double(t.nsecsElapsed()) / 1e6;
            if (qEnvironmentVariableIsSet("SKYLIGHT_BENCH_VERBOSE"))
                std::printf("  filter '%s': %.1f ms, %d rows\n", qPrintable(window.filterEdit()->text()),
                            keystrokes.last(), window.proxyModel()->rowCount());
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    const double p95 = keystrokes.at(qsizetype(double(keystrokes.size() - 1) * 0.95));
    std::printf("  (%lld keystrokes, median %.1f ms, max %.1f ms)\n", qlonglong(keystrokes.size()),
                keystrokes.at(keystrokes.size() / 2), keystrokes.last());
    report("filter keystroke, 95th percentile", p95, "ms", 100);

    // Sorting by every column, both ways.
    double worstSort = 0;
    QString worstColumn;
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            window.imageView()->sortByColumn(column, order);
            settle();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (qEnvironmentVariableIsSet("SKYLIGHT_BENCH_VERBOSE"))
                std::printf("  sort %d/%d: %.1f ms, first row %s\n", column, int(order), ms,
                            qPrintable(window.proxyModel()->index(0, column).data().toString()));
            if (ms > worstSort) {
                worstSort = ms;
                worstColumn = window.imageModel()->headerData(column, Qt::Horizontal).toString();
            }
        }
    }
    std::printf("  (slowest: %s)\n", qPrintable(worstColumn));
    report("sort by any column (slowest)", worstSort, "ms", 500);
    report("peak RSS", peakRssMb(), "MB", 200);

    server.kill();
    server.waitForFinished();
    return parser.isSet(strictOption) && misses > 0 ? 1 : 0;
}
