// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The image schema kept per cloud (issue 18): one file per endpoint, read back with its metadata
// definitions, not used once a week old, for another endpoint, linked, huge or corrupt; written
// unfollowed in a private folder, a bounded number of entries.
#include "image/schemacache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QUrl kCloud(u"https://image.example:9292/v2"_s);
const QDateTime kNow(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());

ImageSchema schema()
{
    const QJsonObject payload = QJsonDocument::fromJson(R"({"name":"image","properties":{
        "disk_format":{"description":"Format of the disk","enum":[null,"raw","qcow2"],"type":["null","string"]},
        "os_distro":{"description":"Distribution","is_base":false,"type":"string"}}})")
                                    .object();
    auto parsed = ImageSchema::fromJson(payload);
    if (!parsed)
        qFatal("bad schema");
    parsed->addDefinitions(
        {SchemaProperty::fromJson(u"hw_disk_bus"_s, QJsonObject{{u"title"_s, u"Disk Bus"_s},
                                                                {u"description"_s, u"How disks attach"_s}})});
    return *parsed;
}
} // namespace

class TestSchemaCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void keyedByEndpoint();
    void expires_data();
    void expires();
    void ignoresHostileFiles_data();
    void ignoresHostileFiles();
    void replacesAPlantedLink();
    void privateFolderAndBoundedEntries();
};

void TestSchemaCache::roundTrip()
{
    QTemporaryDir dir;
    SchemaCache cache(dir.filePath(u"schemas"_s));
    QVERIFY(!cache.find(kCloud, kNow));
    QVERIFY(cache.store(kCloud, schema(), kNow));
    const auto found = cache.find(kCloud, kNow.addSecs(3600));
    QVERIFY(found.has_value());
    QCOMPARE(found->description(u"disk_format"_s), u"Format of the disk"_s);
    QCOMPARE(found->enumValues(u"disk_format"_s), (QStringList{u"raw"_s, u"qcow2"_s}));
    QCOMPARE(found->group(u"os_distro"_s), ImageSchema::Group::Custom);
    QCOMPARE(found->group(u"os_glance_failed_import"_s), ImageSchema::Group::System);
    QCOMPARE(found->title(u"hw_disk_bus"_s), u"Disk Bus"_s);
    // The file holds no URL or server text in its name.
    QVERIFY(!SchemaCache::fileNameFor(kCloud).contains(u"example"_s));
    QCOMPARE(cache.count(), 1);
}

void TestSchemaCache::keyedByEndpoint()
{
    QTemporaryDir dir;
    SchemaCache cache(dir.path());
    QVERIFY(cache.store(kCloud, schema(), kNow));
    // Another spelling of the same endpoint finds it; another port or path does not.
    QVERIFY(cache.find(QUrl(u"HTTPS://Image.Example:9292/v2/"_s), kNow).has_value());
    QVERIFY(!cache.find(QUrl(u"https://image.example:9293/v2"_s), kNow).has_value());
    QVERIFY(!cache.find(QUrl(u"https://image.example:9292/image/v2"_s), kNow).has_value());
    // A file copied under another endpoint's name is not that endpoint's.
    const QString other = QUrl(u"https://other.example/v2"_s).toString();
    QVERIFY(QFile::copy(dir.filePath(SchemaCache::fileNameFor(kCloud)),
                        dir.filePath(SchemaCache::fileNameFor(QUrl(other)))));
    QVERIFY(!cache.find(QUrl(other), kNow).has_value());
}

void TestSchemaCache::expires_data()
{
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<bool>("found");
    QTest::newRow("fresh") << qint64(0) << true;
    QTest::newRow("six days") << qint64(6 * 86400) << true;
    QTest::newRow("a week") << qint64(7 * 86400) << false;
    QTest::newRow("from the future") << qint64(-3600) << false;
}

void TestSchemaCache::expires()
{
    QFETCH(qint64, ageSeconds);
    QFETCH(bool, found);
    QTemporaryDir dir;
    SchemaCache cache(dir.path());
    QVERIFY(cache.store(kCloud, schema(), kNow));
    QCOMPARE(cache.find(kCloud, kNow.addSecs(ageSeconds)).has_value(), found);
}

void TestSchemaCache::ignoresHostileFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("corrupt") << QByteArray("{\"version\":1,");
    QTest::newRow("an array") << QByteArray("[1,2]");
    QTest::newRow("other version") << QByteArray(
        R"({"version":2,"endpoint":"x","schema":{"properties":{}}})");
    QTest::newRow("huge") << QByteArray(SchemaCache::kMaxFileBytes + 1, ' ');
}

void TestSchemaCache::ignoresHostileFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    SchemaCache cache(dir.path());
    QFile file(dir.filePath(SchemaCache::fileNameFor(kCloud)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(!cache.find(kCloud, kNow).has_value());
}

void TestSchemaCache::replacesAPlantedLink()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    SchemaCache cache(dir.filePath(u"schemas"_s));
    QVERIFY(cache.store(kCloud, schema(), kNow));
    // A valid entry elsewhere, linked at the name: never read through the link.
    const QString name = dir.filePath(u"schemas/"_s + SchemaCache::fileNameFor(kCloud));
    const QString target = dir.filePath(u"elsewhere.json"_s);
    QVERIFY(QFile::rename(name, target));
    QVERIFY(QFile::link(target, name));
    QVERIFY(!cache.find(kCloud, kNow).has_value());
    // Writing replaces the link and leaves its target as it was.
    const QByteArray before = [&] {
        QFile f(target);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(cache.store(kCloud, schema(), kNow.addSecs(60)));
    QVERIFY(!QFileInfo(name).isSymLink());
    QFile after(target);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    // A folder that is a link is not written into.
    QTemporaryDir other;
    const QString linkedFolder = dir.filePath(u"linked"_s);
    QVERIFY(QFile::link(other.path(), linkedFolder));
    QVERIFY(!SchemaCache(linkedFolder).store(kCloud, schema(), kNow));
    QCOMPARE(QDir(other.path()).entryList(QDir::Files).size(), 0);
#else
    QSKIP("symbolic links are a Unix matter here");
#endif
}

void TestSchemaCache::privateFolderAndBoundedEntries()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"cache/schemas"_s);
    SchemaCache cache(folder, 3);
    for (int i = 0; i < 5; ++i)
        QVERIFY(cache.store(QUrl(u"https://cloud%1.example/v2"_s.arg(i)), schema(), kNow));
    QCOMPARE(cache.count(), 3);
    QVERIFY(cache.find(QUrl(u"https://cloud4.example/v2"_s), kNow).has_value());
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(folder).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
#endif
}

QTEST_GUILESS_MAIN(TestSchemaCache)
#include "tst_schemacache.moc"
