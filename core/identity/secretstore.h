#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <expected>
#include <functional>

class QSettings;

namespace Skylight {

struct SecretError
{
    enum class Kind
    {
        NotFound,
        Unavailable,
        Denied,
        Other
    };
    Kind kind = Kind::Other;
    QString message;
};

using SecretResult = std::expected<QString, SecretError>;

// Tokens, passwords, API keys and application-credential secrets in the OS keychain through
// QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows), under
// keys scoped by cloud profile ("<profile>/<kind>"), with an index of the keys in QSettings (never
// the values) so that forgetting a cloud removes them all. QtKeychain's plaintext fallback is off.
// When no keychain can be reached (no session bus, no Secret Service), secrets are kept in
// memory for this session only and keychainUnavailable() says so, once, in plain words.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult&)>;

    SecretStore(QString service, QSettings* index, QObject* parent = nullptr);

    // Asynchronous; `done` runs once, from the event loop. Write and forget report "" on success.
    void write(const QString& profile, const QString& kind, const QString& value, Callback done);
    void read(const QString& profile, const QString& kind, Callback done);
    void forget(const QString& profile, Callback done);

    QStringList knownKinds(const QString& profile) const;
    bool keychainAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

Q_SIGNALS:
    void keychainUnavailable(const QString& reason);

private:
    static QString keyFor(const QString& profile, const QString& kind);
    void remember(const QString& profile, const QString& kind, bool present);
    void markUnavailable(const QString& detail);
    void deleteKeys(const QStringList& keys, Callback done);

    QString m_service;
    QSettings* m_index;
    bool m_available = true;
    QString m_reason;
    QHash<QString, QString> m_memory; // only while the keychain is unavailable
};

} // namespace Skylight
