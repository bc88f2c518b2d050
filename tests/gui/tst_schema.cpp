// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The image schema in the window (issue 18): its descriptions as tooltips in the Overview and the
// Properties tab, metadata-definition titles as friendly names, the properties grouped by kind
// (base, custom, system), enum values offered by the filter's completion, the schema taken from
// the cache on the next window (no second request), nothing said in red for a cloud that has no
// schema, and an answer for a cloud no longer shown not shown. Models under
// QAbstractItemModelTester; the window against the demo cloud over loopback.

#include "adapters/adapterfactory.h"
#include "adapters/glancev2adapter.h"
#include "controllers/schemacontroller.h"
#include "democloud/democloud.h"
#include "image/schemacache.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "models/keyvaluetablemodel.h"
#include "models/overviewmodel.h"
#include "support/fakeschemaadapter.h"
#include "widgets/errorbanner.h"
#include "widgets/filterbar.h"
#include "widgets/filtercompleter.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeAdapter;
using Skylight::Test::FakeSchemaJob;

namespace {
const QString kHuaweiImage = u"17a1890b-0fa4-485e-8505-14e294017988"_s; // has hw_disk_bus

QJsonObject schemaEntry(const QString& type, const QString& description, const QStringList& values = {})
{
    QJsonObject object{{u"type"_s, type}, {u"description"_s, description}};
    if (!values.isEmpty())
        object.insert(u"enum"_s, QJsonArray::fromStringList(values));
    return object;
}

// A schema as a cloud gives it, with a metadata definition for hw_disk_bus.
ImageSchema sampleSchema()
{
    QJsonObject distro = schemaEntry(u"string"_s, u"The distribution, lower case."_s);
    distro.insert(u"is_base"_s, false);
    const QJsonObject properties{
        {u"disk_format"_s,
         schemaEntry(u"string"_s, u"The format of the disk data."_s, {u"qcow2"_s, u"raw"_s, u"iso"_s})},
        {u"visibility"_s, schemaEntry(u"string"_s, u"Who may see the image."_s,
                                      {u"public"_s, u"private"_s, u"shared"_s, u"community"_s})},
        {u"os_hidden"_s, schemaEntry(u"boolean"_s, u"Hidden images are left out of listings."_s)},
        {u"os_hash_algo"_s, schemaEntry(u"string"_s, u"The algorithm of os_hash_value."_s)},
        {u"stores"_s, schemaEntry(u"string"_s, u"<b>Stores</b> holding the data."_s)},
        {u"os_distro"_s, distro},
    };
    Result<ImageSchema> schema =
        ImageSchema::fromJson({{u"name"_s, u"image"_s}, {u"properties"_s, properties}});
    if (!schema)
        qFatal("the sample schema does not read");
    SchemaProperty bus = SchemaProperty::fromJson(
        u"hw_disk_bus"_s,
        schemaEntry(u"string"_s, u"How the instance's disks are attached."_s,
                    {u"virtio"_s, u"scsi"_s, u"two words"_s, QString(80, u'x'), u"bell\u0007"_s}));
    bus.title = u"Disk Bus"_s;
    schema->addDefinitions({bus});
    return *schema;
}

ImageRecord sampleRecord()
{
    ImageRecord record;
    record.id = u"i-1"_s;
    record.name = u"sample"_s;
    record.status = u"active"_s;
    record.diskFormat = u"qcow2"_s;
    record.hashAlgo = u"sha512"_s;
    record.properties = QJsonObject{
        {u"hw_disk_bus"_s, u"virtio"_s}, {u"os_glance_importing_to_stores"_s, u"cold"_s},
        {u"os_hidden"_s, false},         {u"my_own"_s, u"x"_s},
        {u"os_distro"_s, u"ubuntu"_s},   {u"stores"_s, u"fast"_s},
    };
    return record;
}

int countSchemaRequests(const DemoCloud& cloud)
{
    int count = 0;
    for (const DemoRequest& request : cloud.requests()) {
        if (request.url.path().endsWith(u"/v2/schemas/image"_s))
            ++count;
    }
    return count;
}

ImageSchema namedSchema(const QString& field)
{
    return *ImageSchema::fromJson(
        {{u"properties"_s, QJsonObject{{field, schemaEntry(u"string"_s, u"About "_s + field)}}}});
}
} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void propertiesAreGroupedByKind_data();
    void propertiesAreGroupedByKind();
    void propertyTooltipsCarryTheDescription();
    void copyingPropertiesGivesKeyAndValue();
    void overviewTooltipsTitlesAndSections();
    void completionOffersEnumValues();
    void completionCompletesTheLastTerm();
    void completionIsBounded();
    void staleAnswerIsNotShown();
    void failureIsSilentAndNotAskedAgain_data();
    void failureIsSilentAndNotAskedAgain();
    void jobGoneWithItsAdapterIsAskedAgain();
    void demoCloudSchemaReachesTheWindow();
    void secondWindowUsesTheCache();
    void otherDialectsShowNoError();

