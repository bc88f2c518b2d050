// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imageschema.h"
#include "image/imagestore.h"
#include "image/imagetask.h"
#include "image/imageusage.h"
#include "image/importinfo.h"
#include "image/metadefnamespace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
QJsonObject object(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return document.object();
}

template <class T>
QByteArray why(const Result<T>& result)
{
    return result ? QByteArrayLiteral("ok") : result.error().describe().toUtf8();
}

// A JSON value nested `levels` deep: {"a":{"a":...}}.
QByteArray deep(int levels)
{
    return QByteArray("{\"a\":").repeated(levels) + "1" + QByteArray("}").repeated(levels);
}
} // namespace

// The parsers of what an Image API v2 says of itself (issue 18): stores, tasks, quota usage,
// import methods, the image schema and metadata definitions, fed what Glance sends and what a
// hostile server could.
class TestCloudInfoParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stores_data();
    void stores();
    void storesDetail();
    void storesCapped();
    void tasks_data();
    void tasks();
    void tasksBounded();
    void usage_data();
    void usage();
    void importInfo_data();
    void importInfo();
    void schemaGroups();
    void schemaHostile_data();
    void schemaHostile();
    void schemaBounded();
    void schemaRoundTrip();
    void metadefs();
};

void TestCloudInfoParsers::stores_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("defaultId");
    QTest::addColumn<int>("skipped");

    // Glance's API reference example.
    QTest::newRow("reference") << QByteArray(R"({"stores":[{"id":"reliable","description":"More expensive"},
        {"id":"fast","description":"Quick","default":true},{"id":"cheap","description":"Less"},
        {"id":"special","description":"x","read-only":true}]})")
                               << true << QStringList{u"reliable"_s, u"fast"_s, u"cheap"_s, u"special"_s}
                               << u"fast"_s << 0;
    QTest::newRow("empty") << QByteArray(R"({"stores":[]})") << true << QStringList{} << QString() << 0;
    QTest::newRow("no array") << QByteArray(R"({"stores":{"id":"x"}})") << false << QStringList{} << QString()
                              << 0;
    QTest::newRow("absent") << QByteArray(R"({})") << false << QStringList{} << QString() << 0;
    QTest::newRow("hostile entries")
        << QByteArray(R"({"stores":[1,"x",null,{"description":"no id"},{"id":""},{"id":7},
            {"id":"ok","default":"true"},{"id":"ok","default":true},{"id":"b","default":{"x":1}}]})")
        << true << QStringList{u"ok"_s, u"b"_s} << u"ok"_s << 7;
}

void TestCloudInfoParsers::stores()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QStringList, ids);
    QFETCH(QString, defaultId);
    QFETCH(int, skipped);
    const auto list = ImageStoreList::fromJson(object(json));
    QCOMPARE(list.has_value(), ok);
    if (!ok) {
        QCOMPARE(list.error().kind, ApiError::Kind::BadPayload);
        return;
    }
    QStringList got;
    QString gotDefault;
    for (const ImageStore& store : list->stores) {
        got.append(store.id);
        if (store.isDefault)
            gotDefault = store.id;
    }
    QCOMPARE(got, ids);
    QCOMPARE(gotDefault, defaultId);
    QCOMPARE(list->skipped.count, qsizetype(skipped));
    QCOMPARE(list->detailed, false);
}

void TestCloudInfoParsers::storesDetail()
{
    const auto list = ImageStoreList::fromJson(object(R"({"stores":[
        {"id":"reliable","type":"rbd","description":"Redundant","default":true,"properties":{"pool":"pool1"},
         "weight":100},
        {"id":"cheap","type":"file","description":"Cheap","read-only":true,"properties":{}}]})"));
    QVERIFY2(list, why(list).constData());
    QVERIFY(list->detailed);
    QCOMPARE(list->stores.size(), 2);
    QCOMPARE(list->stores.at(0).type.value_or(QString()), u"rbd"_s);
    QCOMPARE(list->stores.at(0).weight.value_or(-1), 100);
    QCOMPARE(list->stores.at(1).readOnly, true);
    const QJsonObject json = list->stores.at(0).toJson();
    QCOMPARE(json.value(u"properties"_s).toObject().value(u"pool"_s).toString(), u"pool1"_s);
    QCOMPARE(json.value(u"default"_s).toBool(), true);
    QCOMPARE(list->stores.at(1).toJson().value(u"read-only"_s).toBool(), true);
    QCOMPARE(list->summary(), u"reliable (default), cheap (read-only)"_s);
    QCOMPARE(list->find(u"cheap"_s)->description, u"Cheap"_s);
    QVERIFY(!list->find(u"other"_s));
}

