// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"
#include "adapters/imageadapter.h"
#include "democloud/democloud.h"
#include "download/downloadrequest.h"
#include "download/filedownloader.h"
#include "identity/cloudconnector.h"
#include "net/httpjob.h"
#include "net/logging.h"
#include "support/fakeidentity.h"
#include "support/silentserver.h"
#include "support/testjobs.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeIdentity;
using Skylight::Test::SilentServer;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
QStringList g_log; // what the message handler saw: "category: message"

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log << QString::fromLatin1(context.category) + u": "_s + message;
}

// What must never reach a terminal raw: C0 and C1 controls, DEL, and the characters that
// reorder text or break lines. The first found, as "U+XXXX at N", or empty.
QString firstUnsafe(const QString& line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
            (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
            return u"U+%1 at %2 in: %3"_s.arg(static_cast<int>(c), 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(QString::fromLatin1(line.toUtf8().toPercentEncoding(" :")));
    }
    return QString();
}

// `line` for a failure message: percent-encoded, so that what a test catches does not reach the
// terminal raw.
QByteArray printable(const QString& line)
{
    return line.toUtf8().toPercentEncoding(" :/");
}

// The captured lines of `category` (with a prefix "skylight.x: ").
QStringList linesOf(const QString& category)
{
    QStringList lines;
    for (const QString& line : std::as_const(g_log)) {
        if (line.startsWith(category + u": "_s))
            lines.append(line);
    }
    return lines;
}
} // namespace

// --debug's messages (skylight.net, .identity, .download): what each request did, never a secret.
class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void offByDefault();
    void safeUrls_data();
    void safeUrls();
    void noSecretSurvives_data();
    void noSecretSurvives();
    void requestIdIsEscaped_data();
    void requestIdIsEscaped();
    void serverTextIsEscapedInEveryLine();
    void noSecretReachesTheLog();
};

void TestLogging::cleanup()
{
    qInstallMessageHandler(nullptr);
    QLoggingCategory::setFilterRules(QString());
    g_log.clear();
}

void TestLogging::offByDefault()
{
    QVERIFY(!lcNet().isDebugEnabled());
    QVERIFY(!lcIdentity().isDebugEnabled());
    QVERIFY(!lcDownload().isDebugEnabled());
    QVERIFY(lcNet().isWarningEnabled());
    enableDebugLogging();
    for (const QLoggingCategory* category : {&lcNet(), &lcIdentity(), &lcDownload(), &lcUi(), &lcInspect()})
        QVERIFY2(category->isDebugEnabled(), category->categoryName());
    QCOMPARE(QString::fromLatin1(lcInspect().categoryName()), u"skylight.inspect"_s);
}

