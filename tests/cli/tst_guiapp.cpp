// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Starts the built `skylight` GUI as a user would, on the offscreen platform.
class TestGuiApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void demoWindowShowsImages();
    void screenshotsOfEveryView();
    void followsLanguage_data();
    void followsLanguage();
};

void TestGuiApp::version()
{
    QProcess process;
    process.start(QStringLiteral(SKYLIGHT_GUI_PATH), {u"--version"_s, u"-platform"_s, u"offscreen"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(SKYLIGHT_VERSION));
}

void TestGuiApp::demoWindowShowsImages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString picture = dir.filePath(u"window.png"_s);
    QProcess process;
    process.start(QStringLiteral(SKYLIGHT_GUI_PATH),
                  {u"-platform"_s, u"offscreen"_s, u"--demo"_s, u"--screenshot"_s, picture});
    QVERIFY(process.waitForFinished(40000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QImage image(picture);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
}

// What the README and the AppStream metadata show: the window, each details tab, the Sharing tab
// with members, the cloud information, the downloads.
void TestGuiApp::screenshotsOfEveryView()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.start(QStringLiteral(SKYLIGHT_GUI_PATH),
                  {u"-platform"_s, u"offscreen"_s, u"--demo"_s, u"--screenshots"_s, dir.path()});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QStringList expected{
        u"main-window.png"_s,      u"details-overview.png"_s, u"details-properties.png"_s,
        u"details-links.png"_s,    u"details-raw.png"_s,      u"details-sharing.png"_s,
        u"cloud-info.png"_s,       u"contents-unsafe.png"_s,  u"transfers.png"_s,
        u"visibility-scope.png"_s, u"first-run.png"_s};
    for (const QString& name : expected) {
        const QImage image(dir.filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }
    // Different views, not the same picture six times.
    QVERIFY(QImage(dir.filePath(u"details-raw.png"_s)) != QImage(dir.filePath(u"details-links.png"_s)));
    QVERIFY(QImage(dir.filePath(u"transfers.png"_s)) != QImage(dir.filePath(u"main-window.png"_s)));
    QVERIFY(QImage(dir.filePath(u"visibility-scope.png"_s)) != QImage(dir.filePath(u"main-window.png"_s)));
    QVERIFY(QImage(dir.filePath(u"first-run.png"_s)) != QImage(dir.filePath(u"main-window.png"_s)));
    QVERIFY(QImage(dir.filePath(u"contents-unsafe.png"_s)) !=
            QImage(dir.filePath(u"details-overview.png"_s)));
    QVERIFY(QImage(dir.filePath(u"details-sharing.png"_s)) != QImage(dir.filePath(u"details-raw.png"_s)));
    QVERIFY(QImage(dir.filePath(u"cloud-info.png"_s)) != QImage(dir.filePath(u"main-window.png"_s)));
}

void TestGuiApp::followsLanguage_data()
{
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("description");
    const QString german = u"Die Images OpenStack-kompatibler Clouds durchsuchen."_s;
    const QString chinese = u"浏览 OpenStack 兼容云的镜像。"_s;
    const QString english = u"Browse the images of OpenStack-compatible clouds."_s;
    QTest::newRow("system German") << u"de_DE.UTF-8"_s << QStringList() << german;
    QTest::newRow("system Chinese") << u"zh_CN.UTF-8"_s << QStringList() << chinese;
    QTest::newRow("system English") << u"C.UTF-8"_s << QStringList() << english;
    QTest::newRow("--lang de") << u"C.UTF-8"_s << QStringList{u"--lang"_s, u"de"_s} << german;
    QTest::newRow("--lang=zh_CN over German")
        << u"de_DE.UTF-8"_s << QStringList{u"--lang=zh_CN"_s} << chinese;
    QTest::newRow("--lang en over German")
        << u"de_DE.UTF-8"_s << QStringList{u"--lang"_s, u"en"_s} << english;
}

// The real executable: the system's language, or --lang, decides the texts (here --help's).
void TestGuiApp::followsLanguage()
{
    QFETCH(QString, systemLocale);
    QFETCH(QStringList, arguments);
    QFETCH(QString, description);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, systemLocale);
    environment.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SKYLIGHT_GUI_PATH),
                  arguments + QStringList{u"-platform"_s, u"offscreen"_s, u"--help"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(description), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
