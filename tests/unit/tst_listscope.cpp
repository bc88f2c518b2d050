// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/computeadapter.h"
#include "adapters/glancev1adapter.h"
#include "adapters/glancev2adapter.h"
#include "democloud/democloud.h"
#include "image/imagequery.h"
#include "image/listscope.h"
#include "support/testjobs.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::waitForJob;
using Skylight::Test::why;
using Visibility = ListScope::Visibility;
using MemberStatus = ListScope::MemberStatus;

Q_DECLARE_METATYPE(Skylight::ListScope)

// The visibility scope (issue 16, defect 4): Glance lists other projects' community images only
// when asked (visibility=community or all), shared ones by the project's membership
// (member_status). The scope is a core value; only the Glance v2 adapter turns it into query
// parameters, and the demo cloud answers them as Glance does.
class TestListScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void queryParameters_data();
    void queryParameters();
    void otherDialectsSendNoScope();
    void demoAnswers_data();
    void demoAnswers();
    void demoRefusesUnknownValues_data();
    void demoRefusesUnknownValues();
    void typedTerms_data();
    void typedTerms();
    void settingsValues_data();
    void settingsValues();
    void visibilityAllMatchesEveryRow();

private:
    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestListScope::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestListScope::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

void TestListScope::queryParameters_data()
{
    QTest::addColumn<ListScope>("scope");
    QTest::addColumn<QString>("visibility");   // null: not sent
    QTest::addColumn<QString>("memberStatus"); // null: not sent
    QTest::newRow("default") << ListScope{} << QString() << QString();
    QTest::newRow("private") << ListScope{Visibility::Private} << u"private"_s << QString();
    QTest::newRow("shared") << ListScope{Visibility::Shared} << u"shared"_s << QString();
    QTest::newRow("shared, pending") << ListScope{Visibility::Shared, MemberStatus::Pending} << u"shared"_s
                                     << u"pending"_s;
    QTest::newRow("shared, rejected")
        << ListScope{Visibility::Shared, MemberStatus::Rejected} << u"shared"_s << u"rejected"_s;
    QTest::newRow("shared, any") << ListScope{Visibility::Shared, MemberStatus::All} << u"shared"_s
                                 << u"all"_s;
    QTest::newRow("public") << ListScope{Visibility::Public} << u"public"_s << QString();
    QTest::newRow("community") << ListScope{Visibility::Community} << u"community"_s << QString();
    QTest::newRow("all") << ListScope{Visibility::All} << u"all"_s << QString();
    QTest::newRow("default, pending")
        << ListScope{Visibility::Default, MemberStatus::Pending} << QString() << u"pending"_s;
    QTest::newRow("hidden, public") << ListScope{Visibility::Public, MemberStatus::Accepted, true}
                                    << u"public"_s << QString();
}

void TestListScope::queryParameters()
{
    QFETCH(ListScope, scope);
    QFETCH(QString, visibility);
    QFETCH(QString, memberStatus);
    GlanceV2Adapter glance(m_nam, ServiceEndpoint{.url = m_cloud->glanceV2Endpoint(), .token = "t"}, {});
    QVERIFY(glance.hasListScope());
    PageRequest request;
    request.limit = 100;
    request.filters = {{u"status"_s, u"active"_s}};
    request.scope = scope;
    const QUrlQuery query(glance.listUrl(request));
    QCOMPARE(query.hasQueryItem(u"visibility"_s), !visibility.isNull());
    QCOMPARE(query.queryItemValue(u"visibility"_s), visibility);
    QCOMPARE(query.hasQueryItem(u"member_status"_s), !memberStatus.isNull());
    QCOMPARE(query.queryItemValue(u"member_status"_s), memberStatus);
    QCOMPARE(query.allQueryItemValues(u"visibility"_s).size(), visibility.isNull() ? 0 : 1);
    QCOMPARE(query.queryItemValue(u"status"_s), u"active"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"100"_s);
    QCOMPARE(query.queryItemValue(u"os_hidden"_s), scope.hidden ? u"true"_s : QString());
    // The scope is the scope's: the filter box's visibility: and member_status: terms are not
    // sent a second time as filters.
    QVERIFY(!glance.serverFilterKeys().contains(u"visibility"_s));
    QVERIFY(!glance.serverFilterKeys().contains(u"member_status"_s));
}

