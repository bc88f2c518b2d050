// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "peer/peerclient.h"
#include "peer/peertables.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight::Test;

namespace {
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// What the Image API tells beyond the images (issue 18), read by skylight-cli from the real Glance
// of tests/peer (multi-store: swift or file by default, "file" and "slow"; Keystone unified limits)
// and compared with what python-openstackclient, python-glanceclient and Glance's own answers say
// of the same objects, which start-peer.sh seeded: a share from the project "partner" to "demo"
// (pending), a hidden image, a private one, and an image the admin copied to "slow" with
// copy-image. The CLI runs in another time zone than UTC, so that a time read as local shows.
class TestPeerImageApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storesAgreeWithGlanceClient_data();
    void storesAgreeWithGlanceClient();
    void membersAgreeWithOpenstackClient_data();
    void membersAgreeWithOpenstackClient();
    void membersOfAnUnsharedImage();
    void ownerCannotAnswerForMembers();
    void pendingShareAcceptedThenRejected();
    void tasksAgreeWithGlanceClient();
    void noTasksForAnUploadedImage();
    void copiedImageShowsBothStores();
    void hiddenImagesOnlyWhenAsked();
    void usageAgreesWithGlance();
    void downloadStoreIsRefused_data();
    void downloadStoreIsRefused();

private:
    QByteArray signIn(const QString& user);
    QByteArray tokenOf(const QString& user) const { return m_tokens.value(user); }
    CliRun cli(const QString& user, const QStringList& args);
    QJsonDocument cliJson(const QString& user, const QStringList& args);
    QByteArray client(const QString& user, const QString& program, const QStringList& args,
                      int expectedExit = 0, QByteArray* standardError = nullptr);
    QJsonObject glance(const QString& user, const QString& path, int* status = nullptr);
    QSet<QString> cliListIds(const QString& user, const QStringList& listArgs);
    QSet<QString> openstackListIds(const QString& user, const QStringList& listArgs);
    // The CLI's listing (list --all `listArgs`) between two of `openstack image list listArgs`:
    // the other peer tests run beside this one and may add or delete the project's images
    // meanwhile, so what both of the client's listings hold must be in the CLI's, and nothing
    // neither holds. `why` says what differs ("" when it agrees).
    QSet<QString> cliListChecked(const QString& user, const QStringList& listArgs, QString* why);
    QString memberStatusSaidByOpenstack(const QString& user);

    PeerClient m_peer;
    QHash<QString, QByteArray> m_tokens;
};

QByteArray TestPeerImageApi::signIn(const QString& user)
{
    // The users start-peer.sh made: NAME/NAMEpass, member (or admin) of the project NAME.
    const QByteArray auth = uR"({"auth": {"identity": {"methods": ["password"], "password": {"user":
        {"name": "%1", "domain": {"id": "default"}, "password": "%1pass"}}},
        "scope": {"project": {"name": "%1", "domain": {"id": "default"}}}}})"_s.arg(user)
                                .toUtf8();
    const PeerReply reply = m_peer.request("POST", QUrl(m_peer.value(u"KEYSTONE_URL"_s) + u"/auth/tokens"_s),
                                           auth, "application/json", {});
    return reply.status == 201 ? reply.subjectToken : QByteArray();
}

void TestPeerImageApi::initTestCase()
{
    QString error;
    QVERIFY2(m_peer.connect(&error), qPrintable(error));
    for (const QString& key : {u"SHARED_IMAGE_ID"_s, u"HIDDEN_IMAGE_ID"_s, u"PRIVATE_IMAGE_ID"_s,
                               u"COPIED_IMAGE_ID"_s, u"PARTNER_PROJECT_ID"_s, u"ADMIN_PROJECT_ID"_s}) {
        const QString missing =
            u"peer.env has no %1: start-peer.sh did not seed the Image API objects"_s.arg(key);
        QVERIFY2(!m_peer.value(key).isEmpty(), qPrintable(missing));
    }
    m_tokens.insert(u"demo"_s, m_peer.token());
    for (const QString& user : {u"partner"_s, u"admin"_s}) {
        m_tokens.insert(user, signIn(user));
        QVERIFY2(!m_tokens.value(user).isEmpty(), qPrintable(user));
    }
}

