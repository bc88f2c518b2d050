// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/linkaction.h"
#include "image/imagerecord.h"
#include "models/linktablemodel.h"
#include "widgets/imagedetailsview.h"

#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

Q_DECLARE_METATYPE(Skylight::LinkAction)

// The Links tab (issue 16, defect 13): an address of the cloud's API needs a token, so it is never
// handed to a web browser; addresses are cut in the middle, where self and file differ least.
class TestLinkAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void addressesAreCutInTheMiddle();
};

void TestLinkAction::decides_data()
{
    QTest::addColumn<QString>("rel");
    QTest::addColumn<QString>("href");
    QTest::addColumn<LinkAction>("action");
    const QString image = u"https://glance.example:9292/v2/images/1bea47ed"_s;
    QTest::newRow("self") << u"self"_s << image << LinkAction::FetchDetails;
    QTest::newRow("file") << u"file"_s << image + u"/file"_s << LinkAction::Download;
    QTest::newRow("Self, any case") << u"Self"_s << image << LinkAction::FetchDetails;
    QTest::newRow("schema of the API")
        << u"schema"_s << u"https://glance.example:9292/v2/schemas/image"_s << LinkAction::CopyApiAddress;
    QTest::newRow("describedby elsewhere")
        << u"describedby"_s << u"https://docs.example/schema"_s << LinkAction::CopyApiAddress;
    QTest::newRow("Compute's bookmark")
        << u"bookmark"_s << u"https://nova.example/images/1"_s << LinkAction::CopyApiAddress;
    QTest::newRow("Compute's alternate (the image service)")
        << u"alternate"_s << u"https://glance.example:9292/images/1"_s << LinkAction::CopyApiAddress;
    QTest::newRow("an unknown relation on the API's origin")
        << u"related"_s << u"HTTPS://Glance.Example:9292/v2/images/2"_s << LinkAction::CopyApiAddress;
    QTest::newRow("the same host on another port")
        << u"related"_s << u"https://glance.example/help"_s << LinkAction::OpenInBrowser;
    QTest::newRow("a web page") << u"license"_s << u"https://www.apache.org/licenses/LICENSE-2.0"_s
                                << LinkAction::OpenInBrowser;
    QTest::newRow("file: scheme") << u"related"_s << u"file:///etc/passwd"_s << LinkAction::Refuse;
    QTest::newRow("javascript:") << u"related"_s << u"javascript:alert(1)"_s << LinkAction::Refuse;
    QTest::newRow("no host") << u"related"_s << u"http:///x"_s << LinkAction::Refuse;
    QTest::newRow("not an address") << u"related"_s << u"ht tp://x y"_s << LinkAction::Refuse;
    QTest::newRow("relative") << u"related"_s << u"/v2/images/1"_s << LinkAction::Refuse;
}

void TestLinkAction::decides()
{
    QFETCH(QString, rel);
    QFETCH(QString, href);
    QFETCH(LinkAction, action);
    const QUrl api(u"https://glance.example:9292/v2"_s);
    QCOMPARE(linkActionFor(ImageLink{rel, href, std::nullopt}, api), action);
}

void TestLinkAction::addressesAreCutInTheMiddle()
{
    ImageDetailsView view;
    view.setCurrentIndex(ImageDetailsView::LinksTab);
    auto* table = qobject_cast<QTableView*>(view.currentWidget());
    QVERIFY(table);
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    ImageRecord record;
    record.id = u"1"_s;
    record.links = {ImageLink{u"self"_s, u"https://glance.example:9292/v2/images/1"_s, std::nullopt}};
    view.showRecord(record);
    QCOMPARE(view.linksModel()->index(0, 2).data(Qt::ToolTipRole).toString(), record.links.first().href);
}

QTEST_MAIN(TestLinkAction)
#include "tst_linkaction.moc"
