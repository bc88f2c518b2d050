// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"
#include "democloud/democloud.h"
#include "identity/renewingadapter.h"
#include "support/downloadcontrollerfixture.h"
#include "support/stubadapter.h"
#include "widgets/saveimagedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QString kVoweb = u"e3d37ab2-8dc0-4000-b773-b15aad79ad0a"_s; // the demo's image in "fast" and "cold"

// An adapter of any dialect that may say the download's store can be chosen (no real one does).
// Its image data is on port 1 of the loopback, where nothing answers: the transfer is only looked
// at, never finished.
class StubAdapter : public Test::StubAdapter
{
public:
    StubAdapter(Dialect dialect, bool storeChoice)
        : Test::StubAdapter(QUrl(u"http://127.0.0.1:1/"_s), dialect, Files::OnEndpoint)
        , m_storeChoice(storeChoice)
    {}
    bool offersDownloadStoreChoice() const override { return m_storeChoice; }

private:
    bool m_storeChoice;
};

ImageRecord image(const QJsonValue& stores)
{
    ImageRecord record;
    record.id = u"5c1d0a4e-0000-4000-8000-000000000001"_s;
    record.name = u"stored"_s;
    record.status = u"active"_s;
    record.size = 1024;
    record.diskFormat = u"qcow2"_s;
    if (!stores.isUndefined())
        record.properties.insert(u"stores"_s, stores);
    return record;
}

// What the dialog showed, read while it was open.
struct Seen
{
    bool dialog = false;
    bool row = false;
    bool rowVisible = false;
    bool enabled = false;
    bool native = true;
    QStringList items;
    QString note;
    QString noteToolTip;
    bool notePlain = false;
};

Seen inspect(SaveImageDialog* dialog)
{
    Seen seen;
    seen.dialog = dialog != nullptr;
    if (!dialog)
        return seen;
    seen.native = !dialog->testOption(QFileDialog::DontUseNativeDialog);
    auto* box = dialog->findChild<QComboBox*>(u"storeChoice"_s);
    seen.row = box != nullptr && dialog->hasStoreRow();
    if (box) {
        seen.rowVisible = box->isVisible();
        seen.enabled = box->isEnabled();
        for (int i = 0; i < box->count(); ++i)
            seen.items << box->itemText(i);
    }
    if (auto* note = dialog->findChild<QLabel*>(u"storeNote"_s)) {
        seen.note = note->isVisible() ? note->text() : QString();
        seen.noteToolTip = note->toolTip();
        seen.notePlain = note->textFormat() == Qt::PlainText;
    }
    return seen;
}
} // namespace

// The save dialog of the Download action: the image's stores below the file name, enabled only
// where the adapter offers the choice (none does: the note says so), none for images without
// stores or dialects without them; store names as bounded plain text; the choice in the request.
class TestSaveImageDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void storeRow_data();
    void storeRow();
    void noStoresKeepsThePlatformDialog();
    void hostileStoreNames();
    void chosenStoreLandsInTheRequest_data();
    void chosenStoreLandsInTheRequest();
    void demoCloudImageOffersNoChoice();

private:
    // Opens the controller's dialog for `record` through `adapter`; `act` runs while it is open.
    bool openDialog(ImageAdapter* adapter, const ImageRecord& record,
                    std::function<void(SaveImageDialog*)> act);

    Test::DownloadControllerFixture m_fixture;
};

void TestSaveImageDialog::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestSaveImageDialog::cleanup()
{
    m_fixture.tearDown();
}

bool TestSaveImageDialog::openDialog(ImageAdapter* adapter, const ImageRecord& record,
                                     std::function<void(SaveImageDialog*)> act)
{
    bool ran = false;
    const bool started = Test::whileModal(
        [&] { return m_fixture.controller->download(adapter, u"test"_s, record, QString()); },
        [&](QWidget* modal) {
            ran = true;
            auto* dialog = qobject_cast<SaveImageDialog*>(modal);
            act(dialog);
            if (dialog && dialog->isVisible())
                dialog->reject();
        });
    if (!ran)
        qWarning("the dialog was never open");
    return started;
}

void TestSaveImageDialog::storeRow_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QJsonValue>("stores");
    QTest::addColumn<bool>("row");
    QTest::addColumn<QStringList>("items");

    const QString any = u"Any (the cloud chooses)"_s;
    QTest::newRow("two stores") << int(Dialect::GlanceV2) << QJsonValue(u"fast,cold"_s) << true
                                << QStringList{any, u"fast"_s, u"cold"_s};
    QTest::newRow("spaces, empty parts, a duplicate")
        << int(Dialect::GlanceV2) << QJsonValue(u" fast , ,cold,fast,"_s) << true
        << QStringList{any, u"fast"_s, u"cold"_s};
    QTest::newRow("an array") << int(Dialect::GlanceV2) << QJsonValue(QJsonArray{u"fast"_s, u"cold"_s})
                              << true << QStringList{any, u"fast"_s, u"cold"_s};
    QTest::newRow("no stores") << int(Dialect::GlanceV2) << QJsonValue(QJsonValue::Undefined) << false
                               << QStringList();
    QTest::newRow("empty stores") << int(Dialect::GlanceV2) << QJsonValue(u" , "_s) << false << QStringList();
    QTest::newRow("a number") << int(Dialect::GlanceV2) << QJsonValue(7) << false << QStringList();
    QTest::newRow("glance-v1 with a stores property")
        << int(Dialect::GlanceV1) << QJsonValue(u"fast,cold"_s) << false << QStringList();
    QTest::newRow("compute with a stores property")
        << int(Dialect::Compute) << QJsonValue(u"fast,cold"_s) << false << QStringList();
}