CliRun TestPeerImageApi::cli(const QString& user, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OS_TOKEN"_s, QString::fromLatin1(tokenOf(user)));
    env.insert(u"TZ"_s, u"Asia/Tokyo"_s); // times must still come out in UTC
    CliRun run;
    run.out = PeerClient::run(QStringLiteral(SKYLIGHT_CLI_PATH),
                              QStringList{u"--endpoint"_s, m_peer.value(u"GLANCE_URL"_s)} + args, env,
                              &run.exitCode, {}, &run.err);
    return run;
}

QJsonDocument TestPeerImageApi::cliJson(const QString& user, const QStringList& args)
{
    const CliRun run = cli(user, args + QStringList{u"-f"_s, u"json"_s});
    if (run.exitCode != 0) {
        qWarning("skylight-cli %s exited %d: %s", qPrintable(args.join(u' ')), run.exitCode,
                 run.err.constData());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning("skylight-cli %s printed no JSON: %s", qPrintable(args.join(u' ')), run.out.constData());
    return document;
}

// Runs `openstack` or `glance` as the user, from the openrc start-peer.sh wrote for it.
QByteArray TestPeerImageApi::client(const QString& user, const QString& program, const QStringList& args,
                                    int expectedExit, QByteArray* standardError)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QFile openrc(qEnvironmentVariable("PEER_DIR") + u'/' + user + u"-openrc"_s);
    if (!openrc.open(QIODevice::ReadOnly))
        qFatal("no %s", qPrintable(openrc.fileName()));
    for (const QByteArray& line : openrc.readAll().split('\n')) {
        if (line.startsWith("export ")) {
            const QByteArray pair = line.mid(7);
            env.insert(QString::fromUtf8(pair.left(pair.indexOf('='))),
                       QString::fromUtf8(pair.mid(pair.indexOf('=') + 1)));
        }
    }
    int exitCode = -1;
    QByteArray errors;
    const QByteArray output = PeerClient::run(program, args, env, &exitCode, {}, &errors);
    if (standardError)
        *standardError = errors;
    if (exitCode != expectedExit)
        qWarning("%s %s exited %d, not %d", qPrintable(program), qPrintable(args.join(u' ')), exitCode,
                 expectedExit);
    return exitCode == expectedExit ? output : QByteArray();
}

QJsonObject TestPeerImageApi::glance(const QString& user, const QString& path, int* status)
{
    const PeerReply reply =
        m_peer.request("GET", QUrl(m_peer.value(u"GLANCE_URL"_s) + path), {}, {}, tokenOf(user));
    if (status)
        *status = reply.status;
    return QJsonDocument::fromJson(reply.body).object();
}

QSet<QString> TestPeerImageApi::cliListIds(const QString& user, const QStringList& listArgs)
{
    return idsOf(cliJson(user, QStringList{u"list"_s, u"--all"_s} + listArgs).array(), u"id"_s);
}

QSet<QString> TestPeerImageApi::openstackListIds(const QString& user, const QStringList& listArgs)
{
    const QByteArray listed =
        client(user, u"openstack"_s, QStringList{u"image"_s, u"list"_s, u"-f"_s, u"json"_s} + listArgs);
    return idsOf(QJsonDocument::fromJson(listed).array(), u"ID"_s);
}

QSet<QString> TestPeerImageApi::cliListChecked(const QString& user, const QStringList& listArgs, QString* why)
{
    const QSet<QString> before = openstackListIds(user, listArgs);
    const QSet<QString> ours = cliListIds(user, listArgs);
    *why = listingDisagreement(ours, before, openstackListIds(user, listArgs));
    return ours;
}

