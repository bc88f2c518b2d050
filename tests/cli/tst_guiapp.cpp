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

QTEST_GUILESS_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
