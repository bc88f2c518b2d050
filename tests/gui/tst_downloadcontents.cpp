// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/downloadcontroller.h"
#include "download/partsidecar.h"
#include "download/transferqueue.h"
#include "models/transferlistmodel.h"
#include "support/faultyfileserver.h"
#include "support/qcow2bytes.h"
#include "widgets/transferspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FaultyFileServer;
using Skylight::Test::qcow2Image;

namespace {
constexpr qint64 kVirtual = 10LL * 1024 * 1024 * 1024;
constexpr qint64 kSize = 2 * 1024 * 1024 + 3;

Transfer::State stateOf(const TransferQueue& queue, int id)
{
    const int row = queue.rowOf(id);
    return row < 0 ? Transfer::State::Cancelled : queue.transfers().at(row).state;
}
} // namespace

// The Downloads panel says what each file is (format, virtual size, safe or its problems), as
// plain text; refused contents are asked about (the controller's injectable asker): No removes
// the part, Yes keeps the file; the real question box's default is No.
class TestDownloadContents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void panelShowsTheVerdict();
    void refusedContentsAreAsked_data();
    void refusedContentsAreAsked();
    void questionBoxDefaultsToNo();

private:
    DownloadRequest request(const QUrl& url, const QByteArray& data) const;
    void makePanel();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<TransfersPanel> m_panel;
    std::unique_ptr<DownloadController> m_controller;
};

void TestDownloadContents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_queue = std::make_unique<TransferQueue>(m_nam.get(), TransportOptions());
    makePanel();
    m_controller = std::make_unique<DownloadController>(m_queue.get(), m_panel.get());
}

void TestDownloadContents::cleanup()
{
    m_controller.reset();
    m_panel.reset();
    m_queue.reset();
}

void TestDownloadContents::makePanel()
{
    m_panel = std::make_unique<TransfersPanel>(m_queue.get());
    new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_panel.get());
    m_panel->show();
}

// As DownloadController::download() makes it: the declared format, and asking when refused.
DownloadRequest TestDownloadContents::request(const QUrl& url, const QByteArray& data) const
{
    DownloadRequest request;
    request.imageId = u"img"_s;
    request.url = url;
    request.targetPath = m_dir->filePath(u"image.qcow2"_s);
    request.expectedSize = data.size();
    request.md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    request.declaredFormat = u"qcow2"_s;
    request.askOnUnsafe = true;
    request.retryDelay = std::chrono::milliseconds(10);
    return request;
}

void TestDownloadContents::panelShowsTheVerdict()
{
    const QByteArray data = qcow2Image(kVirtual, kSize);
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    int asked = 0;
    m_controller->setUnsafeAsker([&asked](const QString&, const InspectionResult&) {
        ++asked;
        return false;
    });
    const int id = m_queue->add(u"test"_s, u"safe image"_s, request(server.url(), data));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, id), Transfer::State::Done, 30000);
    QCOMPARE(asked, 0);
    TransferListModel* model = m_panel->model();
    QCOMPARE(model->headerData(TransferListModel::Contents, Qt::Horizontal).toString(), u"Contents"_s);
    const QModelIndex contents = model->index(0, TransferListModel::Contents);
    QCOMPARE(contents.data().toString(), u"qcow2, 10.0 GiB virtual — safe"_s);
    QCOMPARE(contents.data(Qt::ToolTipRole).toString(), contents.data().toString());
    m_panel->view()->setCurrentIndex(model->index(0, 0));
    QTRY_VERIFY2(m_panel->statusLabel()->text().contains(u"Contents: qcow2, 10.0 GiB virtual — safe"_s),
                 qPrintable(m_panel->statusLabel()->text()));
    QCOMPARE(m_panel->statusLabel()->textFormat(), Qt::PlainText);
    QVERIFY(QFile::exists(m_dir->filePath(u"image.qcow2"_s)));
}

void TestDownloadContents::refusedContentsAreAsked_data()
{
    QTest::addColumn<bool>("keep");
    QTest::newRow("No: the part goes") << false;
    QTest::newRow("Yes: the file is kept") << true;
}

void TestDownloadContents::refusedContentsAreAsked()
{
    QFETCH(bool, keep);
    // A backing file name with markup: shown as it is, never as rich text.
    const QByteArray data = qcow2Image(kVirtual, kSize, "<b>/etc/hostname</b>");
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    QStringList askedAbout;
    QList<InspectionResult> verdicts;
    const QString part = m_dir->filePath(u"image.qcow2.part"_s);
    bool partWhileAsking = false;
    m_controller->setUnsafeAsker([&](const QString& name, const InspectionResult& inspection) {
        askedAbout << name;
        verdicts << inspection;
        partWhileAsking = QFile::exists(part);
        return keep;
    });
    const int id = m_queue->add(u"test"_s, u"trap image"_s, request(server.url(), data));
    const Transfer::State expected = keep ? Transfer::State::Done : Transfer::State::Failed;
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, id), expected, 30000);
    QCOMPARE(askedAbout, QStringList{u"trap image"_s});
    QVERIFY(verdicts.first().hasProblem(InspectionProblem::Kind::BackingFile));
    QVERIFY(partWhileAsking); // the verified part waited for the answer
    const QString question = DownloadController::unsafeQuestion(u"trap image"_s, verdicts.first());
    QVERIFY2(question.contains(verdicts.first().problemTexts().first()), qPrintable(question));

    const QModelIndex contents = m_panel->model()->index(m_queue->rowOf(id), TransferListModel::Contents);
    const QString shown = contents.data().toString();
    QVERIFY2(shown.contains(u"unsafe"_s), qPrintable(shown));
    QVERIFY2(shown.contains(verdicts.first().problemTexts().first()), qPrintable(shown));
    QVERIFY(!QFile::exists(part));
    QVERIFY(!QFile::exists(PartSidecar::nameFor(part)));
    QCOMPARE(QFile::exists(m_dir->filePath(u"image.qcow2"_s)), keep);
    if (!keep) {
        const Transfer& transfer = m_queue->transfers().at(m_queue->rowOf(id));
        QCOMPARE(transfer.error, std::optional<ApiError::Kind>(ApiError::Kind::Verification));
        QVERIFY2(transfer.message.contains(verdicts.first().problemTexts().first()),
                 qPrintable(transfer.message));
    }
}

void TestDownloadContents::questionBoxDefaultsToNo()
{
    const QByteArray data = qcow2Image(kVirtual, kSize, "/etc/hostname");
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    // The controller's own asker: a question box, answered here with its default button.
    QString defaultButton;
    QString text;
    Qt::TextFormat format = Qt::AutoText;
    bool answered = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"unsafeContents"_s)
            return;
        poll.stop();
        answered = true;
        text = box->text();
        format = box->textFormat();
        defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        if (box->defaultButton())
            box->defaultButton()->click(); // Enter
        else
            box->reject();
    });
    poll.start();
    const int id = m_queue->add(u"test"_s, u"trap image"_s, request(server.url(), data));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, id), Transfer::State::Failed, 30000);
    QVERIFY(answered);
    QCOMPARE(defaultButton,
             QMessageBox(QMessageBox::Question, {}, {}, QMessageBox::No).button(QMessageBox::No)->text());
    QCOMPARE(format, Qt::PlainText);
    QVERIFY2(text.contains(u"trap image"_s), qPrintable(text));
    QVERIFY(!QFile::exists(m_dir->filePath(u"image.qcow2.part"_s)));
    QVERIFY(!QFile::exists(m_dir->filePath(u"image.qcow2"_s)));
}

QTEST_MAIN(TestDownloadContents)
#include "tst_downloadcontents.moc"
