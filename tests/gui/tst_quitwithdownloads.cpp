// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Closing the window with downloads running (DownloadController::mayQuit): nothing running, no
// question; otherwise a question whose default is No, so Return or Escape keeps the downloads
// going and the window open, and only Yes lets it close, the downloads paused where they are.
// The download goes to a loopback server that accepts and never answers, so it stays running.

#include "support/downloadcontrollerfixture.h"
#include "support/stubadapter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

// What the question showed, read while it was open.
struct Asked
{
    bool asked = false;
    bool noIsDefault = false;
    QString text;
};

enum class Answer
{
    Return,
    Escape,
    Yes,
};

} // namespace

Q_DECLARE_METATYPE(Answer)

class TestQuitWithDownloads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void nothingRunningAsksNothing();
    void runningDownloadAsks_data();
    void runningDownloadAsks();

private:
    // Calls mayQuit(); `answer` is given to the question if one opens.
    bool mayQuit(Answer answer, Asked* asked);
    // Starts a download that stays running.
    void startDownload();

    QTcpServer m_server;
    QList<QTcpSocket*> m_held;
    Test::DownloadControllerFixture m_fixture;
    std::unique_ptr<Test::StubAdapter> m_adapter; // its image data on m_server
};

void TestQuitWithDownloads::init()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            m_held.append(socket); // read nothing, answer nothing
    });
    QVERIFY(m_fixture.setUp());
    m_adapter =
        std::make_unique<Test::StubAdapter>(QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())),
                                            Dialect::GlanceV2, Test::StubAdapter::Files::OnEndpoint);
}

void TestQuitWithDownloads::cleanup()
{
    m_fixture.tearDown();
    m_adapter.reset();
    qDeleteAll(m_held);
    m_held.clear();
    m_server.close();
    m_server.disconnect(this);
}

bool TestQuitWithDownloads::mayQuit(Answer answer, Asked* asked)
{
    return Test::whileModal(
        [this] { return m_fixture.controller->mayQuit(); },
        [&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (!box)
                return;
            asked->asked = true;
            asked->text = box->text();
            asked->noIsDefault =
                static_cast<QAbstractButton*>(box->defaultButton()) == box->button(QMessageBox::No);
            switch (answer) {
            case Answer::Return:
                QTest::keyClick(box, Qt::Key_Return);
                break;
            case Answer::Escape:
                QTest::keyClick(box, Qt::Key_Escape);
                break;
            case Answer::Yes:
                box->button(QMessageBox::Yes)->click();
                break;
            }
            if (box->isVisible()) { // not answered: close it so the test goes on, and fails
                asked->text.prepend(u"(still open) "_s);
                box->reject();
            }
        });
}

void TestQuitWithDownloads::startDownload()
{
    ImageRecord record;
    record.id = u"5c1d0a4e-0000-4000-8000-000000000002"_s;
    record.name = u"running"_s;
    record.status = u"active"_s;
    record.size = 1 << 20;
    record.diskFormat = u"raw"_s;
    QVERIFY(m_fixture.controller->download(m_adapter.get(), u"test"_s, record,
                                           m_fixture.dir->filePath(u"running.raw"_s)));
    QCOMPARE(m_fixture.queue->activeCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_held.isEmpty(), 10000); // its request reached the server
    QCOMPARE(m_fixture.queue->transfers().first().state, Transfer::State::Running);
}

void TestQuitWithDownloads::nothingRunningAsksNothing()
{
    Asked asked;
    QVERIFY(mayQuit(Answer::Return, &asked));
    QVERIFY(!asked.asked);
}

void TestQuitWithDownloads::runningDownloadAsks_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("quits");
    QTest::newRow("Return: No, the default") << Answer::Return << false;
    QTest::newRow("Escape: No") << Answer::Escape << false;
    QTest::newRow("Yes") << Answer::Yes << true;
}

void TestQuitWithDownloads::runningDownloadAsks()
{
    QFETCH(Answer, answer);
    QFETCH(bool, quits);
    startDownload();
    if (QTest::currentTestFailed())
        return;
    Asked asked;
    QCOMPARE(mayQuit(answer, &asked), quits);
    QVERIFY(asked.asked);
    QVERIFY(asked.noIsDefault);
    QVERIFY2(asked.text.contains(u"Quit anyway?"_s), qPrintable(asked.text));
    QVERIFY2(!asked.text.startsWith(u"(still open)"_s), qPrintable(asked.text));
    if (quits) {
        // Paused where it was: the part stays for the next start.
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.queue->transfers().first().state, Transfer::State::Paused, 10000);
        QCOMPARE(m_fixture.queue->activeCount(), 0);
    } else {
        QCOMPARE(m_fixture.queue->transfers().first().state, Transfer::State::Running);
        QCOMPARE(m_fixture.queue->activeCount(), 1);
    }
}

QTEST_MAIN(TestQuitWithDownloads)
#include "tst_quitwithdownloads.moc"