private:
    MainWindow* makeWindow(ImageAdapter* adapter, SchemaCache* cache);

    QNetworkAccessManager* m_nam = nullptr;
};

void TestSchema::initTestCase()
{
    m_nam = new QNetworkAccessManager(this);
}

void TestSchema::propertiesAreGroupedByKind_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("kind");
    // Base first, then custom, then system; each in key order.
    QTest::newRow("schema field") << u"os_hidden"_s << 0 << u"base"_s;
    QTest::newRow("another schema field") << u"stores"_s << 1 << u"base"_s;
    QTest::newRow("metadef property") << u"hw_disk_bus"_s << 2 << u"custom"_s;
    QTest::newRow("own property") << u"my_own"_s << 3 << u"custom"_s;
    QTest::newRow("is_base false") << u"os_distro"_s << 4 << u"custom"_s;
    QTest::newRow("system") << u"os_glance_importing_to_stores"_s << 5 << u"system"_s;
}

void TestSchema::propertiesAreGroupedByKind()
{
    QFETCH(QString, key);
    QFETCH(int, row);
    QFETCH(QString, kind);
    KeyValueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setObject(sampleRecord().properties);
    QCOMPARE(model.columnCount(), 2); // no schema: no Kind column
    QVERIFY(model.index(0, 0).data(KeyValueTableModel::KindRole).toString().isEmpty());
    model.setSchema(sampleSchema());
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(row, KeyValueTableModel::Key).data().toString(), key);
    QCOMPARE(model.index(row, KeyValueTableModel::Value).data(KeyValueTableModel::KindRole).toString(), kind);
    const QString shown = model.index(row, KeyValueTableModel::Kind).data().toString();
    QCOMPARE(shown.toLower(), kind);
    QCOMPARE(model.headerData(KeyValueTableModel::Kind, Qt::Horizontal).toString(), u"Kind"_s);
    // Back to no schema (another cloud): two columns, the object's order.
    model.setSchema(ImageSchema());
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"hw_disk_bus"_s);
}

