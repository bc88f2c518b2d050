// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// skylight-cli members / share accept|reject / list --hidden (issue 18): an image's members, the
// answer to a share, the hidden images; against the demo cloud (--demo, and one in this process
// for changes that must outlive a command) and a hostile one.
#include "cli/clirun.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::CliRun;
using Skylight::Test::runProgram;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s; // public: no members

CliRun demo(const QStringList& args)
{
    return runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), QStringList{u"--demo"_s} + args);
}

CliRun at(const DemoCloud& cloud, const QStringList& args)
{
    return runProgram(
        QStringLiteral(SKYLIGHT_CLI_PATH),
        QStringList{u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s, u"glance-v2"_s} + args,
        {{u"OS_TOKEN"_s, QString::fromLatin1(cloud.token())}}, {}, 30000);
}

QString ownSharedImage()
{
    for (const DemoImage& image : DemoCatalog::standard().images()) {
        if (image.glance.value(u"owner"_s).toString() == DemoCatalog::projectId() &&
            image.members.size() == 3)
            return image.id();
    }
    return {};
}

QString pendingImage()
{
    for (const DemoImage& image : DemoCatalog::standard().unlisted()) {
        if (image.memberStatus == u"pending"_s)
            return image.id();
    }
    return {};
}

QStringList ids(const CliRun& listed)
{
    QStringList found;
    for (const QJsonValue& image : QJsonDocument::fromJson(listed.out).array())
        found << image.toObject().value(u"id"_s).toString();
    return found;
}
} // namespace

class TestCliShare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void membersOfTheOwnersImage();
    void membersAsJson();
    void anImageNotSharedHasNoMembers_data();
    void anImageNotSharedHasNoMembers();
    void acceptThenRejectChangesTheListing();
    void answersThatCannotBeGiven_data();
    void answersThatCannotBeGiven();
    void hiddenImages();
    void otherDialectsHaveNoSharing_data();
    void otherDialectsHaveNoSharing();
    void hostileMembersAreEscapedOrLeftOut();
    void usageErrors_data();
    void usageErrors();
};

