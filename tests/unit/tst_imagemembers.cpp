// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Image API v2's member listing (issue 18), read as every server answer is: hostile. A bad entry
// is left out with why; the others are listed.
#include "adapters/glancev2members.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
HttpResponse response(const QByteArray& body)
{
    return HttpResponse{200,
                        QUrl(u"http://127.0.0.1:9292/v2/images/i/members"_s),
                        {{"Content-Type", "application/json"}},
                        body};
}

QJsonObject member(const QString& id, const QString& status)
{
    return QJsonObject{{u"image_id"_s, u"i"_s},
                       {u"member_id"_s, id},
                       {u"status"_s, status},
                       {u"created_at"_s, u"2013-09-20T19:16:53Z"_s},
                       {u"updated_at"_s, u"2013-09-20T19:22:19Z"_s},
                       {u"schema"_s, u"/v2/schemas/member"_s}};
}

QByteArray members(const QJsonArray& entries)
{
    return QJsonDocument(QJsonObject{{u"members"_s, entries}, {u"schema"_s, u"/v2/schemas/members"_s}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestImageMembers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheDocumentedExample();
    void leavesOutBadEntries_data();
    void leavesOutBadEntries();
    void unreadableListsAreErrors_data();
    void unreadableListsAreErrors();
    void capsTheNumberOfMembers();
    void oneMember();
    void jsonKeysAreTheApis();
    void statusKeys();
};

void TestImageMembers::readsTheDocumentedExample()
{
    const auto listed = GlanceV2::parseMembers(
        response(members({member(u"818baf9e073fd04fa78989447062e04a"_s, u"pending"_s),
                          member(u"8989447062e04a818baf9e073fd04fa7"_s, u"accepted"_s)})));
    QVERIFY(listed.has_value());
    QCOMPARE(listed->members.size(), 2);
    QVERIFY(listed->skipped.isEmpty());
    QVERIFY(!listed->notShared);
    const ImageMember& first = listed->members.first();
    QCOMPARE(first.memberId, u"818baf9e073fd04fa78989447062e04a"_s);
    QCOMPARE(first.imageId, u"i"_s);
    QCOMPARE(first.status, ImageMember::Status::Pending);
    QCOMPARE(first.createdAt, QDateTime::fromString(u"2013-09-20T19:16:53Z"_s, Qt::ISODate));
    QCOMPARE(first.updatedAt, QDateTime::fromString(u"2013-09-20T19:22:19Z"_s, Qt::ISODate));
    QCOMPARE(listed->members.at(1).status, ImageMember::Status::Accepted);
}

void TestImageMembers::leavesOutBadEntries_data()
{
    QTest::addColumn<QJsonValue>("entry");
    QTest::addColumn<QString>("reason"); // of the bad entry, the 2nd of three
    QJsonObject noStatus = member(u"b"_s, u"x"_s);
    noStatus.remove(u"status"_s);
    QJsonObject numberId = member(u"b"_s, u"accepted"_s);
    numberId.insert(u"member_id"_s, 42);
    QTest::newRow("not an object") << QJsonValue(u"member"_s) << u"entry 2 is not an object"_s;
    QTest::newRow("null") << QJsonValue() << u"entry 2 is not an object"_s;
    QTest::newRow("no member_id") << QJsonValue(QJsonObject{{u"status"_s, u"accepted"_s}})
                                  << u"entry 2 has no member_id"_s;
    QTest::newRow("member_id a number") << QJsonValue(numberId) << u"entry 2 has no member_id"_s;
    QTest::newRow("member_id blank") << QJsonValue(member(u"  "_s, u"accepted"_s))
                                     << u"entry 2 has no member_id"_s;
    QTest::newRow("member_id of 256 characters") << QJsonValue(member(QString(256, u'x'), u"accepted"_s))
                                                 << u"entry 2 has a member_id longer than 255 characters"_s;
    QTest::newRow("unknown status") << QJsonValue(member(u"b"_s, u"maybe"_s))
                                    << u"entry 2 has an unknown status \"maybe\""_s;
    QTest::newRow("long unknown status, cut")
        << QJsonValue(member(u"b"_s, QString(500, u'z')))
        << u"entry 2 has an unknown status \""_s + QString(40, u'z') + u"…\""_s;
    QTest::newRow("no status") << QJsonValue(noStatus) << u"entry 2 has an unknown status (not text)"_s;
    QTest::newRow("repeated member") << QJsonValue(member(u"a"_s, u"rejected"_s))
                                     << u"entry 2 repeats the member \"a\" of entry 1"_s;
}

void TestImageMembers::leavesOutBadEntries()
{
    QFETCH(QJsonValue, entry);
    QFETCH(QString, reason);
    const auto listed = GlanceV2::parseMembers(
        response(members({member(u"a"_s, u"accepted"_s), entry, member(u"c"_s, u"rejected"_s)})));
    QVERIFY(listed.has_value());
    QCOMPARE(listed->members.size(), 2);
    QCOMPARE(listed->members.at(0).memberId, u"a"_s);
    QCOMPARE(listed->members.at(1).memberId, u"c"_s);
    QCOMPARE(listed->members.at(1).status, ImageMember::Status::Rejected);
    QCOMPARE(listed->skipped.count, 1);
    QCOMPARE(listed->skipped.reasons, QStringList{reason});
}

void TestImageMembers::unreadableListsAreErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("part"); // of the message
    QTest::newRow("empty") << QByteArray() << u"empty response"_s;
    QTest::newRow("html") << QByteArray("<html><body>Forbidden</body></html>") << u"web page"_s;
    QTest::newRow("no members array") << QByteArray(R"({"members": {"a": 1}})") << u"\"members\" array"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"not an object"_s;
    QTest::newRow("truncated") << QByteArray(R"({"members": [{"member_id": "a")") << u"malformed JSON"_s;
    QTest::newRow("too deep") << QByteArray(R"({"members": )") + QByteArray(2000, '[') << u"nests deeper"_s;
}

void TestImageMembers::unreadableListsAreErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, part);
    const auto listed = GlanceV2::parseMembers(response(body));
    QVERIFY(!listed.has_value());
    QCOMPARE(listed.error().kind, ApiError::Kind::BadPayload);
    QVERIFY2(listed.error().message.contains(part), qPrintable(listed.error().message));
}

