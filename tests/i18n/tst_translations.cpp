// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "i18n/translationinstaller.h"
#include "widgets/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;       // the translation, or its numerus forms
    bool numerus = false;
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message{.context = context};
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.translationType = xml.attributes().value(u"type"_s).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.forms.append(xml.readElementText());
                    } else {
                        message.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = u"%1 (line %2)"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString cataloguePath(const QString& language)
{
    return QStringLiteral(SKYLIGHT_SOURCE_DIR) + u"/translations/skylight_"_s + language + u".ts"_s;
}

// The placeholders a text must keep: %1..%99, %n and %Ln.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%(L?n|\\d{1,2})"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString& text)
{
    return QString(text).remove(u"&&"_s).contains(u'&');
}

} // namespace

// The German and Simplified Chinese catalogues: complete, in step with the sources, and used.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void catalogueCoversTheSources_data();
    void catalogueCoversTheSources();
    void installsForLocale_data();
    void installsForLocale();
    void windowFollowsTheLanguage();
    void englishSaysItsPlurals_data();
    void englishSaysItsPlurals();
    void englishPluralsCoverTheSources();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("German") << u"de"_s << 2;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s << 1;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QString error;
    const QList<Message> messages = readCatalogue(cataloguePath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 300, "the catalogue lost its messages");

    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + u": \""_s + message.source.left(60) + u'"';
        if (!message.translationType.isEmpty()) {
            problems.append(message.translationType + u' ' + where);
            continue;
        }
        if (message.forms.size() != (message.numerus ? pluralForms : 1)) {
            problems.append(u"wrong number of forms "_s + where);
            continue;
        }
        for (const QString& form : message.forms) {
            if (form.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                problems.append(u"empty "_s + where);
            else if (placeholders(form) != placeholders(message.source))
                problems.append(u"placeholders differ "_s + where);
            else if (hasMnemonic(form) != hasMnemonic(message.source))
                problems.append(u"mnemonic lost or added "_s + where);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::catalogueCoversTheSources_data()
{
    catalogueIsComplete_data();
}

// Runs lupdate over today's sources into a copy: a tr() text added without a translation, or
// a .ts file not refreshed after one was removed, shows up here.
void TestTranslations::catalogueCoversTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"skylight_"_s + language + u".ts"_s);
    QVERIFY(QFile::copy(cataloguePath(language), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QString source = QStringLiteral(SKYLIGHT_SOURCE_DIR);
    QStringList arguments = QStringLiteral(SKYLIGHT_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments << u"-extensions"_s << u"cpp,h"_s << source + u"/core"_s << source + u"/ui"_s
              << source + u"/app/gui"_s << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(SKYLIGHT_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> before = readCatalogue(cataloguePath(language), &error);
    const QList<Message> after = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const Message& message : after) {
        if (!message.translationType.isEmpty())
            untranslated.append(message.context + u": \""_s + message.source + u'"');
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(u"Not translated (run the update_translations target, then translate):\n"_s +
                        untranslated.join(u'\n')));
    QCOMPARE(after.size(), before.size());
}

void TestTranslations::installsForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("coreMessage");
    const QString fileEnglish = u"&File"_s;
    const QString timeoutEnglish = u"The connection to %1 timed out."_s;
    QTest::newRow("German") << u"de_DE"_s << u"de"_s << u"&Datei"_s
                            << u"Zeitüberschreitung der Verbindung zu %1."_s;
    QTest::newRow("Austrian German") << u"de_AT"_s << u"de"_s << u"&Datei"_s
                                     << u"Zeitüberschreitung der Verbindung zu %1."_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s << u"zh_CN"_s << u"文件(&F)"_s << u"连接 %1 超时。"_s;
    QTest::newRow("English") << u"en_US"_s << u"en"_s << fileEnglish << timeoutEnglish;
    QTest::newRow("French: no catalogue") << u"fr_FR"_s << u"en"_s << fileEnglish << timeoutEnglish;
}

void TestTranslations::installsForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expectedLanguage);
    QFETCH(QString, fileMenu);
    QFETCH(QString, coreMessage);
    TranslationInstaller translations(QCoreApplication::instance());
    QCOMPARE(translations.install(QLocale(locale)), expectedLanguage);
    QCOMPARE(QCoreApplication::translate("Skylight::MainWindow", "&File"), fileMenu);
    // A message of core/, shown in the error banner.
    QCOMPARE(QCoreApplication::translate("Skylight::HttpJob", "The connection to %1 timed out."),
             coreMessage);
    QVERIFY(TranslationInstaller::languages().contains(u"de"_s));
    QVERIFY(TranslationInstaller::languages().contains(u"zh_CN"_s));
}