void TestSchema::propertyTooltipsCarryTheDescription()
{
    KeyValueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExpandNested(true);
    QJsonObject properties = sampleRecord().properties;
    properties.insert(u"hw_disk_bus"_s, QJsonObject{{u"nested"_s, 1}}); // a nested row keeps its property's
    model.setObject(properties);
    const auto tooltipOf = [&model](const QString& key) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == key)
                return model.index(row, 0).data(Qt::ToolTipRole).toString();
        }
        return u"(no row)"_s;
    };
    QCOMPARE(tooltipOf(u"os_hidden"_s), u"os_hidden"_s); // without a schema: the key
    model.setSchema(sampleSchema());
    QCOMPARE(tooltipOf(u"os_hidden"_s), u"os_hidden\n\nHidden images are left out of listings."_s);
    QCOMPARE(tooltipOf(u"hw_disk_bus.nested"_s),
             u"hw_disk_bus.nested\nDisk Bus\n\nHow the instance's disks are attached."_s);
    QCOMPARE(tooltipOf(u"my_own"_s), u"my_own"_s); // nothing known of it
    // Server text stays text: the model gives it as it is (the delegate escapes it).
    QCOMPARE(tooltipOf(u"stores"_s), u"stores\n\n<b>Stores</b> holding the data."_s);
    // The value's tooltip is the value, as before.
    QCOMPARE(model.index(0, KeyValueTableModel::Value).data(Qt::ToolTipRole).toString(), u"false"_s);
    QVERIFY(!model.index(0, KeyValueTableModel::Kind).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestSchema::copyingPropertiesGivesKeyAndValue()
{
    ImageDetailsView view;
    view.showRecord(sampleRecord());
    view.setSchema(sampleSchema());
    QCOMPARE(view.propertiesModel()->columnCount(), 3);
    QTableView* table = view.table(ImageDetailsView::PropertiesTab);
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(view.selectionText(ImageDetailsView::PropertiesTab), u"os_hidden\tfalse"_s);
    // The filter reads the kind too.
    view.propertiesFilter()->setText(u"system"_s);
    QCOMPARE(view.propertiesProxy()->rowCount(), 1);
    QCOMPARE(view.propertiesProxy()->index(0, 0).data().toString(), u"os_glance_importing_to_stores"_s);
}

void TestSchema::overviewTooltipsTitlesAndSections()
{
    ImageDetailsView view;
    OverviewModel* overview = view.overviewModel();
    QAbstractItemModelTester tester(overview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.showRecord(sampleRecord());
    const int formatRow = overview->rowOf(u"disk_format"_s);
    QVERIFY(formatRow >= 0);
    QCOMPARE(overview->index(formatRow, OverviewModel::Field).data(Qt::ToolTipRole).toString(),
             u"disk_format"_s);
    QCOMPARE(overview->index(overview->rowOf(u"hw_disk_bus"_s), OverviewModel::Field).data().toString(),
             u"hw_disk_bus"_s);

    view.setSchema(sampleSchema());
    QCOMPARE(overview->index(overview->rowOf(u"disk_format"_s), OverviewModel::Field)
                 .data(Qt::ToolTipRole)
                 .toString(),
             u"disk_format\n\nThe format of the disk data."_s);
    // Overview names that differ from the schema's.
    QCOMPARE(overview->index(overview->rowOf(u"hash_algo"_s), OverviewModel::Field)
                 .data(Qt::ToolTipRole)
                 .toString(),
             u"hash_algo\n\nThe algorithm of os_hash_value."_s);
    // A metadata title for people, the key in the tooltip.
    const int busRow = overview->rowOf(u"hw_disk_bus"_s);
    QVERIFY(busRow >= 0);
    QCOMPARE(overview->index(busRow, OverviewModel::Field).data().toString(), u"Disk Bus"_s);
    QCOMPARE(overview->index(busRow, OverviewModel::Field).data(Qt::ToolTipRole).toString(),
             u"hw_disk_bus\n\nHow the instance's disks are attached."_s);
    QCOMPARE(overview->index(busRow, OverviewModel::Value).data().toString(), u"virtio"_s);

    // The properties in sections by kind: each key under its heading.
    QStringList layout;
    for (int row = 0; row < overview->rowCount(); ++row) {
        const QModelIndex index = overview->index(row, 0);
        if (index.data(OverviewModel::SectionRole).toBool())
            layout << u"# "_s + index.data().toString();
        else if (!layout.isEmpty())
            layout << index.data(OverviewModel::KeyRole).toString();
    }
    const QStringList expected{
        u"# Other fields"_s,      u"os_hidden"_s,           u"stores"_s,
        u"# Custom properties"_s, u"hw_disk_bus"_s,         u"my_own"_s,
        u"os_distro"_s,           u"# System properties"_s, u"os_glance_importing_to_stores"_s};
    const QString shown = layout.join(u", "_s);
    QVERIFY2(layout.size() >= expected.size() && layout.mid(layout.size() - expected.size()) == expected,
             qPrintable(shown));

    // Another cloud without a schema: as before.
    view.setSchema(ImageSchema());
    QCOMPARE(overview->index(overview->rowOf(u"hw_disk_bus"_s), OverviewModel::Field).data().toString(),
             u"hw_disk_bus"_s);
}

void TestSchema::completionOffersEnumValues()
{
    ImageTableModel images;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&images);
    FilterBar bar(&images, &proxy);
    const QStringList plain = bar.completer()->entries();
    QVERIFY(plain.contains(u"disk_format:"_s));
    QVERIFY(plain.contains(u"status:"_s));
    QVERIFY(!plain.contains(u"disk_format:qcow2"_s)); // no schema: keys only

    bar.setSchema(sampleSchema());
    const QStringList entries = bar.completer()->entries();
    const QString all = entries.join(u' ');
    for (const QString& expected : {u"disk_format:qcow2"_s, u"disk_format:iso"_s, u"visibility:community"_s,
                                    u"hw_disk_bus:"_s, u"hw_disk_bus:virtio"_s, u"status:"_s})
        QVERIFY2(entries.contains(expected), qPrintable(expected + u" in "_s + all));
    // Server text that is not one plain term is not offered.
    for (const QString& value : {u"two words"_s, QString(80, u'x'), u"bell\u0007"_s}) {
        const QString entry = u"hw_disk_bus:"_s + value;
        QVERIFY2(!entries.contains(entry), qPrintable(entry));
    }
    QVERIFY(!entries.contains(u"os_hidden:"_s)); // no values to offer
    bar.setSchema(ImageSchema());
    QCOMPARE(bar.completer()->entries(), plain);
}

void TestSchema::completionCompletesTheLastTerm()
{
    ImageTableModel images;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&images);
    FilterBar bar(&images, &proxy);
    bar.setSchema(sampleSchema());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QLineEdit* edit = bar.lineEdit();
    FilterCompleter* completer = bar.completer();
    QCOMPARE(edit->completer(), completer);
    edit->setFocus();
    QTest::keyClicks(edit, u"ubuntu disk_format:qc"_s);
    QCOMPARE(completer->completionPrefix(), u"ubuntu disk_format:qc"_s);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentIndex().data().toString(), u"disk_format:qcow2"_s);
    // What is put in the box: the text with its last term completed.
    QCOMPARE(completer->currentCompletion(), u"ubuntu disk_format:qcow2"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(edit->text(), u"ubuntu disk_format:qcow2"_s);
    // Case-insensitively, as the filter reads keys.
    completer->setCompletionPrefix(u"HW_DISK_BUS:s"_s);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentIndex().data().toString(), u"hw_disk_bus:scsi"_s);
    // Between terms nothing is offered.
    completer->setCompletionPrefix(u"ubuntu "_s);
    QCOMPARE(completer->completionCount(), 0);
}