void TestImageMembers::capsTheNumberOfMembers()
{
    QJsonArray entries;
    for (qsizetype i = 0; i < ImageMembers::kMaxMembers + 5; ++i)
        entries.append(member(u"p%1"_s.arg(i), u"accepted"_s));
    const auto listed = GlanceV2::parseMembers(response(members(entries)));
    QVERIFY(listed.has_value());
    QCOMPARE(listed->members.size(), ImageMembers::kMaxMembers);
    QCOMPARE(listed->skipped.count, 5);
    QCOMPARE(listed->skipped.reasons.size(), 1);
    QVERIFY2(listed->skipped.reasons.first().contains(u"5 entries"_s),
             qPrintable(listed->skipped.reasons.first()));
}

void TestImageMembers::oneMember()
{
    const auto one = GlanceV2::parseMember(
        response(QJsonDocument(member(u"a"_s, u"REJECTED"_s)).toJson(QJsonDocument::Compact)));
    QVERIFY(one.has_value());
    QCOMPARE(one->status, ImageMember::Status::Rejected);
    const auto bad = GlanceV2::parseMember(response(R"({"member_id": "a", "status": "rejected!"})"));
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().kind, ApiError::Kind::BadPayload);
    QVERIFY2(bad.error().message.contains(u"unknown status"_s), qPrintable(bad.error().message));
}

void TestImageMembers::jsonKeysAreTheApis()
{
    const auto one = GlanceV2::parseMember(
        response(QJsonDocument(member(u"a"_s, u"pending"_s)).toJson(QJsonDocument::Compact)));
    QVERIFY(one.has_value());
    const QJsonObject json = one->toJson();
    QCOMPARE(json.keys(),
             (QStringList{u"created_at"_s, u"image_id"_s, u"member_id"_s, u"status"_s, u"updated_at"_s}));
    QCOMPARE(json.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(json.value(u"created_at"_s).toString(), u"2013-09-20T19:16:53Z"_s);
    ImageMember undated;
    QVERIFY(undated.toJson().value(u"updated_at"_s).isNull());
}

void TestImageMembers::statusKeys()
{
    QCOMPARE(ImageMember::statusKeys(), (QStringList{u"pending"_s, u"accepted"_s, u"rejected"_s}));
    for (const QString& key : ImageMember::statusKeys())
        QCOMPARE(ImageMember::statusKey(*ImageMember::statusFromKey(key)), key);
    QVERIFY(!ImageMember::statusFromKey(u"all"));
}

QTEST_MAIN(TestImageMembers)
#include "tst_imagemembers.moc"
