// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The cloud information panel (issue 18): what the current cloud's Image API says of itself (its
// stores, import methods and quotas), in the "Cloud information" dock, against the demo cloud on
// loopback. Asked when the dock is shown or the cloud changes; other dialects get a neutral note
// per section; a failure is said in its section only; answers for a cloud no longer shown are
// dropped. The widgets from constructed answers (quotas without a limit or beyond it, long
// messages): tst_cloudinfowidgets.

#include "adapters/adapterfactory.h"
#include "adapters/imageadapter.h"
#include "controllers/cloudinfocontroller.h"
#include "democloud/democloud.h"
#include "image/datasize.h"
#include "models/quotarow.h"
#include "models/storetablemodel.h"
#include "widgets/cloudinfopanel.h"
#include "widgets/mainwindow.h"
#include "widgets/themecolors.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

using Section = CloudInfoPanel::Section;
using State = CloudInfoPanel::State;

// A job finished only when the test says so.
template <class T>
class ManualJob final : public Job<T>
{
public:
    using Job<T>::Job;
    bool finish(Result<T> result) { return this->finishWith(std::move(result)); }

protected:
    void doAbort() override {}
};

// An Image API v2 that answers what it is asked only when the test says so.
class PendingAdapter final : public ImageAdapter
{
public:
    explicit PendingAdapter(const QString& name, QObject* parent = nullptr)
        : ImageAdapter(parent)
        , m_name(name)
    {}

    Dialect dialect() const override { return Dialect::GlanceV2; }
    QUrl endpoint() const override { return QUrl(u"http://127.0.0.1:9/"_s + m_name); }
    ImageListJob* list(const PageRequest&) override { return new ManualJob<ImagePage>(this); }
    ImageShowJob* show(const QString&) override { return new ManualJob<ImageRecord>(this); }
    Result<FileLocation> fileLocation(const ImageRecord&) const override
    {
        return std::unexpected(ApiError::make(ApiError::Kind::BadRequest, u"none"_s));
    }
    void setToken(const QByteArray&) override {}
    ImageStoresJob* stores() override { return (m_stores = new ManualJob<ImageStoreList>(this)); }
    ImportInfoJob* importInfo() override { return (m_import = new ManualJob<ImportInfo>(this)); }
    ImageUsageJob* usage() override { return (m_usage = new ManualJob<ImageUsage>(this)); }

    bool asked() const { return m_stores && m_import && m_usage; }
    // Answers with a store, a method and a quota named after this cloud; false when a job was
    // gone or had finished (aborted).
    bool answer()
    {
        ImageStoreList stores;
        ImageStore store;
        store.id = m_name + u"-store"_s;
        store.isDefault = true;
        stores.stores.append(store);
        ImportInfo import;
        import.methods = {m_name + u"-method"_s};
        ImageUsage usage;
        usage.entries.append({m_name + u"_quota"_s, 10, 1});
        bool all = true;
        all = (m_stores && m_stores->finish(stores)) && all;
        all = (m_import && m_import->finish(import)) && all;
        all = (m_usage && m_usage->finish(usage)) && all;
        return all;
    }
    bool storesCancelled() const
    {
        return m_stores && m_stores->isFinished() && !m_stores->result() &&
               m_stores->result().error().kind == ApiError::Kind::Cancelled;
    }

private:
    QString m_name;
    QPointer<ManualJob<ImageStoreList>> m_stores;
    QPointer<ManualJob<ImportInfo>> m_import;
    QPointer<ManualJob<ImageUsage>> m_usage;
};

} // namespace

class TestCloudInfoPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void demoCloudAnswersOnceShown();
    void refreshAsksAgain();
    void storeDetailShowsTypes();
    void sectionsFollowTheDockArea();
    void otherDialectsShowNeutralNotes_data();
    void otherDialectsShowNeutralNotes();
    void failureStaysInItsSection_data();
    void failureStaysInItsSection();
    void staleAnswerIsDropped_data();
    void staleAnswerIsDropped();
    void switchingToTheDemoCloudShowsItsAnswers();
    void hiddenPanelAsksWhenShown();

private:
    ImageAdapter* adapter(Dialect dialect);
    MainWindow* makeWindow(ImageAdapter* first, const QString& name = u"Demo cloud"_s);
    static QDockWidget* dock(MainWindow* window);
    static CloudInfoPanel* panel(MainWindow* window) { return window->cloudInfo()->panel(); }
    // Opens the dock as the View menu does; waits for the three answers when `wait`.
    static bool openPanel(MainWindow* window, bool wait = true);
    QStringList infoRequests() const;
    static QColor textColor(const QLabel* label) { return label->palette().color(QPalette::WindowText); }
    static QColor alertColor(const QWidget* widget)
    {
        return ThemeColors::color(ThemeColors::Role::AlertText, widget->palette());
    }

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
    QPointer<MainWindow> m_window;
};

