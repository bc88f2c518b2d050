// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev1adapter.h"
#include "adapters/glancev2adapter.h"
#include "adapters/imagelistloader.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "net/httpjob.h"
#include "support/queuedfinishwatch.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
QStringList loadIds(ImageListLoader& loader, const PageRequest& first, qsizetype maxImages, QString* error)
{
    QStringList ids;
    QObject::connect(&loader, &ImageListLoader::pageLoaded, &loader, [&ids](const QList<ImageRecord>& page) {
        for (const ImageRecord& record : page)
            ids.append(record.id);
    });
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start(first, maxImages);
    if (!finished.wait(15000))
        *error = u"timed out"_s;
    else if (loader.error())
        *error = loader.error()->message;
    return ids;
}

// An adapter whose peek at the response is wrong: the loader must follow the parsed `next`.
class MisleadingAdapter : public GlanceV2Adapter
{
public:
    using GlanceV2Adapter::GlanceV2Adapter;
    std::optional<QUrl> peekNext(const HttpResponse& response) const override
    {
        const auto next = GlanceV2Adapter::peekNext(response);
        if (!next)
            return next;
        ++peeks;
        QUrl wrong = *next;
        wrong.setQuery(u"limit=1&marker=not-the-next-page"_s);
        return wrong;
    }
    mutable int peeks = 0;
};
} // namespace

class TestImageListLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loadsEveryPage();
    void stopsAtMaxImages_data();
    void stopsAtMaxImages();
    void firstPageOnly();
    void errorMidwayKeepsEarlierPages();
    void circularPagingStops();
    void cancel();
    void cancelOnceTheResponseIsInAsksNoMore();
    void pipelinedPagesComeInOrder();
    void wrongPeekIsCorrected();
    void skippedEntriesAreSaidBeforeTheirPage();
    void pageOfOnlyBadEntriesDoesNotStopTheList();
    void emptyPageThatPointsFurther();
    void unreadablePageIsNamed_data();
    void unreadablePageIsNamed();
    void glanceV1FullPageWithBadEntriesGoesOn();
    void streamedPageComesInParts();
    void streamedListStopsWithinAPage();
    void streamedSkippedEntriesFollowTheirPage();
    void stopInsideAPartReadsNoFurther();

private:
    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
    GlanceV2Adapter* m_adapter = nullptr;
};

void TestImageListLoader::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    m_adapter = new GlanceV2Adapter(m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()},
                                    {}, m_cloud);
}

void TestImageListLoader::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

void TestImageListLoader::loadsEveryPage()
{
    ImageListLoader loader(m_adapter);
    QSignalSpy pages(&loader, &ImageListLoader::pageLoaded);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    PageRequest first;
    first.limit = 10;
    first.filters = {{u"visibility"_s, u"all"_s}};
    loader.start(first);
    QVERIFY(loader.isRunning());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!loader.error());
    const qsizetype total = DemoCatalog::standard().images().size();
    QCOMPARE(loader.loadedCount(), total);
    QCOMPARE(pages.count(), int((total + 9) / 10));
    QVERIFY(!loader.isRunning());
}

void TestImageListLoader::stopsAtMaxImages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("maxImages");
    QTest::addColumn<bool>("stream");
    for (const bool stream : {false, true}) {
        const char* how = stream ? "streamed" : "whole pages";
        QTest::addRow("within a page, %s", how) << 25 << 5 << stream;
        QTest::addRow("across pages, %s", how) << 4 << 10 << stream;
        QTest::addRow("exact pages, %s", how) << 5 << 10 << stream;
    }
}

void TestImageListLoader::stopsAtMaxImages()
{
    QFETCH(int, pageSize);
    QFETCH(int, maxImages);
    QFETCH(bool, stream);
    ImageListLoader loader(m_adapter);
    loader.setStreamEntries(stream);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    PageRequest first;
    first.limit = pageSize;
    loader.start(first, maxImages);
    QVERIFY(finished.wait(15000));
    QVERIFY(!loader.error());
    QCOMPARE(loader.loadedCount(), maxImages);
    QCOMPARE(loader.pagesLoaded(), (maxImages + pageSize - 1) / pageSize);
}

