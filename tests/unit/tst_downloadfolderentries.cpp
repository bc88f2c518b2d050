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
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using namespace Skylight::Test;

#ifdef Q_OS_UNIX

// DownloadFolder's entries in a folder shared with a hostile local user: links, hard links, FIFOs
// and folders planted at the part and sidecar names are never followed, read, emptied or written;
// a part is created, continued, a small file read and written, an entry removed, a name refused.
// A victim file outside the folder (and a folder and a dangling path) must be untouched after
// every case: checked in cleanup().
class TestDownloadFolderEntries : public QObject, protected HostileFolder
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpFolder(); }
    void cleanup() { checkVictimsUntouched(); }
    void openRefusesWhatIsNoFolder();
    void keepsUsingTheFolderItOpened();
    void entries();
    void hostilePart_data();
    void hostilePart();
    void hostileSidecar_data();
    void hostileSidecar();
    void createReplacesAStalePart();
    void openExistingContinuesAGoodPart();
    void readSmallHonoursTheLimit();
    void writeSmallFailureKeepsThePreviousFile();
    void removeTakesLinksNotTargets_data();
    void removeTakesLinksNotTargets();
    void namesThatAreNoPlainNames_data();
    void namesThatAreNoPlainNames();
    void bytesAvailable();
    void readOnlyFolderSaysTheSystemsReason();
};

void TestDownloadFolderEntries::openRefusesWhatIsNoFolder()
{
    const Result<DownloadFolder> missing = DownloadFolder::open(m_dangling);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ApiError::Kind::LocalIo);
    QVERIFY2(missing.error().message.contains(QDir::toNativeSeparators(m_dangling)),
             qPrintable(missing.error().message));
    QVERIFY(!DownloadFolder::open(m_victim));
    QVERIFY(!DownloadFolder::open(QString()));
    const Result<DownloadFolder> folder = DownloadFolder::open(m_folder);
    QVERIFY(folder);
    QCOMPARE(folder->path(), m_folder);
    QCOMPARE(folder->displayPath(u"a.img"_s), QDir::toNativeSeparators(m_folder + u"/a.img"_s));
}

void TestDownloadFolderEntries::keepsUsingTheFolderItOpened()
{
    const QString link = m_root->filePath(u"link-to-downloads"_s);
    QVERIFY(QFile::link(m_folder, link));
    Result<DownloadFolder> folder = DownloadFolder::open(link);
    QVERIFY(folder);
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::link(m_victimDir, link));
    auto file = folder->create(u"x.part"_s);
    QVERIFY2(file, why(file).constData());
    QCOMPARE(listing(), QStringList{u"x.part"_s});
}

void TestDownloadFolderEntries::entries()
{
    const DownloadFolder folder = openFolder();
    QCOMPARE(folder.entry(u"a"_s), DownloadFolder::Entry::Missing);
    QCOMPARE(folder.describe(u"a"_s), u"It does not exist."_s);
    QVERIFY(plant(u"regular file"_s, u"a"_s));
    QCOMPARE(folder.entry(u"a"_s), DownloadFolder::Entry::UsableFile);
    QCOMPARE(folder.describe(u"a"_s), QString());
    QVERIFY(plant(u"symlink to the victim"_s, u"b"_s));
    QCOMPARE(folder.entry(u"b"_s), DownloadFolder::Entry::Unusable);
}

void TestDownloadFolderEntries::hostilePart_data()
{
    addKinds();
}

void TestDownloadFolderEntries::hostilePart()
{
    QFETCH(QString, kind);
    if (kind == u"another user's file" && !isRoot())
        QSKIP("giving a file to another user needs root");
    const QString part = u"disk.img.part"_s;
    QVERIFY(plant(kind, part));
    const Snapshot before = snapshot(at(part));
    const DownloadFolder folder = openFolder();

    QCOMPARE(folder.entry(part), DownloadFolder::Entry::Unusable);
    QCOMPARE(folder.describe(part), describedAs(kind));
    const auto existing = folder.openExisting(part);
    QVERIFY(!existing);
    QCOMPARE(existing.error().kind, ApiError::Kind::LocalIo);
    QVERIFY2(existing.error().message.contains(folder.displayPath(part)),
             qPrintable(existing.error().message));
    QVERIFY2(existing.error().message.contains(describedAs(kind)), qPrintable(existing.error().message));
    const auto created = folder.create(part);
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(describedAs(kind)), qPrintable(created.error().message));
    QVERIFY(!folder.readSmall(part));

    QCOMPARE(snapshot(at(part)), before);
    QCOMPARE(listing(), QStringList{part});
}

void TestDownloadFolderEntries::hostileSidecar_data()
{
    addKinds();
}