void TestCloudInfoParsers::storesCapped()
{
    QJsonArray many;
    for (int i = 0; i < ImageStoreList::kMaxStores + 10; ++i)
        many.append(QJsonObject{{u"id"_s, u"s%1"_s.arg(i)}, {u"description"_s, QString(5000, u'x')}});
    const auto list = ImageStoreList::fromJson(QJsonObject{{u"stores"_s, many}});
    QVERIFY2(list, why(list).constData());
    QCOMPARE(list->stores.size(), ImageStoreList::kMaxStores);
    QCOMPARE(list->skipped.count, qsizetype(10));
    QVERIFY(list->stores.first().description.size() <= ImageStoreList::kMaxText + 1);
}

void TestCloudInfoParsers::tasks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("stores");
    QTest::addColumn<QString>("requestId");

    // Glance's API reference example (request-id and user, input.backend).
    QTest::newRow("reference")
        << QByteArray(R"({"tasks":[{"id":"ee22890e","image_id":"dddd","request-id":"rrrr","user":"uuuu",
            "type":"api_image_import","status":"processing","owner":"64f0","expires_at":null,
            "created_at":"2020-12-18T05:20:38.000000","updated_at":"2020-12-18T05:25:39.000000",
            "input":{"image_id":"829c","import_req":{"method":{"name":"copy-image"},"all_stores":true},
            "backend":["fast","cheap"]},"result":null,"message":"Copied 15 MiB"}]})")
        << true << 1 << 0 << u"copy-image"_s << QStringList{u"fast"_s, u"cheap"_s} << u"rrrr"_s;
    QTest::newRow("stores of the request, request_id")
        << QByteArray(R"({"tasks":[{"id":"t","status":"SUCCESS","request_id":"r2",
            "input":{"import_req":{"method":{"name":"web-download"},"stores":["cold",7,""]}}}]})")
        << true << 1 << 0 << u"web-download"_s << QStringList{u"cold"_s} << u"r2"_s;
    QTest::newRow("no input") << QByteArray(R"({"tasks":[{"id":"t","input":"x"}]})") << true << 1 << 0
                              << QString() << QStringList{} << QString();
    QTest::newRow("empty") << QByteArray(R"({"tasks":[]})") << true << 0 << 0 << QString() << QStringList{}
                           << QString();
    QTest::newRow("not a list") << QByteArray(R"({"tasks":"none"})") << false << 0 << 0 << QString()
                                << QStringList{} << QString();
    QTest::newRow("hostile entries")
        << QByteArray(R"({"tasks":[[],{"id":null},{"id":true},{"id":"a"},{"id":"a"},{"id":"b",
            "created_at":"yesterday","message":42,"input":{"backend":"fast"}}]})")
        << true << 2 << 4 << QString() << QStringList{} << QString();
}

void TestCloudInfoParsers::tasks()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, count);
    QFETCH(int, skipped);
    QFETCH(QString, method);
    QFETCH(QStringList, stores);
    QFETCH(QString, requestId);
    const auto list = ImageTaskList::fromJson(object(json));
    QCOMPARE(list.has_value(), ok);
    if (!ok)
        return;
    QCOMPARE(list->tasks.size(), count);
    QCOMPARE(list->skipped.count, qsizetype(skipped));
    if (count == 0)
        return;
    const ImageTask& task = list->tasks.first();
    QCOMPARE(task.method, method);
    QCOMPARE(task.stores, stores);
    QCOMPARE(task.requestId.value_or(QString()), requestId);
    QCOMPARE(task.status, task.status.toLower());
}