void TestCliShare::membersOfTheOwnersImage()
{
    QVERIFY(!ownSharedImage().isEmpty());
    const CliRun result = demo({u"members"_s, ownSharedImage()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // header, rule, three members
    QVERIFY2(lines.first().startsWith("Member ID"), result.out.constData());
    QVERIFY(lines.first().contains("Status") && lines.first().contains("Updated"));
    for (const char* status : {"accepted", "pending", "rejected"})
        QVERIFY2(result.out.contains(status), result.out.constData());
    QVERIFY(result.out.contains("2024-03-05T14:30:00Z"));
    QVERIFY(result.err.isEmpty());
}

void TestCliShare::membersAsJson()
{
    const CliRun result = demo({u"members"_s, pendingImage(), u"-f"_s, u"json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray members = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(members.size(), 1); // a member sees its own membership only
    const QJsonObject mine = members.first().toObject();
    QCOMPARE(mine.keys(),
             (QStringList{u"created_at"_s, u"image_id"_s, u"member_id"_s, u"status"_s, u"updated_at"_s}));
    QCOMPARE(mine.value(u"member_id"_s).toString(), DemoCatalog::projectId());
    QCOMPARE(mine.value(u"image_id"_s).toString(), pendingImage());
    QCOMPARE(mine.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(mine.value(u"created_at"_s).toString(), u"2025-10-21T09:30:00Z"_s);
}

void TestCliShare::anImageNotSharedHasNoMembers_data()
{
    QTest::addColumn<QStringList>("format");
    QTest::newRow("table") << QStringList{};
    QTest::newRow("json") << QStringList{u"-f"_s, u"json"_s};
}

void TestCliShare::anImageNotSharedHasNoMembers()
{
    QFETCH(QStringList, format);
    const CliRun result = demo(QStringList{u"members"_s, kCirros} + format);
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(QByteArray("error: Image " + kCirros.toUtf8() + " has no members: it is not shared.")),
             result.err.constData());
    QVERIFY2(result.err.contains("Only shared images have members."),
             result.err.constData()); // Glance's reason
    QCOMPARE(result.err.count('\n'), 1);

    const CliRun unknown = demo(QStringList{u"members"_s, u"no-such-image"_s} + format);
    QCOMPARE(unknown.exitCode, 3);
}

void TestCliShare::acceptThenRejectChangesTheListing()
{
    DemoCloud cloud; // in this process: the answer stays for the next command
    QVERIFY(cloud.start());
    const QString offered = pendingImage();
    const QStringList list{u"list"_s, u"--all"_s, u"-f"_s, u"json"_s};
    QVERIFY(!ids(at(cloud, list)).contains(offered));
    QVERIFY(ids(at(cloud, list + QStringList{u"--member-status"_s, u"pending"_s})).contains(offered));

    const CliRun accepted = at(cloud, {u"share"_s, u"accept"_s, offered});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY2(accepted.out.startsWith(QByteArray("Image " + offered.toUtf8() + " is now accepted by project " +
                                                DemoCatalog::projectId().toUtf8())),
             accepted.out.constData());
    QVERIFY(ids(at(cloud, list)).contains(offered));
    QVERIFY(!ids(at(cloud, list + QStringList{u"--member-status"_s, u"pending"_s})).contains(offered));

    const CliRun rejected = at(cloud, {u"share"_s, u"reject"_s, offered, u"-f"_s, u"json"_s});
    QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
    const QJsonObject member = QJsonDocument::fromJson(rejected.out).object();
    QCOMPARE(member.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(member.value(u"member_id"_s).toString(), DemoCatalog::projectId());
    QVERIFY(!ids(at(cloud, list)).contains(offered));
    QVERIFY(ids(at(cloud, list + QStringList{u"--member-status"_s, u"rejected"_s})).contains(offered));
}

void TestCliShare::answersThatCannotBeGiven_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("not shared") << QStringList{u"share"_s, u"accept"_s, kCirros} << 5
                                << QByteArray("Only shared images have members.");
    QTest::newRow("the owner's image")
        << QStringList{u"share"_s, u"reject"_s, ownSharedImage()} << 2 << QByteArray("(--project-id ID)");
    QTest::newRow("another project named")
        << QStringList{u"--project-id"_s, u"0000aaaa"_s, u"share"_s, u"accept"_s, pendingImage()} << 3
        << QByteArray("is not shared with your project 0000aaaa");
    QTest::newRow("no such image") << QStringList{u"share"_s, u"accept"_s, u"no-such-image"_s} << 3
                                   << QByteArray("error:");
}

void TestCliShare::answersThatCannotBeGiven()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    const CliRun result = demo(args);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY2(result.err.contains(says), result.err.constData());
}

void TestCliShare::hiddenImages()
{
    const CliRun json = demo({u"list"_s, u"--all"_s, u"--hidden"_s, u"-f"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray images = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(images.size(), 2);
    for (const QJsonValue& image : images)
        QCOMPARE(image.toObject().value(u"properties"_s).toObject().value(u"os_hidden"_s), QJsonValue(true));

    const CliRun table = demo({u"list"_s, u"--all"_s, u"--hidden"_s});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QCOMPARE(table.out.count("(hidden)"), 2);
    QVERIFY(table.out.contains("public (hidden)"));
    QVERIFY(table.out.contains("private (hidden)"));

    // Without --hidden, none of them (and no row marked).
    const CliRun listed = demo({u"list"_s, u"--all"_s});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(!listed.out.contains("(hidden)"));
    for (const QJsonValue& image : images)
        QVERIFY(!listed.out.contains(image.toObject().value(u"id"_s).toString().toUtf8()));
}

void TestCliShare::otherDialectsHaveNoSharing_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QStringList>("command");
    for (const QString& api : {u"glance-v1"_s, u"compute"_s, u"rackspace"_s, u"huawei-ecs"_s}) {
        QTest::addRow("%s members", qPrintable(api)) << api << QStringList{u"members"_s, kCirros};
        QTest::addRow("%s share", qPrintable(api)) << api << QStringList{u"share"_s, u"accept"_s, kCirros};
    }
}

void TestCliShare::otherDialectsHaveNoSharing()
{
    QFETCH(QString, api);
    QFETCH(QStringList, command);
    const CliRun result = demo(QStringList{u"--api"_s, api} + command);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QByteArray("speaks " + api.toUtf8() + ", which has no image sharing")),
             result.err.constData());
}

void TestCliShare::hostileMembersAreEscapedOrLeftOut()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QJsonArray members{
        QJsonObject{{u"member_id"_s, u"evil\x1b]0;pwned\x07\u202Eproject"_s}, {u"status"_s, u"accepted"_s}},
        QJsonObject{{u"member_id"_s, u"b"_s}, {u"status"_s, u"owner\x1b[2J"_s}}, u"not a member"_s,
        QJsonObject{
            {u"member_id"_s, u"c"_s}, {u"status"_s, u"pending"_s}, {u"created_at"_s, u"yesterday"_s}}};
    const QString path = cloud.glanceV2Endpoint().path() + u"/v2/images/x/members"_s;
    const DemoResponse page{
        200,
        {{"Content-Type", "application/json"}},
        QJsonDocument(QJsonObject{{u"members"_s, members}}).toJson(QJsonDocument::Compact)};
    cloud.injectFault({path, 2, page});

    const CliRun table = at(cloud, {u"members"_s, u"x"_s});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY2(table.out.contains("evil\\x1b]0;pwned\\x07\\u202eproject"), table.out.constData());
    QVERIFY(!table.out.contains('\x1b') && !table.out.contains('\x07') &&
            !table.out.contains("\xE2\x80\xAE"));
    QVERIFY(table.out.contains("pending"));
    QVERIFY2(table.err.startsWith("warning: 2 entries of page 1 could not be read: entry 2 has an unknown "
                                  "status \"owner\\x1b[2J\", entry 3 is not an object"),
             table.err.constData());
    QVERIFY(!table.err.contains('\x1b'));

    const CliRun json = at(cloud, {u"members"_s, u"x"_s, u"-f"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.first().toObject().value(u"member_id"_s).toString(),
             u"evil\x1b]0;pwned\x07\u202Eproject"_s);
    QVERIFY(listed.at(1).toObject().value(u"created_at"_s).isNull()); // not a time
}

void TestCliShare::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("members without an image")
        << QStringList{u"members"_s} << QByteArray("exactly one IMAGE_ID");
    QTest::newRow("share maybe") << QStringList{u"share"_s, u"maybe"_s, kCirros}
                                 << QByteArray("share takes accept or reject");
    QTest::newRow("share without an image")
        << QStringList{u"share"_s, u"accept"_s} << QByteArray("share takes accept or reject");
    QTest::newRow("--hidden twice asked")
        << QStringList{u"list"_s, u"--hidden"_s, u"--filter"_s, u"os_hidden=true"_s}
        << QByteArray("give only --hidden");
    QTest::newRow("--hidden is list's") << QStringList{u"members"_s, kCirros, u"--hidden"_s}
                                        << QByteArray("Unknown option --hidden for members");
}

void TestCliShare::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    const CliRun result = demo(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says), result.err.constData());
}

QTEST_MAIN(TestCliShare)
#include "tst_clishare.moc"
