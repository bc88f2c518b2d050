// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudcontroller.h"
#include "democloud/democloud.h"
#include "identity/cloudconfigerror.h"
#include "identity/cloudsconfig.h"
#include "identity/cloudsession.h"
#include "identity/keystoneauthenticator.h"
#include "identity/secretkindtext.h"
#include "identity/secretstore.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "net/apierror.h"
#include "settings/appsettings.h"
#include "support/testjobs.h"
#include "widgets/filterbar.h"
#include "widgets/mainwindow.h"
#include "widgets/secretprompt.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

// A catalogue in memory: source text -> translation, whatever the context. What it does not know
// falls through to the source text, as with a real catalogue.
class FakeTranslator : public QTranslator
{
public:
    explicit FakeTranslator(QHash<QString, QString> texts)
        : m_texts(std::move(texts))
    {}
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return m_texts.value(QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_texts;
};

// Installed for one test, removed after it.
class Installed
{
public:
    explicit Installed(QHash<QString, QString> texts)
        : m_translator(std::move(texts))
    {
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Installed() { QCoreApplication::removeTranslator(&m_translator); }
    Installed(const Installed&) = delete;
    Installed& operator=(const Installed&) = delete;

private:
    FakeTranslator m_translator;
};

const QStringList kRawKinds = {u"password"_s, u"application_credential_secret"_s, u"token"_s, u"api_key"_s};

} // namespace

// Issue 16: no internal name in a translated sentence, whole sentences to translate (a German noun
// keeps its capital, a Chinese sentence its full-width punctuation), short texts of their own
// rather than a sentence cut at its first ASCII full stop, and every user-visible text translated.
class TestSentences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretKindsHaveHumanNames_data();
    void secretKindsHaveHumanNames();
    void secretSentencesAreWholePerKind_data();
    void secretSentencesAreWholePerKind();
    void filterChipsAreNamedInWholeSentences();
    void noticeShowsItsOwnShortText_data();
    void noticeShowsItsOwnShortText();
    void detailsUseTheLanguagesPunctuation();
    void demoCloudListenErrorIsTranslated();
    void environmentSourceIsTranslated();
};