QString TestPeerImageApi::memberStatusSaidByOpenstack(const QString& user)
{
    const QJsonArray members =
        QJsonDocument::fromJson(client(user, u"openstack"_s,
                                       {u"image"_s, u"member"_s, u"list"_s, u"-f"_s, u"json"_s,
                                        m_peer.value(u"SHARED_IMAGE_ID"_s)}))
            .array();
    for (const QJsonValue& member : members) {
        if (member.toObject().value(u"Member ID"_s).toString() == m_peer.value(u"DEMO_PROJECT_ID"_s))
            return member.toObject().value(u"Status"_s).toString();
    }
    return u"(not listed)"_s;
}

void TestPeerImageApi::storesAgreeWithGlanceClient_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("detail");
    QTest::newRow("demo: /v2/info/stores") << u"demo"_s << false;
    QTest::newRow("admin: /v2/info/stores/detail") << u"admin"_s << true;
}

void TestPeerImageApi::storesAgreeWithGlanceClient()
{
    QFETCH(QString, user);
    QFETCH(bool, detail);
    const QJsonObject ours = cliJson(user, {u"stores"_s}).object();
    const QJsonArray ourStores = ours.value(u"stores"_s).toArray();
    QStringList glanceArgs{u"stores-info"_s};
    if (detail)
        glanceArgs << u"--detail"_s;
    QJsonArray theirStores;
    for (const QStringList& row : prettyTable(client(user, u"glance"_s, glanceArgs))) {
        if (row.size() == 2 && row.first() == u"stores"_s)
            theirStores = QJsonDocument::fromJson(row.last().toUtf8()).array();
    }
    const QString said = QString::fromUtf8(QJsonDocument(ourStores).toJson(QJsonDocument::Compact)) +
                         u" vs "_s +
                         QString::fromUtf8(QJsonDocument(theirStores).toJson(QJsonDocument::Compact));
    QVERIFY2(theirStores.size() >= 2, qPrintable(said));
    QCOMPARE(idsOf(ourStores, u"id"_s), idsOf(theirStores, u"id"_s));
    QVERIFY2(idsOf(ourStores, u"id"_s).contains(u"slow"_s), qPrintable(said));
    QStringList defaults;
    for (const QJsonValue& theirValue : theirStores) {
        const QJsonObject theirs = theirValue.toObject();
        QJsonObject our;
        for (const QJsonValue& candidate : ourStores) {
            if (candidate.toObject().value(u"id"_s) == theirs.value(u"id"_s))
                our = candidate.toObject();
        }
        const QString id = theirs.value(u"id"_s).toString();
        QVERIFY2(our.value(u"description"_s) == theirs.value(u"description"_s),
                 qPrintable(id + u": "_s + said));
        // Glance says "default": "true" (a string) on the default store only.
        QCOMPARE(our.value(u"default"_s).toBool(), theirs.value(u"default"_s).toString() == u"true"_s);
        QCOMPARE(our.value(u"read-only"_s).toBool(), theirs.value(u"read-only"_s).toString() == u"true"_s);
        if (our.value(u"default"_s).toBool())
            defaults << id;
        if (detail) {
            QVERIFY2(our.value(u"type"_s) == theirs.value(u"type"_s), qPrintable(id + u": "_s + said));
            QVERIFY2(our.value(u"properties"_s) == theirs.value(u"properties"_s),
                     qPrintable(id + u": "_s + said));
        } else {
            QVERIFY2(!our.contains(u"type"_s), qPrintable(said));
        }
    }
    QCOMPARE(defaults, QStringList{m_peer.value(u"GLANCE_DEFAULT_STORE"_s)});
    // The import methods: what /v2/info/import says, the ones start-peer.sh enabled.
    const QJsonArray methods =
        glance(user, u"/v2/info/import"_s).value(u"import-methods"_s).toObject().value(u"value"_s).toArray();
    QCOMPARE(ours.value(u"import-methods"_s).toArray(), methods);
    QCOMPARE(methods, (QJsonArray{u"glance-direct"_s, u"web-download"_s, u"copy-image"_s}));

    const CliRun table = cli(user, {u"stores"_s});
    QCOMPARE(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    for (const QJsonValue& store : std::as_const(theirStores)) {
        const QString line =
            store.toObject().value(u"id"_s).toString() + u"\\s+"_s +
            (store.toObject().value(u"default"_s).toString() == u"true"_s ? u"yes"_s : u"no"_s);
        QVERIFY2(QRegularExpression(u"(^|\\n)"_s + line).match(text).hasMatch(), qPrintable(text));
    }
    QVERIFY2(text.contains(u"Import methods: glance-direct, web-download, copy-image"_s), qPrintable(text));
}

void TestPeerImageApi::membersAgreeWithOpenstackClient_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("memberKeys"); // peer.env keys of the members that user sees
    // The owner sees every member; a member, its own membership only.
    QTest::newRow("owner (partner)") << u"partner"_s
                                     << QStringList{u"DEMO_PROJECT_ID"_s, u"ADMIN_PROJECT_ID"_s};
    QTest::newRow("member (demo)") << u"demo"_s << QStringList{u"DEMO_PROJECT_ID"_s};
}