void TestSchema::completionIsBounded()
{
    QList<SchemaProperty> definitions;
    for (int i = 0; i < 40; ++i) {
        QStringList values;
        for (int v = 0; v < 200; ++v)
            values << u"v%1"_s.arg(v);
        definitions << SchemaProperty::fromJson(u"hw_p%1"_s.arg(i), schemaEntry(u"string"_s, {}, values));
    }
    ImageSchema schema = sampleSchema();
    schema.addDefinitions(definitions);
    const QStringList entries = FilterCompleter::entriesFor(schema);
    QCOMPARE(entries.size(), FilterCompleter::kMaxEntries);
    QVERIFY(entries.contains(u"status:"_s)); // the filter's own keys come first
}

void TestSchema::staleAnswerIsNotShown()
{
    FakeAdapter first(u"http://127.0.0.1:1/one"_s);
    FakeAdapter second(u"http://127.0.0.1:1/two"_s);
    SchemaController controller;
    QSignalSpy changed(&controller, &SchemaController::schemaChanged);
    controller.setAdapter(&first);
    QCOMPARE(first.jobs.size(), 1);
    QVERIFY(controller.isFetching());
    controller.setAdapter(&second); // another cloud before the first answered
    QCOMPARE(second.jobs.size(), 1);
    changed.clear();
    first.jobs.first()->succeed(namedSchema(u"first_field"_s));
    QTRY_VERIFY(first.jobs.first().isNull()); // delivered (and deleted)
    QVERIFY(controller.schema().isEmpty());
    QCOMPARE(changed.size(), 0);
    second.jobs.first()->succeed(namedSchema(u"second_field"_s));
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(controller.schema().property(u"second_field"_s));
    QVERIFY(!controller.schema().property(u"first_field"_s));
    // The first cloud's answer was kept for it: shown again without a request.
    controller.setAdapter(&first);
    QVERIFY(controller.schema().property(u"first_field"_s));
    QCOMPARE(first.jobs.size(), 1);
    controller.setAdapter(nullptr);
    QVERIFY(controller.schema().isEmpty());
}