void TestListScope::otherDialectsSendNoScope()
{
    PageRequest request;
    request.scope = ListScope{Visibility::Community};
    GlanceV1Adapter v1(m_nam, ServiceEndpoint{.url = m_cloud->endpoint(Dialect::GlanceV1), .token = "t"}, {});
    QVERIFY(!v1.hasListScope());
    QVERIFY(!v1.listUrl(request).query().contains(u"visibility"_s));
    ComputeAdapter compute(m_nam, ServiceEndpoint{.url = m_cloud->endpoint(Dialect::Compute), .token = "t"},
                           {}, Dialect::Compute);
    QVERIFY(!compute.hasListScope());
}

void TestListScope::demoAnswers_data()
{
    // The demo catalog: 17 public, 17 private (one still saving), 14 shared (5 of another project, whose
    // share the demo project accepted), 14 community images; besides, unlisted unless asked for, one
    // shared by another project still pending and two hidden ones (one public, one private).
    QTest::addColumn<ListScope>("scope");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("only"); // the one visibility listed, or empty
    QTest::newRow("default: all but community") << ListScope{} << 48 << QString();
    QTest::newRow("private") << ListScope{Visibility::Private} << 17 << u"private"_s;
    QTest::newRow("shared, accepted") << ListScope{Visibility::Shared} << 14 << u"shared"_s;
    QTest::newRow("shared, pending: the project's own")
        << ListScope{Visibility::Shared, MemberStatus::Pending} << 10 << u"shared"_s;
    QTest::newRow("shared, rejected: the project's own")
        << ListScope{Visibility::Shared, MemberStatus::Rejected} << 9 << u"shared"_s;
    QTest::newRow("shared, any status")
        << ListScope{Visibility::Shared, MemberStatus::All} << 15 << u"shared"_s;
    QTest::newRow("public") << ListScope{Visibility::Public} << 17 << u"public"_s;
    QTest::newRow("community") << ListScope{Visibility::Community} << 14 << u"community"_s;
    QTest::newRow("all: with community") << ListScope{Visibility::All} << 62 << QString();
    QTest::newRow("all, pending") << ListScope{Visibility::All, MemberStatus::Pending} << 58 << QString();
    QTest::newRow("default, pending")
        << ListScope{Visibility::Default, MemberStatus::Pending} << 44 << QString();
    QTest::newRow("hidden") << ListScope{Visibility::Default, MemberStatus::Accepted, true} << 2 << QString();
    QTest::newRow("hidden, private") << ListScope{Visibility::Private, MemberStatus::Accepted, true} << 1
                                     << u"private"_s;
}

void TestListScope::demoAnswers()
{
    QFETCH(ListScope, scope);
    QFETCH(int, count);
    QFETCH(QString, only);
    GlanceV2Adapter glance(
        m_nam, ServiceEndpoint{.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {});
    PageRequest request;
    request.limit = 1000;
    request.scope = scope;
    ImageListJob* job = glance.list(request);
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    const ImagePage page = *job->result();
    QCOMPARE(page.images.size(), count);
    QSet<QString> visibilities;
    for (const ImageRecord& record : page.images) {
        visibilities.insert(record.visibility.value_or(QString()));
        QCOMPARE(record.properties.value(u"os_hidden"_s).toBool(), scope.hidden);
    }
    if (!only.isEmpty())
        QCOMPARE(visibilities, QSet<QString>{only});
    QCOMPARE(visibilities.contains(u"community"_s),
             scope.visibility == Visibility::Community || scope.visibility == Visibility::All);
}

void TestListScope::demoRefusesUnknownValues_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("visibility") << u"visibility=everything"_s;
    QTest::newRow("member_status") << u"visibility=shared&member_status=maybe"_s;
    QTest::newRow("os_hidden") << u"os_hidden=perhaps"_s;
}