void TestCloudInfoParsers::tasksBounded()
{
    const QByteArray json = R"({"tasks":[{"id":"t","status":"processing","message":")" +
                            QByteArray(100000, 'm') + R"(","input":)" + deep(200) + "}]}";
    const auto list = ImageTaskList::fromJson(object(json));
    QVERIFY2(list, why(list).constData());
    QCOMPARE(list->tasks.size(), 1);
    const ImageTask& task = list->tasks.first();
    QVERIFY(task.message.value_or(QString()).size() <= ImageTaskList::kMaxText + 1);
    // The raw entry (what -f json prints) is bounded too.
    const QByteArray raw = QJsonDocument(task.raw).toJson(QJsonDocument::Compact);
    QVERIFY2(raw.size() < 20000, raw.left(200).constData());
    QCOMPARE(task.createdAt.has_value(), false);

    QJsonArray many;
    for (int i = 0; i < ImageTaskList::kMaxTasks + 3; ++i)
        many.append(QJsonObject{{u"id"_s, u"t%1"_s.arg(i)}});
    const auto capped = ImageTaskList::fromJson(QJsonObject{{u"tasks"_s, many}});
    QVERIFY2(capped, why(capped).constData());
    QCOMPARE(capped->tasks.size(), ImageTaskList::kMaxTasks);
    QCOMPARE(capped->skipped.count, qsizetype(3));
}

void TestCloudInfoParsers::usage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("skipped");

    QTest::newRow("reference") << QByteArray(R"({"usage":{"image_size_total":{"limit":1024,"usage":256},
            "image_count_total":{"limit":10,"usage":2},"image_stage_total":{"limit":512,"usage":0},
            "image_count_uploading":{"limit":2,"usage":0}}})")
                               << true
                               << QStringList{u"image_count_total"_s, u"image_size_total"_s,
                                              u"image_stage_total"_s, u"image_count_uploading"_s}
                               << 0;
    QTest::newRow("unknown quota after the known ones")
        << QByteArray(
               R"({"usage":{"aaa_new":{"limit":-1,"usage":"3"},"image_count_total":{"limit":-1,"usage":4}}})")
        << true << QStringList{u"image_count_total"_s, u"aaa_new"_s} << 0;
    QTest::newRow("no quotas") << QByteArray(R"({"usage":{}})") << true << QStringList{} << 0;
    QTest::newRow("not an object") << QByteArray(R"({"usage":[1,2]})") << false << QStringList{} << 0;
    QTest::newRow("hostile quotas")
        << QByteArray(
               R"({"usage":{"a":1,"b":{"limit":"many"},"c":{"limit":1e300,"usage":null},"d":{"usage":1.5},
            "image_count_total":{"limit":5}}})")
        << true << QStringList{u"image_count_total"_s} << 4;
}

void TestCloudInfoParsers::usage()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QStringList, keys);
    QFETCH(int, skipped);
    const auto usage = ImageUsage::fromJson(object(json));
    QCOMPARE(usage.has_value(), ok);
    if (!ok)
        return;
    QStringList got;
    for (const UsageEntry& entry : usage->entries)
        got.append(entry.key);
    QCOMPARE(got, keys);
    QCOMPARE(usage->skipped.count, qsizetype(skipped));
    // toJson keeps the API's keys and numbers.
    const QJsonObject back = usage->toJson();
    for (const UsageEntry& entry : usage->entries) {
        QVERIFY(back.contains(entry.key));
        if (entry.limit)
            QCOMPARE(back.value(entry.key).toObject().value(u"limit"_s).toInteger(), *entry.limit);
    }
    if (const UsageEntry* count = usage->find(u"image_count_total"_s)) {
        QCOMPARE(count->isMebibytes(), false);
        QCOMPARE(count->isUnlimited(), count->limit.value_or(0) < 0);
    }
    if (const UsageEntry* size = usage->find(u"image_size_total"_s))
        QVERIFY(size->isMebibytes());
}

void TestCloudInfoParsers::importInfo_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("methods");

    QTest::newRow("reference") << QByteArray(R"({"import-methods":{"description":"Import methods available.",
        "type":"array","value":["glance-direct","web-download"]}})")
                               << true << QStringList{u"glance-direct"_s, u"web-download"_s};
    QTest::newRow("hostile values")
        << QByteArray(R"({"import-methods":{"value":["copy-image",1,null,"","copy-image",{"a":1}]}})") << true
        << QStringList{u"copy-image"_s};
    QTest::newRow("no value") << QByteArray(R"({"import-methods":{"value":"glance-direct"}})") << false
                              << QStringList{};
    QTest::newRow("absent") << QByteArray(R"({"methods":[]})") << false << QStringList{};
}