void TestImageListLoader::firstPageOnly()
{
    ImageListLoader loader(m_adapter);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start({}, -1, false);
    QVERIFY(finished.wait(15000));
    QCOMPARE(loader.loadedCount(), 25); // Glance's default page size
    QCOMPARE(loader.pagesLoaded(), 1);
}

void TestImageListLoader::errorMidwayKeepsEarlierPages()
{
    ImageListLoader loader(m_adapter);
    QSignalSpy pages(&loader, &ImageListLoader::pageLoaded);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    connect(&loader, &ImageListLoader::pageLoaded, this, [this] {
        m_cloud->injectFault(
            {u"/image/v2/images"_s, 1, DemoResponse::htmlError(503, u"503"_s, u"Maintenance"_s)});
    });
    PageRequest first;
    first.limit = 10;
    loader.start(first);
    QVERIFY(finished.wait(15000));
    QCOMPARE(pages.count(), 1);
    QVERIFY(loader.error().has_value());
    QCOMPARE(loader.error()->kind, ApiError::Kind::Server);
}

void TestImageListLoader::circularPagingStops()
{
    // A broken server whose `next` always points at the same page.
    const QByteArray body = R"({"images": [{"id": "a"}], "next": "/v2/images?marker=a"})";
    m_cloud->injectFault({u"/image/v2/images"_s, -1, DemoResponse::json(body)});
    ImageListLoader loader(m_adapter);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start({});
    QVERIFY(finished.wait(15000));
    QVERIFY(loader.error().has_value());
    QCOMPARE(loader.error()->kind, ApiError::Kind::BadPayload);
    QVERIFY(m_cloud->requests().size() <= 3);
    // Page 2 names page 2's address again: said as it happened.
    const QString message = loader.error()->message;
    QVERIFY2(message.contains(u"circle: page 2 points to a page asked for before"_s), qPrintable(message));
}

void TestImageListLoader::cancel()
{
    ImageListLoader loader(m_adapter);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start({});
    loader.cancel();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(loader.error().has_value());
    QCOMPARE(loader.error()->kind, ApiError::Kind::Cancelled);
}

// Cancelled after the first page's response arrived and before its job heard of it: the listing
// ends Cancelled, hands nothing over and asks for no further page.
void TestImageListLoader::cancelOnceTheResponseIsInAsksNoMore()
{
    ImageListLoader loader(m_adapter);
    QSignalSpy pages(&loader, &ImageListLoader::pageLoaded);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    // The first response is in, its list job has not heard of it yet.
    Test::QueuedFinishWatch watch([](const ApiJob* job) { return qobject_cast<const HttpJob*>(job); },
                                  [&loader] { loader.cancel(); });
    m_cloud->clearRequests();
    PageRequest first;
    first.limit = 3;
    first.filters = {{u"visibility"_s, u"all"_s}};
    loader.start(first);
    QVERIFY(finished.wait(15000));
    QVERIFY(watch.fired());
    QTest::qWait(100); // a page asked for after the cancel would be served now
    QCOMPARE(finished.count(), 1);
    QVERIFY(loader.error().has_value());
    QCOMPARE(ApiError::kindName(loader.error()->kind), ApiError::kindName(ApiError::Kind::Cancelled));
    QCOMPARE(pages.count(), 0);
    QCOMPARE(m_cloud->requests().size(), 1);
    QVERIFY(!loader.isRunning());
}

