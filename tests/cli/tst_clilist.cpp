// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
// What the server answers for one request; `hold`: nothing until release().
struct Reply
{
    int status = 200;
    QByteArray body;
    bool hold = false;
};

// A Glance v2 image service on 127.0.0.1 whose pages a test writes (HTTP/1.1, keep-alive), and
// that can hold an answer back until the test lets it go.
class PagedServer : public QTcpServer
{
public:
    using Handler = std::function<Reply(const QUrl& target)>;
    explicit PagedServer(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(this, &QTcpServer::newConnection, this, &PagedServer::onNewConnection);
    }
    QString endpoint() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }
    int held() const { return int(m_held.size()); }
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto& [socket, reply] : held) {
            if (socket)
                send(socket, reply);
        }
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end = 0;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            const QUrl target(u"http://127.0.0.1"_s + QString::fromLatin1(requestLine.value(1)));
            const Reply reply = m_handler(target);
            if (reply.hold)
                m_held.append({QPointer<QTcpSocket>(socket), reply});
            else
                send(socket, reply);
        }
    }
    static void send(QTcpSocket* socket, const Reply& reply)
    {
        socket->write(
            "HTTP/1.1 " + QByteArray::number(reply.status) + (reply.status == 200 ? " OK" : " Error") +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
            "\r\n\r\n" + reply.body);
    }

    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<std::pair<QPointer<QTcpSocket>, Reply>> m_held;
};

QString imageId(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

QJsonObject image(int n, const QString& name)
{
    return QJsonObject{{u"id"_s, imageId(n)},
                       {u"name"_s, name},
                       {u"status"_s, u"active"_s},
                       {u"visibility"_s, u"public"_s},
                       {u"size"_s, 1024 * n},
                       {u"disk_format"_s, u"qcow2"_s},
                       {u"created_at"_s, u"2024-01-02T03:04:05Z"_s}};
}

// Images 1..total (or without end: total < 0), `limit` per page, the page after `marker`.
QByteArray page(const QUrl& target, int total, const std::function<QString(int)>& nameOf)
{
    const QUrlQuery query(target);
    const int limit = std::max(1, query.queryItemValue(u"limit"_s).toInt());
    const int after = query.queryItemValue(u"marker"_s).section(u'-', -1).toInt();
    QJsonArray images;
    int n = after + 1;
    for (; n <= after + limit && (total < 0 || n <= total); ++n)
        images.append(image(n, nameOf(n)));
    QJsonObject body{{u"images"_s, images}};
    if (total < 0 || n <= total)
        body.insert(u"next"_s, u"/v2/images?limit=%1&marker=%2"_s.arg(limit).arg(imageId(n - 1)));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString shortName(int n)
{
    return u"name-%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

// `list` prints each page as it comes (a table sized by its first page, one JSON array written
// as it goes), stops at --max-images, and a failed write to standard output is exit 8.
class TestCliList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstPagePrintedBeforeTheLastIsServed_data();
    void firstPagePrintedBeforeTheLastIsServed();
    void laterLongValueIsCut();
    void jsonAcrossPagesIsOneDocument();
    void failureMidwayKeepsJsonValid();
    void endlessNextStopsAtMaxImages_data();
    void endlessNextStopsAtMaxImages();
    void fullOutputExits8_data();
    void fullOutputExits8();
    void endlessUnreadablePagesStopAtMaxImages();
    void longFirstValueDoesNotWidenEveryRow();
    void pageReadInPartsIsOneTableAndOneDocument();

private:
    QStringList args(const PagedServer& server, const QStringList& command) const
    {
        return QStringList{u"--endpoint"_s, server.endpoint(), u"--api"_s, u"glance-v2"_s} + command;
    }
    Run run(const PagedServer& server, const QStringList& command)
    {
        const Test::CliRun result = Test::runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), args(server, command),
                                                     {{u"OS_TOKEN"_s, u"token"_s}}, {}, 60000);
        return Run{result.exitCode, result.out, result.err};
    }
};

void TestCliList::firstPagePrintedBeforeTheLastIsServed_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << u"table"_s;
    QTest::newRow("json") << u"json"_s;
}

