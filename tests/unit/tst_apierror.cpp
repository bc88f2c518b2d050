// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/exitcode.h"
#include "net/apierror.h"
#include "net/serverdetail.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusMapsToKind_data();
    void statusMapsToKind();
    void describeNamesStatusAndRequestId();
    void describeWithoutContextIsTheMessage();
    void serverDetailIsCut();
    void serverDetailOfWebObErrors_data();
    void serverDetailOfWebObErrors();
    void kindNamesAreDistinct();
};

void TestApiError::statusMapsToKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest << 5;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized << 4;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden << 4;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound << 3;
    QTest::newRow("405") << 405 << ApiError::Kind::BadRequest << 5;
    QTest::newRow("409") << 409 << ApiError::Kind::Conflict << 5;
    QTest::newRow("413") << 413 << ApiError::Kind::OverLimit << 5;
    QTest::newRow("429") << 429 << ApiError::Kind::OverLimit << 5;
    QTest::newRow("500") << 500 << ApiError::Kind::Server << 5;
    QTest::newRow("503") << 503 << ApiError::Kind::Server << 5;
}

void TestApiError::statusMapsToKind()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, exitCode);
    const ApiError error = ApiError::fromHttpStatus(status, QString());
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(static_cast<int>(exitCodeFor(error)), exitCode);
}

void TestApiError::describeNamesStatusAndRequestId()
{
    ApiError error = ApiError::fromHttpStatus(404, u"No image found with ID x"_s);
    error.requestId = u"req-123"_s;
    const QString text = error.describe();
    QVERIFY2(text.contains(u"HTTP 404"_s), qPrintable(text));
    QVERIFY2(text.contains(u"req-123"_s), qPrintable(text));
    QVERIFY2(text.contains(u"No image found with ID x"_s), qPrintable(text));
}

void TestApiError::describeWithoutContextIsTheMessage()
{
    const ApiError error = ApiError::make(ApiError::Kind::Network, u"refused"_s);
    QCOMPARE(error.describe(), u"refused"_s);
    QCOMPARE(static_cast<int>(exitCodeFor(error)), 6);
    QCOMPARE(static_cast<int>(exitCodeFor(ApiError::make(ApiError::Kind::Timeout, {}))), 6);
    QCOMPARE(static_cast<int>(exitCodeFor(ApiError::make(ApiError::Kind::Tls, {}))), 6);
    QCOMPARE(static_cast<int>(exitCodeFor(ApiError::make(ApiError::Kind::BadPayload, {}))), 5);
}

void TestApiError::serverDetailIsCut()
{
    const ApiError error = ApiError::fromHttpStatus(500, QString(5000, u'x'));
    QVERIFY(error.message.size() < 500);
}

// The 403 of Glance 25 (tests/peer) for the members of an image that is not shared, as WebOb
// writes it: JSON (what Skylight asks for) and the HTML page; both say the same sentence.
void TestApiError::serverDetailOfWebObErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("json")
        << QByteArray(R"({"message": "Not allowed to list members for image x: Only shared images )"
                      R"(have members.<br /><br />\n\n\n", "code": "403 Forbidden", "title": )"
                      R"("Forbidden"})")
        << QByteArray("application/json");
    QTest::newRow("html") << QByteArray(
                                 "<html>\n <head>\n  <title>403 Forbidden</title>\n </head>\n <body>\n"
                                 "  <h1>403 Forbidden</h1>\n  Not allowed to list members for image x: Only "
                                 "shared images have members.<br /><br />\n\n\n\n </body>\n</html>")
                          << QByteArray("text/html; charset=UTF-8");
}

void TestApiError::serverDetailOfWebObErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const QString detail = serverDetail(body, contentType);
    const QString expected = u"Not allowed to list members for image x: Only shared images have members."_s;
    if (contentType.contains("html"))
        QCOMPARE(detail, u"403 Forbidden "_s + expected);
    else
        QCOMPARE(detail, expected);
}

void TestApiError::kindNamesAreDistinct()
{
    QSet<QString> names;
    for (int k = 0; k <= static_cast<int>(ApiError::Kind::Cancelled); ++k)
        names.insert(ApiError::kindName(static_cast<ApiError::Kind>(k)));
    QCOMPARE(names.size(), static_cast<int>(ApiError::Kind::Cancelled) + 1);
    QVERIFY(names.contains(u"not-found"_s));
    QVERIFY(names.contains(u"over-limit"_s));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