// Every page is asked for once, as soon as the previous response names it, and the pages are
// handed over in the server's order: the same images as a listing without look-ahead.
void TestImageListLoader::pipelinedPagesComeInOrder()
{
    PageRequest first;
    first.limit = 3;
    first.filters = {{u"visibility"_s, u"all"_s}};
    const qsizetype total = DemoCatalog::standard().images().size();
    QString error;
    ImageListLoader sequential(m_adapter);
    const QStringList expected = loadIds(sequential, first, total, &error); // maxImages: no look-ahead
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(expected.size(), total);

    m_cloud->clearRequests();
    ImageListLoader pipelined(m_adapter);
    const QStringList ids = loadIds(pipelined, first, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids, expected);
    QStringList pagesAsked;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.url.path().endsWith(u"/v2/images"_s))
            pagesAsked.append(request.url.query());
    }
    QCOMPARE(pagesAsked.size(), int((total + 2) / 3));
    QCOMPARE(QSet<QString>(pagesAsked.begin(), pagesAsked.end()).size(), pagesAsked.size());
}

void TestImageListLoader::wrongPeekIsCorrected()
{
    auto* misleading = new MisleadingAdapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
    PageRequest first;
    first.limit = 4;
    first.filters = {{u"visibility"_s, u"all"_s}};
    QString error;
    ImageListLoader reference(m_adapter);
    const QStringList expected = loadIds(reference, first, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ImageListLoader loader(misleading);
    const QStringList ids = loadIds(loader, first, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(misleading->peeks > 0);
    QCOMPARE(ids, expected);
}

// Entries a page leaves out are said (page number, count, reasons) just before the page's rows.
void TestImageListLoader::skippedEntriesAreSaidBeforeTheirPage()
{
    m_cloud->injectFault({u"/image/v2/images"_s, 1,
                          DemoResponse::json(R"({"images": [{"id": "a"}], "next": "/v2/images?marker=a"})")});
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1,
         DemoResponse::json(R"({"images": [{"id": "b"}, {"name": "x"}, "y", {"id": "b"}]})")});
    ImageListLoader loader(m_adapter);
    QStringList events;
    connect(&loader, &ImageListLoader::pageLoaded, this, [&events](const QList<ImageRecord>& images) {
        QStringList ids;
        for (const ImageRecord& record : images)
            ids.append(record.id);
        events.append(u"page "_s + ids.join(u','));
    });
    connect(&loader, &ImageListLoader::entriesSkipped, this,
            [&events](int page, qsizetype count, const QStringList& reasons) {
                events.append(u"skipped %1 on page %2: %3"_s.arg(count).arg(page).arg(reasons.join(u"; "_s)));
            });
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start({});
    QVERIFY(finished.wait(15000));
    QVERIFY2(!loader.error(), loader.error() ? qPrintable(loader.error()->message) : "");
    QCOMPARE(events,
             (QStringList{u"page a"_s,
                          u"skipped 3 on page 2: entry 2 has no id; entry 3 is not an object; entry 4 "
                          u"repeats the id \"b\" of entry 1"_s,
                          u"page b"_s}));
    QCOMPARE(loader.loadedCount(), 2);
}

// A page whose entries are all left out is not an empty page: the listing goes on.
void TestImageListLoader::pageOfOnlyBadEntriesDoesNotStopTheList()
{
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1,
         DemoResponse::json(R"({"images": [{"name": "x"}], "next": "/v2/images?marker=q"})")});
    m_cloud->injectFault({u"/image/v2/images"_s, 1, DemoResponse::json(R"({"images": [{"id": "z"}]})")});
    ImageListLoader loader(m_adapter);
    QSignalSpy skipped(&loader, &ImageListLoader::entriesSkipped);
    QString error;
    const QStringList ids = loadIds(loader, {}, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids, QStringList{u"z"_s});
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(skipped.first().at(0).toInt(), 1);
}

