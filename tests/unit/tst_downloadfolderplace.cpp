// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/downloadfolder.h"
#include "support/testjobs.h"
#include "unit/hostilefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using namespace Skylight::Test;

#ifdef Q_OS_UNIX

// DownloadFolder::place() in a folder shared with a hostile local user: the part becomes the final
// file only as the open file, never over something planted at the final name (unless asked, and
// then only over a regular file), with each of the three strategies. A victim file outside the
// folder (and a folder and a dangling path) must be untouched after every case: cleanup().
class TestDownloadFolderPlace : public QObject, protected HostileFolder
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpFolder(); }
    void cleanup() { checkVictimsUntouched(); }
    void hostileFinal_data();
    void hostileFinal();
    void placesTheFile_data();
    void placesTheFile();
    void placeUsesTheOpenFileNotTheName_data();
    void placeUsesTheOpenFileNotTheName();
};

void TestDownloadFolderPlace::hostileFinal_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("overwrite");
    QTest::addColumn<Strategy>("strategy");
    const QStringList kinds{u"symlink to the victim"_s,
                            u"dangling symlink"_s,
                            u"symlink to a folder"_s,
                            u"hard link to the victim"_s,
                            u"fifo"_s,
                            u"folder"_s,
                            u"another user's file"_s,
                            u"regular file"_s};
    const std::pair<Strategy, const char*> strategies[]{
        {Strategy::Auto, "auto"}, {Strategy::NoProcFd, "no /proc"}, {Strategy::NoHardLinks, "no hard links"}};
    for (const auto& [strategy, strategyName] : strategies)
        for (const QString& kind : kinds)
            for (const bool overwrite : {false, true})
                QTest::addRow("%s, %s, %s", strategyName, qPrintable(kind), overwrite ? "overwrite" : "keep")
                    << kind << overwrite << strategy;
}

void TestDownloadFolderPlace::hostileFinal()
{
    QFETCH(QString, kind);
    QFETCH(bool, overwrite);
    QFETCH(Strategy, strategy);
    if (kind == u"another user's file" && !isRoot())
        QSKIP("giving a file to another user needs root");
    useStrategy(strategy);
    const QString part = u"disk.img.part"_s;
    const QString final = u"disk.img"_s;
    QVERIFY(plant(kind, final));
    const Snapshot before = snapshot(at(final));
    const DownloadFolder folder = openFolder();
    auto file = folder.create(part);
    QVERIFY2(file, why(file).constData());
    QCOMPARE((*file)->write("OURS"), qint64(4));

    const Result<void> placed = folder.place(**file, part, final, overwrite);
    const bool replaceable =
        kind == u"regular file" || kind == u"hard link to the victim" || kind == u"another user's file";
    if (overwrite && replaceable) {
        QVERIFY2(placed, why(placed).constData());
        QCOMPARE(contentsOf(at(final)), QByteArray("OURS"));
        QVERIFY(!QFileInfo(at(final)).isSymLink());
        QCOMPARE(folder.entry(final), DownloadFolder::Entry::UsableFile);
        QCOMPARE(listing(), QStringList{final});
        return;
    }
    QVERIFY(!placed);
    QCOMPARE(placed.error().kind, ApiError::Kind::LocalIo);
    QVERIFY2(placed.error().message.contains(folder.displayPath(final)), qPrintable(placed.error().message));
    QVERIFY2(placed.error().message.contains(overwrite ? describedAs(kind) : u"a file of that name exists"_s),
             qPrintable(placed.error().message));
    QCOMPARE(snapshot(at(final)), before);
    QCOMPARE(contentsOf(at(part)), QByteArray("OURS"));
    QCOMPARE(folder.entry(part), DownloadFolder::Entry::UsableFile);
    QCOMPARE(listing(), (QStringList{final, part}));
}

