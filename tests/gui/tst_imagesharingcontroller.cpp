// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// ImageSharingController on its own (issue 18), with an adapter whose member listings the test
// answers: whose membership the tab offers to answer (owner, consumer, unknown project), nothing
// asked while the tab is hidden, and an answer that comes for an image no longer selected (even
// one delivered as its request is aborted) never shown.

#include "controllers/imagesharingcontroller.h"
#include "models/membertablemodel.h"
#include "support/stubadapter.h"
#include "widgets/imagesharingtab.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <cstddef>
#include <new>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

// A member listing the test answers; `answerOnAbort` set: aborting it delivers that answer (as a
// reply that was already on its way would), not Cancelled.
class ManualMembersJob : public Job<ImageMembers>
{
public:
    using Job::Job;
    void answer(const ImageMembers& members) { finishWith(members); }
    bool aborted = false;
    std::optional<ImageMembers> answerOnAbort;

protected:
    void doAbort() override
    {
        aborted = true;
        if (answerOnAbort)
            finishWith(*answerOnAbort);
    }
};

class FakeAdapter : public Test::StubAdapter
{
public:
    bool hasImageSharing() const override { return true; }
    ImageMembersJob* members(const QString& imageId) override
    {
        auto* job = new ManualMembersJob(this);
        jobs.append(job);
        asked.append(imageId);
        return job;
    }
    QList<QPointer<ManualMembersJob>> jobs;
    QStringList asked;
};

ImageRecord image(const QString& id, const QString& owner)
{
    ImageRecord record;
    record.id = id;
    record.owner = owner;
    record.visibility = u"shared"_s;
    return record;
}

ImageMember member(const QString& project, ImageMember::Status status)
{
    ImageMember member;
    member.imageId = u"img"_s;
    member.memberId = project;
    member.status = status;
    return member;
}

} // namespace

class TestImageSharingController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offersAnAnswerOnlyForTheUsersMembership_data();
    void offersAnAnswerOnlyForTheUsersMembership();
    void asksNothingWhileHidden();
    void answerForAnotherImageIsDropped();
    void adapterInPlaceOfADestroyedOneIsAskedAgain();
};

void TestImageSharingController::offersAnAnswerOnlyForTheUsersMembership_data()
{
    QTest::addColumn<QString>("projectId"); // the user's, empty: unknown
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<bool>("answerable");
    QTest::addColumn<QString>("summaryHas");
    QTest::newRow("owner, known") << u"me"_s << u"me"_s << QStringList{u"partner"_s} << false
                                  << u"shared with: 1"_s;
    QTest::newRow("consumer, known") << u"me"_s << u"them"_s << QStringList{u"me"_s} << true
                                     << u"your project (me) by project them"_s;
    QTest::newRow("another project's image, not shared with me")
        << u"me"_s << u"them"_s << QStringList{u"a"_s, u"b"_s} << false << u"shared with: 2"_s;
    QTest::newRow("unknown project, one membership")
        << QString() << u"them"_s << QStringList{u"x"_s} << true << u"one membership"_s;
    QTest::newRow("unknown project, several: the owner")
        << QString() << u"them"_s << QStringList{u"a"_s, u"b"_s} << false << u"shared with: 2"_s;
}

void TestImageSharingController::offersAnAnswerOnlyForTheUsersMembership()
{
    QFETCH(QString, projectId);
    QFETCH(QString, owner);
    QFETCH(QStringList, members);
    QFETCH(bool, answerable);
    QFETCH(QString, summaryHas);
    FakeAdapter adapter;
    ImageSharingTab tab;
    tab.setTable(new QTableView);
    tab.table()->setModel(tab.model());
    tab.show();
    ImageSharingController controller;
    controller.setTab(&tab);
    controller.setTarget(&adapter, image(u"img"_s, owner), projectId);
    QCOMPARE(adapter.jobs.size(), 1);
    QCOMPARE(tab.messageLabel()->text(), u"Loading members…"_s);
    ImageMembers listed;
    for (const QString& project : members)
        listed.members.append(member(project, ImageMember::Status::Pending));
    QSignalSpy shown(&controller, &ImageSharingController::membersShown);
    adapter.jobs.first()->answer(listed);
    QVERIFY(shown.wait(5000));
    QCOMPARE(tab.model()->rowCount(), members.size());
    QCOMPARE(tab.acceptButton()->isVisible(), answerable);
    QCOMPARE(tab.rejectButton()->isVisible(), answerable);
    const QString summary = tab.summaryLabel()->text();
    QVERIFY2(summary.contains(summaryHas, Qt::CaseInsensitive), qPrintable(summary));
}

