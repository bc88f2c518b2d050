// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Inspection verdicts kept between runs (issue 17): InspectionResult's JSON both ways (problems
// keep their kind), one file per image id and checksum, nothing for an image without a checksum,
// corrupt, huge, linked or foreign files ignored, a bounded number of entries, a private folder.
#include "image/imagerecord.h"
#include "inspect/inspectionresult.h"
#include "inspect/verdictcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Skylight::InspectionResult)

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

using Kind = InspectionProblem::Kind;

InspectionResult unsafeQcow2()
{
    InspectionResult result;
    result.format = u"qcow2"_s;
    result.virtualSize = qint64(10) << 30;
    result.declaredFormat = u"raw"_s;
    result.matchesDeclared = false;
    result.safe = false;
    result.problems = {{Kind::BackingFile, u"The image names a backing file, base.qcow2."_s},
                       {Kind::FormatMismatch, u"The data is qcow2, not raw as declared."_s}};
    result.bytesRead = 65536;
    result.details = {{u"version"_s, 3}, {u"cluster_size"_s, 65536}, {u"backing_file"_s, u"base.qcow2"_s}};
    return result;
}

InspectionResult safeRaw()
{
    InspectionResult result;
    result.format = u"raw"_s;
    result.safe = true;
    result.bytesRead = 4096;
    return result;
}

ImageRecord record(const QString& id, const std::optional<QString>& checksum,
                   const std::optional<QString>& hash = std::nullopt)
{
    ImageRecord image;
    image.id = id;
    image.status = u"active"_s;
    image.checksum = checksum;
    if (hash) {
        image.hashAlgo = u"sha512"_s;
        image.hashValue = hash;
    }
    return image;
}

QByteArray json(const InspectionResult& result)
{
    return QJsonDocument(result.toJson(InspectionResult::ProblemForm::WithKinds))
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestVerdictCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindKeysAreStableAndDistinct();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void sentencesReadWithoutKind();
    void hostileJsonRefused_data();
    void hostileJsonRefused();
    void keptByIdAndChecksum();
    void hashPreferredToMd5();
    void noChecksumNoCache();
    void folderIsPrivate();
    void corruptOrForeignEntriesIgnored_data();
    void corruptOrForeignEntriesIgnored();
    void hugeEntryIgnored();
    void symlinkedEntryIgnoredAndReplaced();
    void symlinkedFolderRefused();
    void entriesAreBounded();
    void holdsNoSecret();
};

void TestVerdictCache::kindKeysAreStableAndDistinct()
{
    QSet<QString> keys;
    for (int kind = int(Kind::BackingFile); kind <= int(Kind::FormatMismatch); ++kind) {
        const QString key = InspectionProblem::kindKey(Kind(kind));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(InspectionProblem::kindFromKey(key), std::optional<Kind>(Kind(kind)));
    }
    QCOMPARE(InspectionProblem::kindKey(Kind::BackingFile), u"backing_file"_s);
    QCOMPARE(InspectionProblem::kindKey(Kind::FormatMismatch), u"format_mismatch"_s);
    QVERIFY(!InspectionProblem::kindFromKey(u"nonsense"_s));
}

void TestVerdictCache::jsonRoundTrip_data()
{
    QTest::addColumn<InspectionResult>("result");
    QTest::newRow("unsafe qcow2, mismatch") << unsafeQcow2();
    QTest::newRow("safe raw, nothing declared") << safeRaw();
    InspectionResult polyglot = safeRaw();
    polyglot.details.insert(u"also_matches"_s, QStringList{u"iso"_s, u"gpt"_s});
    polyglot.problems = {{Kind::Polyglot, u"The image is at once raw and iso."_s}};
    polyglot.safe = false;
    QTest::newRow("list detail") << polyglot;
}

