// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Copy as Command: command lines built from ids a server sent, quoted for a POSIX shell. Each line
// is read back by a real /bin/sh: every word arrives as it was, and nothing in an id runs.
#include "image/imagecommands.h"
#include "net/shellquote.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

Q_DECLARE_METATYPE(Skylight::CliCloud)

class TestImageCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainWordsStayReadable_data();
    void plainWordsStayReadable();
    void hostileIdsStayOneArgument_data();
    void hostileIdsStayOneArgument();
    void unpastableIdsAreLeftOut_data();
    void unpastableIdsAreLeftOut();
    void cloudAsItWasOpened_data();
    void cloudAsItWasOpened();
    void oneLinePerImage();

private:
    // The words `shell` (sh, zsh or fish) reads from `line` (its first word becomes a function that
    // prints its arguments), run in `folder`.
    static QStringList wordsAsTheShellReads(const QString& shell, const QString& line, const QString& folder);
    // The shells a copied line may be pasted into, those installed: /bin/sh always.
    static QStringList shells();
};

QStringList TestImageCommands::shells()
{
    QStringList found{u"/bin/sh"_s};
    for (const QString& name : {u"zsh"_s, u"fish"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            found << path;
    }
    return found;
}

QStringList TestImageCommands::wordsAsTheShellReads(const QString& shellPath, const QString& line,
                                                    const QString& folder)
{
    const qsizetype space = line.indexOf(u' ');
    const QString program = line.left(space);
    // The program is replaced by a function printing each argument and a NUL: what it was given.
    // (as a function named "run": "skylight-cli" is no name for a function in every shell).
    const bool fish = shellPath.endsWith(u"/fish"_s);
    const QString function = fish ? u"function run; printf '%s\\0' run $argv; end\nrun"_s
                                  : u"run() { printf '%s\\0' \"$0\" \"$@\"; }\nrun"_s;
    const QString script = function + line.mid(space) + u'\n';
    QProcess shell;
    shell.setWorkingDirectory(folder);
    shell.start(shellPath, {u"-c"_s, script});
    if (!shell.waitForFinished(20000) || shell.exitCode() != 0)
        return {u"<the shell failed: %1>"_s.arg(QString::fromUtf8(shell.readAllStandardError()))};
    QStringList words = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    words.removeLast(); // after the last NUL
    words[0] = program; // $0 is the shell's name
    return words;
}

void TestImageCommands::plainWordsStayReadable_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("uuid") << u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s
                          << u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
    QTest::newRow("url") << u"https://cloud.example.com:9292/v2"_s << u"https://cloud.example.com:9292/v2"_s;
    QTest::newRow("space") << u"my cloud"_s << u"'my cloud'"_s;
    QTest::newRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("tilde") << u"~root"_s << u"'~root'"_s;
    QTest::newRow("glob") << u"*"_s << u"'*'"_s;
    QTest::newRow("zsh: a leading =") << u"=ls"_s << u"'=ls'"_s;
}

void TestImageCommands::plainWordsStayReadable()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuote(word), quoted);
}

void TestImageCommands::hostileIdsStayOneArgument_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("cloudName");
    QTest::newRow("command substitution") << u"$(touch pwned)"_s << u"prod"_s;
    QTest::newRow("backquotes") << u"`touch pwned`"_s << u"prod"_s;
    QTest::newRow("single quote breaks out") << u"x'; touch pwned; echo '"_s << u"prod"_s;
    QTest::newRow("double quotes") << u"\"$(touch pwned)\""_s << u"prod"_s;
    QTest::newRow("semicolon and pipe") << u"a;touch pwned|cat&"_s << u"prod"_s;
    QTest::newRow("variable") << u"${HOME}$PATH"_s << u"prod"_s;
    QTest::newRow("glob") << u"*"_s << u"prod"_s;
    QTest::newRow("hostile cloud name") << u"1bea47ed"_s << u"it's $(touch pwned)"_s;
    QTest::newRow("non-ASCII") << u"образ-🚀"_s << u"облако"_s;
}

