// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Image sharing (issue 18): an image's members, the user's answer to a share, through every
// dialect's adapter against the demo cloud (which keeps members as Glance does), and through the
// adapter a signed-in session hands out (a refused token renewed once, as for list and show).
#include "adapters/adapterfactory.h"
#include "adapters/glancev2adapter.h"
#include "adapters/membershipchange.h"
#include "cli/exitcode.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "identity/cloudsession.h"
#include "identity/keystoneauthenticator.h"
#include "support/signinfixture.h"
#include "support/testjobs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::waitForJob;
using Skylight::Test::why;
using Status = ImageMember::Status;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s; // public, the demo project's

// The demo project's shared image with three members (one per answer).
QString ownSharedImage()
{
    for (const DemoImage& image : DemoCatalog::standard().images()) {
        if (image.glance.value(u"owner"_s).toString() == DemoCatalog::projectId() &&
            image.members.size() == 3)
            return image.id();
    }
    return {};
}

// Another project's image shared with the demo project: "pending" (not listed by default) or
// "accepted".
QString offeredImage(const QString& status)
{
    for (const DemoImage& image : DemoCatalog::standard().allImages()) {
        if (image.memberStatus == status)
            return image.id();
    }
    return {};
}
} // namespace

class TestImageSharing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void theOwnerSeesEveryMember();
    void aMemberSeesItsOwnMembership();
    void anImageNotSharedSaysWhy_data();
    void anImageNotSharedSaysWhy();
    void acceptingAndRejectingChangeTheListing();
    void changesThatCannotBeMade_data();
    void changesThatCannotBeMade();
    void theDemoChecksTheStatusSent_data();
    void theDemoChecksTheStatusSent();
    void otherDialectsHaveNoSharing_data();
    void otherDialectsHaveNoSharing();
    void aRefusedTokenIsRenewedOnce();

private:
    GlanceV2Adapter* glance();
    QList<QString> listedIds(const ListScope& scope);

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestImageSharing::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    QVERIFY(!ownSharedImage().isEmpty());
    QVERIFY(!offeredImage(u"pending"_s).isEmpty());
    QVERIFY(!offeredImage(u"accepted"_s).isEmpty());
}

void TestImageSharing::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

