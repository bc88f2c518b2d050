#include "adapters/adapterfactory.h"
#include "adapters/imageadapter.h"
#include "democloud/democloud.h"
#include "download/downloadrequest.h"
#include "download/filedownloader.h"
#include "identity/cloudconnector.h"
#include "net/logging.h"
#include "support/fakeidentity.h"
#include "support/testjobs.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeIdentity;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
QStringList g_log; // what the message handler saw: "category: message"

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log << QString::fromLatin1(context.category) + u": "_s + message;
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
    QTest::newRow("user info") << u"https://alice:hunter22@glance.example/v2/images"_s
                               << u"https://glance.example/v2/images"_s;
    QTest::newRow("swift temp url")
        << u"https://swift.example/v1/AUTH_x/c/o?temp_url_sig=da39a3ee&temp_url_expires=1"_s
        << u"https://swift.example/v1/AUTH_x/c/o?temp_url_sig=***&temp_url_expires=1"_s;
    QTest::newRow("s3 presigned")
        << u"https://s3.example/b/k?X-Amz-Credential=AK%2F1&X-Amz-Signature=f00d&X-Amz-Security-Token=tok&x=1"_s
        << u"https://s3.example/b/k?X-Amz-Credential=***&X-Amz-Signature=***&X-Amz-Security-Token=***&x=1"_s;
    QTest::newRow("token, password") << u"http://127.0.0.1/a?token=t0k3n&Password=p4ss&api_key=k"_s
                                     << u"http://127.0.0.1/a?token=***&Password=***&api_key=***"_s;
}

void TestLogging::safeUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, logged);
    QCOMPARE(logSafeUrl(QUrl(url)), logged);
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