void TestLogging::safeUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("logged");
    QTest::newRow("plain") << u"https://glance.example:9292/v2/images?limit=5&marker=abc"_s
                           << u"https://glance.example:9292/v2/images?limit=5&marker=abc"_s;
    QTest::newRow("filters and paging kept")
        << u"http://[::1]:8080/v2/images?sort_key=name&sort_dir=asc&status=active&visibility=public&name=cirros"_s
        << u"http://[::1]:8080/v2/images?sort_key=name&sort_dir=asc&status=active&visibility=public&name=cirros"_s;
    QTest::newRow("size filters kept")
        << u"https://glance.example/v2/images?size_min=1073741825&size_max=2147483648"_s
        << u"https://glance.example/v2/images?size_min=1073741825&size_max=2147483648"_s;
    QTest::newRow("an image id stays")
        << u"https://glance.example/v2/images/70a599e0-31e7-49b7-b260-868f441e862b/file"_s
        << u"https://glance.example/v2/images/70a599e0-31e7-49b7-b260-868f441e862b/file"_s;
    QTest::newRow("a file name stays")
        << u"https://h.example/images/ubuntu-22.04-server-cloudimg-amd64.img"_s
        << u"https://h.example/images/ubuntu-22.04-server-cloudimg-amd64.img"_s;
    QTest::newRow("user info") << u"https://alice:hunter22@glance.example/v2/images"_s
                               << u"https://glance.example/v2/images"_s;
    QTest::newRow("swift temp url")
        << u"https://swift.example/v1/AUTH_x/c/o?temp_url_sig=da39a3ee&temp_url_expires=1"_s
        << u"https://swift.example/v1/AUTH_x/c/o?temp_url_sig=***&temp_url_expires=***"_s;
    QTest::newRow("s3 presigned")
        << u"https://s3.example/b/k?X-Amz-Credential=AK%2F1&X-Amz-Signature=f00d&X-Amz-Security-Token=tok&x=1"_s
        << u"https://s3.example/b/k?X-Amz-Credential=***&X-Amz-Signature=***&X-Amz-Security-Token=***&x=***"_s;
    QTest::newRow("token, password") << u"http://127.0.0.1/a?token=t0k3n&Password=p4ss&api_key=k"_s
                                     << u"http://127.0.0.1/a?token=***&Password=***&api_key=***"_s;
    QTest::newRow("unknown key") << u"https://h.example/a?foo=bar"_s << u"https://h.example/a?foo=***"_s;
    QTest::newRow("fragment") << u"https://h.example/cb#access_token=abc&state=1"_s
                              << u"https://h.example/cb"_s;
    QTest::newRow("bare value") << u"https://h.example/a?s3cr3t"_s << u"https://h.example/a?***"_s;
    QTest::newRow("semicolons") << u"https://h.example/a?limit=5;token=abc;x"_s
                                << u"https://h.example/a?limit=5&token=***&***"_s;
    QTest::newRow("path parameters") << u"https://h.example/a;jsessionid=XYZ123/b"_s
                                     << u"https://h.example/a;***/b"_s;
    QTest::newRow("hex account in the path")
        << u"https://swift.example/v1/AUTH_0123456789abcdef0123456789abcdef/c/o"_s
        << u"https://swift.example/v1/***/c/o"_s;
    QTest::newRow("token in the path")
        << u"https://h.example/v3/tokens/gAAAAABk3x9Q0rT7yZ-8pLmN2vWq4sXc1dFg5hJk6lZx/check"_s
        << u"https://h.example/v3/tokens/***/check"_s;
    QTest::newRow("jwt in the path")
        << u"https://h.example/d/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.c2ln/file"_s
        << u"https://h.example/d/***/file"_s;
    QTest::newRow("marker that looks like a token")
        << u"https://h.example/v2/images?marker=0123456789abcdef0123456789abcdef01234567"_s
        << u"https://h.example/v2/images?marker=***"_s;
    QTest::newRow("key that looks like a token")
        << u"https://h.example/a?AKIA0123456789ABCDEF0123456789AB=1"_s << u"https://h.example/a?***"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestLogging::safeUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, logged);
    QCOMPARE(logSafeUrl(QUrl(url)), logged);
}

