// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

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

QTEST_MAIN(TestImageFilterProxyModel)
#include "tst_imagefilterproxymodel.moc"