void TestSentences::secretKindsHaveHumanNames_data()
{
    QTest::addColumn<QString>("kind");
    QCOMPARE(SecretKindText::kinds(), kRawKinds); // a new kind needs its words here too
    for (const QString& kind : SecretKindText::kinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestSentences::secretKindsHaveHumanNames()
{
    QFETCH(QString, kind);
    const QString label = SecretKindText::label(kind);
    QVERIFY(!label.isEmpty());
    QVERIFY2(label != kind, qPrintable(label)); // "Password", a label, not the key "password"
    QVERIFY2(!label.contains(u'_'), qPrintable(label));
    QCOMPARE(SecretPrompt::kindLabel(kind), label);
    // Each kind has words of its own.
    for (const QString& other : SecretKindText::kinds()) {
        if (other != kind)
            QVERIFY2(SecretKindText::label(other) != label, qPrintable(other));
    }
}

void TestSentences::secretSentencesAreWholePerKind_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words"); // how the English sentence names it
    QTest::newRow("password") << int(AuthSettings::Type::Password) << u"password"_s << u"password"_s;
    QTest::newRow("application credential")
        << int(AuthSettings::Type::ApplicationCredential) << u"application_credential_secret"_s
        << u"application credential secret"_s;
    QTest::newRow("token") << int(AuthSettings::Type::Token) << u"token"_s << u"token"_s;
    QTest::newRow("API key") << int(AuthSettings::Type::RackspaceApiKey) << u"api_key"_s << u"API key"_s;
}

// The sentences that name a secret: the sign-in without one, a secret that cannot be sent, the
// prompt. Each names it in words, never by its clouds.yaml key, and each is one whole sentence
// to translate (a catalogue that translates the sentence translates all of it).
void TestSentences::secretSentencesAreWholePerKind()
{
    QFETCH(int, type);
    QFETCH(QString, kind);
    QFETCH(QString, words);
    AuthSettings auth;
    auth.type = AuthSettings::Type(type);
    auth.authUrl = QUrl(u"https://keystone.example:5000/v3"_s);
    QCOMPARE(KeystoneAuthenticator::secretKind(auth), kind);
    const auto noRawKey = [&kind](const QString& text) {
        return kind == u"token"_s || kind == u"password"_s || !text.contains(kind);
    };

    // No secret to sign in with.
    QNetworkAccessManager nam;
    {
        KeystoneAuthenticator authenticator(&nam, auth, {});
        authenticator.start();
        QVERIFY(Test::waitForJob(&authenticator));
        QVERIFY(!authenticator.result().has_value());
        const QString message = authenticator.result().error().message;
        QVERIFY2(message.startsWith(u"No "_s + words + u" to sign in with"_s), qPrintable(message));
        QVERIFY2(noRawKey(message), qPrintable(message));
    }

    // A secret with a line break in it, and the same in a language whose catalogue has the sentence.
    CloudProfile profile;
    profile.name = u"lab"_s;
    profile.auth = auth;
    profile.auth.password = profile.auth.applicationCredentialSecret = profile.auth.token =
        profile.auth.apiKey = u"one\ntwo"_s;
    CloudSession session(&nam, profile, nullptr, TransportOptions());
    const QString refused = session.unsendableSecret();
    QCOMPARE(refused,
             u"The %1 of lab contains a control character (line break); it is not sent."_s.arg(words));
    {
        const QHash<QString, QString> german{
            {u"The %1 of %2 contains a control character (%3); it is not sent."_s, // before issue 16
             u"Das Geheimnis von %2 enthält ein Steuerzeichen (%3)."_s},
            {u"The password of %1 contains a control character (%2); it is not sent."_s,
             u"Das Passwort von %1 enthält ein Steuerzeichen (%2); es wird nicht gesendet."_s},
            {u"The application credential secret of %1 contains a control character (%2); it is not sent."_s,
             u"Das Anwendungsgeheimnis von %1 enthält ein Steuerzeichen (%2); es wird nicht gesendet."_s},
            {u"The token of %1 contains a control character (%2); it is not sent."_s,
             u"Das Token von %1 enthält ein Steuerzeichen (%2); es wird nicht gesendet."_s},
            {u"The API key of %1 contains a control character (%2); it is not sent."_s,
             u"Der API-Schlüssel von %1 enthält ein Steuerzeichen (%2); er wird nicht gesendet."_s}};
        Installed translation(german);
        const QString source =
            u"The "_s + words + u" of %1 contains a control character (%2); it is not sent."_s;
        QCOMPARE(session.unsendableSecret(), german.value(source).arg(u"lab"_s, u"line break"_s));
    }

    // The prompt asks in one sentence too.
    const QString question = SecretPrompt::question(kind, u"lab <west>"_s);
    QCOMPARE(question, u"The %1 for <b>lab &lt;west&gt;</b>:"_s.arg(words));
}

// "Filter by %1" with a lower-cased chip name read "Nach sichtbarkeit filtern" in German: the
// chips are named by whole sentences, which keep a noun's capital.
void TestSentences::filterChipsAreNamedInWholeSentences()
{
    Installed german({{u"Status"_s, u"Status"_s},
                      {u"Visibility"_s, u"Sichtbarkeit"_s},
                      {u"Format"_s, u"Format"_s},
                      {u"Filter by %1"_s, u"Nach %1 filtern"_s},
                      {u"Filter by status"_s, u"Nach Status filtern"_s},
                      {u"Filter by visibility"_s, u"Nach Sichtbarkeit filtern"_s},
                      {u"Filter by format"_s, u"Nach Format filtern"_s}});
    ImageTableModel images;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&images);
    FilterBar bar(&images, &proxy);
    QStringList names;
    for (const QToolButton* chip : bar.findChildren<QToolButton*>()) {
        if (chip->objectName().startsWith(u"chip"_s))
            names << chip->accessibleName();
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"Nach Format filtern"_s, u"Nach Sichtbarkeit filtern"_s,
                                 u"Nach Status filtern"_s}));
}

void TestSentences::noticeShowsItsOwnShortText_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<bool>("keychain"); // else: a settings file of a newer Skylight
    QTest::newRow("keychain, English") << false << true;
    QTest::newRow("keychain, Chinese") << true << true;
    QTest::newRow("newer settings, English") << false << false;
    QTest::newRow("newer settings, Chinese") << true << false;
}