void TestVerdictCache::jsonRoundTrip()
{
    QFETCH(InspectionResult, result);
    const std::optional<InspectionResult> back =
        InspectionResult::fromJson(result.toJson(InspectionResult::ProblemForm::WithKinds));
    QVERIFY(back);
    QCOMPARE(json(*back), json(result));
    QCOMPARE(back->problems, result.problems); // kinds kept
    QCOMPARE(back->virtualSize, result.virtualSize);
    QCOMPARE(back->matchesDeclared, result.matchesDeclared);
    QCOMPARE(back->acceptable(), result.acceptable());
    // The printed form keeps its eight keys.
    QCOMPARE(result.toJson().size(), 8);
}

void TestVerdictCache::sentencesReadWithoutKind()
{
    const std::optional<InspectionResult> back = InspectionResult::fromJson(unsafeQcow2().toJson());
    QVERIFY(back);
    QCOMPARE(back->problemTexts(), unsafeQcow2().problemTexts());
    QCOMPARE(back->problems.first().kind, Kind::Invalid);
}

void TestVerdictCache::hostileJsonRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("safe missing") << u"safe"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("safe a string") << u"safe"_s << QJsonValue(u"yes"_s);
    QTest::newRow("negative size") << u"virtual_size"_s << QJsonValue(-1);
    QTest::newRow("fractional size") << u"virtual_size"_s << QJsonValue(1.5);
    QTest::newRow("size a string") << u"virtual_size"_s << QJsonValue(u"10"_s);
    QTest::newRow("long format") << u"format"_s << QJsonValue(QString(100, u'q'));
    QTest::newRow("problems an object") << u"problems"_s << QJsonValue(QJsonObject());
    QTest::newRow("unknown kind") << u"problems"_s
                                  << QJsonValue(QJsonArray{
                                         QJsonObject{{u"kind"_s, u"evil"_s}, {u"text"_s, u"x"_s}}});
    QTest::newRow("long problem") << u"problems"_s << QJsonValue(QJsonArray{QString(5000, u'x')});
    QJsonArray many;
    for (int i = 0; i < 100; ++i)
        many.append(u"x"_s);
    QTest::newRow("many problems") << u"problems"_s << QJsonValue(many);
    QTest::newRow("bytes read negative") << u"bytes_read"_s << QJsonValue(-5);
    QTest::newRow("details an array") << u"details"_s << QJsonValue(QJsonArray{1});
}

void TestVerdictCache::hostileJsonRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject object = unsafeQcow2().toJson(InspectionResult::ProblemForm::WithKinds);
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    QVERIFY(!InspectionResult::fromJson(object));
}

void TestVerdictCache::keptByIdAndChecksum()
{
    QTemporaryDir dir;
    VerdictCache cache(dir.filePath(u"inspections"_s));
    const ImageRecord image = record(u"img-1"_s, u"aaaa"_s);
    QVERIFY(!cache.find(image));
    QVERIFY(cache.store(image, unsafeQcow2()));
    const std::optional<InspectionResult> found = cache.find(image);
    QVERIFY(found);
    QCOMPARE(json(*found), json(unsafeQcow2()));
    // Another image, or the same id with other data: not this verdict.
    QVERIFY(!cache.find(record(u"img-2"_s, u"aaaa"_s)));
    QVERIFY(!cache.find(record(u"img-1"_s, u"bbbb"_s)));
    // Kept across instances (runs).
    VerdictCache again(dir.filePath(u"inspections"_s));
    QVERIFY(again.find(image));
    // Stored again: replaced.
    QVERIFY(cache.store(image, safeRaw()));
    QCOMPARE(cache.find(image)->format, u"raw"_s);
    QCOMPARE(cache.count(), 1);
}

