// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestImageFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterWords_data();
    void filterWords();
    void sortsSizeByBytes();
    void sortsNamesIgnoringCase();
    void comparisons_data();
    void comparisons();
    void comparisonsFollowNewRowsAndText();
};

namespace {
void fill(ImageTableModel& model)
{
    const QList<std::tuple<QString, QString, qint64, QString>> rows{
        {u"id-1"_s, u"Ubuntu 22.04"_s, 900, u"ubuntu"_s},
        {u"id-2"_s, u"Debian 12"_s, 2048, u"debian"_s},
        {u"id-3"_s, u"Образ CentOS"_s, 1048576, u"centos"_s},
        {u"id-4"_s, u"ubuntu minimal"_s, 10, u"ubuntu"_s},
    };
    QList<ImageRecord> records;
    for (const auto& [id, name, size, distro] : rows) {
        ImageRecord record;
        record.id = id;
        record.name = name;
        record.size = size;
        record.properties.insert(u"os_distro"_s, distro);
        records.append(record);
    }
    model.append(records);
}
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

std::optional<QDateTime> at(const char* iso)
{
    if (!iso)
        return std::nullopt;
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

struct Sized
{
    const char* id;
    std::optional<qint64> size;
    std::optional<qint64> virtualSize;
    std::optional<qint64> minDisk;
    std::optional<qint64> minRam;
    const char* created;
    const char* updated;
};

// Sizes, virtual sizes, minimums and times around the edges the comparisons draw; `d` has none.
QList<ImageRecord> sizedRecords(std::initializer_list<const char*> ids)
{
    const QList<Sized> all{
        {"a", 500 * MiB, 2 * GiB, 10, 512, "2023-06-01T00:00:00Z", "2025-06-01T12:00:00Z"},
        {"b", GiB + 1, std::nullopt, 20, 2048, "2024-01-01T00:00:00Z", "2025-06-01T11:59:59Z"},
        {"c", 0, 0, 0, 0, "2024-06-01T00:00:00Z", nullptr},
        {"d", std::nullopt, std::nullopt, std::nullopt, std::nullopt, nullptr, nullptr},
        {"e", 3 * GiB / 2, 20 * GiB, 40, 4096, "2023-12-31T23:59:59Z", "2026-01-01T00:00:00Z"},
    };
    QList<ImageRecord> records;
    for (const Sized& sized : all) {
        if (std::find_if(ids.begin(), ids.end(),
                         [&](const char* id) { return qstrcmp(id, sized.id) == 0; }) == ids.end())
            continue;
        ImageRecord record;
        record.id = QString::fromLatin1(sized.id);
        record.name = u"image "_s + record.id;
        record.size = sized.size;
        record.virtualSize = sized.virtualSize;
        record.minDisk = sized.minDisk;
        record.minRam = sized.minRam;
        record.createdAt = at(sized.created);
        record.updatedAt = at(sized.updated);
        records.append(record);
    }
    return records;
}

QStringList shownIds(const ImageFilterProxyModel& proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(ImageTableModel::IdRole).toString();
    ids.sort();
    return ids;
}
} // namespace

void TestImageFilterProxyModel::filterWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty") << QString() << 4;
    QTest::newRow("case-insensitive name") << u"UBUNTU"_s << 2;
    QTest::newRow("two words") << u"ubuntu minimal"_s << 1;
    QTest::newRow("id") << u"id-3"_s << 1;
    QTest::newRow("non-ASCII") << u"образ"_s << 1;
    QTest::newRow("property value") << u"debian"_s << 1;
    QTest::newRow("nothing") << u"windows"_s << 0;
}

void TestImageFilterProxyModel::filterWords()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    proxy.setSearchText(text);
    QCOMPARE(proxy.rowCount(), rows);
}

void TestImageFilterProxyModel::sortsSizeByBytes()
{
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    proxy.sort(ImageTableModel::Size, Qt::AscendingOrder);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(ImageTableModel::IdRole).toString();
    // by bytes, not by the text "900 bytes" < "2.0 KiB" < "1.0 MiB"
    QCOMPARE(ids, (QStringList{u"id-4"_s, u"id-1"_s, u"id-2"_s, u"id-3"_s}));
}