void TestListScope::demoRefusesUnknownValues()
{
    QFETCH(QString, query);
    GlanceV2Adapter glance(
        m_nam, ServiceEndpoint{.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {});
    PageRequest request;
    QUrl url = glance.listUrl(request);
    url.setQuery(query);
    request.next = url;
    ImageListJob* job = glance.list(request);
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().httpStatus, 400);
}

void TestListScope::typedTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asks");
    QTest::addColumn<ListScope>("scope");
    QTest::newRow("no term") << u"cirros status:active"_s << false << ListScope{};
    QTest::newRow("community") << u"visibility:community"_s << true << ListScope{Visibility::Community};
    QTest::newRow("upper case") << u"ubuntu Visibility:ALL"_s << true << ListScope{Visibility::All};
    QTest::newRow("shared, pending") << u"visibility:shared member_status:pending"_s << true
                                     << ListScope{Visibility::Shared, MemberStatus::Pending};
    QTest::newRow("member status alone")
        << u"member_status:rejected"_s << true << ListScope{Visibility::Default, MemberStatus::Rejected};
    QTest::newRow("hidden") << u"os_hidden:true"_s << true
                            << ListScope{Visibility::Default, MemberStatus::Accepted, true};
    QTest::newRow("hidden, community") << u"visibility:community os_hidden:TRUE"_s << true
                                       << ListScope{Visibility::Community, MemberStatus::Accepted, true};
    QTest::newRow("not hidden") << u"os_hidden:false"_s << true << ListScope{};
    QTest::newRow("hidden, not a boolean") << u"os_hidden:maybe"_s << false << ListScope{};
    QTest::newRow("half typed") << u"visibility:commun"_s << false << ListScope{};
    QTest::newRow("not a visibility") << u"visibility:default"_s << false << ListScope{};
}

void TestListScope::typedTerms()
{
    QFETCH(QString, text);
    QFETCH(bool, asks);
    QFETCH(ListScope, scope);
    const std::optional<ListScope> typed = ListScope::fromTerms(ImageQuery::parse(text).fieldTerms);
    QCOMPARE(typed.has_value(), asks);
    if (asks)
        QCOMPARE(*typed, scope);
}

void TestListScope::settingsValues_data()
{
    QTest::addColumn<ListScope>("scope");
    QTest::addColumn<QString>("value");
    QTest::newRow("default") << ListScope{} << QString();
    QTest::newRow("community") << ListScope{Visibility::Community} << u"community"_s;
    QTest::newRow("shared, pending") << ListScope{Visibility::Shared, MemberStatus::Pending}
                                     << u"shared:pending"_s;
    QTest::newRow("default, any") << ListScope{Visibility::Default, MemberStatus::All} << u"default:all"_s;
    QTest::newRow("hidden") << ListScope{Visibility::Default, MemberStatus::Accepted, true}
                            << u"default:hidden"_s;
    QTest::newRow("shared, pending, hidden")
        << ListScope{Visibility::Shared, MemberStatus::Pending, true} << u"shared:pending:hidden"_s;
}

void TestListScope::settingsValues()
{
    QFETCH(ListScope, scope);
    QFETCH(QString, value);
    QCOMPARE(scope.toSettingsValue(), value);
    QCOMPARE(ListScope::fromSettingsValue(value), std::optional<ListScope>(scope));
    for (const QString& unreadable :
         {u"everything"_s, u"shared:maybe"_s, u"a:b:c"_s, u"hidden"_s, u"default:hidden:hidden"_s})
        QVERIFY(!ListScope::fromSettingsValue(unreadable));
}

void TestListScope::visibilityAllMatchesEveryRow()
{
    // visibility:all lists everything: the rows it brought are not hidden again by the table.
    ImageRecord record;
    record.id = u"x"_s;
    record.visibility = u"community"_s;
    QVERIFY(ImageQuery::termMatches(record, u"visibility"_s, u"all"_s));
    QVERIFY(ImageQuery::termMatches(record, u"visibility"_s, u"Community"_s));
    QVERIFY(!ImageQuery::termMatches(record, u"visibility"_s, u"public"_s));
}

QTEST_MAIN(TestListScope)
#include "tst_listscope.moc"
