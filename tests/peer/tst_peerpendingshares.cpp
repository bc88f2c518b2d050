// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The window's pending-share marks (issue 18) against the real Glance of tests/peer: the project
// "partner" shares SHARED_IMAGE_ID with "demo", pending, as start-peer.sh left it. Listed as the
// window lists them (ImageListLoader into an ImageTableModel) with member_status=all, the
// PendingSharesProbe marks exactly what Glance's own pending listing holds of other projects'
// shares, never the demo project's own images (Glance lists a project's own images whatever
// member_status says); listed with member_status=pending, every other project's share is marked.
// Runs alone with tst_peerimageapi (a resource lock): that one accepts and rejects the share.

#include "adapters/adapterfactory.h"
#include "adapters/imagelistloader.h"
#include "controllers/pendingsharesprobe.h"
#include "models/imagetablemodel.h"
#include "peer/peerclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::PeerClient;

class TestPeerPendingShares : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void marksWhatGlanceListsAsPending_data();
    void marksWhatGlanceListsAsPending();

private:
    // Glance's own answer: the ids of visibility=shared&member_status=pending owned by another project.
    QSet<QString> pendingOfOthers();

    PeerClient m_peer;
    ImageAdapter* m_adapter = nullptr;
};

void TestPeerPendingShares::initTestCase()
{
    QString error;
    QVERIFY2(m_peer.connect(&error), qPrintable(error));
    auto adapter = createImageAdapter(Dialect::GlanceV2, m_peer.nam(),
                                      {.url = QUrl(m_peer.value(u"GLANCE_URL"_s)),
                                       .token = m_peer.token(),
                                       .projectId = m_peer.value(u"DEMO_PROJECT_ID"_s)},
                                      TransportOptions(), this);
    QVERIFY2(adapter, adapter ? "" : qPrintable(adapter.error()));
    m_adapter = *adapter;
}

QSet<QString> TestPeerPendingShares::pendingOfOthers()
{
    const auto reply =
        m_peer.request("GET", QUrl(m_peer.value(u"GLANCE_URL"_s) +
                                   u"/v2/images?visibility=shared&member_status=pending&limit=1000"_s));
    QSet<QString> ids;
    for (const QJsonValue& image :
         QJsonDocument::fromJson(reply.body).object().value(u"images"_s).toArray()) {
        if (image[u"owner"_s].toString() != m_peer.value(u"DEMO_PROJECT_ID"_s))
            ids.insert(image[u"id"_s].toString());
    }
    return ids;
}

void TestPeerPendingShares::marksWhatGlanceListsAsPending_data()
{
    QTest::addColumn<ListScope>("scope");
    QTest::newRow("shared, any member status")
        << ListScope{ListScope::Visibility::Shared, ListScope::MemberStatus::All};
    QTest::newRow("default, any member status")
        << ListScope{ListScope::Visibility::Default, ListScope::MemberStatus::All};
    QTest::newRow("shared, pending") << ListScope{ListScope::Visibility::Shared,
                                                  ListScope::MemberStatus::Pending};
}

void TestPeerPendingShares::marksWhatGlanceListsAsPending()
{
    QFETCH(ListScope, scope);
    const QString shared = m_peer.value(u"SHARED_IMAGE_ID"_s);
    const QString demo = m_peer.value(u"DEMO_PROJECT_ID"_s);
    const QSet<QString> expected = pendingOfOthers();
    QVERIFY2(expected.contains(shared), "start-peer.sh left the share pending");

    ImageTableModel model;
    const bool pendingScope = scope.memberStatus == ListScope::MemberStatus::Pending;
    model.setListedMembership(pendingScope ? std::optional(ImageMember::Status::Pending) : std::nullopt,
                              demo);
    ImageListLoader loader(m_adapter);
    connect(&loader, &ImageListLoader::pageLoaded, &model,
            [&model](const QList<ImageRecord>& images) { model.append(images); });
    QSignalSpy listed(&loader, &ImageListLoader::finished);
    PageRequest first;
    first.limit = 50;
    first.scope = scope;
    loader.start(first);
    QVERIFY(listed.wait(60000));
    QVERIFY2(!loader.error(), loader.error() ? qPrintable(loader.error()->describe()) : "");
    QVERIFY(model.rowOf(shared) >= 0);

    if (!pendingScope) {
        QVERIFY(PendingSharesProbe::isWanted(scope));
        PendingSharesProbe probe(m_adapter, &model);
        QSignalSpy probed(&probe, &PendingSharesProbe::finished);
        probe.start(first);
        QVERIFY(probed.wait(60000));
        QCOMPARE(probe.marked(), expected.size());
    }
    QSet<QString> marked;
    int own = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString visibility = model.index(row, ImageTableModel::Visibility).data().toString();
        const QString id = model.index(row, ImageTableModel::Id).data().toString();
        if (visibility.contains(u"pending"_s))
            marked.insert(id);
        if (model.record(row)->owner == demo) {
            ++own;
            QVERIFY2(!visibility.contains(u"pending"_s), qPrintable(id + u' ' + visibility));
        }
    }
    QVERIFY2(own > 0, "the demo project's own images are listed too");
    QCOMPARE(marked, expected);
    QCOMPARE(model.index(model.rowOf(shared), ImageTableModel::Visibility).data().toString(),
             u"shared, pending"_s);
}

QTEST_GUILESS_MAIN(TestPeerPendingShares)
#include "tst_peerpendingshares.moc"