void TestDownloadFolderEntries::hostileSidecar()
{
    QFETCH(QString, kind);
    if (kind == u"another user's file" && !isRoot())
        QSKIP("giving a file to another user needs root");
    const QString sidecar = u"disk.img.part.skylight"_s;
    QVERIFY(plant(kind, sidecar));
    const Snapshot before = snapshot(at(sidecar));
    const DownloadFolder folder = openFolder();

    QVERIFY(!folder.readSmall(sidecar));
    const Result<void> written = folder.writeSmall(sidecar, "{\"format\": 1}");
    if (kind == u"folder") { // a file cannot replace a folder
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(folder.displayPath(sidecar)),
                 qPrintable(written.error().message));
        QCOMPARE(snapshot(at(sidecar)), before);
    } else {
        QVERIFY2(written, why(written).constData());
        QCOMPARE(folder.entry(sidecar), DownloadFolder::Entry::UsableFile);
        QCOMPARE(folder.readSmall(sidecar).value_or("<none>"), QByteArray("{\"format\": 1}"));
        QCOMPARE(modeOf(at(sidecar)), mode_t(0600));
    }
    QCOMPARE(listing(), QStringList{sidecar}); // no temporary file left behind
}

void TestDownloadFolderEntries::createReplacesAStalePart()
{
    const QString part = u"disk.img.part"_s;
    QVERIFY(plant(u"regular file"_s, part));
    const DownloadFolder folder = openFolder();
    auto file = folder.create(part);
    QVERIFY2(file, why(file).constData());
    QCOMPARE((*file)->size(), qint64(0));
    QCOMPARE(contentsOf(at(part)), QByteArray());
    QCOMPARE(modeOf(at(part)), mode_t(0600));
    QCOMPARE((*file)->fileName(), at(part));
    QCOMPARE((*file)->write("fresh"), qint64(5));
    QCOMPARE(contentsOf(at(part)), QByteArray("fresh")); // unbuffered
    // A second create empties it again.
    auto again = folder.create(part);
    QVERIFY2(again, why(again).constData());
    QCOMPARE(contentsOf(at(part)), QByteArray());
}

void TestDownloadFolderEntries::openExistingContinuesAGoodPart()
{
    const QString part = u"disk.img.part"_s;
    {
        QFile file(at(part));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("12345");
    }
    const DownloadFolder folder = openFolder();
    auto file = folder.openExisting(part);
    QVERIFY2(file, why(file).constData());
    QVERIFY((*file)->isOpen());
    QCOMPARE((*file)->size(), qint64(5));
    QCOMPARE((*file)->pos(), qint64(5));
    QCOMPARE((*file)->write("67"), qint64(2));
    (*file)->close();
    QCOMPARE(contentsOf(at(part)), QByteArray("1234567"));
    QVERIFY(!folder.openExisting(u"missing.part"_s));
}

void TestDownloadFolderEntries::readSmallHonoursTheLimit()
{
    const DownloadFolder folder = openFolder();
    const QByteArray bytes(100, 'x');
    QVERIFY(folder.writeSmall(u"s"_s, bytes));
    QCOMPARE(folder.readSmall(u"s"_s, 100).value_or("<none>"), bytes);
    QVERIFY(!folder.readSmall(u"s"_s, 99));
    QVERIFY(folder.writeSmall(u"s"_s, QByteArray()));
    QCOMPARE(folder.readSmall(u"s"_s).value_or("<none>"), QByteArray());
    QVERIFY(!folder.readSmall(u"missing"_s));
}

