// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The details' Overview for people (issue 16): labels in words with the raw name at hand, sizes
// with their exact byte count, minimum disk and RAM with units, times in local time with their
// age (counted to an injected clock) and the UTC value as tooltip, custom properties apart.
// English texts are the sources: plurals read "(s)" until a catalogue gives their forms.
#include "image/imageschema.h"
#include "models/comparemodel.h"
#include "models/contentsrows.h"
#include "models/overviewmodel.h"
#include "models/overviewrows.h"
#include "widgets/imagedetailsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QJsonObject>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QDateTime kNow(QDate(2026, 12, 2), QTime(8, 0), QTimeZone::utc());

ImageRecord image()
{
    ImageRecord record;
    record.id = u"7f0c-id"_s;
    record.name = u"cirros"_s;
    record.status = u"active"_s;
    record.size = 13167616;
    record.diskFormat = u"qcow2"_s;
    record.minDisk = 20;
    record.minRam = 2048;
    record.isProtected = true;
    record.createdAt = kNow.addDays(-3);
    record.properties.insert(u"os_distro"_s, u"ubuntu"_s);
    record.properties.insert(u"image_type"_s, u"snapshot"_s);
    record.dialect = Dialect::GlanceV2;
    return record;
}

const OverviewRows::Row* find(const QList<OverviewRows::Row>& rows, const QString& key)
{
    for (const OverviewRows::Row& row : rows) {
        if (!row.section && row.key == key)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizes_data();
    void sizes();
    void ages_data();
    void ages();
    void minimumsHaveUnits_data();
    void minimumsHaveUnits();
    void rowsInWords_data();
    void rowsInWords();
    void absentValuesSayUnknown();
    void customPropertiesHaveTheirSection();
    void metadataTitles_data();
    void metadataTitles();
    void timesShowLocalTimeAgeAndUtc();
    void detailsViewCountsAgesToItsClock();
    void compareShowsTheSameLabels();
    void contentsSaysNotInspected();
    void contentsFormatAgainstDeclared_data();
    void contentsFormatAgainstDeclared();
    void contentsShowsEachProblemAsPlainText();
    void contentsComparesSizes();
    void detailsViewShowsTheVerdictOfTheImageShown();
    void compareShowsVerdicts();
};

void TestOverview::sizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << kEnglish << u"0 byte(s)"_s;
    QTest::newRow("1023") << qint64(1023) << kEnglish << u"1,023 byte(s)"_s;
    QTest::newRow("13167616") << qint64(13167616) << kEnglish << u"12.6 MiB (13,167,616 byte(s))"_s;
    QTest::newRow("13167616 German") << qint64(13167616) << QLocale(QLocale::German, QLocale::Germany)
                                     << u"12,6 MiB (13.167.616 byte(s))"_s;
    QTest::newRow("past int") << qint64(5) * 1024 * 1024 * 1024 << kEnglish
                              << u"5.0 GiB (5,368,709,120 byte(s))"_s;
}

void TestOverview::sizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(OverviewRows::sizeText(bytes, locale), text);
}

void TestOverview::ages_data()
{
    QTest::addColumn<qint64>("secondsAgo"); // negative: a server clock ahead of ours
    QTest::addColumn<QString>("age");
    QTest::newRow("now") << qint64(0) << u"just now"_s;
    QTest::newRow("59 s") << qint64(59) << u"just now"_s;
    QTest::newRow("1 min") << qint64(60) << u"1 minute(s) ago"_s;
    QTest::newRow("5 min") << qint64(5 * 60 + 30) << u"5 minute(s) ago"_s;
    QTest::newRow("3 h") << qint64(3 * 3600) << u"3 hour(s) ago"_s;
    QTest::newRow("3 days") << qint64(3 * 86400) << u"3 day(s) ago"_s;
    QTest::newRow("60 days") << qint64(60 * 86400) << u"2 month(s) ago"_s;
    QTest::newRow("800 days") << qint64(800 * 86400) << u"2 year(s) ago"_s;
    QTest::newRow("2 min ahead") << qint64(-120) << u"just now"_s;
    QTest::newRow("3 days ahead") << qint64(-3 * 86400) << u"ahead of this computer's clock"_s;
}

void TestOverview::ages()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, age);
    const QString text = OverviewRows::ageText(kNow.addSecs(-secondsAgo), kNow);
    QCOMPARE(text, age);
    QVERIFY2(!text.contains(u'-'), qPrintable(text));
}

