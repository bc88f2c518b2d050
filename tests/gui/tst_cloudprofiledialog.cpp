// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/cloudprofiledialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// The New Cloud dialog as a person meets it (issue 16, defect 8): every mnemonic label reaches its
// field, a message says what is wrong now (not what was wrong before a field was hidden), and the
// field to mend has the focus.
class TestCloudProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMnemonicReachesItsField();
    void refusedFocusesTheFieldToMend_data();
    void refusedFocusesTheFieldToMend();
    void theMessageFollowsTheForm();

private:
    static QLineEdit* field(const CloudProfileDialog& dialog, const QString& name)
    {
        return dialog.findChild<QLineEdit*>(name);
    }
    static void chooseMethod(CloudProfileDialog& dialog, AuthSettings::Type type)
    {
        auto* methods = dialog.findChild<QComboBox*>(u"authMethod"_s);
        methods->setCurrentIndex(methods->findData(static_cast<int>(type)));
    }
};

void TestCloudProfileDialog::everyMnemonicReachesItsField()
{
    CloudProfileDialog dialog;
    int labels = 0;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        const QString text = QString(label->text()).remove(u"&&"_s);
        if (!text.contains(u'&'))
            continue;
        ++labels;
        // Without a buddy a label shows the "&" as it is ("&CA bundle:").
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(labels >= 10);
}

void TestCloudProfileDialog::refusedFocusesTheFieldToMend_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("focused");

    QTest::newRow("no name") << QString() << u"https://keystone.example/v3"_s << u"u"_s << u"profileName"_s;
    QTest::newRow("no identity URL") << u"c"_s << QString() << u"u"_s << u"authUrl"_s;
    QTest::newRow("an ftp identity URL") << u"c"_s << u"ftp://keystone.example"_s << u"u"_s << u"authUrl"_s;
    QTest::newRow("no user") << u"c"_s << u"https://keystone.example/v3"_s << QString() << u"username"_s;
}

void TestCloudProfileDialog::refusedFocusesTheFieldToMend()
{
    QFETCH(QString, name);
    QFETCH(QString, authUrl);
    QFETCH(QString, user);
    QFETCH(QString, focused);
    CloudProfileDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    field(dialog, u"profileName"_s)->setText(name);
    field(dialog, u"authUrl"_s)->setText(authUrl);
    field(dialog, u"username"_s)->setText(user);
    field(dialog, u"region"_s)->setFocus(); // where the user was typing last
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE(dialog.focusWidget(), field(dialog, focused));
}

void TestCloudProfileDialog::theMessageFollowsTheForm()
{
    CloudProfileDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* message = dialog.findChild<QLabel*>(u"validationError"_s);
    field(dialog, u"profileName"_s)->setText(u"c"_s);
    field(dialog, u"authUrl"_s)->setText(u"https://keystone.example/v3"_s);
    dialog.accept();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"user name"_s), qPrintable(message->text()));

    // An application credential has no user name: the message about it goes, and says what the
    // form lacks now.
    chooseMethod(dialog, AuthSettings::Type::ApplicationCredential);
    QVERIFY(!field(dialog, u"username"_s)->isVisible());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"application credential ID"_s), qPrintable(message->text()));

    // Mended: no message left.
    field(dialog, u"credentialId"_s)->setText(u"cred-1"_s);
    QVERIFY(!message->isVisible());

    // A pasted token hides the user too; its own need is said only when accepting again.
    chooseMethod(dialog, AuthSettings::Type::Password);
    QVERIFY(!message->isVisible());
    dialog.accept();
    QVERIFY2(message->text().contains(u"user name"_s), qPrintable(message->text()));
    chooseMethod(dialog, AuthSettings::Type::Token);
    QVERIFY(!message->isVisible()); // a token and an identity URL: nothing wrong
}

QTEST_MAIN(TestCloudProfileDialog)
#include "tst_cloudprofiledialog.moc"
