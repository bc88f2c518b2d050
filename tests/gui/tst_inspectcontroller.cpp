// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The Inspect action (issue 17): inspects the image selected when it was triggered (a selection
// that changes meanwhile does not move the verdict), only active images with data, one job per
// image, jobs cancelled with their cloud, verdicts cached and a cached verdict shown without a
// request. The job is a fake given by an injected starter.
#include "controllers/inspectcontroller.h"
#include "inspect/verdictcache.h"
#include "support/stubadapter.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

class FakeInspection : public Job<InspectionResult>
{
public:
    using Job::Job;
    void succeed(const InspectionResult& result) { finishWith(result); }
    void fail(const ApiError& error) { finishWith(std::unexpected(error)); }
    bool aborted = false;

protected:
    void doAbort() override { aborted = true; }
};

using FakeAdapter = Test::StubAdapter; // the inspection is started by the test, not through the adapter

ImageRecord image(const QString& id, const QString& status = u"active"_s)
{
    ImageRecord record;
    record.id = id;
    record.name = u"image %1"_s.arg(id);
    record.status = status;
    record.size = 1024;
    record.diskFormat = u"qcow2"_s;
    record.checksum = u"c-%1"_s.arg(id);
    return record;
}

InspectionResult verdict(const QString& format, bool safe = true)
{
    InspectionResult result;
    result.format = format;
    result.safe = safe;
    result.bytesRead = 512;
    if (!safe)
        result.problems = {{InspectionProblem::Kind::BackingFile, u"The image names a backing file."_s}};
    return result;
}

// Records what was started, and hands out fake jobs.
struct Starter
{
    QList<QPointer<FakeInspection>> jobs;
    QStringList ids;
    InspectionStarter function(QObject* owner)
    {
        return [this, owner](ImageAdapter*, const ImageRecord& record) -> Job<InspectionResult>* {
            ids << record.id;
            auto* job = new FakeInspection(owner);
            jobs << job;
            return job;
        };
    }
};

} // namespace

class TestInspectController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offUntilWired();
    void offForImagesWithoutData_data();
    void offForImagesWithoutData();
    void verdictGoesToTheImageChosen();
    void oneJobPerImage();
    void failureIsReported();
    void cancelledWithItsCloud();
    void verdictIsCachedAndShownWithoutARequest();
    void anotherChecksumIsAnotherVerdict();
    void starterWithoutJobTurnsTheActionOff();
};

void TestInspectController::offUntilWired()
{
    FakeAdapter adapter;
    InspectController controller;
    controller.setTarget(&adapter, image(u"a"_s));
    QVERIFY(!controller.action()->isEnabled());
    QVERIFY2(controller.action()->toolTip().contains(u"not available"_s),
             qPrintable(controller.action()->toolTip()));
    QVERIFY(!controller.inspectTarget());
    // Keyboard: a shortcut and a mnemonic.
    QCOMPARE(controller.action()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QVERIFY(controller.action()->text().contains(u'&'));
}

void TestInspectController::offForImagesWithoutData_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("why");
    QTest::newRow("queued") << u"queued"_s << qint64(1024) << u"Only active images"_s;
    QTest::newRow("deactivated") << u"deactivated"_s << qint64(1024) << u"is deactivated"_s;
    QTest::newRow("no status") << QString() << qint64(1024) << u"unknown"_s;
    QTest::newRow("empty") << u"active"_s << qint64(0) << u"no data"_s;
}

void TestInspectController::offForImagesWithoutData()
{
    QFETCH(QString, status);
    QFETCH(qint64, size);
    QFETCH(QString, why);
    FakeAdapter adapter;
    Starter starter;
    InspectController controller;
    controller.setStarter(starter.function(&controller));
    ImageRecord record = image(u"a"_s, status);
    if (status.isNull())
        record.status.reset();
    record.size = size;
    controller.setTarget(&adapter, record);
    QVERIFY(!controller.action()->isEnabled());
    QVERIFY2(controller.action()->toolTip().contains(why), qPrintable(controller.action()->toolTip()));
    controller.action()->trigger();
    QVERIFY(!controller.inspect(&adapter, record));
    QVERIFY(starter.ids.isEmpty());
    // Nothing selected: off too, saying so.
    controller.setTarget(&adapter, std::nullopt);
    QVERIFY(!controller.action()->isEnabled());
    QVERIFY(controller.action()->toolTip().contains(u"Select an image"_s));
}