void TestOverview::minimumsHaveUnits_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("disk") << u"min_disk"_s << qint64(20) << u"20 GiB"_s;
    QTest::newRow("disk 0") << u"min_disk"_s << qint64(0) << u"0 GiB"_s;
    QTest::newRow("ram") << u"min_ram"_s << qint64(512) << u"512 MiB"_s;
    QTest::newRow("ram large") << u"min_ram"_s << qint64(2048) << u"2,048 MiB"_s;
}

void TestOverview::minimumsHaveUnits()
{
    QFETCH(QString, key);
    QFETCH(qint64, value);
    QFETCH(QString, text);
    ImageRecord record = image();
    (key == u"min_disk"_s ? record.minDisk : record.minRam) = value;
    const QList<OverviewRows::Row> rows = OverviewRows::rows(record, kNow, kEnglish);
    const OverviewRows::Row* row = find(rows, key);
    QVERIFY(row);
    QCOMPARE(row->text, text);
    QCOMPARE(row->raw.toLongLong(), value);
}

void TestOverview::rowsInWords_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("text");
    QTest::newRow("id") << u"id"_s << u"ID"_s << u"7f0c-id"_s;
    QTest::newRow("disk format") << u"disk_format"_s << u"Disk format"_s << u"qcow2"_s;
    QTest::newRow("size") << u"size"_s << u"Size"_s << u"12.6 MiB (13,167,616 byte(s))"_s;
    QTest::newRow("protected") << u"protected"_s << u"Protected"_s << u"Yes"_s;
    QTest::newRow("type") << u"image_type"_s << u"Type"_s << u"Instance snapshot"_s;
    QTest::newRow("dialect") << u"dialect"_s << u"API dialect"_s << u"glance-v2"_s;
}

void TestOverview::rowsInWords()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(QString, text);
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(OverviewRows::rows(image(), kNow, kEnglish));
    const int row = model.rowOf(key);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, OverviewModel::Field).data().toString(), label);
    QCOMPARE(model.index(row, OverviewModel::Field).data(Qt::ToolTipRole).toString(), key); // the raw name
    QCOMPARE(model.index(row, OverviewModel::Field).data(OverviewModel::KeyRole).toString(), key);
    QCOMPARE(model.index(row, OverviewModel::Value).data().toString(), text);
    QVERIFY(model.flags(model.index(row, OverviewModel::Value)) & Qt::ItemIsSelectable);
    QCOMPARE(model.index(0, OverviewModel::Field).data(OverviewModel::KeyRole).toString(), u"id"_s);
}

void TestOverview::absentValuesSayUnknown()
{
    ImageRecord record;
    record.id = u"bare"_s;
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(OverviewRows::rows(record, kNow, kEnglish));
    for (const QString& key :
         {u"size"_s, u"virtual_size"_s, u"min_disk"_s, u"protected"_s, u"created_at"_s}) {
        const int row = model.rowOf(key);
        QVERIFY2(row >= 0, qPrintable(key));
        const QModelIndex value = model.index(row, OverviewModel::Value);
        QCOMPARE(value.data().toString(), u"unknown"_s);
        QVERIFY(value.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!value.data(OverviewModel::RawValueRole).isValid() ||
                value.data(OverviewModel::RawValueRole).isNull());
    }
    QCOMPARE(model.index(model.rowOf(u"image_type"_s), OverviewModel::Value).data().toString(), u"Image"_s);
    for (int row = 0; row < model.rowCount(); ++row) // no property: no section
        QVERIFY(!model.index(row, 0).data(OverviewModel::SectionRole).toBool());
}

void TestOverview::customPropertiesHaveTheirSection()
{
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(OverviewRows::rows(image(), kNow, kEnglish));
    int heading = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(OverviewModel::SectionRole).toBool())
            heading = row;
    }
    QVERIFY(heading > model.rowOf(u"dialect"_s));
    QCOMPARE(model.index(heading, OverviewModel::Field).data().toString(), u"Custom properties"_s);
    QVERIFY(model.index(heading, OverviewModel::Field).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!(model.flags(model.index(heading, OverviewModel::Field)) & Qt::ItemIsSelectable));
    const int distro = model.rowOf(u"os_distro"_s);
    QVERIFY(distro > heading);
    QCOMPARE(model.index(distro, OverviewModel::Field).data().toString(), u"os_distro"_s);
    QCOMPARE(model.index(distro, OverviewModel::Value).data().toString(), u"ubuntu"_s);
    QCOMPARE(model.rowCount(), heading + 3); // image_type and os_distro
}