void TestCloudInfoPanel::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestCloudInfoPanel::cleanup()
{
    delete m_window;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_cloud;
    delete m_nam;
}

ImageAdapter* TestCloudInfoPanel::adapter(Dialect dialect)
{
    const ServiceEndpoint endpoint{
        .url = m_cloud->endpoint(dialect), .token = m_cloud->token(), .projectId = DemoCloud::projectId()};
    auto created = createImageAdapter(dialect, m_nam, endpoint, {}, m_cloud);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

MainWindow* TestCloudInfoPanel::makeWindow(ImageAdapter* first, const QString& name)
{
    auto* window = new MainWindow(first, CloudDescription{name, true});
    first->setParent(window);
    m_window = window;
    window->show();
    return window;
}

QDockWidget* TestCloudInfoPanel::dock(MainWindow* window)
{
    return window->findChild<QDockWidget*>(u"cloudInfoDock"_s);
}

bool TestCloudInfoPanel::openPanel(MainWindow* window, bool wait)
{
    QDockWidget* infoDock = dock(window);
    if (!infoDock || infoDock->isVisible())
        return false;
    QSignalSpy finished(window->cloudInfo(), &CloudInfoController::finished);
    infoDock->toggleViewAction()->trigger();
    if (!infoDock->isVisible())
        return false;
    return !wait || finished.wait(15000);
}

QStringList TestCloudInfoPanel::infoRequests() const
{
    QStringList paths;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.url.path().contains(u"/v2/info/"_s))
            paths << request.url.path();
    }
    return paths;
}

void TestCloudInfoPanel::demoCloudAnswersOnceShown()
{
    MainWindow* window = makeWindow(adapter(Dialect::GlanceV2));
    QVERIFY(dock(window));
    QCOMPARE(dock(window)->windowTitle(), u"Cloud information"_s);
    QCOMPARE(dock(window)->toggleViewAction()->text(), u"Cloud &Information"_s);
    QVERIFY(!dock(window)->isVisible());
    QTest::qWait(100);
    QVERIFY2(infoRequests().isEmpty(), qPrintable(infoRequests().join(u' '))); // hidden: nothing asked

    QVERIFY(openPanel(window));
    CloudInfoPanel* info = panel(window);
    QCOMPARE(info->state(Section::Stores), State::Shown);
    QCOMPARE(info->state(Section::Import), State::Shown);
    QCOMPARE(info->state(Section::Usage), State::Shown);
    QVERIFY(info->cloudLabel()->text().contains(u"glance-v2"_s));
    QVERIFY(info->refreshButton()->isEnabled());
    QVERIFY(!info->accessibleName().isEmpty());
    QVERIFY(!info->refreshButton()->accessibleName().isEmpty());

    // Stores: the demo's two, "fast" the default; the detail is refused (no type column).
    StoreTableModel* stores = info->storeModel();
    QVERIFY(stores->rowCount() >= 2);
    QCOMPARE(stores->index(0, StoreTableModel::Id).data().toString(), u"fast"_s);
    QCOMPARE(stores->index(0, StoreTableModel::Default).data().toString(), u"Default"_s);
    QCOMPARE(stores->index(1, StoreTableModel::Id).data().toString(), u"cold"_s);
    QCOMPARE(stores->index(1, StoreTableModel::Default).data().toString(), QString());
    int defaults = 0;
    for (int row = 0; row < stores->rowCount(); ++row)
        defaults += stores->index(row, StoreTableModel::Default).data(Qt::UserRole).toBool() ? 1 : 0;
    QCOMPARE(defaults, 1);
    QVERIFY(info->storeView()->isVisible());
    QVERIFY(info->storeView()->isColumnHidden(StoreTableModel::Type));
    QVERIFY(!info->storeView()->accessibleName().isEmpty());

    // Import: names for people and the API's keys.
    QTreeWidget* methods = info->importList();
    QVERIFY(!methods->accessibleName().isEmpty());
    QCOMPARE(methods->topLevelItemCount(), 3);
    const QList<std::pair<QString, QString>> expected{{u"Upload, then import"_s, u"glance-direct"_s},
                                                      {u"Import from a web address"_s, u"web-download"_s},
                                                      {u"Copy to other stores"_s, u"copy-image"_s}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(methods->topLevelItem(i)->text(0), expected.at(i).first);
        QCOMPARE(methods->topLevelItem(i)->text(1), expected.at(i).second);
    }

    // Quotas: a bar each, "used of limit", sizes in IEC units, unlimited without a percentage.
    QCOMPARE(info->quotaCount(), 4);
    QCOMPARE(info->quotaLabel(0)->text(), u"Images"_s);
    QCOMPARE(info->quotaLabel(1)->text(), u"Total size"_s);
    QCOMPARE(info->quotaLabel(2)->text(), u"Staging area"_s);
    QCOMPARE(info->quotaLabel(3)->text(), u"Uploading"_s);
    const QString imagesText = info->quotaText(0)->text();
    const auto images = QRegularExpression(u"^(\\d+) of 100$"_s).match(imagesText);
    QVERIFY2(images.hasMatch(), qPrintable(imagesText));
    const int count = images.captured(1).toInt();
    QVERIFY(count > 0);
    QProgressBar* imagesBar = info->quotaBar(0);
    QCOMPARE(imagesBar->maximum(), QuotaRow::kBarMaximum);
    QCOMPARE(imagesBar->value(), count * 10);
    QVERIFY(imagesBar->isEnabled());
    QVERIFY(imagesBar->isTextVisible());
    QCOMPARE(imagesBar->text(), u"%1%"_s.arg(count));
    QVERIFY(!imagesBar->accessibleName().isEmpty());
    QVERIFY2(info->quotaText(1)->text().endsWith(u" of 20.0 GiB"_s), qPrintable(info->quotaText(1)->text()));
    QCOMPARE(info->quotaText(2)->text(), u"%1 used, unlimited"_s.arg(dataSizeText(0)));
    QVERIFY(!info->quotaBar(2)->isEnabled());
    QVERIFY(!info->quotaBar(2)->isTextVisible());
    QCOMPARE(info->quotaBar(2)->value(), 0);
    QVERIFY2(info->quotaText(3)->text().endsWith(u" of 5"_s), qPrintable(info->quotaText(3)->text()));

    const QStringList asked = infoRequests();
    QVERIFY2(asked.contains(u"/image/v2/info/stores"_s) && asked.contains(u"/image/v2/info/import"_s) &&
                 asked.contains(u"/image/v2/info/usage"_s),
             qPrintable(asked.join(u' ')));
}

