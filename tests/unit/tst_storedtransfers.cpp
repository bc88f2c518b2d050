// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/transferqueue.h"
#include "settings/appsettings.h"
#include "settings/storedtransfer.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

StoredTransfer stored(const QString& name)
{
    return StoredTransfer{.cloud = u"c"_s,
                          .imageName = name,
                          .imageId = u"id-"_s + name,
                          .targetPath = u"/downloads/"_s + name + u".raw"_s};
}

QList<StoredTransfer> list(const QString& names)
{
    QList<StoredTransfer> transfers;
    for (const QString& name : names.split(u' ', Qt::SkipEmptyParts))
        transfers << stored(name);
    return transfers;
}

QString names(const QList<StoredTransfer>& transfers)
{
    QStringList shown;
    for (const StoredTransfer& transfer : transfers)
        shown << transfer.imageName;
    return shown.join(u' ');
}

} // namespace

// Two windows (two processes) keep their unfinished downloads in one settings file: the one that
// quits last used to write its whole list over the other's (issue 16). Each writes only its own.
class TestStoredTransfers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merge_data();
    void merge();
    void twoWritersOnOneFileKeepBothLists();
    void aRemovalByOneIsNotUndoneByTheOther();
    void queuesOfTwoWindowsOnOneFile();
};

void TestStoredTransfers::merge_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("known");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("merged");
    QTest::newRow("first save") << u""_s << u""_s << u"a b"_s << u"a b"_s;
    QTest::newRow("another's stay") << u"x y"_s << u""_s << u"a"_s << u"x y a"_s;
    QTest::newRow("own finished goes, another's stays") << u"a x b"_s << u"a b"_s << u"b"_s << u"x b"_s;
    QTest::newRow("own kept in place") << u"a x"_s << u"a"_s << u"a"_s << u"a x"_s;
    QTest::newRow("removed by another is not brought back") << u"x"_s << u"a"_s << u"a"_s << u"x"_s;
    QTest::newRow("another's removal and own addition") << u"x"_s << u"a"_s << u"a n"_s << u"x n"_s;
    QTest::newRow("all gone") << u"a b"_s << u"a b"_s << u""_s << u""_s;
    QTest::newRow("nothing known, nothing held") << u"x"_s << u""_s << u""_s << u"x"_s;
}

void TestStoredTransfers::merge()
{
    QFETCH(QString, file);
    QFETCH(QString, known);
    QFETCH(QString, now);
    QFETCH(QString, merged);
    QCOMPARE(names(mergeStoredTransfers(list(file), list(known), list(now))), merged);
}

// Two AppSettings on one file, each saving its own downloads: neither list is lost.
void TestStoredTransfers::twoWritersOnOneFileKeepBothLists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Skylight.conf"_s);
    QSettings firstFile(path, QSettings::IniFormat);
    QSettings secondFile(path, QSettings::IniFormat);
    AppSettings first(&firstFile);
    AppSettings second(&secondFile);
    QVERIFY(first.transfers().isEmpty());
    QVERIFY(second.transfers().isEmpty());

    first.saveTransfers({}, list(u"a b"_s));
    second.saveTransfers({}, list(u"x"_s));
    first.saveTransfers(list(u"a b"_s), list(u"a b c"_s)); // quits last
    QSettings reader(path, QSettings::IniFormat);
    QCOMPARE(names(AppSettings(&reader).transfers()), u"a b x c"_s);
    QCOMPARE(names(second.transfers()), u"a b x c"_s);
}

// One window finishes a download both listed (both restored it): the other, saving later, does
// not bring it back; its own removal does not take the other's.
void TestStoredTransfers::aRemovalByOneIsNotUndoneByTheOther()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Skylight.conf"_s);
    QSettings firstFile(path, QSettings::IniFormat);
    QSettings secondFile(path, QSettings::IniFormat);
    AppSettings first(&firstFile);
    AppSettings second(&secondFile);
    first.setTransfers(list(u"a b"_s));
    const QList<StoredTransfer> restored = second.transfers();
    QCOMPARE(names(restored), u"a b"_s);

    first.saveTransfers(list(u"a b"_s), list(u"b"_s)); // a finished in the first window
    second.saveTransfers(restored, restored);          // the second still lists a and b
    QCOMPARE(names(first.transfers()), u"b"_s);
    second.saveTransfers(restored, list(u"a"_s)); // the second removes b
    QCOMPARE(names(first.transfers()), QString());
}

// The same through the queues of two windows: each restores the file's downloads, one removes
// one and adds another, the other quits last.
void TestStoredTransfers::queuesOfTwoWindowsOnOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Skylight.conf"_s);
    {
        QSettings file(path, QSettings::IniFormat);
        AppSettings(&file).setTransfers(list(u"a b"_s));
    }
    QNetworkAccessManager nam;
    QSettings firstFile(path, QSettings::IniFormat);
    QSettings secondFile(path, QSettings::IniFormat);
    AppSettings firstSettings(&firstFile);
    AppSettings secondSettings(&secondFile);
    TransferQueue first(&nam, TransportOptions());
    TransferQueue second(&nam, TransportOptions());
    first.restoreState(&firstSettings);
    second.restoreState(&secondSettings);
    QCOMPARE(first.transfers().size(), 2);
    QCOMPARE(second.transfers().size(), 2);

    first.remove(first.transfers().first().id); // a
    QCOMPARE(first.transfers().size(), 1);
    first.saveState(&firstSettings);
    QCOMPARE(names(secondSettings.transfers()), u"b"_s);
    second.saveState(&secondSettings); // quits last, still listing a and b
    QSettings reader(path, QSettings::IniFormat);
    QCOMPARE(names(AppSettings(&reader).transfers()), u"b"_s);

    // A third window's download, saved in between, survives both saving again.
    QSettings thirdFile(path, QSettings::IniFormat);
    AppSettings(&thirdFile).saveTransfers({}, list(u"z"_s));
    first.saveState(&firstSettings);
    second.saveState(&secondSettings);
    QCOMPARE(names(firstSettings.transfers()), u"b z"_s);
}

QTEST_GUILESS_MAIN(TestStoredTransfers)
#include "tst_storedtransfers.moc"