void TestSchema::failureIsSilentAndNotAskedAgain_data()
{
    // A cloud without a schema is not asked again this session; a failure that may pass is.
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("asked");
    const auto status = [](int code) { return ApiError::fromHttpStatus(code, u"refused"_s); };
    QTest::newRow("forbidden") << status(403) << 1;
    QTest::newRow("not found") << status(404) << 1;
    QTest::newRow("not implemented") << status(501) << 1;
    QTest::newRow("bad payload") << ApiError::make(ApiError::Kind::BadPayload, u"refused"_s) << 1;
    QTest::newRow("network") << ApiError::make(ApiError::Kind::Network, u"refused"_s) << 2;
    QTest::newRow("timeout") << ApiError::make(ApiError::Kind::Timeout, u"refused"_s) << 2;
    QTest::newRow("unauthorized") << status(401) << 2;
    QTest::newRow("busy") << status(503) << 2;
    QTest::newRow("internal error") << status(500) << 2;
}

void TestSchema::failureIsSilentAndNotAskedAgain()
{
    QFETCH(ApiError, error);
    QFETCH(int, asked);
    QTemporaryDir dir;
    SchemaCache cache(dir.path());
    FakeAdapter adapter(u"http://127.0.0.1:1/"_s);
    FakeAdapter other(u"http://127.0.0.1:2/"_s);
    ImageDetailsView details;
    ImageTableModel images;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&images);
    FilterBar bar(&images, &proxy);
    SchemaController controller;
    controller.setCache(&cache);
    controller.attach({nullptr, &details, &bar});
    controller.setAdapter(&adapter);
    adapter.jobs.first()->fail(error);
    QTRY_VERIFY(!controller.isFetching());
    QVERIFY(controller.schema().isEmpty());
    QCOMPARE(cache.count(), 0);
    controller.setAdapter(&other);
    controller.setAdapter(&adapter);
    QCOMPARE(adapter.jobs.size(), asked);
    // The other one answers: kept in the cache, given to the details and the filter bar.
    controller.setAdapter(&other);
    other.jobs.first()->succeed(sampleSchema());
    QTRY_VERIFY(!controller.schema().isEmpty());
    QCOMPARE(cache.count(), 1);
    QVERIFY(cache.find(other.endpoint()).has_value());
    QVERIFY(details.schema().property(u"disk_format"_s));
    QVERIFY(bar.completer()->entries().contains(u"disk_format:raw"_s));
}