void TestPeerImageApi::membersAgreeWithOpenstackClient()
{
    QFETCH(QString, user);
    QFETCH(QStringList, memberKeys);
    const QString image = m_peer.value(u"SHARED_IMAGE_ID"_s);
    const QJsonArray ours = cliJson(user, {u"members"_s, image}).array();
    const QJsonArray theirs =
        QJsonDocument::fromJson(
            client(user, u"openstack"_s, {u"image"_s, u"member"_s, u"list"_s, u"-f"_s, u"json"_s, image}))
            .array();
    const QJsonArray raw =
        glance(user, u"/v2/images/"_s + image + u"/members"_s).value(u"members"_s).toArray();
    QSet<QString> expected;
    for (const QString& key : std::as_const(memberKeys))
        expected.insert(m_peer.value(key));
    QCOMPARE(idsOf(ours, u"member_id"_s), expected);
    QCOMPARE(idsOf(theirs, u"Member ID"_s), expected);
    QCOMPARE(idsOf(raw, u"member_id"_s), expected);
    for (const QJsonValue& ourValue : ours) {
        const QJsonObject our = ourValue.toObject();
        const QString member = our.value(u"member_id"_s).toString();
        QJsonObject their, glanceSays;
        for (const QJsonValue& value : theirs) {
            if (value.toObject().value(u"Member ID"_s).toString() == member)
                their = value.toObject();
        }
        for (const QJsonValue& value : raw) {
            if (value.toObject().value(u"member_id"_s).toString() == member)
                glanceSays = value.toObject();
        }
        QCOMPARE(our.value(u"image_id"_s).toString(), their.value(u"Image ID"_s).toString());
        QCOMPARE(our.value(u"status"_s).toString(), their.value(u"Status"_s).toString());
        QCOMPARE(our.value(u"status"_s).toString(),
                 member == m_peer.value(u"DEMO_PROJECT_ID"_s) ? u"pending"_s : u"accepted"_s);
        // openstack prints no dates: Glance's own answer has them.
        for (const QString& key : {u"created_at"_s, u"updated_at"_s}) {
            QVERIFY2(utc(our.value(key)).has_value(), qPrintable(key));
            QCOMPARE(utc(our.value(key)), utc(glanceSays.value(key)));
        }
    }
    // The table: one line per member, with its status and dates in UTC.
    const CliRun table = cli(user, {u"members"_s, image});
    QCOMPARE(table.exitCode, 0);
    for (const QJsonValue& ourValue : ours) {
        const QJsonObject our = ourValue.toObject();
        const QString line =
            our.value(u"member_id"_s).toString() + u"\\s+"_s + our.value(u"status"_s).toString() + u"\\s+"_s +
            QRegularExpression::escape(utc(our.value(u"created_at"_s))->toString(Qt::ISODate));
        QVERIFY2(QRegularExpression(line).match(QString::fromUtf8(table.out)).hasMatch(),
                 table.out.constData());
    }
}

