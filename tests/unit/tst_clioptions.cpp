// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clioptions.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestCliOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void listOptions();
    void allowUnsafeIsADownloadOption();
    void storeIsADownloadOption();
    void usageNamesEveryExitCode();
    void sharingOptions();
};

void TestCliOptions::valid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("format");
    QTest::newRow("demo list") << QStringList{u"--demo"_s, u"list"_s} << u"list"_s
                               << int(CliOptions::Source::Demo) << u"table"_s;
    QTest::newRow("demo list json") << QStringList{u"--demo"_s, u"list"_s, u"-f"_s, u"json"_s} << u"list"_s
                                    << int(CliOptions::Source::Demo) << u"json"_s;
    QTest::newRow("show raw") << QStringList{u"--demo"_s, u"show"_s, u"abc"_s, u"-f"_s, u"raw"_s} << u"show"_s
                              << int(CliOptions::Source::Demo) << u"raw"_s;
    QTest::newRow("endpoint") << QStringList{u"--endpoint"_s, u"https://h:9292"_s, u"--api"_s,
                                             u"glance-v2"_s,  u"show"_s,           u"x"_s}
                              << u"show"_s << int(CliOptions::Source::Endpoint) << u"table"_s;
    QTest::newRow("login --os-cloud (as documented)")
        << QStringList{u"login"_s, u"--os-cloud"_s, u"prod"_s} << u"login"_s
        << int(CliOptions::Source::OsCloud) << u"table"_s;
    QTest::newRow("global option after the command")
        << QStringList{u"list"_s, u"-f"_s, u"json"_s, u"--demo"_s} << u"list"_s
        << int(CliOptions::Source::Demo) << u"json"_s;
    QTest::newRow("inspect a file, no cloud")
        << QStringList{u"inspect"_s, u"--file"_s, u"disk.img"_s, u"--declared"_s,
                       u"raw"_s,     u"-f"_s,     u"json"_s}
        << u"inspect"_s << int(CliOptions::Source::None) << u"json"_s;
    QTest::newRow("inspect an image of the cloud")
        << QStringList{u"--demo"_s, u"inspect"_s, u"abc"_s, u"-f"_s, u"json"_s} << u"inspect"_s
        << int(CliOptions::Source::Demo) << u"json"_s;
    QTest::newRow("os-cloud") << QStringList{u"--os-cloud"_s, u"prod"_s, u"list"_s} << u"list"_s
                              << int(CliOptions::Source::OsCloud) << u"table"_s;
    QTest::newRow("download") << QStringList{u"--demo"_s, u"download"_s, u"x"_s,
                                             u"-o"_s,     u"/tmp/x"_s,   u"--no-verify"_s}
                              << u"download"_s << int(CliOptions::Source::Demo) << u"table"_s;
    QTest::newRow("tasks json") << QStringList{u"--demo"_s, u"tasks"_s, u"abc"_s, u"-f"_s, u"json"_s}
                                << u"tasks"_s << int(CliOptions::Source::Demo) << u"json"_s;
    QTest::newRow("stores") << QStringList{u"--demo"_s, u"stores"_s} << u"stores"_s
                            << int(CliOptions::Source::Demo) << u"table"_s;
    QTest::newRow("usage json") << QStringList{u"usage"_s, u"--format"_s, u"json"_s, u"--demo"_s}
                                << u"usage"_s << int(CliOptions::Source::Demo) << u"json"_s;
    QTest::newRow("globals") << QStringList{u"--timeout"_s, u"5"_s,      u"--insecure"_s, u"--project-id"_s,
                                            u"p"_s,         u"--demo"_s, u"list"_s}
                             << u"list"_s << int(CliOptions::Source::Demo) << u"table"_s;
    QTest::newRow("members json") << QStringList{u"--demo"_s, u"members"_s, u"abc"_s, u"-f"_s, u"json"_s}
                                  << u"members"_s << int(CliOptions::Source::Demo) << u"json"_s;
    QTest::newRow("share accept") << QStringList{u"--demo"_s, u"share"_s, u"accept"_s, u"abc"_s}
                                  << u"share"_s << int(CliOptions::Source::Demo) << u"table"_s;
    QTest::newRow("list hidden") << QStringList{u"--demo"_s, u"list"_s, u"--hidden"_s} << u"list"_s
                                 << int(CliOptions::Source::Demo) << u"table"_s;
}

void TestCliOptions::valid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    QFETCH(int, source);
    QFETCH(QString, format);
    const auto options = parseCliOptions(args);
    QVERIFY2(options.has_value(), qPrintable(options.error()));
    QCOMPARE(options->command, command);
    QCOMPARE(int(options->source), source);
    QCOMPARE(options->format, format);
}

