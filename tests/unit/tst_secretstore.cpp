// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/secretstore.h"
#include "settings/appsettings.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// Runs twice under CTest: against the real Secret Service (gnome-keyring on a private session
// bus, SKYLIGHT_EXPECT_KEYCHAIN=1) and with no session bus at all (SKYLIGHT_EXPECT_KEYCHAIN=0),
// where secrets must live in memory only, with one clear message.
class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writeReadForget();
    void profilesAreSeparate();
    void noSecretReachesAnyFile();
    void chunksFitOneEntry_data();
    void chunksFitOneEntry();
    void longValuesAreChunked();

private:
    SecretResult wait(const std::function<void(SecretStore::Callback)>& call);
    bool expectKeychain() const { return qEnvironmentVariable("SKYLIGHT_EXPECT_KEYCHAIN") != u"0"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<SecretStore> m_store;
    QString m_profile;
};

void TestSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"skylight.conf"_s), QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    m_store = std::make_unique<SecretStore>(u"skylight-test"_s, m_appSettings.get());
    m_profile = u"cloud-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()); // unique in the shared keyring
}

SecretResult TestSecretStore::wait(const std::function<void(SecretStore::Callback)>& call)
{
    std::optional<SecretResult> result;
    int calls = 0;
    call([&](const SecretResult& value) {
        result = value;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::unexpected(SecretError{SecretError::Kind::Other, u"timed out"_s});
    QTest::qWait(20);
    if (calls != 1)
        return std::unexpected(SecretError{SecretError::Kind::Other, u"callback ran %1 times"_s.arg(calls)});
    return *result;
}

void TestSecretStore::writeReadForget()
{
    QSignalSpy unavailable(m_store.get(), &SecretStore::keychainUnavailable);
    const QString secret = u"pässwörd-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    auto written = wait([&](auto done) { m_store->write(m_profile, u"password"_s, secret, done); });
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    QCOMPARE(m_store->keychainAvailable(), expectKeychain());
    QCOMPARE(unavailable.count(), expectKeychain() ? 0 : 1);
    if (!expectKeychain()) {
        QVERIFY(m_store->unavailableReason().contains(u"memory"_s));
        QVERIFY(m_store->unavailableReason().contains(u"nothing is written to disk"_s));
    }

    auto read = wait([&](auto done) { m_store->read(m_profile, u"password"_s, done); });
    QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error().message));
    QCOMPARE(*read, secret);

    // A second write replaces, and the message is not repeated.
    wait([&](auto done) { m_store->write(m_profile, u"password"_s, u"second"_s, done); });
    QCOMPARE(*wait([&](auto done) { m_store->read(m_profile, u"password"_s, done); }), u"second"_s);
    QCOMPARE(unavailable.count(), expectKeychain() ? 0 : 1);

    wait([&](auto done) { m_store->write(m_profile, u"token"_s, u"gAAAA-token"_s, done); });
    if (expectKeychain())
        QCOMPARE(m_store->knownKinds(m_profile), (QStringList{u"password"_s, u"token"_s}));

    auto forgotten = wait([&](auto done) { m_store->forget(m_profile, done); });
    QVERIFY(forgotten.has_value());
    QVERIFY(m_store->knownKinds(m_profile).isEmpty());
    for (const QString& kind : {u"password"_s, u"token"_s}) {
        const auto gone = wait([&](auto done) { m_store->read(m_profile, kind, done); });
        QVERIFY(!gone.has_value());
        QVERIFY(gone.error().kind == SecretError::Kind::NotFound ||
                gone.error().kind == SecretError::Kind::Unavailable);
    }
}

void TestSecretStore::profilesAreSeparate()
{
    const QString other = m_profile + u"-other"_s;
    wait([&](auto done) { m_store->write(m_profile, u"password"_s, u"one"_s, done); });
    wait([&](auto done) { m_store->write(other, u"password"_s, u"two"_s, done); });
    QCOMPARE(*wait([&](auto done) { m_store->read(m_profile, u"password"_s, done); }), u"one"_s);
    QCOMPARE(*wait([&](auto done) { m_store->read(other, u"password"_s, done); }), u"two"_s);
    wait([&](auto done) { m_store->forget(m_profile, done); });
    QCOMPARE(*wait([&](auto done) { m_store->read(other, u"password"_s, done); }), u"two"_s);
    wait([&](auto done) { m_store->forget(other, done); });
}

