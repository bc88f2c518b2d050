// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/endpointkey.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// An --endpoint cloud is kept in the settings under endpointKey() and shown under
// endpointDisplayName(): a name a person reads, not the settings key (issue 16).
class TestEndpointKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayName_data();
    void displayName();
    void spellingsOfOneEndpointShowOneName();
};

void TestEndpointKey::displayName_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("port, root") << u"http://127.0.0.1:9/"_s << u"http://127.0.0.1:9/"_s << u"127.0.0.1:9"_s;
    QTest::newRow("port, no path") << u"http://127.0.0.1:9"_s << u"http://127.0.0.1:9/"_s << u"127.0.0.1:9"_s;
    QTest::newRow("port and path") << u"http://127.0.0.1:9292/image/v2/"_s
                                   << u"http://127.0.0.1:9292/image/v2"_s << u"127.0.0.1:9292/image/v2"_s;
    QTest::newRow("https, its own port left out")
        << u"https://Glance.Example.COM/v2"_s << u"https://glance.example.com:443/v2"_s
        << u"glance.example.com/v2"_s;
    QTest::newRow("http, its own port left out")
        << u"http://glance.example:80/"_s << u"http://glance.example:80/"_s << u"glance.example"_s;
    QTest::newRow("https on another port")
        << u"https://glance.example:9292/"_s << u"https://glance.example:9292/"_s << u"glance.example:9292"_s;
    QTest::newRow("IPv6 with port") << u"http://[::1]:8080/image"_s << u"http://[::1]:8080/image"_s
                                    << u"[::1]:8080/image"_s;
    QTest::newRow("IPv6, own port") << u"https://[2001:db8::5]/"_s << u"https://[2001:db8::5]:443/"_s
                                    << u"[2001:db8::5]"_s;
    QTest::newRow("user info, query and fragment stripped")
        << u"https://alice:s3cret@glance.example:9292/v2?token=abc#top"_s
        << u"https://glance.example:9292/v2"_s << u"glance.example:9292/v2"_s;
}

void TestEndpointKey::displayName()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QString, name);
    const QUrl endpoint(url, QUrl::StrictMode);
    QVERIFY(endpoint.isValid());
    QCOMPARE(endpointKey(endpoint), key);
    const QString shown = endpointDisplayName(endpoint);
    QCOMPARE(shown, name);
    QVERIFY(!shown.contains(u"s3cret"_s) && !shown.contains(u"alice"_s) && !shown.contains(u"abc"_s));
}

void TestEndpointKey::spellingsOfOneEndpointShowOneName()
{
    QCOMPARE(endpointDisplayName(QUrl(u"HTTPS://glance.example:443/v2/"_s)),
             endpointDisplayName(QUrl(u"https://glance.example/v2"_s)));
}

QTEST_GUILESS_MAIN(TestEndpointKey)
#include "tst_endpointkey.moc"