void TestCliOptions::invalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nothing") << QStringList{} << u"command"_s;
    QTest::newRow("no cloud") << QStringList{u"list"_s} << u"--demo"_s;
    QTest::newRow("two clouds") << QStringList{u"--demo"_s, u"--os-cloud"_s, u"x"_s, u"list"_s}
                                << u"one of"_s;
    QTest::newRow("two clouds, one after the command")
        << QStringList{u"--demo"_s, u"list"_s, u"--os-cloud"_s, u"x"_s} << u"Choose one"_s;
    QTest::newRow("logout without a cloud") << QStringList{u"logout"_s} << u"--os-cloud"_s;
    QTest::newRow("unknown command") << QStringList{u"--demo"_s, u"delete"_s} << u"delete"_s;
    QTest::newRow("unknown option") << QStringList{u"--demo"_s, u"--colour"_s, u"list"_s} << u"--colour"_s;
    QTest::newRow("show without id") << QStringList{u"--demo"_s, u"show"_s} << u"IMAGE_ID"_s;
    QTest::newRow("inspect without a file") << QStringList{u"inspect"_s} << u"--file"_s;
    QTest::newRow("inspect an image id and a file")
        << QStringList{u"--demo"_s, u"inspect"_s, u"abc"_s, u"--file"_s, u"x"_s} << u"not both"_s;
    QTest::newRow("inspect two image ids")
        << QStringList{u"--demo"_s, u"inspect"_s, u"a"_s, u"b"_s} << u"IMAGE_ID"_s;
    QTest::newRow("inspect bad format")
        << QStringList{u"inspect"_s, u"--file"_s, u"x"_s, u"-f"_s, u"raw"_s} << u"-f"_s;
    QTest::newRow("tasks without an id") << QStringList{u"--demo"_s, u"tasks"_s} << u"IMAGE_ID"_s;
    QTest::newRow("stores with an argument") << QStringList{u"--demo"_s, u"stores"_s, u"fast"_s} << u"fast"_s;
    QTest::newRow("usage raw") << QStringList{u"--demo"_s, u"usage"_s, u"-f"_s, u"raw"_s} << u"-f"_s;
    QTest::newRow("store is for download")
        << QStringList{u"--demo"_s, u"list"_s, u"--store"_s, u"x"_s} << u"--store"_s;
    QTest::newRow("store missing value")
        << QStringList{u"--demo"_s, u"download"_s, u"x"_s, u"--store"_s} << u"--store"_s;
    QTest::newRow("show two ids") << QStringList{u"--demo"_s, u"show"_s, u"a"_s, u"b"_s} << u"IMAGE_ID"_s;
    QTest::newRow("bad format") << QStringList{u"--demo"_s, u"list"_s, u"-f"_s, u"raw"_s} << u"-f"_s;
    QTest::newRow("bad limit") << QStringList{u"--demo"_s, u"list"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
    QTest::newRow("limit missing value") << QStringList{u"--demo"_s, u"list"_s, u"--limit"_s} << u"--limit"_s;
    QTest::newRow("bad filter") << QStringList{u"--demo"_s, u"list"_s, u"--filter"_s, u"status"_s}
                                << u"KEY=VALUE"_s;
    QTest::newRow("bad sort") << QStringList{u"--demo"_s, u"list"_s, u"--sort"_s, u"name:up"_s}
                              << u"--sort"_s;
    QTest::newRow("bad api") << QStringList{u"--endpoint"_s, u"http://h"_s, u"--api"_s, u"swift"_s, u"list"_s}
                             << u"swift"_s;
    QTest::newRow("bad endpoint") << QStringList{u"--endpoint"_s, u"ftp://h"_s, u"list"_s} << u"http"_s;
    QTest::newRow("token on command line")
        << QStringList{u"--token"_s, u"secret"_s, u"--demo"_s, u"list"_s} << u"OS_TOKEN"_s;
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"--demo"_s, u"list"_s}
                                 << u"--timeout"_s;
    QTest::newRow("max-images zero") << QStringList{u"--demo"_s, u"list"_s, u"--max-images"_s, u"0"_s}
                                     << u"--max-images"_s;
    QTest::newRow("max-images negative")
        << QStringList{u"--demo"_s, u"list"_s, u"--max-images"_s, u"-5"_s} << u"--max-images"_s;
    QTest::newRow("max-images with commas")
        << QStringList{u"--demo"_s, u"list"_s, u"--max-images"_s, u"1,000"_s} << u"--max-images"_s;
    QTest::newRow("max-images too large")
        << QStringList{u"--demo"_s, u"list"_s, u"--max-images"_s, u"99999999999"_s} << u"--max-images"_s;
    QTest::newRow("max-images missing value")
        << QStringList{u"--demo"_s, u"list"_s, u"--max-images"_s} << u"--max-images"_s;
    QTest::newRow("max-images is for list")
        << QStringList{u"--demo"_s, u"show"_s, u"x"_s, u"--max-images"_s, u"5"_s} << u"--max-images"_s;
}

void TestCliOptions::invalid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const auto options = parseCliOptions(args);
    QVERIFY(!options.has_value());
    QVERIFY2(options.error().contains(mentions), qPrintable(options.error()));
}