void TestDownloadFolderPlace::placesTheFile_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<bool>("overwrite");
    QTest::newRow("auto") << Strategy::Auto << false;
    QTest::newRow("auto, overwrite") << Strategy::Auto << true;
    QTest::newRow("no /proc") << Strategy::NoProcFd << false;
    QTest::newRow("no /proc, overwrite") << Strategy::NoProcFd << true;
    QTest::newRow("no hard links") << Strategy::NoHardLinks << false;
    QTest::newRow("no hard links, overwrite") << Strategy::NoHardLinks << true;
}

void TestDownloadFolderPlace::placesTheFile()
{
    QFETCH(Strategy, strategy);
    QFETCH(bool, overwrite);
    useStrategy(strategy);
    const DownloadFolder folder = openFolder();
    auto file = folder.create(u"disk.img.part"_s);
    QVERIFY2(file, why(file).constData());
    QCOMPARE((*file)->write("OURS"), qint64(4));
    const Result<void> placed = folder.place(**file, u"disk.img.part"_s, u"disk.img"_s, overwrite);
    QVERIFY2(placed, why(placed).constData());
    QCOMPARE(listing(), QStringList{u"disk.img"_s});
    QCOMPARE(contentsOf(at(u"disk.img"_s)), QByteArray("OURS"));
    QCOMPARE(folder.entry(u"disk.img"_s), DownloadFolder::Entry::UsableFile);
    Stat st{};
    QCOMPARE(::stat(QFile::encodeName(at(u"disk.img"_s)).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0666 & ~currentUmask());
    QVERIFY((*file)->isOpen());
}

void TestDownloadFolderPlace::placeUsesTheOpenFileNotTheName_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<QString>("swap");
    for (const QString& swap : {u"symlink to the victim"_s, u"hard link to the victim"_s, u"deleted"_s}) {
        QTest::addRow("auto, part %s", qPrintable(swap)) << Strategy::Auto << swap;
        QTest::addRow("no /proc, part %s", qPrintable(swap)) << Strategy::NoProcFd << swap;
        QTest::addRow("no hard links, part %s", qPrintable(swap)) << Strategy::NoHardLinks << swap;
    }
}

void TestDownloadFolderPlace::placeUsesTheOpenFileNotTheName()
{
    QFETCH(Strategy, strategy);
    QFETCH(QString, swap);
    useStrategy(strategy);
    const QString part = u"disk.img.part"_s;
    const DownloadFolder folder = openFolder();
    auto file = folder.create(part);
    QVERIFY2(file, why(file).constData());
    QCOMPARE((*file)->write("OURS"), qint64(4));
    if (swap == u"deleted") {
        QVERIFY(QFile::remove(at(part)));
    } else {
        QVERIFY(QFile::rename(at(part), at(u"moved"_s)));
        QVERIFY(plant(swap, part));
    }
    const Snapshot planted = snapshot(at(part));

    const Result<void> placed = folder.place(**file, part, u"disk.img"_s, false);
#ifdef Q_OS_LINUX
    const bool linkable = strategy == Strategy::Auto && swap != u"deleted";
#else
    const bool linkable = false;
#endif
    if (linkable) {
        QVERIFY2(placed, why(placed).constData());
        QCOMPARE(contentsOf(at(u"disk.img"_s)), QByteArray("OURS"));
        QVERIFY(!QFileInfo(at(u"disk.img"_s)).isSymLink());
        QCOMPARE(snapshot(at(u"disk.img"_s)).ino, snapshot(at(u"moved"_s)).ino);
    } else {
        QVERIFY(!placed);
        QVERIFY2(placed.error().message.contains(u"is no longer the file that was downloaded"_s),
                 qPrintable(placed.error().message));
        QVERIFY(!snapshot(at(u"disk.img"_s)).exists);
    }
    QCOMPARE(snapshot(at(part)), planted); // what was planted is left alone
}

#else // no POSIX file system semantics to test here

class TestDownloadFolderPlace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void posixOnly() { QSKIP("the hostile-folder cases need POSIX links, FIFOs and owners"); }
};

#endif

QTEST_GUILESS_MAIN(TestDownloadFolderPlace)
#include "tst_downloadfolderplace.moc"