void TestTranslations::windowFollowsTheLanguage()
{
    TranslationInstaller translations(QCoreApplication::instance());
    QCOMPARE(translations.install(QLocale(u"de"_s)), u"de"_s);
    MainWindow window(nullptr, CloudDescription{});
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Image"_s, u"&Hilfe"_s}));

    // Removing the installer puts the source texts back for windows made afterwards.
    QVERIFY(translations.install(QLocale(u"fr"_s)) == u"en"_s);
    MainWindow english(nullptr, CloudDescription{});
    QCOMPARE(english.menuBar()->actions().constFirst()->text(), u"&File"_s);
}

void TestTranslations::englishSaysItsPlurals_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("English") << u"en_US"_s;
    QTest::newRow("French: no catalogue, English") << u"fr_FR"_s;
    QTest::newRow("C") << u"C"_s;
}

// "%n day(s) ago" reads "1 day ago" and "3 days ago" in English, and in any language without a
// catalogue of its own.
void TestTranslations::englishSaysItsPlurals()
{
    QFETCH(QString, locale);
    TranslationInstaller translations(QCoreApplication::instance());
    QCOMPARE(translations.install(QLocale(locale)), u"en"_s);
    QCOMPARE(QCoreApplication::translate("Skylight::OverviewRows", "%n day(s) ago", nullptr, 1),
             u"1 day ago"_s);
    QCOMPARE(QCoreApplication::translate("Skylight::OverviewRows", "%n day(s) ago", nullptr, 3),
             u"3 days ago"_s);
    QCOMPARE(QCoreApplication::translate("Skylight::CompareDialog", "%n field(s) differ.", nullptr, 1),
             u"1 field differs."_s);
    QCOMPARE(QCoreApplication::translate("Skylight::MainWindow", "&File"), u"&File"_s);
}

// The English catalogue holds every plural message of the sources (lupdate -pluralonly over today's
// sources finds nothing new), each with its two forms and no "(s)" left in them.
void TestTranslations::englishPluralsCoverTheSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString original = QStringLiteral(SKYLIGHT_SOURCE_DIR) + u"/translations/skylight_en.ts"_s;
    const QString copy = dir.filePath(u"skylight_en.ts"_s);
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString source = QStringLiteral(SKYLIGHT_SOURCE_DIR);
    QStringList arguments{u"-pluralonly"_s};
    arguments << QStringLiteral(SKYLIGHT_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts) << u"-extensions"_s
              << u"cpp,h"_s << source + u"/core"_s << source + u"/ui"_s << source + u"/app/gui"_s << u"-ts"_s
              << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(SKYLIGHT_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> before = readCatalogue(original, &error);
    const QList<Message> after = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(before.size() > 10, "the English catalogue lost its messages");
    QStringList problems;
    for (const Message& message : after) {
        const QString where = message.context + u": \""_s + message.source + u'"';
        if (!message.numerus)
            problems.append(u"not a plural message "_s + where);
        else if (!message.translationType.isEmpty())
            problems.append(message.translationType + u' ' + where);
        else if (message.forms.size() != 2 || message.forms.at(0).contains(u"(s)"_s) ||
                 message.forms.at(1).contains(u"(s)"_s))
            problems.append(u"forms "_s + message.forms.join(u" / "_s) + u' ' + where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"Run the update_translations target, then give the forms:\n"_s +
                                            problems.join(u'\n')));
    QCOMPARE(after.size(), before.size());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