void TestSaveImageDialog::storeRow()
{
    QFETCH(int, dialect);
    QFETCH(QJsonValue, stores);
    QFETCH(bool, row);
    QFETCH(QStringList, items);
    StubAdapter adapter(static_cast<Dialect>(dialect), false);
    Seen seen;
    QVERIFY(!openDialog(&adapter, image(stores), [&](SaveImageDialog* dialog) { seen = inspect(dialog); }));
    QVERIFY(seen.dialog);
    QCOMPARE(seen.row, row);
    QCOMPARE(seen.rowVisible, row);
    QCOMPARE(seen.items, items);
    QCOMPARE(m_fixture.queue->transfers().size(), 0); // cancelled: nothing queued
    if (!row)
        return;
    QVERIFY(!seen.enabled);
    QVERIFY(seen.notePlain);
    QVERIFY2(seen.note.contains(u"offers no choice of the store a download is served from"_s),
             qPrintable(seen.note));
    QCOMPARE(seen.note, SaveImageDialog::noChoiceText());
    QCOMPARE(seen.noteToolTip, SaveImageDialog::noChoiceText());
}

void TestSaveImageDialog::noStoresKeepsThePlatformDialog()
{
    const QString proposed = m_fixture.dir->filePath(u"image.qcow2"_s);
    SaveImageDialog plain(nullptr, u"Download"_s, proposed, {}, false);
    QVERIFY(!plain.hasStoreRow());
    QVERIFY(!plain.testOption(QFileDialog::DontUseNativeDialog));
    QCOMPARE(plain.acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(plain.preferredStore(), QString());

    SaveImageDialog withStores(nullptr, u"Download"_s, proposed, {u"fast"_s}, false);
    QVERIFY(withStores.hasStoreRow());
    QVERIFY(withStores.testOption(QFileDialog::DontUseNativeDialog));
    QCOMPARE(withStores.acceptMode(), QFileDialog::AcceptSave);
    // Not offered: whatever the box says, nothing is preferred.
    auto* box = withStores.findChild<QComboBox*>(u"storeChoice"_s);
    QVERIFY(box);
    box->setCurrentIndex(1);
    QCOMPARE(withStores.preferredStore(), QString());
    // The row is below the file name, in the dialog's own grid.
    auto* grid = qobject_cast<QGridLayout*>(withStores.layout());
    QVERIFY(grid);
    const int index = grid->indexOf(box);
    QVERIFY(index >= 0);
    int row = 0, column = 0, rows = 0, columns = 0;
    grid->getItemPosition(index, &row, &column, &rows, &columns);
    auto* label = withStores.findChild<QLabel*>(u"storeLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->buddy(), box);
    QCOMPARE(grid->indexOf(label) >= 0, true);
    QVERIFY(row >= 2); // the file name and the type rows come first
}

void TestSaveImageDialog::hostileStoreNames()
{
    const QString markup = u"<b>bold</b>"_s;
    const QString controls = u"a\u0007b\nc\u202Ed"_s;
    const QString longName = QString(10000, u'x');
    QStringList many;
    for (int i = 0; i < 500; ++i)
        many << u"s%1"_s.arg(i);
    const QString stores =
        QStringList{markup, controls, longName}.join(u',') + u',' + many.join(u',') + QString(100000, u',');
    StubAdapter adapter(Dialect::GlanceV2, false);
    Seen seen;
    QVERIFY(!openDialog(&adapter, image(stores), [&](SaveImageDialog* dialog) { seen = inspect(dialog); }));
    QVERIFY(seen.row);
    // "Any" and at most kMaxStores stores.
    QCOMPARE(seen.items.size(), 1 + SaveImageDialog::kMaxStores);
    QCOMPARE(seen.items.at(1), markup); // shown as it is, not as bold text
    QCOMPARE(seen.items.at(2), u"a\uFFFDb\uFFFDc\uFFFDd"_s);
    QCOMPARE(seen.items.at(3), QString(SaveImageDialog::kMaxStoreChars, u'x') + QChar(0x2026));
    QCOMPARE(seen.items.at(4), u"s0"_s);
    for (const QString& item : std::as_const(seen.items)) {
        QVERIFY2(item.size() <= SaveImageDialog::kMaxStoreChars + 1, qPrintable(item.left(80)));
        for (const QChar c : item)
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                     qPrintable(item.left(80)));
    }
    // The ids kept are bounded too.
    const QStringList ids = SaveImageDialog::storesOf(image(stores));
    QCOMPARE(ids.size(), SaveImageDialog::kMaxStores);
    QCOMPARE(ids.at(2).size(), SaveImageDialog::kMaxStoreId);
    // A cut never leaves half of a character.
    const QString emoji = QString(SaveImageDialog::kMaxStoreChars - 1, u'y') + u"\U0001F600"_s;
    const QString shown = SaveImageDialog::shownStoreName(emoji);
    QVERIFY(!shown.at(shown.size() - 2).isHighSurrogate());
}

void TestSaveImageDialog::chosenStoreLandsInTheRequest_data()
{
    QTest::addColumn<bool>("renewing");
    QTest::addColumn<int>("choose");
    QTest::addColumn<QString>("preferred");
    QTest::newRow("cold") << false << 2 << u"cold"_s;
    QTest::newRow("any") << false << 0 << QString();
    QTest::newRow("cold, through a renewing adapter") << true << 2 << u"cold"_s;
}

void TestSaveImageDialog::chosenStoreLandsInTheRequest()
{
    QFETCH(bool, renewing);
    QFETCH(int, choose);
    QFETCH(QString, preferred);
    auto* stub = new StubAdapter(Dialect::GlanceV1, true); // any dialect: the adapter decides
    std::unique_ptr<ImageAdapter> adapter;
    if (renewing)
        adapter = std::make_unique<RenewingAdapter>(stub, nullptr);
    else
        adapter.reset(stub);
    QVERIFY(adapter->offersDownloadStoreChoice());
    const QString target = m_fixture.dir->filePath(u"chosen.qcow2"_s);
    Seen seen;
    const bool started = openDialog(adapter.get(), image(u"fast,cold"_s), [&](SaveImageDialog* dialog) {
        seen = inspect(dialog);
        if (!dialog)
            return;
        if (auto* box = dialog->findChild<QComboBox*>(u"storeChoice"_s))
            box->setCurrentIndex(choose);
        dialog->selectFile(target);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), protected there
    });
    QVERIFY(seen.row);
    QVERIFY(seen.enabled);
    QCOMPARE(seen.items.size(), 3);
    QCOMPARE(seen.note, QString()); // nothing to explain
    QVERIFY(started);
    QCOMPARE(m_fixture.queue->transfers().size(), 1);
    const DownloadRequest& request = m_fixture.queue->transfers().first().request;
    QCOMPARE(request.targetPath, target);
    QCOMPARE(request.preferredStore, preferred);
    QCOMPARE(request.store, u"fast,cold"_s); // the image's stores, as before
    m_fixture.queue->cancel(m_fixture.queue->transfers().first().id);
}

