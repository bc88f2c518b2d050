#include "download/downloadfolder.h"
#include "support/testjobs.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::why;

#ifdef Q_OS_UNIX

namespace {

const QByteArray kVictimBytes = "the victim's bytes: never read, truncated or written\n";
const QDateTime kVictimTime = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);

using Stat = struct stat;

enum class Strategy
{
    Auto,        // Linux: link through /proc/self/fd
    NoProcFd,    // macOS: link by name after checking it
    NoHardLinks, // vfat: rename after checking
};

struct Snapshot
{
    bool exists = false;
    dev_t dev = 0;
    ino_t ino = 0;
    mode_t mode = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const QString& path)
{
    Stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {true, st.st_dev, st.st_ino, st.st_mode};
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool isRoot()
{
    return ::geteuid() == 0;
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(0); // the test is single-threaded
    ::umask(mask);
    return mask;
}

mode_t modeOf(const QString& path)
{
    Stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

} // namespace

Q_DECLARE_METATYPE(Strategy)

// DownloadFolder in a folder shared with a hostile local user: links, hard links, FIFOs and
// folders planted at the part, sidecar and final names. A victim file outside the folder (and a
// folder and a dangling path) must be untouched after every case: checked in cleanup().
class TestDownloadFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void openRefusesWhatIsNoFolder();
    void keepsUsingTheFolderItOpened();
    void entries();
    void hostilePart_data();
    void hostilePart();
    void hostileSidecar_data();
    void hostileSidecar();
    void hostileFinal_data();
    void hostileFinal();
    void createReplacesAStalePart();
    void openExistingContinuesAGoodPart();
    void readSmallHonoursTheLimit();
    void writeSmallFailureKeepsThePreviousFile();
    void placesTheFile_data();
    void placesTheFile();
    void placeUsesTheOpenFileNotTheName_data();
    void placeUsesTheOpenFileNotTheName();
    void removeTakesLinksNotTargets_data();
    void removeTakesLinksNotTargets();
    void namesThatAreNoPlainNames_data();
    void namesThatAreNoPlainNames();
    void bytesAvailable();

private:
    void addKinds();
    bool plant(const QString& kind, const QString& name);
    static QString describedAs(const QString& kind);
    static void useStrategy(Strategy strategy);
    QString at(const QString& name) const { return m_folder + u'/' + name; }
    QStringList listing() const;
    DownloadFolder openFolder() const;

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_folder;
    QString m_victim;
    QString m_victimDir;
    QString m_dangling;
};

void TestDownloadFolder::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_folder = m_root->filePath(u"downloads"_s);
    m_victim = m_root->filePath(u"victim.txt"_s);
    m_victimDir = m_root->filePath(u"victim-folder"_s);
    m_dangling = m_root->filePath(u"nowhere"_s);
    QVERIFY(QDir().mkdir(m_folder));
    QVERIFY(QDir().mkdir(m_victimDir));
    QFile victim(m_victim);
    QVERIFY(victim.open(QIODevice::WriteOnly));
    QCOMPARE(victim.write(kVictimBytes), kVictimBytes.size());
    QVERIFY(victim.flush());
    QVERIFY(victim.setFileTime(kVictimTime, QFileDevice::FileModificationTime));
    victim.close();
    useStrategy(Strategy::Auto);
}