void TestPeerImageApi::membersOfAnUnsharedImage()
{
    const QString image = m_peer.value(u"PRIVATE_IMAGE_ID"_s);
    int status = 0;
    glance(u"demo"_s, u"/v2/images/"_s + image + u"/members"_s, &status);
    QCOMPARE(status, 403);
    QByteArray theirError;
    client(u"demo"_s, u"openstack"_s, {u"image"_s, u"member"_s, u"list"_s, image}, 1, &theirError);
    const QByteArray reason = "Only shared images have members.";
    QVERIFY2(theirError.contains(reason), theirError.constData());
    const CliRun run = cli(u"demo"_s, {u"members"_s, image});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(reason), run.err.constData());
    QVERIFY2(run.err.contains(image.toUtf8()), run.err.constData());
    // Glance's JSON message ends in WebOb's "<br /><br />": not part of the reason.
    QVERIFY2(!run.err.contains("<br"), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

void TestPeerImageApi::ownerCannotAnswerForMembers()
{
    // The owner is listed two members and names none: a usage error saying how to name one.
    const CliRun run = cli(u"partner"_s, {u"share"_s, u"accept"_s, m_peer.value(u"SHARED_IMAGE_ID"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--project-id"), run.err.constData());
    QCOMPARE(memberStatusSaidByOpenstack(u"partner"_s), u"pending"_s);
}

void TestPeerImageApi::pendingShareAcceptedThenRejected()
{
    const QString image = m_peer.value(u"SHARED_IMAGE_ID"_s);
    const QString demo = m_peer.value(u"DEMO_PROJECT_ID"_s);
    // Pending: listed when asked for, in all three views, and not by default.
    QString why;
    const QSet<QString> before = idsOf(
        glance(u"demo"_s, u"/v2/images?member_status=pending&limit=1000"_s).value(u"images"_s).toArray(),
        u"id"_s);
    const QSet<QString> pending = cliListChecked(u"demo"_s, {u"--member-status"_s, u"pending"_s}, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(pending.contains(image), qPrintable(idList(pending)));
    why = listingDisagreement(
        pending, before,
        idsOf(
            glance(u"demo"_s, u"/v2/images?member_status=pending&limit=1000"_s).value(u"images"_s).toArray(),
            u"id"_s));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QSet<QString> listed = cliListChecked(u"demo"_s, {}, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(!listed.contains(image), qPrintable(idList(listed)));

    // Accepted: the member is the demo project (the one membership Glance lists to it).
    const QJsonObject accepted = cliJson(u"demo"_s, {u"share"_s, u"accept"_s, image}).object();
    QCOMPARE(accepted.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(accepted.value(u"member_id"_s).toString(), demo);
    QCOMPARE(accepted.value(u"image_id"_s).toString(), image);
    QCOMPARE(memberStatusSaidByOpenstack(u"demo"_s), u"accepted"_s);
    QCOMPARE(memberStatusSaidByOpenstack(u"partner"_s), u"accepted"_s);
    const QJsonObject member = glance(u"demo"_s, u"/v2/images/"_s + image + u"/members/"_s + demo);
    QCOMPARE(utc(accepted.value(u"updated_at"_s)), utc(member.value(u"updated_at"_s)));
    QCOMPARE(utc(accepted.value(u"created_at"_s)), utc(member.value(u"created_at"_s)));
    listed = cliListChecked(u"demo"_s, {}, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(listed.contains(image), qPrintable(idList(listed)));
    QVERIFY(!cliListIds(u"demo"_s, {u"--member-status"_s, u"pending"_s}).contains(image));

    // Rejected, without a question: the CLI contract asks nothing (standard input is closed here).
    const CliRun rejected = cli(u"demo"_s, {u"share"_s, u"reject"_s, image});
    QCOMPARE(rejected.exitCode, 0);
    QVERIFY2(rejected.out.contains(QByteArray("is now rejected by project " + demo.toUtf8())),
             rejected.out.constData());
    QCOMPARE(memberStatusSaidByOpenstack(u"demo"_s), u"rejected"_s);
    listed = cliListChecked(u"demo"_s, {}, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(!listed.contains(image), qPrintable(idList(listed)));
    const QSet<QString> rejectedIds = cliListChecked(u"demo"_s, {u"--member-status"_s, u"rejected"_s}, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(rejectedIds.contains(image), qPrintable(idList(rejectedIds)));

    // Back to pending, as start-peer.sh left it (Glance lets the member say so).
    const PeerReply restored = m_peer.request(
        "PUT", QUrl(m_peer.value(u"GLANCE_URL"_s) + u"/v2/images/"_s + image + u"/members/"_s + demo),
        R"({"status": "pending"})", "application/json", tokenOf(u"demo"_s));
    QCOMPARE(restored.status, 200);
}

void TestPeerImageApi::tasksAgreeWithGlanceClient()
{
    // copy-image is for admins (Glance's policy); its task belongs to the admin project.
    const QString image = m_peer.value(u"COPIED_IMAGE_ID"_s);
    const QJsonObject ours = cliJson(u"admin"_s, {u"tasks"_s, image}).object();
    const QJsonArray raw =
        glance(u"admin"_s, u"/v2/images/"_s + image + u"/tasks"_s).value(u"tasks"_s).toArray();
    QCOMPARE(raw.size(), 1);
    QCOMPARE(ours.value(u"tasks"_s).toArray(), raw); // -f json: the API's tasks as they are
    const QJsonObject task = raw.first().toObject();
    QCOMPARE(task.value(u"status"_s).toString(), u"success"_s);
    QCOMPARE(task.value(u"message"_s).toString(), u"Copied 3 MiB"_s);
    // The image's own word on its imports, as openstack image show prints it.
    const QJsonObject shown =
        QJsonDocument::fromJson(
            client(u"admin"_s, u"openstack"_s, {u"image"_s, u"show"_s, u"-f"_s, u"json"_s, image}))
            .object()
            .value(u"properties"_s)
            .toObject();
    for (const QString& key : {u"os_glance_importing_to_stores"_s, u"os_glance_failed_import"_s}) {
        QVERIFY2(shown.contains(key), qPrintable(key));
        QCOMPARE(ours.value(key), shown.value(key));
    }

    // glance -v image-tasks: every column it prints.
    const QList<QStringList> rows =
        prettyTable(client(u"admin"_s, u"glance"_s, {u"-v"_s, u"image-tasks"_s, image}));
    QCOMPARE(rows.size(), 2);
    const QStringList& header = rows.first();
    const QStringList& row = rows.last();
    const auto cell = [&](const QString& column) {
        return row.value(header.indexOf(column));
    };
    QCOMPARE(cell(u"Task Id"_s), task.value(u"id"_s).toString());
    QCOMPARE(cell(u"Image Id"_s), image);
    QCOMPARE(cell(u"Message"_s), task.value(u"message"_s).toString());
    QCOMPARE(cell(u"Status"_s), task.value(u"status"_s).toString());
    QCOMPARE(cell(u"Updated at"_s), task.value(u"updated_at"_s).toString());
    QCOMPARE(cell(u"Expires at"_s), task.value(u"expires_at"_s).toString());
    QCOMPARE(cell(u"Owner"_s), m_peer.value(u"ADMIN_PROJECT_ID"_s));
    QCOMPARE(cell(u"Request Id"_s), task.value(u"request_id"_s).toString());
    // glance task-list knows it too.
    bool inTaskList = false;
    for (const QStringList& listed : prettyTable(client(u"admin"_s, u"glance"_s, {u"task-list"_s})))
        inTaskList |= listed.value(0) == cell(u"Task Id"_s) && listed.value(1) == u"api_image_import"_s &&
                      listed.value(2) == u"success"_s;
    QVERIFY(inTaskList);

    // The table: method, stores, times in UTC (to the second) and the message.
    const CliRun table = cli(u"admin"_s, {u"tasks"_s, image});
    QCOMPARE(table.exitCode, 0);
    const QString line = QRegularExpression::escape(task.value(u"id"_s).toString()) +
                         u"\\s+success\\s+copy-image\\s+slow\\s+"_s +
                         QRegularExpression::escape(utc(task.value(u"created_at"_s))->toString(Qt::ISODate)) +
                         u"\\s+"_s +
                         QRegularExpression::escape(utc(task.value(u"updated_at"_s))->toString(Qt::ISODate)) +
                         u"\\s+Copied 3 MiB\\n"_s;
    QVERIFY2(QRegularExpression(line).match(QString::fromUtf8(table.out)).hasMatch(), table.out.constData());
}

void TestPeerImageApi::noTasksForAnUploadedImage()
{
    // Uploaded with PUT .../file, not imported: Glance has no task for it.
    const QString image = m_peer.value(u"PRIVATE_IMAGE_ID"_s);
    QCOMPARE(glance(u"demo"_s, u"/v2/images/"_s + image + u"/tasks"_s).value(u"tasks"_s),
             QJsonValue(QJsonArray()));
    QCOMPARE(prettyTable(client(u"demo"_s, u"glance"_s, {u"image-tasks"_s, image})).size(), 1); // the header
    const QJsonObject ours = cliJson(u"demo"_s, {u"tasks"_s, image}).object();
    QCOMPARE(ours.value(u"tasks"_s), QJsonValue(QJsonArray()));
    const CliRun table = cli(u"demo"_s, {u"tasks"_s, image});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("No tasks"), table.out.constData());
}

void TestPeerImageApi::copiedImageShowsBothStores()
{
    const QString image = m_peer.value(u"COPIED_IMAGE_ID"_s);
    const QJsonObject ours = cliJson(u"admin"_s, {u"show"_s, image}).object();
    const QJsonObject theirs =
        QJsonDocument::fromJson(
            client(u"admin"_s, u"openstack"_s, {u"image"_s, u"show"_s, u"-f"_s, u"json"_s, image}))
            .object();
    const QString stores = theirs.value(u"properties"_s).toObject().value(u"stores"_s).toString();
    QCOMPARE(stores, m_peer.value(u"GLANCE_DEFAULT_STORE"_s) + u",slow"_s);
    const QJsonValue ourStores = ours.contains(u"stores"_s)
                                     ? ours.value(u"stores"_s)
                                     : ours.value(u"properties"_s).toObject().value(u"stores"_s);
    QCOMPARE(ourStores.toString(), stores);
    for (const QString& key : {u"id"_s, u"status"_s, u"size"_s, u"checksum"_s, u"owner"_s, u"created_at"_s,
                               u"updated_at"_s, u"visibility"_s}) {
        QVERIFY2(ours.value(key) == theirs.value(key), qPrintable(key));
    }
    QCOMPARE(ours.value(u"size"_s).toInteger(), 3145728);
}

void TestPeerImageApi::hiddenImagesOnlyWhenAsked()
{
    const QString image = m_peer.value(u"HIDDEN_IMAGE_ID"_s);
    const QSet<QString> before = openstackListIds(u"demo"_s, {u"--hidden"_s});
    const QJsonArray hidden = cliJson(u"demo"_s, {u"list"_s, u"--all"_s, u"--hidden"_s}).array();
    const QSet<QString> hiddenIds = idsOf(hidden, u"id"_s);
    QVERIFY2(hiddenIds.contains(image), qPrintable(idList(hiddenIds)));
    // The other peer tests may add or delete images meanwhile (see cliListChecked).
    const QString why = listingDisagreement(
        hiddenIds, before,
        idsOf(glance(u"demo"_s, u"/v2/images?os_hidden=true&limit=1000"_s).value(u"images"_s).toArray(),
              u"id"_s));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    for (const QJsonValue& listed : hidden)
        QCOMPARE(listed.toObject().value(u"properties"_s).toObject().value(u"os_hidden"_s), QJsonValue(true));
    const QSet<QString> listed = cliListIds(u"demo"_s, {});
    QVERIFY2(!listed.contains(image), qPrintable(idList(listed)));
    QVERIFY(!openstackListIds(u"demo"_s, {}).contains(image));
    const CliRun table = cli(u"demo"_s, {u"list"_s, u"--all"_s, u"--hidden"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("(hidden)") && table.out.contains("skylight-peer-hidden"),
             table.out.constData());
}

void TestPeerImageApi::usageAgreesWithGlance()
{
    const QJsonObject ours = cliJson(u"demo"_s, {u"usage"_s}).object();
    const QJsonObject raw = glance(u"demo"_s, u"/v2/info/usage"_s);
    QCOMPARE(ours, raw);
    const QJsonObject usage = raw.value(u"usage"_s).toObject();
    // Keystone unified limits: the registered defaults, and the demo project's own image count.
    QCOMPARE(usage.value(u"image_count_total"_s).toObject().value(u"limit"_s).toInteger(), 500);
    QCOMPARE(usage.value(u"image_size_total"_s).toObject().value(u"limit"_s).toInteger(), 100000);
    QVERIFY(usage.value(u"image_count_total"_s).toObject().value(u"usage"_s).toInteger() >= 2);

    const QList<QStringList> rows = prettyTable(client(u"demo"_s, u"glance"_s, {u"usage"_s}));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(), (QStringList{u"Quota"_s, u"Limit"_s, u"Usage"_s}));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonObject quota = ours.value(u"usage"_s).toObject().value(rows.at(r).value(0)).toObject();
        QVERIFY2(!quota.isEmpty(), qPrintable(rows.at(r).value(0)));
        QCOMPARE(QString::number(quota.value(u"limit"_s).toInteger()), rows.at(r).value(1));
        QCOMPARE(QString::number(quota.value(u"usage"_s).toInteger()), rows.at(r).value(2));
    }
    const CliRun table = cli(u"demo"_s, {u"usage"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(QRegularExpression(u"\\nImages\\s+\\d+\\s+500\\s+image_count_total\\n"_s)
                 .match(QString::fromUtf8(table.out))
                 .hasMatch(),
             table.out.constData());
}

void TestPeerImageApi::downloadStoreIsRefused_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QByteArray>("said");
    // Glance 25 takes no store for GET /v2/images/{id}/file: the option is refused before any
    // download, for a store it has as for one it does not.
    QTest::newRow("a store it has") << u"slow"_s
                                    << QByteArray("offers no choice of the store a download is served from");
    QTest::newRow("a store it has not") << u"nowhere"_s << QByteArray("this cloud has no store \"nowhere\"");
}

void TestPeerImageApi::downloadStoreIsRefused()
{
    QFETCH(QString, store);
    QFETCH(QByteArray, said);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"image.raw"_s);
    const CliRun run = cli(u"demo"_s, {u"download"_s, m_peer.value(u"PRIVATE_IMAGE_ID"_s), u"-o"_s, target,
                                       u"--store"_s, store});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QByteArray("--store " + store.toUtf8() + " is not supported")),
             run.err.constData());
    QVERIFY2(run.err.contains(said), run.err.constData());
    for (const char* listed : {"file", "slow"})
        QVERIFY2(run.err.contains(listed), run.err.constData());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".part"_s));
}

QTEST_GUILESS_MAIN(TestPeerImageApi)
#include "tst_peerimageapi.moc"