// An empty page that still names a next one: said as such (not as a circle), with its number.
void TestImageListLoader::emptyPageThatPointsFurther()
{
    m_cloud->injectFault({u"/image/v2/images"_s, 1,
                          DemoResponse::json(R"({"images": [{"id": "a"}], "next": "/v2/images?marker=a"})")});
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(R"({"images": [], "next": "/v2/images?marker=b"})")});
    ImageListLoader loader(m_adapter);
    QString error;
    const QStringList ids = loadIds(loader, {}, -1, &error);
    QCOMPARE(ids, QStringList{u"a"_s});
    QCOMPARE(error,
             u"The server sent an empty page (page 2) that still points to a next page; the list stops "
             u"at 1 images."_s);
}

void TestImageListLoader::unreadablePageIsNamed_data()
{
    QTest::addColumn<int>("badPage");
    QTest::newRow("first") << 1;
    QTest::newRow("second") << 2;
    QTest::newRow("third") << 3;
}

// A page without its images array (but with a next link, so that the following page is asked for
// ahead): the error names that page, not another.
void TestImageListLoader::unreadablePageIsNamed()
{
    QFETCH(int, badPage);
    for (int page = 1; page <= 3; ++page) {
        const QByteArray next = "/v2/images?marker=" + QByteArray::number(page);
        QByteArray body = R"({"next": ")" + next + R"("})";
        if (page != badPage)
            body =
                R"({"images": [{"id": "i)" + QByteArray::number(page) + R"("}], "next": ")" + next + R"("})";
        m_cloud->injectFault({u"/image/v2/images"_s, 1, DemoResponse::json(body)});
    }
    m_cloud->injectFault({u"/image/v2/images"_s, -1, DemoResponse::json(R"({"images": [{"id": "last"}]})")});
    ImageListLoader loader(m_adapter);
    QString error;
    const QStringList ids = loadIds(loader, {}, -1, &error);
    QCOMPARE(ids.size(), badPage - 1);
    QCOMPARE(error,
             u"Page %1 of the list: The image list from the server has no \"images\" array."_s.arg(badPage));
}

// Image API v1 has no next link: a full page may be followed by another. Entries left out count
// toward "full", and the next page starts after the last image listed.
void TestImageListLoader::glanceV1FullPageWithBadEntriesGoesOn()
{
    const QString list = m_cloud->endpoint(Dialect::GlanceV1).path() + u"/v1/images/detail"_s;
    m_cloud->injectFault(
        {list, 1, DemoResponse::json(R"({"images": [{"id": "a"}, {"id": "b"}, {"name": "x"}]})")});
    m_cloud->injectFault({list, 1, DemoResponse::json(R"({"images": [{"id": "c"}]})")});
    GlanceV1Adapter v1(m_nam, {.url = m_cloud->endpoint(Dialect::GlanceV1), .token = m_cloud->token()}, {});
    ImageListLoader loader(&v1);
    PageRequest first;
    first.limit = 3;
    QString error;
    const QStringList ids = loadIds(loader, first, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY(m_cloud->requests().last().url.query().contains(u"marker=b"_s));
}

namespace {
// A Glance v2 page of `count` images "s-0001"..., pointing to `next` when given.
QByteArray bigPage(int count, const QString& next = {})
{
    QByteArray json = R"({"images": [)";
    for (int i = 1; i <= count; ++i) {
        if (i > 1)
            json += ", ";
        json += R"({"id": "s-)" + QByteArray::number(i).rightJustified(4, '0') + R"(", "name": "n"})";
    }
    json += "]";
    if (!next.isEmpty())
        json += R"(, "next": ")" + next.toUtf8() + '"';
    return json + "}";
}
} // namespace