GlanceV2Adapter* TestImageSharing::glance()
{
    return new GlanceV2Adapter(
        m_nam, ServiceEndpoint{.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
}

QList<QString> TestImageSharing::listedIds(const ListScope& scope)
{
    PageRequest request;
    request.limit = 1000;
    request.scope = scope;
    ImageListJob* job = glance()->list(request);
    QList<QString> ids;
    if (!waitForJob(job) || !job->result())
        return ids;
    for (const ImageRecord& record : job->result()->images)
        ids << record.id;
    return ids;
}

void TestImageSharing::theOwnerSeesEveryMember()
{
    GlanceV2Adapter* adapter = glance();
    QVERIFY(adapter->hasImageSharing());
    ImageMembersJob* job = adapter->members(ownSharedImage());
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    const ImageMembers& listed = *job->result();
    QVERIFY(!listed.notShared);
    QVERIFY(listed.hasMembers());
    QVERIFY(listed.skipped.isEmpty());
    QCOMPARE(listed.members.size(), 3);
    QSet<int> statuses;
    QSet<QString> projects;
    for (const ImageMember& member : listed.members) {
        statuses.insert(int(member.status));
        projects.insert(member.memberId);
        QCOMPARE(member.imageId, ownSharedImage());
        QVERIFY(member.createdAt && member.createdAt->isValid());
        QVERIFY(member.updatedAt && *member.updatedAt >= *member.createdAt);
    }
    QCOMPARE(statuses, (QSet<int>{int(Status::Accepted), int(Status::Pending), int(Status::Rejected)}));
    QVERIFY(!projects.contains(DemoCatalog::projectId()));
}

void TestImageSharing::aMemberSeesItsOwnMembership()
{
    ImageMembersJob* job = glance()->members(offeredImage(u"pending"_s));
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    QCOMPARE(job->result()->members.size(), 1);
    QCOMPARE(job->result()->members.first().memberId, DemoCatalog::projectId());
    QCOMPARE(job->result()->members.first().status, Status::Pending);
    // Offered, not answered: not in the project's listings until asked for.
    QVERIFY(!listedIds({}).contains(offeredImage(u"pending"_s)));
    QVERIFY(listedIds({ListScope::Visibility::Shared, ListScope::MemberStatus::Pending})
                .contains(offeredImage(u"pending"_s)));
}

void TestImageSharing::anImageNotSharedSaysWhy_data()
{
    QTest::addColumn<QString>("imageId");
    QTest::newRow("public, the project's") << kCirros;
    QTest::newRow("private, another project's") << u"e3d37ab2-8dc0-4000-b773-b15aad79ad0a"_s;
    QString hidden;
    for (const DemoImage& image : DemoCatalog::standard().unlisted())
        hidden = image.glance.value(u"os_hidden"_s).toBool() ? image.id() : hidden;
    QTest::newRow("hidden") << hidden;
}

void TestImageSharing::anImageNotSharedSaysWhy()
{
    QFETCH(QString, imageId);
    QVERIFY(!imageId.isEmpty());
    // Glance answers 403: a fact about the image, given as a result with the server's reason.
    ImageMembersJob* job = glance()->members(imageId);
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    QCOMPARE(job->result()->notShared, std::optional<QString>(u"Only shared images have members."_s));
    QVERIFY(!job->result()->hasMembers());

    ImageMembersJob* unknown = glance()->members(u"no-such-image"_s);
    QVERIFY(waitForJob(unknown));
    QVERIFY(!unknown->result().has_value());
    QCOMPARE(unknown->result().error().kind, ApiError::Kind::NotFound);
}

void TestImageSharing::acceptingAndRejectingChangeTheListing()
{
    const QString offered = offeredImage(u"pending"_s);
    GlanceV2Adapter* adapter = glance();
    // The member id found from the image's member listing: no project id needed.
    auto* accept = new MembershipChange(adapter, offered, Status::Accepted, QString(), this);
    accept->start();
    QVERIFY(waitForJob(accept));
    QVERIFY2(accept->result().has_value(), why(accept->result()).constData());
    QCOMPARE(accept->result()->status, Status::Accepted);
    QCOMPARE(accept->result()->memberId, DemoCatalog::projectId());
    QVERIFY(accept->result()->updatedAt > accept->result()->createdAt);
    delete accept;
    const DemoRequest put = m_cloud->requests().last();
    QCOMPARE(put.method, QByteArray("PUT"));
    QVERIFY(put.url.path().endsWith(u"/v2/images/%1/members/%2"_s.arg(offered, DemoCatalog::projectId())));
    QCOMPARE(QJsonDocument::fromJson(put.body).object(), (QJsonObject{{u"status"_s, u"accepted"_s}}));
    QCOMPARE(put.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(listedIds({}).contains(offered));

    // Rejected (with the project known): out of the default listing, in the rejected one.
    auto* reject = new MembershipChange(adapter, offered, Status::Rejected, DemoCatalog::projectId(), this);
    reject->start();
    QVERIFY(waitForJob(reject));
    QVERIFY2(reject->result().has_value(), why(reject->result()).constData());
    QCOMPARE(reject->result()->status, Status::Rejected);
    delete reject;
    QVERIFY(!listedIds({}).contains(offered));
    QVERIFY(listedIds({ListScope::Visibility::Default, ListScope::MemberStatus::Rejected}).contains(offered));
}

void TestImageSharing::changesThatCannotBeMade_data()
{
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("not shared") << kCirros << QString() << ApiError::Kind::BadRequest << 403 << 5
                                << u"Only shared images have members."_s;
    QTest::newRow("the owner's image, no project given")
        << ownSharedImage() << QString() << ApiError::Kind::BadRequest << 0 << 2 << u"3 members"_s;
    QTest::newRow("the owner's image, the owner's project")
        << ownSharedImage() << DemoCatalog::projectId() << ApiError::Kind::NotFound << 0 << 3
        << u"not among the image's members"_s;
    QTest::newRow("no such image") << u"no-such-image"_s << QString() << ApiError::Kind::NotFound << 404 << 3
                                   << u"Not found"_s;
}

void TestImageSharing::changesThatCannotBeMade()
{
    QFETCH(QString, imageId);
    QFETCH(QString, projectId);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    m_cloud->clearRequests();
    auto* change = new MembershipChange(glance(), imageId, Status::Accepted, projectId, this);
    change->start();
    QVERIFY(waitForJob(change));
    QVERIFY(!change->result().has_value());
    const ApiError& error = change->result().error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, httpStatus);
    QCOMPARE(int(exitCodeFor(error)), exitCode);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    for (const DemoRequest& request : m_cloud->requests())
        QCOMPARE(request.method, QByteArray("GET")); // nothing was changed
    delete change;
}

void TestImageSharing::theDemoChecksTheStatusSent_data()
{
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<QString>("memberId");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QString me = DemoCatalog::projectId();
    QTest::newRow("unknown status") << offeredImage(u"pending"_s) << me
                                    << QByteArray(R"({"status": "maybe"})") << 400;
    QTest::newRow("not JSON") << offeredImage(u"pending"_s) << me << QByteArray("status=accepted") << 400;
    QTest::newRow("pending again") << offeredImage(u"accepted"_s) << me
                                   << QByteArray(R"({"status": "pending"})") << 200;
    QTest::newRow("the owner answering for a member")
        << ownSharedImage() << u"2b6f1c9e8d7a4e5f9a0b1c2d3e4f5a6b"_s
        << QByteArray(R"({"status": "accepted"})") << 403;
    QTest::newRow("not a member") << offeredImage(u"pending"_s) << u"someone-else"_s
                                  << QByteArray(R"({"status": "accepted"})") << 404;
    QTest::newRow("not shared") << kCirros << me << QByteArray(R"({"status": "accepted"})") << 403;
}

void TestImageSharing::theDemoChecksTheStatusSent()
{
    QFETCH(QString, imageId);
    QFETCH(QString, memberId);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QNetworkRequest request(glance()->membersUrl(imageId, memberId));
    request.setRawHeader("X-Auth-Token", m_cloud->token());
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply* reply = m_nam->put(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    reply->deleteLater();
}

void TestImageSharing::otherDialectsHaveNoSharing_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("glance-v1") << int(Dialect::GlanceV1);
    QTest::newRow("compute") << int(Dialect::Compute);
    QTest::newRow("rackspace") << int(Dialect::Rackspace);
    QTest::newRow("huawei-ecs") << int(Dialect::HuaweiEcs);
}

void TestImageSharing::otherDialectsHaveNoSharing()
{
    QFETCH(int, dialect);
    const ServiceEndpoint endpoint{.url = m_cloud->endpoint(static_cast<Dialect>(dialect)),
                                   .token = m_cloud->token(),
                                   .projectId = DemoCloud::projectId()};
    auto created = createImageAdapter(static_cast<Dialect>(dialect), m_nam, endpoint, {}, m_cloud);
    QVERIFY(created.has_value());
    ImageAdapter* adapter = *created;
    QVERIFY(!adapter->hasImageSharing());
    m_cloud->clearRequests();
    ImageMembersJob* members = adapter->members(kCirros);
    QSignalSpy told(members, &ApiJob::finished);
    QCOMPARE(told.count(), 0); // finished() comes from the event loop, as for every job
    QVERIFY(told.wait(5000));
    QVERIFY(!members->result().has_value());
    const ApiError& why = members->result().error();
    QCOMPARE(why.kind, ApiError::Kind::BadRequest);
    QCOMPARE(why.httpStatus, 0);
    QCOMPARE(exitCodeFor(why), ExitCode::Usage);
    QVERIFY2(why.message.contains(u"which has no image sharing"_s), qPrintable(why.message));
    QVERIFY2(why.message.contains(dialectName(static_cast<Dialect>(dialect))), qPrintable(why.message));

    auto* change = new MembershipChange(adapter, kCirros, Status::Accepted, QString(), this);
    change->start();
    QVERIFY(waitForJob(change));
    QVERIFY(!change->result().has_value());
    QCOMPARE(change->result().error().message, why.message);
    delete change;
    ImageMemberJob* put = adapter->setMemberStatus(kCirros, u"p"_s, Status::Rejected);
    QVERIFY(waitForJob(put));
    QVERIFY(!put->result().has_value());
    QCOMPARE(put->result().error().message, why.message);
    QVERIFY(m_cloud->requests().isEmpty()); // nothing was asked of the server
}

void TestImageSharing::aRefusedTokenIsRenewedOnce()
{
    DemoCloud demo;
    Test::FakeIdentity identity;
    QVERIFY(Test::startCloudBehindIdentity(demo, identity));
    CloudProfile profile = Test::passwordProfile(identity, u"sharing"_s);
    KeystoneAuthenticator::setSecret(profile.auth, QString::fromLatin1(Test::FakeIdentity::kPassword));
    QDateTime now = QDateTime::currentDateTimeUtc();
    CloudSession session(m_nam, profile, nullptr, TransportOptions(), [&now] { return now; });
    QSignalSpy ready(&session, &CloudSession::ready);
    session.signIn();
    QVERIFY(ready.wait(15000));
    ImageAdapter* adapter = session.adapter();
    QVERIFY(adapter->hasImageSharing());

    demo.setToken("fake-token-2"); // the first token is revoked
    ImageMembersJob* members = adapter->members(ownSharedImage());
    QVERIFY(waitForJob(members));
    QVERIFY2(members->result().has_value(), why(members->result()).constData());
    QCOMPARE(members->result()->members.size(), 3);
    QCOMPARE(identity.tokensIssued(), 2);

    now = now.addSecs(600); // the renewed token is no longer "just issued"
    demo.setToken("fake-token-3");
    ImageMemberJob* put =
        adapter->setMemberStatus(offeredImage(u"pending"_s), DemoCatalog::projectId(), Status::Accepted);
    QVERIFY(waitForJob(put));
    QVERIFY2(put->result().has_value(), why(put->result()).constData());
    QCOMPARE(put->result()->status, Status::Accepted);
    QCOMPARE(identity.tokensIssued(), 3);
}

QTEST_MAIN(TestImageSharing)
#include "tst_imagesharing.moc"