void TestCloudInfoPanel::refreshAsksAgain()
{
    MainWindow* window = makeWindow(adapter(Dialect::GlanceV2));
    QVERIFY(openPanel(window));
    CloudInfoPanel* info = panel(window);
    m_cloud->clearRequests();
    QSignalSpy finished(window->cloudInfo(), &CloudInfoController::finished);
    QTest::mouseClick(info->refreshButton(), Qt::LeftButton);
    // Asking: each section says so, and Refresh waits for the answers.
    QCOMPARE(info->state(Section::Stores), State::Loading);
    QCOMPARE(info->state(Section::Usage), State::Loading);
    QVERIFY(!info->refreshButton()->isEnabled());
    QVERIFY(window->cloudInfo()->isLoading());
    QVERIFY(finished.wait(15000));
    QCOMPARE(info->state(Section::Stores), State::Shown);
    QVERIFY(info->refreshButton()->isEnabled());
    QCOMPARE(infoRequests().count(u"/image/v2/info/usage"_s), 1);
    QCOMPARE(infoRequests().count(u"/image/v2/info/import"_s), 1);
}

void TestCloudInfoPanel::storeDetailShowsTypes()
{
    // A user who may read the detail (an administrator): the type column is shown.
    m_cloud->injectFault({u"/image/v2/info/stores/detail"_s, -1, DemoResponse::json(R"({"stores": [
        {"id": "fast", "type": "file", "default": true, "description": "Fast",
         "properties": {"datadir": "/var/lib/glance/fast"}},
        {"id": "ceph", "type": "rbd", "read-only": true, "description": "Ceph"}]})")});
    MainWindow* window = makeWindow(adapter(Dialect::GlanceV2));
    QVERIFY(openPanel(window));
    CloudInfoPanel* info = panel(window);
    QCOMPARE(info->state(Section::Stores), State::Shown);
    QVERIFY(!info->storeView()->isColumnHidden(StoreTableModel::Type));
    StoreTableModel* stores = info->storeModel();
    QCOMPARE(stores->rowCount(), 2);
    QCOMPARE(stores->index(0, StoreTableModel::Type).data().toString(), u"file"_s);
    QCOMPARE(stores->index(1, StoreTableModel::Type).data().toString(), u"rbd"_s);
    QCOMPARE(stores->index(1, StoreTableModel::ReadOnly).data().toString(), u"Read-only"_s);
    QVERIFY(infoRequests().contains(u"/image/v2/info/stores/detail"_s));
    QVERIFY(!infoRequests().contains(u"/image/v2/info/stores"_s)); // no fallback needed
}