void TestInspectController::verdictGoesToTheImageChosen()
{
    FakeAdapter adapter;
    Starter starter;
    InspectController controller;
    controller.setStarter(starter.function(&controller));
    QSignalSpy ready(&controller, &InspectController::verdictReady);
    controller.setTarget(&adapter, image(u"a"_s));
    QVERIFY(controller.action()->isEnabled());
    controller.action()->trigger();
    QCOMPARE(starter.ids, QStringList{u"a"_s});
    QVERIFY(controller.isInspecting(u"a"_s));
    QVERIFY(!controller.action()->isEnabled()); // already inspecting a
    // The user selects another image while a is read.
    controller.setTarget(&adapter, image(u"b"_s));
    QVERIFY(controller.action()->isEnabled());
    starter.jobs.first()->succeed(verdict(u"qcow2"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    QCOMPARE(ready.first().at(0).toString(), u"a"_s);
    QCOMPARE(ready.first().at(1).value<InspectionResult>().format, u"qcow2"_s);
    QVERIFY(!controller.isInspecting(u"a"_s));
    QCOMPARE(controller.verdictFor(image(u"a"_s))->format, u"qcow2"_s);
    QVERIFY(!controller.verdictFor(image(u"b"_s)));
}

void TestInspectController::oneJobPerImage()
{
    FakeAdapter adapter;
    Starter starter;
    InspectController controller;
    controller.setStarter(starter.function(&controller));
    QVERIFY(controller.inspect(&adapter, image(u"a"_s)));
    QVERIFY(!controller.inspect(&adapter, image(u"a"_s)));
    QVERIFY(controller.inspect(&adapter, image(u"b"_s)));
    QCOMPARE(starter.ids, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(controller.runningCount(), 2);
}

void TestInspectController::failureIsReported()
{
    FakeAdapter adapter;
    Starter starter;
    InspectController controller;
    controller.setStarter(starter.function(&controller));
    QSignalSpy failed(&controller, &InspectController::failed);
    QSignalSpy ready(&controller, &InspectController::verdictReady);
    QVERIFY(controller.inspect(&adapter, image(u"a"_s)));
    starter.jobs.first()->fail(ApiError::make(ApiError::Kind::Forbidden, u"Not allowed."_s));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.first().at(0).toString(), u"a"_s);
    QCOMPARE(ready.count(), 0);
    QVERIFY(!controller.isInspecting(u"a"_s));
    QVERIFY(controller.inspect(&adapter, image(u"a"_s))); // may be tried again
}

void TestInspectController::cancelledWithItsCloud()
{
    FakeAdapter first;
    FakeAdapter second;
    Starter starter;
    InspectController controller;
    controller.setStarter(starter.function(&controller));
    QSignalSpy ready(&controller, &InspectController::verdictReady);
    QSignalSpy failed(&controller, &InspectController::failed);
    controller.setTarget(&first, image(u"a"_s));
    controller.action()->trigger();
    QCOMPARE(controller.runningCount(), 1);
    QPointer<FakeInspection> job = starter.jobs.first();
    controller.setTarget(&second, image(u"x"_s)); // another cloud shown
    QCOMPARE(controller.runningCount(), 0);
    QVERIFY(job && job->aborted);
    QTest::qWait(50); // let the cancelled job's finished() be delivered, if it were
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 0); // a cancel is no failure
}

void TestInspectController::verdictIsCachedAndShownWithoutARequest()
{
    QTemporaryDir dir;
    VerdictCache cache(dir.path());
    FakeAdapter adapter;
    {
        Starter starter;
        InspectController controller;
        controller.setCache(&cache);
        controller.setStarter(starter.function(&controller));
        QSignalSpy ready(&controller, &InspectController::verdictReady);
        QVERIFY(controller.inspect(&adapter, image(u"a"_s)));
        starter.jobs.first()->succeed(verdict(u"qcow2"_s, false));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    }
    QVERIFY(cache.find(image(u"a"_s)));

    // The next run: selecting the image shows its verdict at once, asking nothing.
    Starter starter;
    InspectController controller;
    controller.setCache(&cache);
    controller.setStarter(starter.function(&controller));
    QSignalSpy ready(&controller, &InspectController::verdictReady);
    controller.setTarget(&adapter, image(u"a"_s));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(0).toString(), u"a"_s);
    const auto shown = ready.first().at(1).value<InspectionResult>();
    QVERIFY(!shown.safe);
    QCOMPARE(shown.problems.first().kind, InspectionProblem::Kind::BackingFile);
    QVERIFY(starter.ids.isEmpty());
    // Inspecting again is still possible (the action stays on).
    QVERIFY(controller.action()->isEnabled());
}

void TestInspectController::anotherChecksumIsAnotherVerdict()
{
    FakeAdapter adapter;
    Starter starter;
    InspectController controller;
    controller.setStarter(starter.function(&controller));
    QSignalSpy ready(&controller, &InspectController::verdictReady);
    QVERIFY(controller.inspect(&adapter, image(u"a"_s)));
    starter.jobs.first()->succeed(verdict(u"raw"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    ImageRecord changed = image(u"a"_s);
    changed.checksum = u"other"_s;
    QVERIFY(!controller.verdictFor(changed));
    QVERIFY(controller.verdictFor(image(u"a"_s)));
    // The details give the hash too (the listing gave only MD5): the same data.
    ImageRecord details = image(u"a"_s);
    details.hashAlgo = u"sha512"_s;
    details.hashValue = u"abcdef"_s;
    QVERIFY(controller.verdictFor(details));
}

void TestInspectController::starterWithoutJobTurnsTheActionOff()
{
    FakeAdapter adapter;
    InspectController controller;
    controller.setStarter([](ImageAdapter*, const ImageRecord&) { return nullptr; });
    controller.setTarget(&adapter, image(u"a"_s));
    QVERIFY(controller.action()->isEnabled());
    QVERIFY(!controller.inspectTarget());
    QVERIFY(!controller.action()->isEnabled());
    QVERIFY(controller.action()->toolTip().contains(u"not available"_s));
}

QTEST_MAIN(TestInspectController)
#include "tst_inspectcontroller.moc"