void TestCloudInfoParsers::importInfo()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QStringList, methods);
    const auto info = ImportInfo::fromJson(object(json));
    QCOMPARE(info.has_value(), ok);
    if (ok)
        QCOMPARE(info->methods, methods);
    else
        QCOMPARE(info.error().kind, ApiError::Kind::BadPayload);
}

void TestCloudInfoParsers::schemaGroups()
{
    // As Glance writes it: nullable types, enums with null, readOnly, is_base false.
    const auto schema = ImageSchema::fromJson(object(R"({"name":"image","properties":{
        "disk_format":{"description":"Format of the disk","enum":[null,"raw","qcow2"],"type":["null","string"]},
        "status":{"description":"Status","enum":["queued","active"],"readOnly":true,"type":"string"},
        "os_distro":{"description":"Distribution","is_base":false,"type":"string"},
        "os_hidden":{"description":"Hidden","type":"boolean"}},
        "additionalProperties":{"type":"string"}})"));
    QVERIFY2(schema, why(schema).constData());
    QCOMPARE(schema->name(), u"image"_s);
    QCOMPARE(schema->group(u"disk_format"_s), ImageSchema::Group::Base);
    QCOMPARE(schema->group(u"os_hidden"_s), ImageSchema::Group::Base);
    QCOMPARE(schema->group(u"os_distro"_s), ImageSchema::Group::Custom);
    QCOMPARE(schema->group(u"hw_disk_bus"_s), ImageSchema::Group::Custom);
    QCOMPARE(schema->group(u"os_glance_importing_to_stores"_s), ImageSchema::Group::System);
    QCOMPARE(ImageSchema::groupName(ImageSchema::Group::System), u"system"_s);
    QCOMPARE(schema->baseNames(), (QStringList{u"disk_format"_s, u"os_hidden"_s, u"status"_s}));
    QCOMPARE(schema->enumValues(u"disk_format"_s), (QStringList{u"raw"_s, u"qcow2"_s}));
    QCOMPARE(schema->description(u"os_distro"_s), u"Distribution"_s);
    QCOMPARE(schema->property(u"status"_s)->readOnly, true);
    QCOMPARE(schema->property(u"disk_format"_s)->types, (QStringList{u"null"_s, u"string"_s}));
    QVERIFY(!schema->property(u"hw_disk_bus"_s));

    // Metadata definitions title known properties and describe those the schema has not.
    ImageSchema titled = *schema;
    titled.addDefinitions(MetadefNamespace::properties(object(R"({"properties":{
        "hw_disk_bus":{"title":"Disk Bus","description":"How disks attach","type":"string","enum":["scsi","virtio"]},
        "os_distro":{"title":"OS Distro","description":"Other words"}}})")));
    QCOMPARE(titled.title(u"hw_disk_bus"_s), u"Disk Bus"_s);
    QCOMPARE(titled.description(u"hw_disk_bus"_s), u"How disks attach"_s);
    QCOMPARE(titled.enumValues(u"hw_disk_bus"_s), (QStringList{u"scsi"_s, u"virtio"_s}));
    QCOMPARE(titled.title(u"os_distro"_s), u"OS Distro"_s);
    QCOMPARE(titled.description(u"os_distro"_s), u"Distribution"_s); // the schema's own wins
    QCOMPARE(titled.group(u"hw_disk_bus"_s), ImageSchema::Group::Custom);
    // Every name described, once (os_distro is in both), sorted.
    QCOMPARE(titled.names(),
             (QStringList{u"disk_format"_s, u"hw_disk_bus"_s, u"os_distro"_s, u"os_hidden"_s, u"status"_s}));
}

