// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// skylight: wires the network, the chosen cloud (or the demo cloud) and the main window.
#include "adapters/adapterfactory.h"
#include "adapters/imageadapter.h"
#include "controllers/cloudcontroller.h"
#include "controllers/endpointcloud.h"
#include "controllers/inspectcontroller.h"
#include "controllers/remoteinspectionstarter.h"
#include "controllers/schemacontroller.h"
#include "controllers/screenshottour.h"
#include "download/transferqueue.h"
#include "i18n/translationinstaller.h"
#include "image/schemacache.h"
#include "inspect/verdictcache.h"
#include "models/cloudlistmodel.h"
#include "net/logging.h"
#include "settings/appsettings.h"
#include "startup/appstartup.h"
#include "widgets/errorbanner.h"
#include "widgets/firstrunpage.h"
#include "widgets/mainwindow.h"
#include "widgets/transferspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

// --lang is read before the command line is parsed so that --help is already translated.
QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Skylight"_s);
    QApplication::setOrganizationName(u"Skylight"_s);
    QApplication::setApplicationVersion(QStringLiteral(SKYLIGHT_VERSION));
    QApplication::setDesktopFileName(u"io.github.skylight.Skylight"_s);

    // The system's language, or --lang (for testing a catalogue: also sets number formats).
    const QString language = languageArgument(QApplication::arguments());
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    TranslationInstaller translations(&app);
    const QString usedLanguage = translations.install(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse the images of OpenStack-compatible clouds."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s,
                                        QApplication::translate("main", "Browse the built-in demo cloud."));
    const QCommandLineOption endpointOption(
        u"endpoint"_s, QApplication::translate("main", "Image API endpoint (token from OS_TOKEN)."),
        u"url"_s);
    const QCommandLineOption apiOption(u"api"_s, QApplication::translate("main", "Dialect of the endpoint."),
                                       u"dialect"_s, u"auto"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main", "Save a picture of the window once loaded, then quit."), u"file"_s);
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s,
        QApplication::translate("main",
                                "Save pictures of the window, each details tab and the downloads in a "
                                "folder, then quit."),
        u"folder"_s);
    const QString languages = QLocale().createSeparatedList(TranslationInstaller::languages()); // read once
    const QCommandLineOption langOption(
        u"lang"_s,
        QApplication::translate("main", "Language of the window (%1); the system's by default.")
            .arg(languages),
        u"language"_s);
    const QCommandLineOption debugOption(
        u"debug"_s, QApplication::translate(
                        "main", "Log each request (method, address without secrets, status, request id, "
                                "time), sign-ins and downloads to standard error; never a token or a "
                                "password. QT_LOGGING_RULES=\"skylight.*.debug=true\" does the same."));
    parser.addOptions({demoOption, endpointOption, apiOption, screenshotOption, screenshotsOption, langOption,
                       debugOption});
    parser.process(app);
    if (parser.isSet(debugOption))
        enableDebugLogging();
    if (!language.isEmpty() && usedLanguage == u"en"_s && !language.startsWith(u"en"_s)) {
        qWarning().noquote() << QApplication::translate("main", "No translation for %1; available: %2.")
                                    .arg(language, languages);
    }

    // Pictures are taken with settings of their own: the user's layout, folders and unfinished
    // downloads stay as they are.
    if (parser.isSet(screenshotOption) || parser.isSet(screenshotsOption))
        QStandardPaths::setTestModeEnabled(true);

    // The settings, the keychain index, the network: shared set-up with skylight-cli.
    AppStartup startup(AppStartup::Front::Window);
    QNetworkAccessManager* nam = startup.network();
    AppSettings* settings = startup.settings();
    // Clouds created in the app and their secrets: --endpoint uses neither. With --demo, New Cloud
    // works too (the demo clouds stay in the sidebar), but only the demo clouds are listed.
    const bool demo = parser.isSet(demoOption);
    const bool endpoint = !demo && parser.isSet(endpointOption);
    const bool profiles = !demo && !endpoint;
    CloudController clouds(nam, endpoint ? nullptr : settings, endpoint ? nullptr : startup.secrets(),
                           TransportOptions());
    // Declared before the window, so destroyed after it (mainwindow.h).
    TransferQueue downloads(nam, TransportOptions());
    downloads.setRangeSupport(startup.rangeSupport());
    downloads.setMaxConcurrent(settings->downloadConcurrency());
    // What inspecting images found, kept between runs (declared before the window: outlives it).
    VerdictCache verdicts(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                          u"/inspections"_s);
    // Each cloud's image schema, kept between runs (declared before the window: outlives it).
    SchemaCache schemas(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/schemas"_s);
    MainWindow window(&clouds);
    window.setSettings(settings);
    window.setTransferQueue(&downloads);
    window.inspectController()->setCache(&verdicts);
    window.schemaController()->setCache(&schemas);
    window.inspectController()->setStarter(
        remoteInspectionStarter(nam, TransportOptions(), startup.rangeSupport()));
    QObject::connect(window.transfersPanel()->concurrencyBox(), &QSpinBox::valueChanged, &window,
                     [settings](int count) { settings->setDownloadConcurrency(count); });
    QString startupError;

    // One demo cloud per dialect, all served by the same in-process server (--demo, or the
    // first-run page's Open the Demo Cloud).
    const auto openDemo = [&startup, &window, nam, &app]() -> QString {
        const auto started = startup.startDemo();
        if (!started)
            return started.error();
        for (const AppStartup::DemoEndpoint& cloud : startup.demoEndpoints()) {
            if (window.clouds()->model()->rowOf(cloud.name) >= 0)
                continue; // opened already
            if (auto adapter =
                    createImageAdapter(cloud.dialect, nam, cloud.endpoint, TransportOptions(), &app))
                window.addCloud(*adapter, CloudDescription{cloud.name, true});
        }
        return {};
    };
    window.firstRunPage()->setDemoOpener([&window, openDemo] {
        const QString error = openDemo();
        if (!error.isEmpty())
            QMessageBox::warning(&window, QApplication::translate("main", "Skylight"), error);
        else
            window.refresh();
    });

    if (profiles) {
        // clouds.yaml, secure.yaml and OS_* first, then the clouds created in the app.
        const auto fromFiles = AppStartup::loadCloudsConfig();
        if (fromFiles) {
            for (const CloudProfile& profile : *fromFiles)
                clouds.addExternalProfile(profile);
        }
        clouds.loadStoredProfiles();
        const int last = clouds.model()->rowOf(clouds.lastCloud());
        if (clouds.model()->rowCount() > 0)
            window.setCurrentCloud(last >= 0 ? last : 0);
        if (!fromFiles)
            window.errorBanner()->showMessage(fromFiles.error().describe());
    }

    if (demo) {
        startupError = openDemo();
    } else if (endpoint) {
        const QUrl url(parser.value(endpointOption), QUrl::StrictMode);
        const auto dialect = dialectFromName(parser.value(apiOption));
        if (!dialect) {
            startupError =
                QApplication::translate("main", "Unknown dialect %1.").arg(parser.value(apiOption));
        } else {
            startupError = openEndpointCloud(&window, url, *dialect, qgetenv("OS_TOKEN").trimmed(), settings);
        }
    }

    window.restoreDownloads(settings);
    window.restoreLayout(settings);
    window.show();
    if (!startupError.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Skylight"), startupError);
    if (parser.isSet(screenshotOption)) {
        // For the README and the AppStream metadata: wait for the list and the selected image's
        // details, then grab the window as it is drawn.
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &MainWindow::detailsFinished, &window, [&window, file] {
            QTimer::singleShot(400, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
        QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(1); });
    }
    if (parser.isSet(screenshotsOption)) {
        auto* tour = new ScreenshotTour(&window, &downloads, parser.value(screenshotsOption), &app);
        QObject::connect(tour, &ScreenshotTour::finished, &app, [tour](bool ok) {
            for (const QString& file : tour->written())
                qInfo().noquote() << file;
            if (!ok)
                qWarning().noquote() << tour->errorString();
            QCoreApplication::exit(ok ? 0 : 1);
        });
        tour->start();
        QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(1); });
    }
    window.refresh();
    return QApplication::exec();
}
