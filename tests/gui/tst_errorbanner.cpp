// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The window's banner (issue 16, defect 10): Retry only where a repeat can succeed, Details only
// with what the sentence does not already say, and information that does not look like an error.
#include "controllers/cloudcontroller.h"
#include "net/apierror.h"
#include "settings/appsettings.h"
#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"
#include "widgets/themecolors.h"

#include <QAccessible>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

QPushButton* button(const ErrorBanner* banner, const QString& text)
{
    for (QPushButton* candidate : banner->findChildren<QPushButton*>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

QPushButton* retryButton(const ErrorBanner* banner)
{
    return button(banner, ErrorBanner::tr("&Retry"));
}

QPushButton* detailsButton(const ErrorBanner* banner)
{
    return button(banner, ErrorBanner::tr("De&tails…"));
}

ApiError error(ApiError::Kind kind, int status = 0, const QString& requestId = {}, int retryAfter = -1)
{
    ApiError made = status > 0 ? ApiError::fromHttpStatus(status, u"the server's own words"_s)
                               : ApiError::make(kind, u"Something went wrong."_s);
    made.kind = kind;
    made.requestId = requestId;
    made.retryAfterSeconds = retryAfter;
    return made;
}

} // namespace

class TestErrorBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryOnlyWhereARepeatCanSucceed_data();
    void retryOnlyWhereARepeatCanSucceed();
    void detailsSayOnlyWhatTheSentenceDoesNot_data();
    void detailsSayOnlyWhatTheSentenceDoesNot();
    void theFirstRunHintIsInformation_data();
    void theFirstRunHintIsInformation();
    void retryWaitsAsTheServerAsked();
};

void TestErrorBanner::retryOnlyWhereARepeatCanSucceed_data()
{
    using Kind = ApiError::Kind;
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retry");
    QTest::newRow("network") << error(Kind::Network) << true;
    QTest::newRow("timeout") << error(Kind::Timeout) << true;
    QTest::newRow("500") << error(Kind::Server, 500) << true;
    QTest::newRow("503") << error(Kind::Server, 503) << true;
    QTest::newRow("429 with Retry-After") << error(Kind::OverLimit, 429, {}, 30) << true;
    QTest::newRow("429 without Retry-After") << error(Kind::OverLimit, 429) << false;
    QTest::newRow("413") << error(Kind::OverLimit, 413) << false;
    QTest::newRow("401") << error(Kind::Unauthorized, 401) << false;
    QTest::newRow("403") << error(Kind::Forbidden, 403) << false;
    QTest::newRow("404") << error(Kind::NotFound, 404) << false;
    QTest::newRow("409") << error(Kind::Conflict, 409) << false;
    QTest::newRow("400") << error(Kind::BadRequest, 400) << false;
    QTest::newRow("tls") << error(Kind::Tls) << false;
    QTest::newRow("bad payload") << error(Kind::BadPayload) << false;
    QTest::newRow("verification") << error(Kind::Verification) << false;
    QTest::newRow("local file") << error(Kind::LocalIo) << false;
    QTest::newRow("cancelled") << error(Kind::Cancelled) << false;
}

void TestErrorBanner::retryOnlyWhereARepeatCanSucceed()
{
    QFETCH(ApiError, error);
    QFETCH(bool, retry);
    QWidget window;
    auto* banner = new ErrorBanner(&window);
    window.show();
    banner->showError(error);
    QVERIFY(banner->isVisible());
    QPushButton* button = retryButton(banner);
    QVERIFY(button);
    QCOMPARE(button->isVisibleTo(banner), retry);
}

void TestErrorBanner::detailsSayOnlyWhatTheSentenceDoesNot_data()
{
    using Kind = ApiError::Kind;
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QStringList>("expected"); // empty: no Details at all
    QTest::newRow("network, nothing more") << error(Kind::Network) << QStringList();
    QTest::newRow("500 with request id: its status is in the sentence")
        << error(Kind::Server, 500, u"req-1"_s) << QStringList{u"req-1"_s};
    QTest::newRow("404: the status is not in the sentence")
        << error(Kind::NotFound, 404) << QStringList{u"404"_s};
    QTest::newRow("403 with request id")
        << error(Kind::Forbidden, 403, u"req-2"_s) << QStringList{u"403"_s, u"req-2"_s};
    QTest::newRow("429 with Retry-After")
        << error(Kind::OverLimit, 429, {}, 30) << QStringList{u"429"_s, u"30"_s};
}