void TestImageCommands::hostileIdsStayOneArgument()
{
    QFETCH(QString, id);
    QFETCH(QString, cloudName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliCloud cloud{.kind = CliCloud::Kind::OsCloud, .osCloud = cloudName};
    const QList<std::pair<ImageCommands::Kind, QStringList>> expected{
        {ImageCommands::Kind::OpenStackImageShow, {u"openstack"_s, u"image"_s, u"show"_s, id}},
        {ImageCommands::Kind::OpenStackServerCreate,
         {u"openstack"_s, u"server"_s, u"create"_s, u"--image"_s, id, u"--flavor"_s, u"FLAVOR"_s,
          u"SERVER_NAME"_s}},
        {ImageCommands::Kind::SkylightDownload,
         {u"skylight-cli"_s, u"--os-cloud"_s, cloudName, u"download"_s, id}},
    };
    for (const auto& [kind, words] : expected) {
        const ImageCommands commands = ImageCommands::build(kind, {id}, cloud);
        QCOMPARE(commands.refused, QStringList());
        QCOMPARE(commands.lines.size(), 1);
        for (const QString& shell : shells())
            QCOMPARE(wordsAsTheShellReads(shell, commands.lines.first(), dir.path()), words);
    }
    QVERIFY2(!QFile::exists(dir.filePath(u"pwned"_s)), "an id ran a command");
}

void TestImageCommands::unpastableIdsAreLeftOut_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("newline") << u"abc\ntouch pwned"_s;
    QTest::newRow("carriage return") << u"abc\rtouch pwned"_s;
    QTest::newRow("escape: end of bracketed paste") << u"abc\x1b[201~\ntouch pwned\n"_s;
    QTest::newRow("NUL") << QString(u"abc\0def"_s);
    QTest::newRow("right-to-left override") << u"abc\u202Edef"_s;
    QTest::newRow("line separator") << u"abc\u2028def"_s;
    QTest::newRow("an option") << u"--os-auth-url=http://evil.example"_s;
    // fish reads \' inside single quotes as a quote: a backslash has no quoting every shell keeps.
    QTest::newRow("fish: a backslash before a quote") << u"\\';touch pwned;#"_s;
    QTest::newRow("backslash at the end") << u"abc\\"_s;
    QTest::newRow("a short option") << u"-o"_s;
    QTest::newRow("empty") << QString();
}

void TestImageCommands::unpastableIdsAreLeftOut()
{
    QFETCH(QString, id);
    const QString good = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
    for (const auto kind :
         {ImageCommands::Kind::OpenStackImageShow, ImageCommands::Kind::OpenStackServerCreate,
          ImageCommands::Kind::SkylightDownload}) {
        const ImageCommands commands = ImageCommands::build(kind, {id, good}, CliCloud{});
        QCOMPARE(commands.refused, QStringList{id});
        QCOMPARE(commands.lines.size(), 1);
        QVERIFY(commands.lines.first().endsWith(good) || commands.lines.first().contains(good + u' '));
        QVERIFY(!commands.text().contains(u'\n'));
    }
}

void TestImageCommands::cloudAsItWasOpened_data()
{
    QTest::addColumn<CliCloud>("cloud");
    QTest::addColumn<QString>("line");
    const QString id = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;
    QTest::newRow("demo, Image API v2")
        << CliCloud{.kind = CliCloud::Kind::Demo, .dialect = Dialect::GlanceV2}
        << u"skylight-cli --demo download "_s + id;
    QTest::newRow("demo, Compute") << CliCloud{.kind = CliCloud::Kind::Demo, .dialect = Dialect::Compute}
                                   << u"skylight-cli --demo --api compute download "_s + id;
    QTest::newRow("clouds.yaml") << CliCloud{.kind = CliCloud::Kind::OsCloud, .osCloud = u"prod"_s}
                                 << u"skylight-cli --os-cloud prod download "_s + id;
    QTest::newRow("clouds.yaml, a name with spaces")
        << CliCloud{.kind = CliCloud::Kind::OsCloud, .osCloud = u"my prod"_s}
        << u"skylight-cli --os-cloud 'my prod' download "_s + id;
    QTest::newRow("endpoint")
        << CliCloud{.kind = CliCloud::Kind::Endpoint,
                    .endpoint = QUrl(u"https://glance.example.com:9292"_s),
                    .dialect = Dialect::GlanceV1}
        << u"skylight-cli --endpoint https://glance.example.com:9292 --api glance-v1 download "_s + id;
    QTest::newRow("endpoint: no user info")
        << CliCloud{.kind = CliCloud::Kind::Endpoint,
                    .endpoint = QUrl(u"https://user:secret@nova.example.com/v2.1?a=b&c=$(x)"_s),
                    .dialect = Dialect::Compute}
        << u"skylight-cli --endpoint 'https://nova.example.com/v2.1?a=b&c=$(x)' --api compute download "_s +
               id;
}

void TestImageCommands::cloudAsItWasOpened()
{
    QFETCH(CliCloud, cloud);
    QFETCH(QString, line);
    const ImageCommands commands = ImageCommands::build(ImageCommands::Kind::SkylightDownload,
                                                        {u"70a599e0-31e7-49b7-b260-868f441e862b"_s}, cloud);
    QCOMPARE(commands.text(), line);
}

void TestImageCommands::oneLinePerImage()
{
    const QStringList ids{u"a1"_s, u"b2"_s, u"c3"_s};
    const ImageCommands commands = ImageCommands::build(ImageCommands::Kind::OpenStackImageShow, ids);
    QCOMPARE(commands.text(), u"openstack image show a1\nopenstack image show b2\nopenstack image show c3"_s);
    // A cloud whose own words cannot go on a pasted line: no line at all.
    const ImageCommands none =
        ImageCommands::build(ImageCommands::Kind::SkylightDownload, ids,
                             CliCloud{.kind = CliCloud::Kind::OsCloud, .osCloud = u"prod\nrm -rf ~"_s});
    QCOMPARE(none.lines, QStringList());
    QCOMPARE(none.refused, ids);
}

QTEST_GUILESS_MAIN(TestImageCommands)
#include "tst_imagecommands.moc"