void TestVerdictCache::hashPreferredToMd5()
{
    const ImageRecord both = record(u"i"_s, u"ABCD"_s, u"F00D"_s);
    QCOMPARE(VerdictCache::checksumOf(both), u"sha512:f00d"_s);
    QCOMPARE(VerdictCache::checksumOf(record(u"i"_s, u"ABCD"_s)), u"md5:abcd"_s);
    QCOMPARE(VerdictCache::checksumOf(record(u"i"_s, std::nullopt)), QString());
    QCOMPARE(VerdictCache::checksumOf(record(u"i"_s, u""_s)), QString());
    QCOMPARE(VerdictCache::checksumsOf(both), (QStringList{u"sha512:f00d"_s, u"md5:abcd"_s}));
    // Stored from the details (both), found from a listing that gives only MD5, and back.
    QTemporaryDir dir;
    VerdictCache cache(dir.path());
    QVERIFY(cache.store(both, safeRaw()));
    QVERIFY(cache.find(record(u"i"_s, u"ABCD"_s)));
    QVERIFY(cache.find(both));
    QVERIFY(!cache.find(record(u"i"_s, u"other"_s)));
    // The file name carries no server text.
    const QString name = VerdictCache::fileNameFor(u"../../etc/passwd"_s, u"md5:x"_s);
    QVERIFY2(!name.contains(u'/') && !name.contains(u".."_s), qPrintable(name));
}

void TestVerdictCache::noChecksumNoCache()
{
    QTemporaryDir dir;
    VerdictCache cache(dir.filePath(u"inspections"_s));
    const ImageRecord image = record(u"img-1"_s, std::nullopt);
    QVERIFY(!cache.store(image, safeRaw()));
    QVERIFY(!cache.find(image));
    QVERIFY(!cache.store(u""_s, u"md5:a"_s, safeRaw()));
    QCOMPARE(cache.count(), 0);
}

void TestVerdictCache::folderIsPrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"deep/inspections"_s);
    VerdictCache cache(folder);
    QVERIFY(cache.store(record(u"a"_s, u"1"_s), safeRaw()));
    const QFileInfo info(folder);
    QVERIFY(info.isDir());
#ifdef Q_OS_UNIX
    QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                   QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
#endif
}

void TestVerdictCache::corruptOrForeignEntriesIgnored_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("{{{not json");
    QTest::newRow("an array") << QByteArray("[1,2,3]");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4);
    const auto entry = [](const QString& id, const QString& checksum, int version,
                          const QJsonValue& verdict) {
        return QJsonDocument(QJsonObject{{u"version"_s, version},
                                         {u"id"_s, id},
                                         {u"checksum"_s, checksum},
                                         {u"verdict"_s, verdict}})
            .toJson();
    };
    const QJsonObject verdict = safeRaw().toJson(InspectionResult::ProblemForm::WithKinds);
    QTest::newRow("another id") << entry(u"other"_s, u"md5:1"_s, 1, verdict);
    QTest::newRow("another checksum") << entry(u"a"_s, u"md5:2"_s, 1, verdict);
    QTest::newRow("another version") << entry(u"a"_s, u"md5:1"_s, 99, verdict);
    QTest::newRow("verdict broken") << entry(u"a"_s, u"md5:1"_s, 1, QJsonObject{{u"safe"_s, u"yes"_s}});
    QTest::newRow("verdict missing") << entry(u"a"_s, u"md5:1"_s, 1, QJsonValue());
}

