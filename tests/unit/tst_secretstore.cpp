#include "secretstore.h"

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

private:
    SecretResult wait(const std::function<void(SecretStore::Callback)>& call);
    bool expectKeychain() const { return qEnvironmentVariable("SKYLIGHT_EXPECT_KEYCHAIN") != u"0"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_store;
    QString m_profile;
};

void TestSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"skylight.conf"_s), QSettings::IniFormat);
    m_store = std::make_unique<SecretStore>(u"skylight-test"_s, m_settings.get());
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

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