void TestImageFilterProxyModel::sortsNamesIgnoringCase()
{
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    fill(model);
    proxy.sort(ImageTableModel::Name, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, ImageTableModel::Name).data().toString();
    QCOMPARE(names, (QStringList{u"Debian 12"_s, u"Ubuntu 22.04"_s, u"ubuntu minimal"_s, u"Образ CentOS"_s}));
}

void TestImageFilterProxyModel::comparisons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    const auto ids = [](const QString& joined) {
        return joined.split(u',', Qt::SkipEmptyParts);
    };
    QTest::newRow("size>1G") << u"size>1G"_s << ids(u"b,e"_s);
    QTest::newRow("size<=500M") << u"size<=500M"_s << ids(u"a,c"_s);
    QTest::newRow("size=0") << u"size=0"_s << ids(u"c"_s);
    QTest::newRow("size>=1.5G") << u"size>=1.5G"_s << ids(u"e"_s);
    QTest::newRow("null size never matches") << u"size!=0"_s << ids(u"a,b,e"_s);
    QTest::newRow("virtual_size>1G") << u"virtual_size>1G"_s << ids(u"a,e"_s);
    QTest::newRow("virtual_size=0") << u"virtual_size=0"_s << ids(u"c"_s);
    QTest::newRow("min_disk>=10") << u"min_disk>=10"_s << ids(u"a,b,e"_s);
    QTest::newRow("min_ram<512") << u"min_ram<512"_s << ids(u"c"_s);
    QTest::newRow("min_ram>=2G") << u"min_ram>=2G"_s << ids(u"b,e"_s);
    QTest::newRow("created<2024-01-01") << u"created<2024-01-01"_s << ids(u"a,e"_s);
    QTest::newRow("created>=2024-01-01") << u"created>=2024-01-01"_s << ids(u"b,c"_s);
    QTest::newRow("created=2024-01-01") << u"created=2024-01-01"_s << ids(u"b"_s);
    QTest::newRow("updated>=...T12:00") << u"updated>=2025-06-01T12:00"_s << ids(u"a,e"_s);
    QTest::newRow("two terms") << u"size>1G created<2024-01-01"_s << ids(u"e"_s);
    QTest::newRow("with a word") << u"image size>1G"_s << ids(u"b,e"_s);
    QTest::newRow("a bad term is left out") << u"size>lots"_s << ids(u"a,b,c,d,e"_s);
    QTest::newRow("the rest still filters") << u"size>lots size>1G"_s << ids(u"b,e"_s);
    QTest::newRow("unknown field") << u"foo>3"_s << ids(u"a,b,c,d,e"_s);
}

void TestImageFilterProxyModel::comparisons()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(sizedRecords({"a", "b", "c", "d", "e"}));
    proxy.setSearchText(text);
    QCOMPARE(shownIds(proxy), ids);
    QCOMPARE(proxy.isFiltering(), !proxy.query().rangeTerms.isEmpty() || !proxy.query().words.isEmpty());
}

void TestImageFilterProxyModel::comparisonsFollowNewRowsAndText()
{
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ImageTableModel::Size, Qt::AscendingOrder);
    model.append(sizedRecords({"a", "d"}));
    proxy.setSearchText(u"size>100M"_s);
    QCOMPARE(shownIds(proxy), QStringList{u"a"_s});
    model.append(sizedRecords({"b", "c", "e"})); // the next page
    QCOMPARE(shownIds(proxy), (QStringList{u"a"_s, u"b"_s, u"e"_s}));
    proxy.setSearchText(u"size>1G"_s);
    QCOMPARE(shownIds(proxy), (QStringList{u"b"_s, u"e"_s}));
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

QTEST_MAIN(TestImageFilterProxyModel)
#include "tst_imagefilterproxymodel.moc"