void TestOverview::metadataTitles_data()
{
    // A cloud's metadata title names custom properties only (never a field of the schema nor a
    // system property: a title must not pass one field off as another), once simplified and at
    // most 48 characters (it sizes the column); else the property's own name.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("label");
    QTest::newRow("custom") << u"hw_disk_bus"_s << u"Disk Bus"_s << u"Disk Bus"_s;
    QTest::newRow("custom, spaced over lines") << u"hw_disk_bus"_s << u"  Disk\n\tBus "_s << u"Disk Bus"_s;
    QTest::newRow("custom, 48 characters") << u"hw_x"_s << QString(48, u'T') << QString(48, u'T');
    QTest::newRow("custom, 49 characters") << u"hw_x"_s << QString(49, u'T') << u"hw_x"_s;
    QTest::newRow("custom, blank") << u"hw_x"_s << u" \n "_s << u"hw_x"_s;
    QTest::newRow("a field of the schema") << u"os_hidden"_s << u"Disk format"_s << u"os_hidden"_s;
    QTest::newRow("a system property")
        << u"os_glance_failed_import"_s << u"Name"_s << u"os_glance_failed_import"_s;
}

void TestOverview::metadataTitles()
{
    QFETCH(QString, key);
    QFETCH(QString, title);
    QFETCH(QString, label);
    Result<ImageSchema> schema = ImageSchema::fromJson(
        {{u"name"_s, u"image"_s},
         {u"properties"_s, QJsonObject{{u"os_hidden"_s, QJsonObject{{u"type"_s, u"boolean"_s}}}}}});
    QVERIFY(schema);
    SchemaProperty definition;
    definition.name = key;
    definition.title = title;
    schema->addDefinitions({definition});
    QCOMPARE(schema->title(key), title);
    ImageRecord record = image();
    record.properties.insert(key, u"value"_s);
    const QList<OverviewRows::Row> rows = OverviewRows::rows(record, kNow, kEnglish, &*schema);
    const OverviewRows::Row* row = find(rows, key);
    QVERIFY(row);
    QCOMPARE(row->label, label);
}

void TestOverview::timesShowLocalTimeAgeAndUtc()
{
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(OverviewRows::rows(image(), kNow, kEnglish));
    const QModelIndex created = model.index(model.rowOf(u"created_at"_s), OverviewModel::Value);
    const QDateTime when = kNow.addDays(-3);
    QCOMPARE(created.data().toString(),
             kEnglish.toString(when.toLocalTime(), QLocale::ShortFormat) + u" (3 day(s) ago)"_s);
    QCOMPARE(created.data(Qt::ToolTipRole).toString(), u"2026-11-29T08:00:00Z"_s);
    QCOMPARE(created.data(OverviewModel::RawValueRole).toString(), u"2026-11-29T08:00:00Z"_s);
}

void TestOverview::detailsViewCountsAgesToItsClock()
{
    ImageDetailsView view;
    QDateTime now = kNow;
    view.setClock([&now] { return now; });
    ImageRecord record = image();
    record.updatedAt = kNow.addSecs(-10);
    view.showRecord(record);
    OverviewModel* model = view.overviewModel();
    QVERIFY(model->index(model->rowOf(u"updated_at"_s), 1).data().toString().endsWith(u"(just now)"_s));
    now = kNow.addSecs(3 * 3600);
    view.showRecord(record);
    QVERIFY(model->index(model->rowOf(u"updated_at"_s), 1).data().toString().endsWith(u"(3 hour(s) ago)"_s));
    // The heading spans both columns.
    int heading = 0;
    while (heading < model->rowCount() && !model->index(heading, 0).data(OverviewModel::SectionRole).toBool())
        ++heading;
    QVERIFY(model->index(heading, 0).data(OverviewModel::SectionRole).toBool());
    QCOMPARE(view.table(ImageDetailsView::OverviewTab)->columnSpan(heading, 0), 2);
    view.clearRecord();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(view.table(ImageDetailsView::OverviewTab)->columnSpan(heading, 0), 1);
}

void TestOverview::compareShowsTheSameLabels()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImageRecord other = image();
    other.diskFormat = u"raw"_s;
    model.setImages(image(), u"left"_s, other, u"right"_s);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, CompareModel::Field).data(CompareModel::KeyRole).toString() == u"disk_format"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, CompareModel::Field).data().toString(), u"Disk format"_s);
    QCOMPARE(model.index(row, CompareModel::Field).data(Qt::ToolTipRole).toString(), u"disk_format"_s);
    QVERIFY(model.index(row, CompareModel::Field).data(CompareModel::DifferentRole).toBool());
}

