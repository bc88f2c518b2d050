// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/safefilename.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// Image names come from the server: every one of them must give a plain file name that stays
// inside the chosen folder.
class TestSafeFileName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileNamesStayInside_data();
    void hostileNamesStayInside();
    void pathInsideRefusesEscapes_data();
    void pathInsideRefusesEscapes();
};

void TestSafeFileName::hostileNamesStayInside_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected"); // empty: only the rules are checked
    QTest::newRow("plain") << u"cirros-0.6.2"_s << u"qcow2"_s << u"cirros-0.6.2.qcow2"_s;
    QTest::newRow("parent") << u"../x"_s << u"raw"_s << u"_x.raw"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"raw"_s << u"_etc_passwd.raw"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"vhd"_s << u"a_b.vhd"_s;
    QTest::newRow("NUL") << (u"a"_s + QChar(0) + u"b"_s) << u"raw"_s << u"ab.raw"_s;
    // Found by fuzz_safefilename: a dot, a space, a dot must not leave a hidden ".x".
    QTest::newRow("dot space dot") << u". .x"_s << u"raw"_s << u"x.raw"_s;
    QTest::newRow("dotfile") << u".bashrc"_s << u"raw"_s << u"bashrc.raw"_s;
    QTest::newRow("300 characters") << QString(300, u'x') << u"iso"_s << QString();
    QTest::newRow("300 CJK characters") << QString(300, QChar(0x65E5)) << u"iso"_s << QString();
    QTest::newRow("control characters") << u"a\nb\tc\x1b[31m"_s << u"raw"_s << QString();
    QTest::newRow("windows reserved") << u"CON"_s << u"raw"_s << u"_CON.raw"_s;
    QTest::newRow("only dots") << u"..."_s << u"raw"_s << u"ID-1.raw"_s;
    QTest::newRow("empty") << QString() << QString() << u"ID-1.img"_s;
    QTest::newRow("hostile format") << u"x"_s << u"../../etc"_s << u"x.etc"_s;
    QTest::newRow("extension already there") << u"disk.qcow2"_s << u"qcow2"_s << u"disk.qcow2"_s;
    QTest::newRow("unicode kept") << u"Ubuntu 24.04 — 日本語"_s << u"qcow2"_s
                                  << u"Ubuntu 24.04 — 日本語.qcow2"_s;
}

void TestSafeFileName::hostileNamesStayInside()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const QString file = safeFileName(name, format, u"ID-1"_s);
    if (!expected.isEmpty())
        QCOMPARE(file, expected);
    QVERIFY(!file.isEmpty());
    QVERIFY(!file.contains(u'/') && !file.contains(u'\\') && !file.contains(QChar(0)));
    QVERIFY(!file.startsWith(u'.'));
    QVERIFY(file.toUtf8().size() <= 200);
    for (const QChar c : file)
        QVERIFY(c.category() != QChar::Other_Control);

    // And it really lands inside the folder.
    QTemporaryDir dir;
    const QString path = pathInside(dir.path(), file);
    QVERIFY2(!path.isEmpty(), qPrintable(file));
    QFile created(path);
    QVERIFY2(created.open(QIODevice::WriteOnly), qPrintable(created.errorString()));
    created.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{file});
}

void TestSafeFileName::pathInsideRefusesEscapes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("parent") << u".."_s;
    QTest::newRow("parent path") << u"../x"_s;
    QTest::newRow("subfolder") << u"a/b"_s;
    QTest::newRow("backslash") << u"a\\b"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << u"."_s;
}

void TestSafeFileName::pathInsideRefusesEscapes()
{
    QFETCH(QString, fileName);
    QVERIFY(pathInside(u"/tmp/folder"_s, fileName).isEmpty());
}

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