// Streamed: a page's entries are read and handed over kStreamBatch at a time, in order, and the
// page's end is said after its last part.
void TestImageListLoader::streamedPageComesInParts()
{
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(bigPage(600, u"/v2/images?marker=x"_s))});
    m_cloud->injectFault({u"/image/v2/images"_s, 1, DemoResponse::json(bigPage(3))});
    ImageListLoader loader(m_adapter);
    loader.setStreamEntries(true);
    QStringList events;
    QStringList ids;
    connect(&loader, &ImageListLoader::pageLoaded, this, [&](const QList<ImageRecord>& images) {
        events.append(u"part %1"_s.arg(images.size()));
        for (const ImageRecord& record : images)
            ids.append(record.id);
    });
    connect(&loader, &ImageListLoader::pageEnded, this,
            [&events](int page) { events.append(u"end %1"_s.arg(page)); });
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start({});
    QVERIFY(finished.wait(15000));
    QVERIFY2(!loader.error(), loader.error() ? qPrintable(loader.error()->message) : "");
    QCOMPARE(events,
             (QStringList{u"part 256"_s, u"part 256"_s, u"part 88"_s, u"end 1"_s, u"part 3"_s, u"end 2"_s}));
    QCOMPARE(ids.size(), 603);
    QCOMPARE(ids.first(), u"s-0001"_s);
    QCOMPARE(ids.at(599), u"s-0600"_s);
    QCOMPARE(ids.last(), u"s-0003"_s);
    QCOMPARE(loader.loadedCount(), 603);
}

// The cap reached in the middle of a page: the rest of it is not read, and the loader says so.
void TestImageListLoader::streamedListStopsWithinAPage()
{
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(bigPage(600, u"/v2/images?marker=x"_s))});
    ImageListLoader loader(m_adapter);
    loader.setStreamEntries(true);
    loader.setImageCap(300);
    QString error;
    const QStringList ids = loadIds(loader, {}, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids.size(), 300);
    QCOMPARE(ids.last(), u"s-0300"_s);
    QVERIFY(loader.stoppedAtCap());
    QCOMPARE(loader.pagesLoaded(), 1);
}

void TestImageListLoader::streamedSkippedEntriesFollowTheirPage()
{
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1,
         DemoResponse::json(R"({"images": [{"id": "b"}, {"name": "x"}, "y", {"id": "b"}, {"id": "c"}]})")});
    ImageListLoader loader(m_adapter);
    loader.setStreamEntries(true);
    QStringList events;
    connect(&loader, &ImageListLoader::pageLoaded, this, [&events](const QList<ImageRecord>& images) {
        QStringList ids;
        for (const ImageRecord& record : images)
            ids.append(record.id);
        events.append(u"page "_s + ids.join(u','));
    });
    connect(&loader, &ImageListLoader::entriesSkipped, this,
            [&events](int page, qsizetype count, const QStringList& reasons) {
                events.append(u"skipped %1 on page %2: %3"_s.arg(count).arg(page).arg(reasons.join(u"; "_s)));
            });
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start({});
    QVERIFY(finished.wait(15000));
    QVERIFY2(!loader.error(), loader.error() ? qPrintable(loader.error()->message) : "");
    QCOMPARE(events,
             (QStringList{u"page b,c"_s,
                          u"skipped 3 on page 1: entry 2 has no id; entry 3 is not an object; entry 4 "
                          u"repeats the id \"b\" of entry 1"_s}));
}

// A receiver that can take no more (the CLI when stdout fails) stops the loader from inside a
// part: nothing more is handed over and nothing more is said.
void TestImageListLoader::stopInsideAPartReadsNoFurther()
{
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(bigPage(600, u"/v2/images?marker=x"_s))});
    ImageListLoader loader(m_adapter);
    loader.setStreamEntries(true);
    int parts = 0;
    connect(&loader, &ImageListLoader::pageLoaded, this, [&](const QList<ImageRecord>&) {
        ++parts;
        loader.stop();
    });
    QSignalSpy ended(&loader, &ImageListLoader::pageEnded);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start({});
    QTRY_COMPARE_WITH_TIMEOUT(parts, 1, 15000);
    QVERIFY(!finished.wait(300));
    QCOMPARE(parts, 1);
    QCOMPARE(ended.count(), 0);
    QVERIFY(!loader.isRunning());
}

QTEST_GUILESS_MAIN(TestImageListLoader)
#include "tst_imagelistloader.moc"
