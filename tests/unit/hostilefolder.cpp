// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "unit/hostilefolder.h"

#ifdef Q_OS_UNIX

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Test {

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

void HostileFolder::setUpFolder()
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

void HostileFolder::checkVictimsUntouched()
{
    useStrategy(Strategy::Auto);
    QCOMPARE(contentsOf(m_victim), kVictimBytes);
    QCOMPARE(QFileInfo(m_victim).lastModified().toUTC(), kVictimTime);
    QVERIFY(!QFileInfo(m_victim).isSymLink());
    QVERIFY(QDir(m_victimDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    QVERIFY(!snapshot(m_dangling).exists);
    m_root.reset();
}

void HostileFolder::useStrategy(Strategy strategy)
{
    DownloadFolder::setFallbacksForTesting(strategy == Strategy::NoProcFd, strategy == Strategy::NoHardLinks);
}

QStringList HostileFolder::listing() const
{
    QStringList names =
        QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

DownloadFolder HostileFolder::openFolder() const
{
    Result<DownloadFolder> folder = DownloadFolder::open(m_folder);
    if (!folder)
        qFatal("%s", qPrintable(folder.error().message));
    return std::move(*folder);
}

void HostileFolder::addKinds()
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

bool HostileFolder::plant(const QString& kind, const QString& name)
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

QString HostileFolder::describedAs(const QString& kind)
{
    if (kind.startsWith(u"symlink") || kind.startsWith(u"dangling"))
        return u"It is a symbolic link."_s;
    if (kind.startsWith(u"hard link"))
        return u"It has 2 hard links."_s;
    if (kind == u"fifo")
        return u"It is a device or a pipe."_s;
    if (kind == u"folder")
        return u"It is a folder."_s;
    if (kind == u"another user's file")
        return u"It belongs to another user."_s;
    return QString();
}

} // namespace Skylight::Test

#endif // Q_OS_UNIX