void TestCliList::firstPagePrintedBeforeTheLastIsServed()
{
    QFETCH(QString, format);
    // Page 3 (after image 20) is held until the test lets it go.
    PagedServer server([](const QUrl& target) {
        Reply reply{200, page(target, 30, shortName)};
        reply.hold = QUrlQuery(target).queryItemValue(u"marker"_s) == imageId(20);
        return reply;
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OS_TOKEN"_s, u"token"_s);
    process.setProcessEnvironment(environment);
    QByteArray out;
    connect(&process, &QProcess::readyReadStandardOutput, this,
            [&process, &out] { out += process.readAllStandardOutput(); });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SKYLIGHT_CLI_PATH),
                  args(server, {u"list"_s, u"--all"_s, u"--limit"_s, u"10"_s, u"-f"_s, format}));
    QVERIFY(process.waitForStarted(10000));
    // The first page is on standard output while the last one has not been served.
    QTRY_VERIFY_WITH_TIMEOUT(out.contains(imageId(10).toLatin1()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(server.held(), 1, 20000);
    QVERIFY(!out.contains(imageId(21).toLatin1()));
    QCOMPARE(finished.count(), 0);
    server.release();
    QVERIFY(finished.wait(20000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 0);
    for (int n = 1; n <= 30; ++n)
        QCOMPARE(out.count(imageId(n).toLatin1()), 1);
    if (format == u"json"_s)
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 30);
}

void TestCliList::laterLongValueIsCut()
{
    PagedServer server([](const QUrl& target) {
        return Reply{200, page(target, 15, [](int n) {
                         return n == 12 ? u"a-much-longer-name-on-page-two"_s : shortName(n);
                     })};
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Run result = run(server, {u"list"_s, u"--all"_s, u"--limit"_s, u"10"_s});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + 15);
    // The Name column is as wide as the first page's names ("name-01": 7 characters).
    QVERIFY2(lines.at(2 + 11).contains(u"  a-much…  active"_s), qPrintable(lines.at(2 + 11)));
    for (const QString& line : lines.mid(2)) // the columns stay aligned
        QCOMPARE(line.indexOf(u"active"_s), lines.first().indexOf(u"Status"_s));
}

void TestCliList::jsonAcrossPagesIsOneDocument()
{
    PagedServer server([](const QUrl& target) { return Reply{200, page(target, 25, shortName)}; });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Run paged = run(server, {u"list"_s, u"--all"_s, u"--limit"_s, u"10"_s, u"-f"_s, u"json"_s});
    QCOMPARE(paged.exitCode, 0);
    const Run whole = run(server, {u"list"_s, u"--all"_s, u"--limit"_s, u"100"_s, u"-f"_s, u"json"_s});
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(paged.out, whole.out); // three pages print what one page does
    QJsonParseError error{};
    const QJsonArray images = QJsonDocument::fromJson(paged.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(images.size(), 25);
    for (int n = 1; n <= 25; ++n) {
        const QJsonObject object = images.at(n - 1).toObject();
        QCOMPARE(object.value(u"id"_s).toString(), imageId(n));
        QCOMPARE(object.value(u"name"_s).toString(), shortName(n));
        QCOMPARE(object.value(u"size"_s).toInteger(), 1024 * n);
        QCOMPARE(object.value(u"dialect"_s).toString(), u"glance-v2"_s);
    }
}

void TestCliList::failureMidwayKeepsJsonValid()
{
    PagedServer server([](const QUrl& target) {
        if (QUrlQuery(target).hasQueryItem(u"marker"_s))
            return Reply{500, R"({"message": "database unavailable"})"};
        return Reply{200, page(target, 30, shortName)};
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Run result = run(server, {u"list"_s, u"--all"_s, u"--limit"_s, u"10"_s, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 5);
    QJsonParseError error{};
    const QJsonArray images = QJsonDocument::fromJson(result.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError); // the array is closed
    QCOMPARE(images.size(), 10);
    QVERIFY2(result.err.startsWith("error: ") && result.err.contains("database unavailable"),
             result.err.constData());
}

void TestCliList::endlessNextStopsAtMaxImages_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << u"table"_s;
    QTest::newRow("json") << u"json"_s;
}

void TestCliList::endlessNextStopsAtMaxImages()
{
    QFETCH(QString, format);
    PagedServer server([](const QUrl& target) { return Reply{200, page(target, -1, shortName)}; });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Run result = run(server, {u"list"_s, u"--all"_s, u"--limit"_s, u"10"_s, u"--max-images"_s,
                                    u"1234"_s, u"-f"_s, format});
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(result.err, QByteArray("error: stopped after 1,234 images: the server kept sending pages; "
                                    "--max-images raises the limit.\n"));
    if (format == u"json"_s) {
        QJsonParseError error{};
        QCOMPARE(QJsonDocument::fromJson(result.out, &error).array().size(), 1234);
        QCOMPARE(error.error, QJsonParseError::NoError);
    } else {
        QCOMPARE(result.out.count('\n'), 2 + 1234);
    }
    QVERIFY(!result.out.contains(imageId(1235).toLatin1()));

    // Asked for fewer than the cap, it is not a failure; a server that ends at the cap is none either.
    QCOMPARE(run(server, {u"list"_s, u"--limit"_s, u"25"_s, u"--max-images"_s, u"25"_s}).exitCode, 0);
    PagedServer ending([](const QUrl& target) { return Reply{200, page(target, 20, shortName)}; });
    QVERIFY(ending.listen(QHostAddress::LocalHost));
    QCOMPARE(run(ending, {u"list"_s, u"--all"_s, u"--limit"_s, u"10"_s, u"--max-images"_s, u"20"_s}).exitCode,
             0);
}

// Pages of nothing but unreadable entries, without end: the cap counts entries, not only images.
void TestCliList::endlessUnreadablePagesStopAtMaxImages()
{
    PagedServer server([](const QUrl& target) {
        const int after = QUrlQuery(target).queryItemValue(u"marker"_s).section(u'-', -1).toInt();
        const QJsonObject body{{u"images"_s, QJsonArray{QJsonObject{{u"name"_s, u"no id"_s}}}},
                               {u"next"_s, u"/v2/images?limit=1&marker=%1"_s.arg(imageId(after + 1))}};
        return Reply{200, QJsonDocument(body).toJson(QJsonDocument::Compact)};
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Run result = run(server, {u"list"_s, u"--all"_s, u"--max-images"_s, u"50"_s});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("error: stopped after"), result.err.constData());
    QCOMPARE(result.err.count("warning: "), 50);
}

// One first-page name of 200,000 characters: columns stay at most 80 wide, so the rows of later
// pages stay short (they are padded to the first page's widths).
void TestCliList::longFirstValueDoesNotWidenEveryRow()
{
    PagedServer server([](const QUrl& target) {
        return Reply{200,
                     page(target, 30, [](int n) { return n == 1 ? QString(200000, u'x') : shortName(n); })};
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Run result = run(server, {u"list"_s, u"--all"_s, u"--limit"_s, u"10"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.count('\n'), 2 + 30);
    for (const QByteArray& line : result.out.split('\n'))
        QVERIFY2(line.size() < 400, line.left(120).constData());
    QVERIFY(result.out.contains("xxx…"));
}

// A page larger than the parts it is read in (ImageListLoader::kStreamBatch): the table's columns
// are still sized by the whole first page (a long name near its end widens the first row), and the
// JSON is one array of every image, in order.
void TestCliList::pageReadInPartsIsOneTableAndOneDocument()
{
    const QString longName = u"a-name-far-down-the-first-page"_s;
    const auto nameOf = [&longName](int n) {
        return n == 650 ? longName : shortName(n);
    };
    PagedServer server([&nameOf](const QUrl& target) { return Reply{200, page(target, 700, nameOf)}; });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    const Run table = run(server, {u"list"_s, u"--limit"_s, u"700"_s});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QList<QByteArray> lines = table.out.split('\n');
    QCOMPARE(lines.size(), 703); // header, rule, 700 rows, the empty piece after the last newline
    const QByteArray firstRow = imageId(1).toLatin1() + "  " + shortName(1).toLatin1();
    const QByteArray padded = firstRow + QByteArray(longName.size() - shortName(1).size(), ' ') + "  active";
    QVERIFY2(lines.at(2).startsWith(padded), lines.at(2).constData());
    QVERIFY(lines.at(651).contains(longName.toLatin1()));

    const Run json = run(server, {u"list"_s, u"--limit"_s, u"700"_s, u"-f"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QJsonParseError error{};
    const QJsonArray images = QJsonDocument::fromJson(json.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(images.size(), 700);
    QCOMPARE(images.at(0).toObject().value(u"id"_s).toString(), imageId(1));
    QCOMPARE(images.at(649).toObject().value(u"name"_s).toString(), longName);
    QCOMPARE(images.at(699).toObject().value(u"id"_s).toString(), imageId(700));
}

void TestCliList::fullOutputExits8_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("list json") << QStringList{u"list"_s, u"--all"_s, u"--limit"_s,
                                              u"10"_s,   u"-f"_s,    u"json"_s};
    QTest::newRow("list table") << QStringList{u"list"_s, u"--all"_s, u"--limit"_s, u"10"_s};
    QTest::newRow("show") << QStringList{u"show"_s, imageId(3)};
    QTest::newRow("show json") << QStringList{u"show"_s, imageId(3), u"-f"_s, u"json"_s};
    QTest::newRow("version") << QStringList{u"--version"_s};
}

void TestCliList::fullOutputExits8()
{
    QFETCH(QStringList, command);
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("no /dev/full here");
    PagedServer server([](const QUrl& target) {
        if (target.path().startsWith(u"/v2/images/"_s))
            return Reply{200, QJsonDocument(image(3, shortName(3))).toJson(QJsonDocument::Compact)};
        return Reply{200, page(target, 25, shortName)};
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OS_TOKEN"_s, u"token"_s);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(u"/dev/full"_s);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SKYLIGHT_CLI_PATH), args(server, command));
    QVERIFY(finished.wait(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 8);
    QVERIFY2(err.endsWith("error: could not write the output: No space left on device\n"), err.constData());
    QCOMPARE(err.count("error:"), 1);
}

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_clilist.moc"