// Addresses as stores and identity services hand them out: no secret in them, raw,
// percent-encoded or decoded, survives logSafeUrl(); nor any control character.
void TestLogging::noSecretSurvives_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("s3 presigned")
        << u"https://bucket.s3.amazonaws.com/disk.img?X-Amz-Algorithm=AWS4-HMAC-SHA256"
           "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
           "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
           "&X-Amz-Security-Token=FQoGZXIvYXdzEBYaDSecurityTok"
           "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"_s
        << QStringList{u"AKIAIOSFODNN7EXAMPLE"_s, u"FQoGZXIvYXdzEBYaDSecurityTok"_s,
                       u"aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"_s};
    QTest::newRow("swift temp url") << u"https://swift.example/v1/AUTH_acct/images/"
                                       u"disk.img?temp_url_sig=2cd7d5cbf2f8c2fa2ab2b1d7cf3a0b2b8e1b1c20"
                                       "&temp_url_expires=1700000000&filename=disk.img"_s
                                    << QStringList{u"2cd7d5cbf2f8c2fa2ab2b1d7cf3a0b2b8e1b1c20"_s};
    QTest::newRow("azure sas")
        << u"https://a.blob.core.windows.net/c/disk.vhd?sv=2019-02-02&sr=b&sig=AbC%2Bd3F%3D&se=2030"_s
        << QStringList{u"AbC%2Bd3F"_s, u"AbC+d3F"_s};
    QTest::newRow("gcs")
        << u"https://storage.googleapis.com/b/o?X-Goog-Signature=5a1e9c0ffee7&X-Goog-Credential=svc%40p"_s
        << QStringList{u"5a1e9c0ffee7"_s, u"svc%40p"_s, u"svc@p"_s};
    QTest::newRow("cloudfront")
        << u"https://d.cloudfront.net/disk?Expires=1&Signature=Zm9vYmFy~sig&Key-Pair-Id=APKAEXAMPLE"_s
        << QStringList{u"Zm9vYmFy"_s, u"APKAEXAMPLE"_s};
    QTest::newRow("oauth fragment") << u"https://h.example/cb#access_token=SECRETFRAG&token_type=bearer"_s
                                    << QStringList{u"SECRETFRAG"_s, u"bearer"_s};
    QTest::newRow("user info") << u"https://admin:hunter2@h.example:8443/"_s
                               << QStringList{u"admin"_s, u"hunter2"_s};
    QTest::newRow("bare token") << u"https://h.example/file?ghp_16C7e42F292c6912E7710c838347Ae178B4a"_s
                                << QStringList{u"ghp_16C7e42F292c6912E7710c838347Ae178B4a"_s};
    QTest::newRow("semicolon parameters") << u"https://h.example/file?a=1;password=pw123xyz;apikey=k3yk3y"_s
                                          << QStringList{u"pw123xyz"_s, u"k3yk3y"_s};
    QTest::newRow("token in a path segment")
        << u"https://h.example/download/ghp_16C7e42F292c6912E7710c838347Ae178B4a/disk.img"_s
        << QStringList{u"ghp_16C7e42F292c6912E7710c838347Ae178B4a"_s};
    QTest::newRow("session in path parameters")
        << u"https://h.example/a;jsessionid=ABCDEF123/b;x=Y7z"_s << QStringList{u"ABCDEF123"_s, u"Y7z"_s};
    QTest::newRow("keys by any name")
        << u"https://h.example/a?X-Auth-Token=t0kt0k&code=0authc0de&private=pr1v4te"_s
        << QStringList{u"t0kt0k"_s, u"0authc0de"_s, u"pr1v4te"_s};
    QTest::newRow("a token as the marker")
        << u"https://h.example/v2/images?marker=gAAAAABk3x9Q0rT7yZ-8pLmN2vWq4sXc1dFg5hJk6lZx"_s
        << QStringList{u"gAAAAABk3x9Q0rT7yZ-8pLmN2vWq4sXc1dFg5hJk6lZx"_s};
    QTest::newRow("controls") << u"https://h.example/a%1B%5B31m/b?name=%1B]0;t%07"_s << QStringList{};
}

void TestLogging::noSecretSurvives()
{
    QFETCH(QString, url);
    QFETCH(QStringList, secrets);
    const QUrl parsed(url);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
    const QString logged = logSafeUrl(parsed);
    QVERIFY(!logged.isEmpty());
    QVERIFY2(logged.startsWith(parsed.scheme() + u"://"_s + parsed.host()), printable(logged).constData());
    for (const QString& secret : secrets)
        QVERIFY2(!logged.contains(secret, Qt::CaseInsensitive),
                 printable(secret + u" in "_s + logged).constData());
    QVERIFY2(firstUnsafe(logged).isEmpty(), qPrintable(firstUnsafe(logged)));
}