void TestCloudInfoPanel::sectionsFollowTheDockArea()
{
    MainWindow* window = makeWindow(adapter(Dialect::GlanceV1));
    QVERIFY(openPanel(window));
    CloudInfoPanel* info = panel(window);
    QCOMPARE(window->dockWidgetArea(dock(window)), Qt::BottomDockWidgetArea);
    QVERIFY(!info->isVertical()); // side by side under the images
    window->addDockWidget(Qt::RightDockWidgetArea, dock(window));
    QTRY_VERIFY(info->isVertical()); // one under the other beside them
    window->addDockWidget(Qt::BottomDockWidgetArea, dock(window));
    QTRY_VERIFY(!info->isVertical());
}

void TestCloudInfoPanel::otherDialectsShowNeutralNotes_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("name");
    QTest::newRow("glance-v1") << Dialect::GlanceV1 << u"glance-v1"_s;
    QTest::newRow("compute") << Dialect::Compute << u"compute"_s;
    QTest::newRow("rackspace") << Dialect::Rackspace << u"rackspace"_s;
}

void TestCloudInfoPanel::otherDialectsShowNeutralNotes()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, name);
    MainWindow* window = makeWindow(adapter(dialect));
    QVERIFY(openPanel(window));
    CloudInfoPanel* info = panel(window);
    for (Section section : {Section::Stores, Section::Import, Section::Usage}) {
        QCOMPARE(info->state(section), State::Note);
        const QString message = info->message(section);
        QVERIFY2(message.contains(u"speaks %1, which has no"_s.arg(name)), qPrintable(message));
        QLabel* label = info->messageLabel(section);
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().startsWith(u"⚠"_s));
        QVERIFY(textColor(label) != alertColor(label)); // neutral, not an error
    }
    QVERIFY(!info->storeView()->isVisible());
    QVERIFY(!info->importList()->isVisible());
    QCOMPARE(info->quotaCount(), 0);
    QVERIFY(infoRequests().isEmpty()); // refused before any request
}

void TestCloudInfoPanel::failureStaysInItsSection_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Section>("section");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stores 500") << u"/image/v2/info/stores"_s << 500 << QByteArray() << Section::Stores
                                << u"HTTP 500"_s;
    QTest::newRow("import bad payload")
        << u"/image/v2/info/import"_s << 200 << QByteArray(R"({"import-methods": 3})") << Section::Import
        << u"\"import-methods\""_s;
    QTest::newRow("usage 503") << u"/image/v2/info/usage"_s << 503 << QByteArray() << Section::Usage
                               << u"HTTP 503"_s;
    QTest::newRow("usage not json") << u"/image/v2/info/usage"_s << 200 << QByteArray("<b>surely</b> not")
                                    << Section::Usage << QString();
}

void TestCloudInfoPanel::failureStaysInItsSection()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Section, section);
    QFETCH(QString, expected);
    DemoResponse response =
        status == 200 ? DemoResponse::json(body)
                      : DemoResponse::htmlError(status, u"%1 Error"_s.arg(status), u"<b>Boom</b>"_s);
    m_cloud->injectFault({path, -1, response});
    MainWindow* window = makeWindow(adapter(Dialect::GlanceV2));
    QVERIFY(openPanel(window));
    CloudInfoPanel* info = panel(window);
    for (Section other : {Section::Stores, Section::Import, Section::Usage}) {
        if (other == section) {
            QCOMPARE(info->state(other), State::Failure);
            const QString message = info->message(other);
            QVERIFY(!message.isEmpty());
            QVERIFY2(message.contains(expected), qPrintable(message));
            QLabel* label = info->messageLabel(other);
            QVERIFY(label->isVisible());
            QCOMPARE(label->textFormat(), Qt::PlainText); // the server's words, never markup
            QCOMPARE(textColor(label), alertColor(label));
        } else {
            QCOMPARE(info->state(other), State::Shown);
            QVERIFY(!info->messageLabel(other)->isVisible());
        }
    }
    QVERIFY(info->refreshButton()->isEnabled()); // to try again
}

void TestCloudInfoPanel::staleAnswerIsDropped_data()
{
    QTest::addColumn<bool>("answeredBeforeTheSwitch");
    // The answer came (its finished() queued) just before the cloud changed: dropped on delivery.
    QTest::newRow("answered before the switch") << true;
    // Still asking when the cloud changed: stopped, and what comes later is dropped.
    QTest::newRow("answered after the switch") << false;
}