namespace {

InspectionResult unsafeVerdict()
{
    InspectionResult result;
    result.format = u"qcow2"_s;
    result.virtualSize = qint64(40) << 30;
    result.declaredFormat = u"qcow2"_s;
    result.matchesDeclared = true;
    result.safe = false;
    result.problems = {
        {InspectionProblem::Kind::BackingFile, u"The image names a backing file, <b>/etc/passwd</b>."_s},
        {InspectionProblem::Kind::DataFile, u"The image names an external data file."_s}};
    result.bytesRead = 65536;
    result.details = {
        {u"version"_s, 3}, {u"cluster_size"_s, 65536}, {u"backing_file"_s, u"<b>/etc/passwd</b>\n"_s}};
    return result;
}

QList<const OverviewRows::Row*> findAll(const QList<OverviewRows::Row>& rows, const QString& key)
{
    QList<const OverviewRows::Row*> found;
    for (const OverviewRows::Row& row : rows) {
        if (!row.section && row.key == key)
            found << &row;
    }
    return found;
}

} // namespace

void TestOverview::contentsSaysNotInspected()
{
    const QList<OverviewRows::Row> rows = ContentsRows::rows(image(), std::nullopt, kEnglish);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.first().section);
    QCOMPARE(rows.first().label, u"Contents"_s);
    QVERIFY(rows.at(1).absent);
    QVERIFY2(rows.at(1).text.startsWith(u"Not inspected"_s), qPrintable(rows.at(1).text));
    QVERIFY(rows.at(1).text.contains(u"Inspect"_s));
}

void TestOverview::contentsFormatAgainstDeclared_data()
{
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("text");
    QTest::newRow("matching") << u"qcow2"_s << u"qcow2"_s << u"qcow2 (declared qcow2)"_s;
    QTest::newRow("mismatch") << u"raw"_s << u"qcow2"_s << u"raw — declared qcow2: mismatch"_s;
    QTest::newRow("nothing declared") << u"vmdk"_s << QString() << u"vmdk (nothing declared)"_s;
}

void TestOverview::contentsFormatAgainstDeclared()
{
    QFETCH(QString, found);
    QFETCH(QString, declared);
    QFETCH(QString, text);
    InspectionResult result;
    result.format = found;
    result.declaredFormat = declared;
    if (!declared.isEmpty())
        result.matchesDeclared = found == declared;
    result.safe = true;
    QCOMPARE(ContentsRows::formatText(result, declared), text);
    ImageRecord record = image();
    record.diskFormat = declared.isEmpty() ? std::nullopt : std::optional<QString>(declared);
    const QList<OverviewRows::Row> rows = ContentsRows::rows(record, result, kEnglish);
    QCOMPARE(find(rows, u"inspection.format"_s)->text, text);
    QCOMPARE(find(rows, u"inspection.safe"_s)->text, u"Safe"_s);
    QCOMPARE(ContentsRows::badgeOf(result), result.matchesDeclared.value_or(true)
                                                ? ContentsRows::Badge::Safe
                                                : ContentsRows::Badge::Mismatch);
}

void TestOverview::contentsShowsEachProblemAsPlainText()
{
    const QList<OverviewRows::Row> rows = ContentsRows::rows(image(), unsafeVerdict(), kEnglish);
    const QList<const OverviewRows::Row*> problems = findAll(rows, u"inspection.problem"_s);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0)->raw.toString(), u"backing_file"_s);
    QCOMPARE(problems.at(1)->raw.toString(), u"data_file"_s);
    QVERIFY(!find(rows, u"inspection.safe"_s));
    QCOMPARE(ContentsRows::badgeOf(unsafeVerdict()), ContentsRows::Badge::Unsafe);
    QCOMPARE(find(rows, u"inspection.bytes_read"_s)->text, u"64.0 KiB (65,536 byte(s))"_s);
    QCOMPARE(find(rows, u"inspection.version"_s)->label, u"Format version"_s);
    QCOMPARE(find(rows, u"inspection.version"_s)->text, u"3"_s);
    QCOMPARE(find(rows, u"inspection.cluster_size"_s)->text, u"64.0 KiB (65,536 byte(s))"_s);
    // Server data as it is, on one line: the model gives text; the view renders no markup.
    const OverviewRows::Row* backing = find(rows, u"inspection.backing_file"_s);
    QCOMPARE(backing->label, u"Backing file"_s);
    QCOMPARE(backing->text, u"<b>/etc/passwd</b> "_s);
    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows);
    const int row = model.rowOf(u"inspection.backing_file"_s);
    QCOMPARE(model.index(row, OverviewModel::Value).data().toString(), u"<b>/etc/passwd</b> "_s);
    QCOMPARE(model.index(0, OverviewModel::Field).data(OverviewModel::SectionRole).toBool(), true);
}