void TestErrorBanner::detailsSayOnlyWhatTheSentenceDoesNot()
{
    QFETCH(ApiError, error);
    QFETCH(QStringList, expected);
    QWidget window;
    auto* banner = new ErrorBanner(&window);
    window.show();
    banner->showError(error);
    QPushButton* details = detailsButton(banner);
    QVERIFY(details);
    QCOMPARE(details->isVisibleTo(banner), !expected.isEmpty());
    if (expected.isEmpty())
        return;
    const QString shown = banner->details();
    for (const QString& part : expected)
        QVERIFY2(shown.contains(part), qPrintable(shown));
    // Nothing of the sentence again: not the message, not the server's words it carries.
    QVERIFY2(!shown.contains(error.message), qPrintable(shown));
    QVERIFY2(!shown.contains(u"the server's own words"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"Something went wrong"_s), qPrintable(shown));
}

void TestErrorBanner::theFirstRunHintIsInformation_data()
{
    QTest::addColumn<bool>("storesProfiles");
    QTest::addColumn<QString>("hint");
    QTest::newRow("no cloud chosen (--endpoint or --demo)") << false << u"--demo"_s;
    // With profiles, no cloud yet is the first-run page (tst_firstrun), not a banner.
}

// "No cloud chosen": how to begin, not a failure. It does not look like an
// error, assistive technology does not announce it as an alert, and it offers no Retry.
void TestErrorBanner::theFirstRunHintIsInformation()
{
    QFETCH(bool, storesProfiles);
    QFETCH(QString, hint);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    AppSettings appSettings(&settings);
    QNetworkAccessManager nam;
    std::unique_ptr<CloudController> clouds; // outlives the window
    std::unique_ptr<MainWindow> made;
    if (storesProfiles) {
        clouds = std::make_unique<CloudController>(&nam, &appSettings, nullptr, TransportOptions());
        made = std::make_unique<MainWindow>(clouds.get());
    } else {
        made = std::make_unique<MainWindow>(nullptr, CloudDescription{});
    }
    MainWindow& window = *made;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorBanner* banner = window.errorBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(hint), qPrintable(banner->message()));
    QVERIFY(banner->palette().color(QPalette::Window) !=
            ThemeColors::color(ThemeColors::Role::ErrorBackground, window.palette()));
    QVERIFY(banner->accessibleName() != ErrorBanner::tr("Error"));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::Notification);
    QVERIFY2(accessible->text(QAccessible::Description).contains(hint),
             qPrintable(accessible->text(QAccessible::Description)));
    QVERIFY(!retryButton(banner)->isVisibleTo(banner));
    QVERIFY(!detailsButton(banner)->isVisibleTo(banner));

    // An error in the same banner afterwards is announced and coloured as one.
    banner->showError(error(ApiError::Kind::Server, 503));
    QCOMPARE(banner->palette().color(QPalette::Window),
             ThemeColors::color(ThemeColors::Role::ErrorBackground, window.palette()));
    QCOMPARE(accessible->role(), QAccessible::AlertMessage);
    QVERIFY(retryButton(banner)->isVisibleTo(banner));
}

// A 429 with Retry-After: Retry is offered, and can be pressed once the wait the server asked for
// is over (pressed at once, it would be refused again).
void TestErrorBanner::retryWaitsAsTheServerAsked()
{
    QWidget window;
    auto* banner = new ErrorBanner(&window);
    window.show();
    banner->showError(error(ApiError::Kind::OverLimit, 429, {}, 1));
    QPushButton* retry = retryButton(banner);
    QVERIFY(retry->isVisibleTo(banner));
    QVERIFY(!retry->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 3000);
    // A network failure next: Retry at once.
    banner->showError(error(ApiError::Kind::OverLimit, 429, {}, 60));
    QVERIFY(!retry->isEnabled());
    banner->showError(error(ApiError::Kind::Network));
    QVERIFY(retry->isEnabled());
}

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