// The status bar's notice was the message cut at its first '.': in Chinese (sentences end with
// '。') the whole paragraph, in English a cut in a detail ("org.freedesktop...") or a path
// ("Skylight.conf"). It is a short text of its own; the whole message stays in the tooltip.
void TestSentences::noticeShowsItsOwnShortText()
{
    QFETCH(bool, chinese);
    QFETCH(bool, keychain);
    std::optional<Installed> translation;
    if (chinese)
        translation.emplace(QHash<QString, QString>{
            {u"The system keychain cannot be reached (%1). Secrets are kept in memory for this session only "
             "and you will be asked again next time; nothing is written to disk."_s,
             u"无法访问系统密钥环（%1）。凭据仅在本次会话中保存在内存里，下次会再次询问；不会写入磁盘。"_s},
            {u"The system keychain cannot be reached: secrets are not kept."_s,
             u"无法访问系统密钥环：不保存凭据。"_s},
            {u"The settings file %1 was written by a newer version of Skylight (settings version %2; this "
             u"one "
             "knows up to %3). It is read as far as it is understood, and nothing is saved to it: window "
             "layout, folders and unfinished downloads are not kept."_s,
             u"设置文件 %1 由更新版本的 Skylight 写入（设置版本 %2；此版本最高支持 %3）。"
             "能读懂的部分会被读取，但不会保存任何内容：窗口布局、文件夹和未完成的下载都不会保留。"_s},
            {u"Settings are not saved: a newer Skylight wrote them."_s,
             u"不保存设置：它们由更新版本的 Skylight 写入。"_s},
            {u"⚠ %1"_s, u"⚠ %1"_s}});
    const QString expected =
        chinese ? (keychain ? u"⚠ 无法访问系统密钥环：不保存凭据。"_s
                            : u"⚠ 不保存设置：它们由更新版本的 Skylight 写入。"_s)
                : (keychain ? u"⚠ The system keychain cannot be reached: secrets are not kept."_s
                            : u"⚠ Settings are not saved: a newer Skylight wrote them."_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"Skylight.conf"_s);
    {
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(keychain ? "" : "[schema]\nversion=99\n");
    }
    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    QNetworkAccessManager nam;
    SecretStore secrets(u"skylight-test-sentences"_s, nullptr);
    CloudController clouds(&nam, nullptr, &secrets, TransportOptions());
    MainWindow window(&clouds);
    window.setSettings(&settings);
    QString whole;
    if (keychain) {
        whole =
            QCoreApplication::translate("Skylight::SecretStore",
                                        "The system keychain cannot be reached (%1). Secrets are kept in "
                                        "memory for this session only "
                                        "and you will be asked again next time; nothing is written to disk.")
                .arg(u"org.freedesktop.secrets was not provided by any .service files"_s);
        Q_EMIT secrets.keychainUnavailable(whole);
    } else {
        whole = settings.readOnlyReason();
    }
    QLabel* notice = window.noticeLabel();
    QVERIFY(!notice->isHidden());
    QCOMPARE(notice->text(), expected);
    QCOMPARE(notice->toolTip(), whole);
}

// The brackets, commas and colons around a message's details are the language's: full-width in
// Chinese, not ASCII glued in code.
void TestSentences::detailsUseTheLanguagesPunctuation()
{
    Installed chinese({{u"%1 (%2)"_s, u"%1（%2）"_s},
                       {u"%1, %2"_s, u"%1，%2"_s},
                       {u"HTTP %1"_s, u"HTTP %1"_s},
                       {u"request %1"_s, u"请求 %1"_s},
                       {u"retry after %1 s"_s, u"%1 秒后重试"_s},
                       {u"%1: %2"_s, u"%1：%2"_s},
                       {u"%1 (%2): %3"_s, u"%1（%2）：%3"_s},
                       {u"%1 Server said: %2"_s, u"%1服务器说：%2"_s}});
    ApiError error = ApiError::make(ApiError::Kind::OverLimit, u"请稍后再试。"_s);
    error.httpStatus = 429;
    error.requestId = u"req-1"_s;
    error.retryAfterSeconds = 5;
    QCOMPARE(error.describe(), u"请稍后再试。（HTTP 429，请求 req-1，5 秒后重试）"_s);
    QVERIFY(ApiError::fromHttpStatus(418, u"teapot"_s).message.endsWith(u"服务器说：teapot"_s));

    QCOMPARE((CloudConfigError{u"clouds.yaml"_s, u"clouds.a"_s, u"缺少 auth_url"_s, 3}).describe(),
             u"clouds.yaml:3（clouds.a）：缺少 auth_url"_s);
    QCOMPARE((CloudConfigError{u"clouds.yaml"_s, {}, u"无法读取"_s}).describe(), u"clouds.yaml：无法读取"_s);
}

void TestSentences::demoCloudListenErrorIsTranslated()
{
    DemoCloud first;
    QVERIFY(first.start());
    Installed chinese({{u"The demo cloud could not listen on %1."_s, u"演示云无法在 %1 上监听。"_s}});
    DemoCloud second;
    QVERIFY(!second.start(first.port()));
    QCOMPARE(second.errorString(), u"演示云无法在 127.0.0.1:%1 上监听。"_s.arg(first.port()));
}

void TestSentences::environmentSourceIsTranslated()
{
    Installed german({{u"environment (OS_*)"_s, u"Umgebung (OS_*)"_s}});
    QProcessEnvironment env;
    env.insert(u"OS_AUTH_URL"_s, u"https://keystone.example:5000/v3"_s);
    const std::optional<CloudProfile> profile = CloudsConfig::fromEnvironment(env);
    QVERIFY(profile.has_value());
    QCOMPARE(profile ? profile->source : QString(), u"Umgebung (OS_*)"_s);
}

QTEST_MAIN(TestSentences)
#include "tst_sentences.moc"