// A server's x-openstack-request-id is the one header value --debug shows: whatever bytes it
// holds, the line stays one line of printable text, the bytes shown escaped.
void TestLogging::requestIdIsEscaped_data()
{
    QTest::addColumn<QByteArray>("requestId");
    QTest::addColumn<QString>("shown"); // what the line holds instead
    QTest::newRow("CSI colour") << QByteArray("req-\x1b[31mred\x1b[0m") << u"req-\\x1b[31mred\\x1b[0m"_s;
    QTest::newRow("OSC title, BEL") << QByteArray("req-\x1b]0;pwned\x07") << u"req-\\x1b]0;pwned\\x07"_s;
    QTest::newRow("NUL") << QByteArray("req-a\0b", 7) << u"req-a\\x00b"_s;
    QTest::newRow("bare CR") << QByteArray("req-a\rskylight.net: GET forged") << u"req-a\\x0dskylight.net"_s;
    QTest::newRow("C1 CSI") << QByteArray("req-\x9b"
                                          "2J")
                            << u"req-\\x9b2J"_s;
    QTest::newRow("DEL, TAB") << QByteArray("req-\x7f\tx") << u"req-\\x7f\\x09x"_s;
    QTest::newRow("backspace over the id") << QByteArray("req-\b\b\b\bok") << u"req-\\x08"_s;
}

void TestLogging::requestIdIsEscaped()
{
    QFETCH(QByteArray, requestId);
    QFETCH(QString, shown);
    SilentServer server;
    QVERIFY(server.listenLocal());
    server.setCannedReply("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nx-openstack-request-id: " + requestId +
                          "\r\nConnection: close\r\n\r\nok");
    QNetworkAccessManager nam;
    enableDebugLogging();
    qInstallMessageHandler(capture);
    HttpRequestSpec spec;
    spec.url = server.url(u"/v2/images"_s);
    HttpJob job(&nam, spec, TransportOptions());
    job.start();
    QVERIFY(waitForJob(&job));
    qInstallMessageHandler(nullptr);
    const QStringList lines = linesOf(u"skylight.net"_s);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(firstUnsafe(lines.first()).isEmpty(), qPrintable(firstUnsafe(lines.first())));
    QVERIFY2(lines.first().contains(shown), printable(lines.first()).constData());
}

// The image id, the file's path and the cloud's name in the download and sign-in lines: escaped.
void TestLogging::serverTextIsEscapedInEveryLine()
{
    SilentServer server;
    QVERIFY(server.listenLocal());
    server.setCannedReply("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    const QString hostile = u"x\x1b]0;pwned\x07\r\nskylight.download: download done: forged\u202Egnp.exe"_s;
    enableDebugLogging();
    qInstallMessageHandler(capture);

    DownloadRequest request;
    request.imageId = hostile;
    request.url = server.url(u"/v2/images/x/file"_s);
    request.targetPath = dir.filePath(u"image\x1b[2J"_s);
    FileDownloader download(&nam, request, TransportOptions());
    download.start();
    QVERIFY(waitForJob(&download));

    CloudProfile profile;
    profile.name = hostile;
    profile.auth.type = AuthSettings::Type::Password;
    profile.auth.authUrl = server.url(u"/v3"_s);
    profile.auth.username = u"u"_s;
    profile.auth.password = u"p"_s;
    CloudConnector connector(&nam, profile, TransportOptions());
    connector.start();
    QVERIFY(waitForJob(&connector));
    qInstallMessageHandler(nullptr);

    const QStringList downloads = linesOf(u"skylight.download"_s);
    const QStringList identity = linesOf(u"skylight.identity"_s);
    QVERIFY2(downloads.size() >= 2, printable(g_log.join(u'\n')).constData()); // start, ended
    QVERIFY2(identity.size() >= 2, printable(g_log.join(u'\n')).constData());  // start, failed
    QVERIFY2(downloads.first().contains(u"\\x1b[2J"_s), printable(downloads.first()).constData()); // the path
    for (const QString& line : g_log) {
        QVERIFY2(firstUnsafe(line).isEmpty(), qPrintable(firstUnsafe(line)));
        QVERIFY2(!line.contains(u"download done"_s) || line.contains(u"\\x0d\\x0a"_s),
                 printable(line).constData());
    }
    QVERIFY(g_log.join(u'\n').contains(u"\\u202e"_s));
}