void TestVerdictCache::corruptOrForeignEntriesIgnored()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    VerdictCache cache(dir.path());
    QFile file(QDir(dir.path()).filePath(VerdictCache::fileNameFor(u"a"_s, u"md5:1"_s)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    QVERIFY(!cache.find(record(u"a"_s, u"1"_s)));
    // Written over with a good verdict: found again.
    QVERIFY(cache.store(record(u"a"_s, u"1"_s), safeRaw()));
    QVERIFY(cache.find(record(u"a"_s, u"1"_s)));
}

void TestVerdictCache::hugeEntryIgnored()
{
    QTemporaryDir dir;
    VerdictCache cache(dir.path());
    const ImageRecord image = record(u"a"_s, u"1"_s);
    QVERIFY(cache.store(image, safeRaw()));
    const QString path = QDir(dir.path()).filePath(VerdictCache::fileNameFor(u"a"_s, u"md5:1"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(QByteArray(VerdictCache::kMaxFileBytes, ' ')); // still valid JSON, but too large
    file.close();
    QVERIFY(!cache.find(image));
    // A verdict too large to read back is not written.
    InspectionResult large = safeRaw();
    for (int i = 0; i < 60; ++i)
        large.details.insert(u"d%1"_s.arg(i), QString(2000, u'x'));
    QVERIFY(!cache.store(record(u"b"_s, u"2"_s), large));
}

void TestVerdictCache::symlinkedEntryIgnoredAndReplaced()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links");
#else
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"cache"_s);
    VerdictCache cache(folder);
    QVERIFY(cache.store(record(u"seed"_s, u"0"_s), safeRaw())); // the folder exists
    // A good verdict elsewhere, linked at the entry's name: not read.
    const QString elsewhere = dir.filePath(u"elsewhere.json"_s);
    {
        QFile target(elsewhere);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(QJsonDocument(QJsonObject{{u"version"_s, 1},
                                               {u"id"_s, u"a"_s},
                                               {u"checksum"_s, u"md5:1"_s},
                                               {u"verdict"_s, safeRaw().toJson()}})
                         .toJson());
    }
    const QString entry = QDir(folder).filePath(VerdictCache::fileNameFor(u"a"_s, u"md5:1"_s));
    QVERIFY(QFile::link(elsewhere, entry));
    QVERIFY(!cache.find(record(u"a"_s, u"1"_s)));
    // Written: the link is replaced, its target left as it was.
    QFile target(elsewhere);
    QVERIFY(target.open(QIODevice::ReadOnly));
    const QByteArray before = target.readAll();
    target.close();
    QVERIFY(cache.store(record(u"a"_s, u"1"_s), unsafeQcow2()));
    QVERIFY(!QFileInfo(entry).isSymLink());
    QVERIFY(target.open(QIODevice::ReadOnly));
    QCOMPARE(target.readAll(), before);
    QCOMPARE(cache.find(record(u"a"_s, u"1"_s))->format, u"qcow2"_s);
#endif
}

void TestVerdictCache::symlinkedFolderRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links");
#else
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"real"_s));
    QVERIFY(QFile::link(dir.filePath(u"real"_s), dir.filePath(u"linked"_s)));
    VerdictCache cache(dir.filePath(u"linked"_s));
    QVERIFY(!cache.store(record(u"a"_s, u"1"_s), safeRaw()));
    QVERIFY(QDir(dir.filePath(u"real"_s)).isEmpty());
#endif
}

void TestVerdictCache::entriesAreBounded()
{
    QTemporaryDir dir;
    VerdictCache cache(dir.path(), 3);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < 6; ++i) {
        const QString id = u"img-%1"_s.arg(i);
        QVERIFY(cache.store(record(id, u"1"_s), safeRaw()));
        // Each written a minute after the previous one, whatever the clock's resolution.
        QFile file(QDir(dir.path()).filePath(VerdictCache::fileNameFor(id, u"md5:1"_s)));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(start.addSecs(60 * i), QFileDevice::FileModificationTime));
        QVERIFY2(cache.count() <= 3, qPrintable(QString::number(cache.count())));
    }
    QCOMPARE(cache.count(), 3);
    // The newest stay.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(cache.find(record(u"img-%1"_s.arg(i), u"1"_s)).has_value(), i >= 3);
}

void TestVerdictCache::holdsNoSecret()
{
    QTemporaryDir dir;
    VerdictCache cache(dir.path());
    QVERIFY(cache.store(record(u"a"_s, u"1"_s), unsafeQcow2()));
    QFile file(QDir(dir.path()).filePath(VerdictCache::fileNameFor(u"a"_s, u"md5:1"_s)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(entry.keys(), (QStringList{u"checksum"_s, u"id"_s, u"verdict"_s, u"version"_s}));
}

QTEST_GUILESS_MAIN(TestVerdictCache)
#include "tst_verdictcache.moc"