void TestOverview::contentsComparesSizes()
{
    ImageRecord record = image(); // min_disk 20 GiB
    record.virtualSize = qint64(10) << 30;
    const QList<OverviewRows::Row> rows = ContentsRows::rows(record, unsafeVerdict(), kEnglish);
    const OverviewRows::Row* size = find(rows, u"inspection.virtual_size"_s);
    QVERIFY2(size->text.startsWith(u"40.0 GiB"_s), qPrintable(size->text));
    QVERIFY2(size->text.contains(u"the image record says 10.0 GiB"_s), qPrintable(size->text));
    const OverviewRows::Row* minDisk = find(rows, u"inspection.min_disk"_s);
    QVERIFY(minDisk);
    QVERIFY2(minDisk->text.startsWith(u"20 GiB is smaller"_s), qPrintable(minDisk->text));
    // As the record says, and room enough: no remark.
    record.virtualSize = qint64(40) << 30;
    record.minDisk = 40;
    const QList<OverviewRows::Row> fine = ContentsRows::rows(record, unsafeVerdict(), kEnglish);
    QVERIFY(!find(fine, u"inspection.virtual_size"_s)->text.contains(u"says"_s));
    QVERIFY(!find(fine, u"inspection.min_disk"_s));
}

void TestOverview::detailsViewShowsTheVerdictOfTheImageShown()
{
    ImageDetailsView view;
    std::optional<InspectionResult> known;
    view.setVerdictLookup(
        [&known](const ImageRecord& record) { return record.id == u"7f0c-id"_s ? known : std::nullopt; });
    view.showRecord(image());
    OverviewModel* model = view.overviewModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int notInspected = model->rowOf(u"inspection"_s);
    QVERIFY(notInspected >= 0);
    // Contents comes before the custom properties.
    int properties = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rows().at(row).section && model->rows().at(row).label == u"Custom properties"_s)
            properties = row;
    }
    QVERIFY(properties > notInspected);
    known = unsafeVerdict();
    view.verdictChanged(u"another"_s); // not the image shown
    QVERIFY(model->rowOf(u"inspection"_s) >= 0);
    view.verdictChanged(u"7f0c-id"_s);
    QCOMPARE(model->rowOf(u"inspection"_s), -1);
    QVERIFY(model->rowOf(u"inspection.problem"_s) >= 0);
}

void TestOverview::compareShowsVerdicts()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setImages(image(), u"left"_s, image(), u"right"_s);
    const int plain = model.rowCount();
    const int same = model.differenceCount();
    model.setVerdicts(std::nullopt, std::nullopt);
    QCOMPARE(model.rowCount(), plain); // neither inspected: no rows
    InspectionResult safe;
    safe.format = u"qcow2"_s;
    safe.virtualSize = qint64(40) << 30;
    safe.safe = true;
    model.setVerdicts(unsafeVerdict(), safe);
    QCOMPARE(model.rowCount(), plain + 4);
    const auto rowOf = [&model](const QString& key) {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, CompareModel::Field).data(CompareModel::KeyRole).toString() == key)
                return r;
        }
        return -1;
    };
    const int format = rowOf(u"inspection.format"_s);
    QVERIFY(format >= 0);
    QVERIFY(!model.index(format, CompareModel::Field).data(CompareModel::DifferentRole).toBool());
    const int verdict = rowOf(u"inspection.safe"_s);
    QCOMPARE(model.index(verdict, CompareModel::Left).data().toString(), u"unsafe"_s);
    QCOMPARE(model.index(verdict, CompareModel::Right).data().toString(), u"safe"_s);
    QVERIFY(model.index(verdict, CompareModel::Field).data(CompareModel::DifferentRole).toBool());
    const int problems = rowOf(u"inspection.problems"_s);
    QVERIFY(model.index(problems, CompareModel::Left).data().toString().contains(u"backing file"_s));
    QCOMPARE(model.index(problems, CompareModel::Right).data().toString(), u"none"_s);
    QCOMPARE(model.differenceCount(), same + 2);
    // One side not inspected: absent there.
    model.setVerdicts(std::nullopt, safe);
    QCOMPARE(model.rowCount(), plain + 4);
    QCOMPARE(model.index(rowOf(u"inspection.safe"_s), CompareModel::Left).data().toString(), u"(absent)"_s);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