void TestSchema::jobGoneWithItsAdapterIsAskedAgain()
{
    SchemaController controller;
    auto* gone = new FakeAdapter(u"http://127.0.0.1:1/"_s);
    controller.setAdapter(gone);
    QCOMPARE(gone->jobs.size(), 1);
    delete gone; // its cloud's browser was dropped: the job with it, unanswered
    QVERIFY(!controller.isFetching());
    FakeAdapter other(u"http://127.0.0.1:2/"_s);
    controller.setAdapter(&other);
    FakeAdapter again(u"http://127.0.0.1:1/"_s); // the same endpoint, a new adapter
    controller.setAdapter(&again);
    QCOMPARE(again.jobs.size(), 1);
    again.jobs.first()->succeed(sampleSchema());
    QTRY_VERIFY(!controller.schema().isEmpty());
}

MainWindow* TestSchema::makeWindow(ImageAdapter* adapter, SchemaCache* cache)
{
    auto* window = new MainWindow(adapter, CloudDescription{u"Demo cloud"_s, true});
    window->schemaController()->setCache(cache); // before the event loop runs, as main() does
    window->show();
    window->refresh();
    return window;
}

void TestSchema::demoCloudSchemaReachesTheWindow()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    QTemporaryDir dir;
    SchemaCache cache(dir.path());
    auto* adapter =
        new GlanceV2Adapter(m_nam, {.url = cloud.glanceV2Endpoint(), .token = cloud.token()}, {}, &cloud);
    std::unique_ptr<MainWindow> window(makeWindow(adapter, &cache));
    QTRY_VERIFY_WITH_TIMEOUT(!window->schemaController()->schema().isEmpty(), 15000);
    QCOMPARE(countSchemaRequests(cloud), 1);
    QCOMPARE(cache.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(window->imageModel()->rowOf(kHuaweiImage) >= 0, 15000);
    QVERIFY(window->selectImage(kHuaweiImage));
    ImageDetailsView* details = window->detailsView();
    QTRY_COMPARE(details->shownId(), kHuaweiImage);
    // The metadata definition's title and description (Glance names them hw_* for images).
    OverviewModel* overview = details->overviewModel();
    QTRY_VERIFY(overview->rowOf(u"hw_disk_bus"_s) >= 0);
    const int busRow = overview->rowOf(u"hw_disk_bus"_s);
    QCOMPARE(overview->index(busRow, OverviewModel::Field).data().toString(), u"Disk Bus"_s);
    const QString busTip = overview->index(busRow, OverviewModel::Field).data(Qt::ToolTipRole).toString();
    QVERIFY2(busTip.startsWith(u"hw_disk_bus\n\nHow the instance's disks are attached."_s),
             qPrintable(busTip));
    // The schema's own description on a base field.
    const QString formatTip = overview->index(overview->rowOf(u"disk_format"_s), OverviewModel::Field)
                                  .data(Qt::ToolTipRole)
                                  .toString();
    QCOMPARE(formatTip, u"disk_format\n\nThe format of the disk data."_s);
    // The Properties tab: kinds and tooltips.
    KeyValueTableModel* properties = details->propertiesModel();
    QCOMPARE(properties->columnCount(), 3);
    bool sawBus = false;
    for (int row = 0; row < properties->rowCount(); ++row) {
        if (properties->index(row, 0).data().toString() != u"hw_disk_bus"_s)
            continue;
        sawBus = true;
        QCOMPARE(properties->index(row, 0).data(KeyValueTableModel::KindRole).toString(), u"custom"_s);
        const QString tip = properties->index(row, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Disk Bus"_s) && tip.contains(u"How the instance's disks are attached."_s),
                 qPrintable(tip));
    }
    QVERIFY(sawBus);
    // The completion offers the cloud's enum values.
    const QStringList entries = window->filterBar()->completer()->entries();
    QVERIFY(entries.contains(u"disk_format:qcow2"_s));
    QVERIFY(entries.contains(u"hw_disk_bus:virtio"_s));
    QVERIFY(entries.contains(u"status:deactivated"_s));
    QVERIFY(!window->errorBanner()->isVisible());
}