void TestSecretStore::noSecretReachesAnyFile()
{
    const QByteArray secret = "sentinel-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    wait([&](auto done) { m_store->write(m_profile, u"api_key"_s, QString::fromLatin1(secret), done); });
    m_settings->sync();
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(!expectKeychain() || files >= 1); // the index was written, without the value
    wait([&](auto done) { m_store->forget(m_profile, done); });
}

void TestSecretStore::chunksFitOneEntry_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << u"gAAAAABk-token"_s;
    QTest::newRow("exactly one chunk") << QString(SecretStore::kChunkChars, u'x');
    QTest::newRow("one more") << QString(SecretStore::kChunkChars + 1, u'x');
    QTest::newRow("PKI-sized token") << QString(9000, u'M');
    QTest::newRow("three-byte characters") << QString(3000, QChar(0x20AC)); // €
    // A pair straddling a chunk boundary must stay together.
    QTest::newRow("surrogate pairs") << (u"a"_s + QString::fromUcs4(U"\U0001F511").repeated(1500));
}

void TestSecretStore::chunksFitOneEntry()
{
    QFETCH(QString, value);
    const QStringList chunks = SecretStore::chunksOf(value);
    QVERIFY(!chunks.isEmpty());
    QCOMPARE(chunks.join(QString()), value);
    for (const QString& chunk : chunks) {
        QVERIFY(chunk.toUtf8().size() <= 2560); // CRED_MAX_CREDENTIAL_BLOB_SIZE
        QVERIFY(chunk.size() * 2 <= 2560);      // and in UTF-16
        QVERIFY(chunk.isEmpty() || !chunk.back().isHighSurrogate());
        QVERIFY(chunk.isEmpty() || !chunk.front().isLowSurrogate());
    }
}

void TestSecretStore::longValuesAreChunked()
{
    QString longToken = u"MIIT"_s;
    for (int i = 0; longToken.size() < 12000; ++i)
        longToken += QString::number(i * 7919, 36);
    longToken += QString::fromUcs4(U"\U0001F511");
    auto written = wait([&](auto done) { m_store->write(m_profile, u"token"_s, longToken, done); });
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    auto read = wait([&](auto done) { m_store->read(m_profile, u"token"_s, done); });
    QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->size(), longToken.size());
    QCOMPARE(*read, longToken);
    if (expectKeychain()) {
        QCOMPARE(m_store->knownKinds(m_profile), QStringList{u"token"_s});
        // The index holds the head and its chunks, so that forgetting removes them all.
        m_settings->beginGroup(u"secretIndex"_s);
        const QStringList indexed = m_settings->value(m_profile).toStringList();
        m_settings->endGroup();
        QCOMPARE(indexed.size(), 1 + SecretStore::chunksOf(longToken).size());
    }

    // A short value replaces the chunks and leaves none behind.
    wait([&](auto done) { m_store->write(m_profile, u"token"_s, u"short"_s, done); });
    QCOMPARE(*wait([&](auto done) { m_store->read(m_profile, u"token"_s, done); }), u"short"_s);
    if (expectKeychain()) {
        m_settings->beginGroup(u"secretIndex"_s);
        QCOMPARE(m_settings->value(m_profile).toStringList(), QStringList{u"token"_s});
        m_settings->endGroup();
        const auto staleChunk = wait([&](auto done) { m_store->read(m_profile, u"token#1"_s, done); });
        QVERIFY(!staleChunk.has_value());
        QCOMPARE(staleChunk.error().kind, SecretError::Kind::NotFound);
    }

    // Chunked again, then forgotten: no part remains.
    wait([&](auto done) { m_store->write(m_profile, u"token"_s, longToken, done); });
    QVERIFY(wait([&](auto done) { m_store->forget(m_profile, done); }).has_value());
    for (const QString& kind : {u"token"_s, u"token#1"_s, u"token#2"_s}) {
        const auto gone = wait([&](auto done) { m_store->read(m_profile, kind, done); });
        QVERIFY(!gone.has_value());
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