void TestCloudInfoPanel::staleAnswerIsDropped()
{
    QFETCH(bool, answeredBeforeTheSwitch);
    auto* first = new PendingAdapter(u"first"_s);
    MainWindow* window = makeWindow(first, u"First"_s);
    auto* second = new PendingAdapter(u"second"_s, window);
    window->addCloud(second, CloudDescription{u"Second"_s, false});
    QVERIFY(openPanel(window, false));
    QVERIFY(first->asked());
    CloudInfoPanel* info = panel(window);
    QCOMPARE(info->state(Section::Stores), State::Loading);

    if (answeredBeforeTheSwitch)
        QVERIFY(first->answer());
    window->setCurrentCloud(1);
    QVERIFY(second->asked());
    if (!answeredBeforeTheSwitch) {
        QVERIFY(first->storesCancelled()); // stopped: its request is not left running
        QVERIFY(!first->answer());
    }
    QTest::qWait(50);
    // Nothing of the first cloud: the second's answers are awaited.
    QVERIFY(info->cloudLabel()->text().contains(u"/second"_s));
    for (Section section : {Section::Stores, Section::Import, Section::Usage})
        QCOMPARE(info->state(section), State::Loading);
    QCOMPARE(info->storeModel()->rowCount(), 0);
    QCOMPARE(info->importList()->topLevelItemCount(), 0);
    QCOMPARE(info->quotaCount(), 0);

    QSignalSpy finished(window->cloudInfo(), &CloudInfoController::finished);
    QVERIFY(second->answer());
    QVERIFY(finished.wait(5000));
    QCOMPARE(info->storeModel()->rowCount(), 1);
    QCOMPARE(info->storeModel()->index(0, StoreTableModel::Id).data().toString(), u"second-store"_s);
    QCOMPARE(info->importList()->topLevelItem(0)->text(1), u"second-method"_s);
    QCOMPARE(info->quotaCount(), 1);
    QCOMPARE(info->quotaLabel(0)->text(), u"second_quota"_s);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestCloudInfoPanel::switchingToTheDemoCloudShowsItsAnswers()
{
    auto* first = new PendingAdapter(u"first"_s);
    MainWindow* window = makeWindow(first, u"First"_s);
    window->addCloud(adapter(Dialect::GlanceV2), CloudDescription{u"Demo"_s, true});
    QVERIFY(openPanel(window, false));
    QVERIFY(first->asked());
    QSignalSpy finished(window->cloudInfo(), &CloudInfoController::finished);
    window->setCurrentCloud(1);
    QVERIFY(!first->answer()); // stopped by the switch
    QVERIFY(finished.wait(15000));
    CloudInfoPanel* info = panel(window);
    QCOMPARE(info->storeModel()->index(0, StoreTableModel::Id).data().toString(), u"fast"_s);
    QCOMPARE(info->importList()->topLevelItemCount(), 3);
    QCOMPARE(info->quotaCount(), 4);
    // Back to the first cloud: asked again, its answer shown.
    window->setCurrentCloud(0);
    QCOMPARE(info->state(Section::Stores), State::Loading);
    QCOMPARE(info->storeModel()->rowCount(), 0);
    QVERIFY(first->asked());
    QVERIFY(first->answer());
    QVERIFY(finished.wait(5000));
    QCOMPARE(info->storeModel()->index(0, StoreTableModel::Id).data().toString(), u"first-store"_s);
}

void TestCloudInfoPanel::hiddenPanelAsksWhenShown()
{
    MainWindow* window = makeWindow(adapter(Dialect::GlanceV2));
    window->addCloud(adapter(Dialect::GlanceV1), CloudDescription{u"Version one"_s, false});
    QVERIFY(openPanel(window));
    CloudInfoPanel* info = panel(window);
    QCOMPARE(info->state(Section::Stores), State::Shown);
    dock(window)->toggleViewAction()->trigger(); // closed
    QVERIFY(!info->isVisible());
    m_cloud->clearRequests();
    window->setCurrentCloud(1);
    window->setCurrentCloud(0);
    QTest::qWait(100);
    QVERIFY2(infoRequests().isEmpty(), qPrintable(infoRequests().join(u' ')));
    QVERIFY(openPanel(window));
    QCOMPARE(info->state(Section::Stores), State::Shown);
    QCOMPARE(infoRequests().count(u"/image/v2/info/usage"_s), 1);
}

QTEST_MAIN(TestCloudInfoPanel)
#include "tst_cloudinfopanel.moc"