void TestSchema::secondWindowUsesTheCache()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    QTemporaryDir dir;
    {
        SchemaCache cache(dir.path());
        auto* adapter =
            new GlanceV2Adapter(m_nam, {.url = cloud.glanceV2Endpoint(), .token = cloud.token()}, {}, &cloud);
        std::unique_ptr<MainWindow> window(makeWindow(adapter, &cache));
        QTRY_VERIFY_WITH_TIMEOUT(!window->schemaController()->schema().isEmpty(), 15000);
        QCOMPARE(countSchemaRequests(cloud), 1);
    }
    cloud.clearRequests();
    SchemaCache cache(dir.path()); // as the next run has it
    auto* adapter =
        new GlanceV2Adapter(m_nam, {.url = cloud.glanceV2Endpoint(), .token = cloud.token()}, {}, &cloud);
    std::unique_ptr<MainWindow> window(makeWindow(adapter, &cache));
    QSignalSpy listed(window.get(), &MainWindow::listingFinished);
    QVERIFY(listed.wait(15000));
    QVERIFY(!window->schemaController()->schema().isEmpty());
    QVERIFY(window->schemaController()->schema().title(u"hw_disk_bus"_s) == u"Disk Bus"_s);
    QVERIFY(window->filterBar()->completer()->entries().contains(u"hw_disk_bus:virtio"_s));
    QVERIFY(!cloud.requests().isEmpty()); // the listing went out
    QCOMPARE(countSchemaRequests(cloud), 0);
    for (const DemoRequest& request : cloud.requests()) {
        const QString path = request.url.path();
        QVERIFY2(!path.contains(u"/metadefs/"_s), qPrintable(path));
    }
}

void TestSchema::otherDialectsShowNoError()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    QTemporaryDir dir;
    SchemaCache cache(dir.path());
    const ServiceEndpoint endpoint{.url = cloud.endpoint(Dialect::GlanceV1), .token = cloud.token()};
    std::expected<ImageAdapter*, QString> adapter =
        createImageAdapter(Dialect::GlanceV1, m_nam, endpoint, {}, &cloud);
    QVERIFY(adapter.has_value());
    std::unique_ptr<MainWindow> window(makeWindow(*adapter, &cache));
    QSignalSpy listed(window.get(), &MainWindow::listingFinished);
    QVERIFY(listed.wait(15000));
    QTest::qWait(50); // the schema's answer ("has no ...") comes from the event loop
    QVERIFY(!window->schemaController()->isFetching());
    QVERIFY(window->schemaController()->schema().isEmpty());
    QVERIFY(!window->errorBanner()->isVisible());
    QCOMPARE(countSchemaRequests(cloud), 0);
    QCOMPARE(cache.count(), 0);
    QVERIFY(!window->filterBar()->completer()->entries().contains(u"disk_format:qcow2"_s));
    QCOMPARE(window->detailsView()->propertiesModel()->columnCount(), 2);

    // A Glance v2 cloud beside it: its schema comes, and goes when the v1 cloud is shown again.
    auto* v2 =
        new GlanceV2Adapter(m_nam, {.url = cloud.glanceV2Endpoint(), .token = cloud.token()}, {}, &cloud);
    window->addCloud(v2, CloudDescription{u"Demo v2"_s, true});
    window->setCurrentCloud(1);
    QTRY_VERIFY_WITH_TIMEOUT(!window->schemaController()->schema().isEmpty(), 15000);
    window->setCurrentCloud(0);
    QTRY_VERIFY(window->schemaController()->schema().isEmpty());
    QVERIFY(!window->filterBar()->completer()->entries().contains(u"disk_format:qcow2"_s));
    QVERIFY(!window->errorBanner()->isVisible());
}

QTEST_MAIN(TestSchema)
#include "tst_schema.moc"