void TestSaveImageDialog::demoCloudImageOffersNoChoice()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const ServiceEndpoint endpoint{.url = cloud.endpoint(Dialect::GlanceV2),
                                   .token = cloud.token(),
                                   .projectId = DemoCloud::projectId()};
    const auto created = createImageAdapter(Dialect::GlanceV2, m_fixture.nam.get(), endpoint, {}, &cloud);
    QVERIFY(created.has_value());
    ImageAdapter* adapter = *created; // the cloud's child
    QVERIFY(!adapter->offersDownloadStoreChoice());
    std::optional<Result<ImageRecord>> shown;
    adapter->show(kVoweb)->then(this, [&](const Result<ImageRecord>& record) { shown = record; });
    QTRY_VERIFY_WITH_TIMEOUT(shown.has_value(), 15000);
    QVERIFY(shown->has_value());
    const ImageRecord record = **shown;

    const QString target = m_fixture.dir->filePath(u"voweb.raw"_s);
    Seen seen;
    QVERIFY(openDialog(adapter, record, [&](SaveImageDialog* dialog) {
        seen = inspect(dialog);
        if (!dialog)
            return;
        dialog->selectFile(target);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), protected there
    }));
    QVERIFY(seen.row);
    QVERIFY(!seen.enabled);
    QCOMPARE(seen.items, (QStringList{u"Any (the cloud chooses)"_s, u"fast"_s, u"cold"_s}));
    QCOMPARE(seen.note, SaveImageDialog::noChoiceText());
    QCOMPARE(m_fixture.queue->transfers().size(), 1);
    QCOMPARE(m_fixture.queue->transfers().first().request.preferredStore, QString());
    QTRY_COMPARE_WITH_TIMEOUT(int(m_fixture.queue->transfers().first().state), int(Transfer::State::Done),
                              30000);
    QVERIFY(QFile::exists(target));
    m_fixture.queue.reset(); // before the cloud and its adapter go
    m_fixture.controller.reset();
}

QTEST_MAIN(TestSaveImageDialog)
#include "tst_saveimagedialog.moc"