// A sign-in with a known password, a listing, a show and a download whose address carries a
// signature, with every skylight.* debug message on: the password, the token and the signature
// appear nowhere in what was logged; and something was logged (this test can fail).
void TestLogging::noSecretReachesTheLog()
{
    QNetworkAccessManager nam;
    DemoCloud demo;
    QVERIFY(demo.start());
    FakeIdentity identity;
    QVERIFY(identity.start());
    identity.setEndpoint(u"image"_s, demo.endpoint(Dialect::GlanceV2));
    demo.setToken("fake-token-1"); // the first token the identity service issues
    QTemporaryDir dir;

    enableDebugLogging();
    qInstallMessageHandler(capture);

    CloudProfile profile;
    profile.name = u"logged"_s;
    profile.auth.type = AuthSettings::Type::Password;
    profile.auth.authUrl = identity.url(u"/v3"_s);
    profile.auth.username = QString::fromLatin1(FakeIdentity::kUser);
    profile.auth.password = QString::fromLatin1(FakeIdentity::kPassword);
    profile.auth.projectName = u"demo"_s;
    profile.auth.userDomainName = u"Default"_s;
    profile.auth.projectDomainName = u"Default"_s;
    profile.dialect = Dialect::GlanceV2;
    CloudConnector connector(&nam, profile, TransportOptions());
    connector.start();
    QVERIFY(waitForJob(&connector));
    QVERIFY2(connector.result(), why(connector.result()).constData());
    const QByteArray token = connector.result()->token;
    QCOMPARE(token, QByteArray("fake-token-1"));

    auto adapter = createImageAdapter(Dialect::GlanceV2, &nam, *connector.result(), TransportOptions(), this);
    QVERIFY(adapter);
    PageRequest page;
    page.limit = 5;
    ImageListJob* list = (*adapter)->list(page);
    QVERIFY(waitForJob(list));
    QVERIFY2(list->result(), why(list->result()).constData());
    const ImageRecord record = [&] {
        for (const ImageRecord& image : list->result()->images) {
            if (image.status == u"active"_s)
                return image;
        }
        return ImageRecord();
    }();
    QVERIFY(!record.id.isEmpty());
    ImageShowJob* show = (*adapter)->show(record.id);
    QVERIFY(waitForJob(show));
    QVERIFY(show->result());
    const Result<FileLocation> location = (*adapter)->fileLocation(*show->result());
    QVERIFY(location);

    DownloadRequest request = DownloadRequest::forImage(*show->result(), *location, dir.filePath(u"image"_s));
    const QByteArray signature = "c1gn4ture-da39a3ee5e6b4b0d";
    QUrlQuery query;
    query.addQueryItem(u"temp_url_sig"_s, QString::fromLatin1(signature));
    request.url.setQuery(query);
    FileDownloader download(&nam, request, TransportOptions());
    download.start();
    QVERIFY(waitForJob(&download, 30000));
    QVERIFY2(download.result(), why(download.result()).constData());
    qInstallMessageHandler(nullptr);

    const QString log = g_log.join(u'\n');
    QVERIFY2(log.contains(u"skylight.net: POST"_s), qPrintable(log));
    QVERIFY2(log.contains(u"skylight.net: GET"_s), qPrintable(log));
    QVERIFY2(log.contains(u"req-demo-"_s), qPrintable(log)); // the request id
    QVERIFY2(log.contains(u"skylight.identity: sign-in done"_s), qPrintable(log));
    QVERIFY2(log.contains(u"skylight.download: download done"_s), qPrintable(log));
    QVERIFY2(log.contains(u"temp_url_sig=***"_s), qPrintable(log));
    for (const QByteArray& secret :
         {token, QByteArray(FakeIdentity::kPassword), signature, QByteArray("correct horse"),
          QByteArray(token.toPercentEncoding()), QByteArray(token.toBase64())})
        QVERIFY2(!log.contains(QString::fromUtf8(secret)), secret.constData());
    delete *adapter;
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