void TestDownloadFolderEntries::writeSmallFailureKeepsThePreviousFile()
{
    bool mounted = false;
    auto unmount = qScopeGuard([&] {
        if (mounted)
            QProcess::execute(u"umount"_s, {m_folder});
    });
    if (isRoot()) { // root writes anywhere: fill a tiny file system instead
        mounted = QProcess::execute(u"mount"_s,
                                    {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, m_folder}) == 0;
        if (!mounted)
            QSKIP("cannot mount a tmpfs here");
    }
    const DownloadFolder folder = openFolder();
    const QString sidecar = u"disk.img.part.skylight"_s;
    QVERIFY(folder.writeSmall(sidecar, "OLD"));
    if (isRoot()) {
        QFile filler(at(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
    } else {
        QVERIFY(QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    auto writable = qScopeGuard([this] {
        QFile::setPermissions(m_folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    const Result<void> written = folder.writeSmall(sidecar, QByteArray(32 * 1024, 'N'));
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ApiError::Kind::LocalIo);
    QVERIFY2(written.error().message.contains(folder.displayPath(sidecar)),
             qPrintable(written.error().message));
    QCOMPARE(folder.readSmall(sidecar).value_or("<none>"), QByteArray("OLD"));
    QStringList expected{sidecar};
    if (isRoot())
        expected.append(u"filler"_s);
    QCOMPARE(listing(), expected); // the temporary is gone
}

void TestDownloadFolderEntries::removeTakesLinksNotTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("removed");
    QTest::newRow("symlink to the victim") << u"symlink to the victim"_s << true;
    QTest::newRow("dangling symlink") << u"dangling symlink"_s << true;
    QTest::newRow("symlink to a folder") << u"symlink to a folder"_s << true;
    QTest::newRow("regular file") << u"regular file"_s << true;
    QTest::newRow("hard link to the victim") << u"hard link to the victim"_s << false;
    QTest::newRow("fifo") << u"fifo"_s << false;
    QTest::newRow("folder") << u"folder"_s << false;
    QTest::newRow("another user's file") << u"another user's file"_s << false;
    QTest::newRow("nothing") << QString() << false;
}

void TestDownloadFolderEntries::removeTakesLinksNotTargets()
{
    QFETCH(QString, kind);
    QFETCH(bool, removed);
    if (kind == u"another user's file" && !isRoot())
        QSKIP("giving a file to another user needs root");
    const QString name = u"disk.img.part"_s;
    if (!kind.isEmpty())
        QVERIFY(plant(kind, name));
    const Snapshot before = snapshot(at(name));
    const DownloadFolder folder = openFolder();
    QCOMPARE(folder.remove(name), removed);
    if (removed)
        QVERIFY(!snapshot(at(name)).exists);
    else
        QCOMPARE(snapshot(at(name)), before);
}

void TestDownloadFolderEntries::namesThatAreNoPlainNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << u"."_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("the victim, up") << u"../victim.txt"_s;
    QTest::newRow("a path") << u"a/b"_s;
    QTest::newRow("NUL") << (u"a"_s + QChar(0) + u"b"_s);
}

void TestDownloadFolderEntries::namesThatAreNoPlainNames()
{
    QFETCH(QString, name);
    QVERIFY(QDir().mkdir(at(u"a"_s)));
    const DownloadFolder folder = openFolder();
    QCOMPARE(folder.entry(name), DownloadFolder::Entry::Unusable);
    QCOMPARE(folder.describe(name), u"It is not a plain file name."_s);
    QVERIFY(!folder.openExisting(name));
    QVERIFY(!folder.create(name));
    QVERIFY(!folder.readSmall(name));
    QVERIFY(!folder.writeSmall(name, "x"));
    QVERIFY(!folder.remove(name));
    auto file = folder.create(u"ok.part"_s);
    QVERIFY(file);
    QVERIFY(!folder.place(**file, u"ok.part"_s, name, true));
    QVERIFY(!folder.place(**file, name, u"ok"_s, true));
    QCOMPARE(listing(), (QStringList{u"a"_s, u"ok.part"_s}));
    QVERIFY(QDir(at(u"a"_s)).isEmpty());
}

void TestDownloadFolderEntries::bytesAvailable()
{
    const DownloadFolder folder = openFolder();
    QVERIFY(folder.bytesAvailable() > 0);
}

// A folder that cannot be written says why, in the system's words (root ignores permissions: a
// read-only tmpfs is mounted then; where that is not allowed either, skipped).
void TestDownloadFolderEntries::readOnlyFolderSaysTheSystemsReason()
{
    const QString readOnly = m_root->filePath(u"read-only"_s);
    QVERIFY(QDir().mkpath(readOnly));
    bool mounted = false;
    const auto unmount = qScopeGuard([&] {
        if (mounted)
            QProcess::execute(u"umount"_s, {readOnly});
    });
    QString reason;
    if (::geteuid() == 0) {
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"ro,size=64k"_s, u"tmpfs"_s, readOnly});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0)
            QSKIP("as root, a read-only folder needs a read-only mount, and mounting is not allowed here");
        mounted = true;
        reason = QString::fromLocal8Bit(std::strerror(EROFS));
    } else {
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        reason = QString::fromLocal8Bit(std::strerror(EACCES));
    }
    Result<DownloadFolder> folder = DownloadFolder::open(readOnly);
    QVERIFY2(folder, why(folder).constData());
    const auto created = folder->create(u"disk.img.part"_s);
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ApiError::Kind::LocalIo);
    QVERIFY2(created.error().message.contains(reason, Qt::CaseInsensitive),
             qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(u"disk.img.part"_s), qPrintable(created.error().message));
    const auto written = folder->writeSmall(u"note"_s, QByteArray("x"));
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(reason, Qt::CaseInsensitive),
             qPrintable(written.error().message));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ||
            mounted);
}

#else // no POSIX file system semantics to test here

class TestDownloadFolderEntries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void posixOnly() { QSKIP("the hostile-folder cases need POSIX links, FIFOs and owners"); }
};

#endif

QTEST_GUILESS_MAIN(TestDownloadFolderEntries)
#include "tst_downloadfolderentries.moc"