void TestCliOptions::allowUnsafeIsADownloadOption()
{
    const auto plain = parseCliOptions({u"--demo"_s, u"download"_s, u"x"_s});
    QVERIFY2(plain.has_value(), qPrintable(plain.error()));
    QVERIFY(!plain->allowUnsafe); // refused contents are refused unless asked
    const auto allowed = parseCliOptions({u"--demo"_s, u"download"_s, u"x"_s, u"--allow-unsafe"_s});
    QVERIFY2(allowed.has_value(), qPrintable(allowed.error()));
    QVERIFY(allowed->allowUnsafe);
    QVERIFY(!parseCliOptions({u"--demo"_s, u"list"_s, u"--allow-unsafe"_s}).has_value());
    QVERIFY(cliUsage().contains(u"[--allow-unsafe]"_s));
}

void TestCliOptions::storeIsADownloadOption()
{
    const auto plain = parseCliOptions({u"--demo"_s, u"download"_s, u"x"_s});
    QVERIFY2(plain.has_value(), qPrintable(plain.error()));
    QVERIFY(plain->store.isEmpty());
    const auto chosen = parseCliOptions({u"--demo"_s, u"download"_s, u"x"_s, u"--store"_s, u"cold"_s});
    QVERIFY2(chosen.has_value(), qPrintable(chosen.error()));
    QCOMPARE(chosen->store, u"cold"_s);
    const auto tasks = parseCliOptions({u"--demo"_s, u"tasks"_s, u"img"_s});
    QVERIFY2(tasks.has_value(), qPrintable(tasks.error()));
    QCOMPARE(tasks->imageId, u"img"_s);
    for (const QString& command : {u"tasks IMAGE_ID"_s, u"stores ["_s, u"usage ["_s, u"[--store ID]"_s})
        QVERIFY2(cliUsage().contains(command), qPrintable(command));
}

void TestCliOptions::listOptions()
{
    const auto options =
        parseCliOptions({u"--demo"_s, u"list"_s, u"--limit"_s, u"5"_s, u"--all"_s, u"--filter"_s,
                         u"status=active"_s, u"--filter"_s, u"os_distro=a=b"_s, u"--sort"_s, u"name:asc"_s});
    QVERIFY(options.has_value());
    QCOMPARE(options->limit, 5);
    QVERIFY(options->all);
    QCOMPARE(options->filters.size(), 2);
    QCOMPARE(options->filters.at(1).first, u"os_distro"_s);
    QCOMPARE(options->filters.at(1).second, u"a=b"_s);
    QCOMPARE(options->sort, u"name:asc"_s);
    QCOMPARE(options->maxImages, 1'000'000); // the default

    const auto capped = parseCliOptions({u"--demo"_s, u"list"_s, u"--all"_s, u"--max-images"_s, u"250"_s});
    QVERIFY2(capped.has_value(), qPrintable(capped.error()));
    QCOMPARE(capped->maxImages, 250);
    QVERIFY(cliUsage().contains(u"--max-images N"_s));
}

void TestCliOptions::usageNamesEveryExitCode()
{
    const QString usage = cliUsage();
    for (const QString& code : {u"0 ok"_s, u"2 usage"_s, u"3 not found"_s, u"4 unauthorized"_s, u"5 other"_s,
                                u"6 network"_s, u"7 verification"_s, u"8 local"_s})
        QVERIFY2(usage.contains(code), qPrintable(code));
}

void TestCliOptions::sharingOptions()
{
    const auto members = parseCliOptions({u"--demo"_s, u"members"_s, u"abc"_s});
    QVERIFY2(members.has_value(), qPrintable(members.error()));
    QCOMPARE(members->imageId, u"abc"_s);
    const auto reject = parseCliOptions({u"share"_s, u"reject"_s, u"abc"_s, u"--demo"_s});
    QVERIFY2(reject.has_value(), qPrintable(reject.error()));
    QCOMPARE(reject->shareAnswer, u"reject"_s);
    QCOMPARE(reject->imageId, u"abc"_s);
    const auto hidden = parseCliOptions({u"--demo"_s, u"list"_s, u"--hidden"_s, u"--visibility"_s, u"public"_s,
                                         u"--filter"_s, u"visibility=x"_s});
    QVERIFY(!hidden.has_value()); // --visibility and the filter of the same key
    const auto hiddenOnly =
        parseCliOptions({u"--demo"_s, u"list"_s, u"--hidden"_s, u"--filter"_s, u"visibility=public"_s});
    QVERIFY2(hiddenOnly.has_value(), qPrintable(hiddenOnly.error())); // --hidden alone is no visibility
    QVERIFY(hiddenOnly->scope.hidden);
    QVERIFY(!hiddenOnly->scope.isDefault());
    for (const QString& word : {u"members IMAGE_ID"_s, u"share accept|reject IMAGE_ID"_s, u"[--hidden]"_s})
        QVERIFY2(cliUsage().contains(word), qPrintable(word));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