void TestDownloadFolder::cleanup()
{
    useStrategy(Strategy::Auto);
    QCOMPARE(contentsOf(m_victim), kVictimBytes);
    QCOMPARE(QFileInfo(m_victim).lastModified().toUTC(), kVictimTime);
    QVERIFY(!QFileInfo(m_victim).isSymLink());
    QVERIFY(QDir(m_victimDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    QVERIFY(!snapshot(m_dangling).exists);
    m_root.reset();
}

void TestDownloadFolder::useStrategy(Strategy strategy)
{
    DownloadFolder::setFallbacksForTesting(strategy == Strategy::NoProcFd, strategy == Strategy::NoHardLinks);
}

QStringList TestDownloadFolder::listing() const
{
    QStringList names =
        QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

DownloadFolder TestDownloadFolder::openFolder() const
{
    Result<DownloadFolder> folder = DownloadFolder::open(m_folder);
    if (!folder)
        qFatal("%s", qPrintable(folder.error().message));
    return std::move(*folder);
}

void TestDownloadFolder::addKinds()
{
    QTest::addColumn<QString>("kind");
    const QStringList kinds{u"symlink to the victim"_s,
                            u"dangling symlink"_s,
                            u"symlink to a folder"_s,
                            u"hard link to the victim"_s,
                            u"fifo"_s,
                            u"folder"_s,
                            u"another user's file"_s};
    for (const QString& kind : kinds)
        QTest::newRow(qPrintable(kind)) << kind;
}

bool TestDownloadFolder::plant(const QString& kind, const QString& name)
{
    const QString path = at(name);
    const QByteArray encoded = QFile::encodeName(path);
    if (kind == u"symlink to the victim")
        return QFile::link(m_victim, path);
    if (kind == u"dangling symlink")
        return QFile::link(m_dangling, path);
    if (kind == u"symlink to a folder")
        return QFile::link(m_victimDir, path);
    if (kind == u"hard link to the victim")
        return ::link(QFile::encodeName(m_victim).constData(), encoded.constData()) == 0;
    if (kind == u"fifo")
        return ::mkfifo(encoded.constData(), 0666) == 0;
    if (kind == u"folder")
        return QDir().mkdir(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("someone's bytes") != 15)
        return false;
    file.close();
    if (kind == u"another user's file")
        return ::chown(encoded.constData(), 65534, 65534) == 0;
    return kind == u"regular file";
}

QString TestDownloadFolder::describedAs(const QString& kind)
{
    if (kind.startsWith(u"symlink") || kind.startsWith(u"dangling"))
        return u"is a symbolic link"_s;
    if (kind.startsWith(u"hard link"))
        return u"has 2 hard links"_s;
    if (kind == u"fifo")
        return u"is a device or pipe"_s;
    if (kind == u"folder")
        return u"is a folder"_s;
    if (kind == u"another user's file")
        return u"belongs to another user"_s;
    return QString();
}

void TestDownloadFolder::openRefusesWhatIsNoFolder()
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

// The folder is opened once: re-pointing the path it was opened by changes nothing.
void TestDownloadFolder::keepsUsingTheFolderItOpened()
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

void TestDownloadFolder::entries()
{
    const DownloadFolder folder = openFolder();
    QCOMPARE(folder.entry(u"a"_s), DownloadFolder::Entry::Missing);
    QCOMPARE(folder.describe(u"a"_s), u"does not exist"_s);
    QVERIFY(plant(u"regular file"_s, u"a"_s));
    QCOMPARE(folder.entry(u"a"_s), DownloadFolder::Entry::UsableFile);
    QCOMPARE(folder.describe(u"a"_s), QString());
    QVERIFY(plant(u"symlink to the victim"_s, u"b"_s));
    QCOMPARE(folder.entry(u"b"_s), DownloadFolder::Entry::Unusable);
}

void TestDownloadFolder::hostilePart_data()
{
    addKinds();
}

// Nothing planted at NAME.part is opened, emptied or replaced; a FIFO does not block.
void TestDownloadFolder::hostilePart()
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

void TestDownloadFolder::hostileSidecar_data()
{
    addKinds();
}

// A sidecar is never read through anything planted; writing replaces the entry itself.
void TestDownloadFolder::hostileSidecar()
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

void TestDownloadFolder::hostileFinal_data()
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

// Without overwrite nothing at the final name is replaced; with it only a regular file is, and
// then atomically (the other name of a hard-linked file keeps its bytes).
void TestDownloadFolder::hostileFinal()
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

void TestDownloadFolder::createReplacesAStalePart()
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

void TestDownloadFolder::openExistingContinuesAGoodPart()
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

void TestDownloadFolder::readSmallHonoursTheLimit()
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

// A failed write (full disk; read-only folder) leaves the previous file as it was.
void TestDownloadFolder::writeSmallFailureKeepsThePreviousFile()
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

void TestDownloadFolder::placesTheFile_data()
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

// The part becomes the final file: one name, one link, the usual permissions, still open.
void TestDownloadFolder::placesTheFile()
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

void TestDownloadFolder::placeUsesTheOpenFileNotTheName_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<QString>("swap");
    for (const QString& swap : {u"symlink to the victim"_s, u"hard link to the victim"_s, u"deleted"_s}) {
        QTest::addRow("auto, part %s", qPrintable(swap)) << Strategy::Auto << swap;
        QTest::addRow("no /proc, part %s", qPrintable(swap)) << Strategy::NoProcFd << swap;
        QTest::addRow("no hard links, part %s", qPrintable(swap)) << Strategy::NoHardLinks << swap;
    }
}

// The part name swapped for something else after creation: the final name gets our bytes (when
// the open file can be linked, Linux) or nothing, never the planted thing and never a link.
void TestDownloadFolder::placeUsesTheOpenFileNotTheName()
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

void TestDownloadFolder::removeTakesLinksNotTargets_data()
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

void TestDownloadFolder::removeTakesLinksNotTargets()
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

void TestDownloadFolder::namesThatAreNoPlainNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << u"."_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("the victim, up") << u"../victim.txt"_s;
    QTest::newRow("a path") << u"a/b"_s;
    QTest::newRow("NUL") << (u"a"_s + QChar(0) + u"b"_s);
}

void TestDownloadFolder::namesThatAreNoPlainNames()
{
    QFETCH(QString, name);
    QVERIFY(QDir().mkdir(at(u"a"_s)));
    const DownloadFolder folder = openFolder();
    QCOMPARE(folder.entry(name), DownloadFolder::Entry::Unusable);
    QCOMPARE(folder.describe(name), u"is not a plain file name"_s);
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

void TestDownloadFolder::bytesAvailable()
{
    const DownloadFolder folder = openFolder();
    QVERIFY(folder.bytesAvailable() > 0);
}

#else // no POSIX file system semantics to test here

class TestDownloadFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void posixOnly() { QSKIP("the hostile-folder cases need POSIX links, FIFOs and owners"); }
};

#endif

QTEST_GUILESS_MAIN(TestDownloadFolder)
#include "tst_downloadfolder.moc"