void TestImageSharingController::asksNothingWhileHidden()
{
    FakeAdapter adapter;
    ImageSharingTab tab; // not shown
    ImageSharingController controller;
    controller.setTab(&tab);
    controller.setTarget(&adapter, image(u"a"_s, u"me"_s), u"me"_s);
    controller.setTarget(&adapter, image(u"b"_s, u"me"_s), u"me"_s);
    QVERIFY(adapter.asked.isEmpty());
    tab.show();
    QCOMPARE(adapter.asked, QStringList{u"b"_s});
    tab.hide();
    tab.show(); // asked already
    QCOMPARE(adapter.asked, QStringList{u"b"_s});
    controller.reload();
    QCOMPARE(adapter.asked, (QStringList{u"b"_s, u"b"_s}));
}

void TestImageSharingController::answerForAnotherImageIsDropped()
{
    FakeAdapter adapter;
    ImageSharingTab tab;
    tab.show();
    ImageSharingController controller;
    controller.setTab(&tab);
    QSignalSpy shown(&controller, &ImageSharingController::membersShown);
    controller.setTarget(&adapter, image(u"a"_s, u"me"_s), u"me"_s);
    QCOMPARE(adapter.jobs.size(), 1);
    // Its answer comes as it is aborted: it must not be shown under image b.
    ImageMembers ofA;
    ofA.members = {member(u"p1"_s, ImageMember::Status::Accepted),
                   member(u"p2"_s, ImageMember::Status::Pending)};
    adapter.jobs.first()->answerOnAbort = ofA;
    controller.setTarget(&adapter, image(u"b"_s, u"me"_s), u"me"_s);
    QCOMPARE(adapter.jobs.size(), 2);
    QVERIFY(adapter.jobs.first()->aborted);
    QTest::qWait(50); // a's answer is delivered (and dropped)
    QVERIFY(shown.isEmpty());
    QCOMPARE(tab.model()->rowCount(), 0);
    QCOMPARE(tab.messageLabel()->text(), u"Loading members…"_s);
    ImageMembers ofB;
    ofB.notShared = u"Only shared images have members."_s;
    adapter.jobs.at(1)->answer(ofB);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toString(), u"b"_s);
    QCOMPARE(tab.model()->rowCount(), 0);
    QCOMPARE(tab.messageKind(), ImageSharingTab::Kind::Note);
}

// Signed out and in again (or another cloud with the same image id): the new adapter may be
// created where the old one was. What the old one found must not stand for it.
void TestImageSharingController::adapterInPlaceOfADestroyedOneIsAskedAgain()
{
    ImageSharingTab tab;
    tab.show();
    ImageSharingController controller;
    controller.setTab(&tab);
    QSignalSpy shown(&controller, &ImageSharingController::membersShown);
    alignas(FakeAdapter) std::byte storage[sizeof(FakeAdapter)]; // both adapters live here
    auto* first = new (storage) FakeAdapter;
    controller.setTarget(first, image(u"img"_s, u"me"_s), u"me"_s);
    QCOMPARE(first->asked, QStringList{u"img"_s});
    ImageMembers listed;
    listed.members = {member(u"old-partner"_s, ImageMember::Status::Accepted)};
    first->jobs.first()->answer(listed);
    QVERIFY(shown.wait(5000));
    QCOMPARE(tab.model()->rowCount(), 1);
    first->~FakeAdapter();
    auto* second = new (storage) FakeAdapter;
    QCOMPARE(static_cast<void*>(second), static_cast<void*>(storage));
    controller.setTarget(second, image(u"img"_s, u"me"_s), u"me"_s);
    QCOMPARE(second->asked, QStringList{u"img"_s});
    QCOMPARE(tab.model()->rowCount(), 0);
    QCOMPARE(tab.messageLabel()->text(), u"Loading members…"_s);
    second->~FakeAdapter();
}

QTEST_MAIN(TestImageSharingController)
#include "tst_imagesharingcontroller.moc"