void TestCloudInfoParsers::schemaHostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("properties");
    QTest::addColumn<int>("skipped");

    QTest::newRow("no properties") << QByteArray(R"({"name":"image"})") << false << 0 << 0;
    QTest::newRow("properties not an object") << QByteArray(R"({"properties":["a"]})") << false << 0 << 0;
    QTest::newRow("entries not objects")
        << QByteArray(
               R"({"properties":{"a":1,"b":"x","c":null,"d":{"type":7,"enum":"x","description":[1]},"":{}}})")
        << true << 1 << 4;
    QTest::newRow("deep schema") << QByteArray(R"({"properties":{"a":)" + deep(300) + "}}") << true << 1 << 0;
}

void TestCloudInfoParsers::schemaHostile()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, properties);
    QFETCH(int, skipped);
    const auto schema = ImageSchema::fromJson(object(json));
    QCOMPARE(schema.has_value(), ok);
    if (!ok)
        return;
    QCOMPARE(schema->baseNames().size(), properties);
    QCOMPARE(schema->skipped().count, qsizetype(skipped));
}

void TestCloudInfoParsers::schemaBounded()
{
    // Many properties, long texts, many enum values: all bounded.
    QJsonObject many;
    for (int i = 0; i < ImageSchema::kMaxProperties + 5; ++i) {
        QJsonArray values;
        for (int v = 0; v < 300; ++v)
            values.append(u"v%1"_s.arg(v));
        many.insert(u"p%1"_s.arg(i, 5, 10, QChar(u'0')),
                    QJsonObject{{u"description"_s, QString(10000, u'd')}, {u"enum"_s, values}});
    }
    const auto big = ImageSchema::fromJson(QJsonObject{{u"properties"_s, many}});
    QVERIFY2(big, why(big).constData());
    QCOMPARE(big->baseNames().size(), ImageSchema::kMaxProperties);
    QCOMPARE(big->skipped().count, qsizetype(5));
    QCOMPARE(big->enumValues(u"p00000"_s).size(), SchemaProperty::kMaxEnum);
    QVERIFY(big->description(u"p00000"_s).size() <= SchemaProperty::kMaxText + 1);
}

void TestCloudInfoParsers::schemaRoundTrip()
{
    auto schema = ImageSchema::fromJson(object(R"({"name":"image","properties":{
        "visibility":{"description":"Who sees it","enum":["public","private"],"type":"string"},
        "kernel_id":{"description":"Kernel","is_base":false,"type":["null","string"]}}})"));
    QVERIFY2(schema, why(schema).constData());
    schema->addDefinitions({SchemaProperty::fromJson(
        u"hw_firmware_type"_s, object(R"({"title":"Firmware Type","enum":["bios","uefi"]})"))});
    const auto back = ImageSchema::fromJson(schema->toJson());
    QVERIFY2(back, why(back).constData());
    QCOMPARE(back->baseNames(), schema->baseNames());
    QCOMPARE(back->enumValues(u"visibility"_s), schema->enumValues(u"visibility"_s));
    QCOMPARE(back->group(u"kernel_id"_s), ImageSchema::Group::Custom);
    QCOMPARE(back->title(u"hw_firmware_type"_s), u"Firmware Type"_s);
    QCOMPARE(back->definitionCount(), qsizetype(1));
}

void TestCloudInfoParsers::metadefs()
{
    const auto names = MetadefNamespace::namesFromList(object(R"({"namespaces":[
        {"namespace":"OS::Compute::Libvirt"},{"namespace":"../../etc"},{"namespace":"a b"},{"namespace":7},
        {"namespace":"OS::Compute::Libvirt"},{"namespace":"OS::OperatingSystem"}]})"));
    QVERIFY2(names, why(names).constData());
    QCOMPARE(*names, (QStringList{u"OS::Compute::Libvirt"_s, u"OS::OperatingSystem"_s}));
    QVERIFY(!MetadefNamespace::namesFromList(object(R"({"namespaces":{}})")));

    const QList<SchemaProperty> properties = MetadefNamespace::properties(object(R"({
        "properties":{"hw_a":{"title":"A"},"bad":1},
        "objects":[{"properties":{"hw_b":{"title":"B"}}},"x",{"properties":[]}]})"));
    QCOMPARE(properties.size(), 2);
    QCOMPARE(properties.at(1).title, u"B"_s);
}

QTEST_GUILESS_MAIN(TestCloudInfoParsers)
#include "tst_cloudinfoparsers.moc"
