// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <expected>
#include <functional>

namespace Skylight {

class AppSettings;

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
// keys scoped by cloud profile ("<profile>/<kind>"), with an index of the keys in the settings (never
// the values) so that forgetting a cloud removes them all. QtKeychain's plaintext fallback is off.
// When no keychain can be reached (no session bus, no Secret Service), secrets are kept in
// memory for this session only and keychainUnavailable() says so, once, in plain words.
// Values longer than one keychain entry may hold (Windows Credential Manager: 2,560 bytes) are
// split into chunks "<key>#1".."<key>#N" under a head entry naming their count; every platform
// does the same, so the chunking is tested where the tests run.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult&)>;

    SecretStore(QString service, AppSettings* index, QObject* parent = nullptr);

    // Asynchronous; `done` runs once, from the event loop. Write and forget report "" on success.
    void write(const QString& profile, const QString& kind, const QString& value, Callback done);
    void read(const QString& profile, const QString& kind, Callback done);
    void forget(const QString& profile, Callback done);

    // The kinds of secret stored for `profile` ("password", "token"...), from the index.
    QStringList knownKinds(const QString& profile) const;
    bool keychainAvailable() const { return m_available; }
    // Keychain jobs under way. The store must outlive them (QtKeychain's backends call back
    // into their job): tests wait for 0 before destroying it.
    int pendingJobs() const { return m_pending; }
    QString unavailableReason() const { return m_reason; }
    // The same in a few words, for a status bar (translated whole, never cut from the reason).
    static QString unavailableSummary();

    // Characters per keychain entry: 800 UTF-16 code units stay under 2,560 bytes in UTF-8 too.
    static constexpr qsizetype kChunkChars = 800;
    static QStringList chunksOf(const QString& value);

Q_SIGNALS:
    void keychainUnavailable(const QString& reason);

private:
    static QString keyFor(const QString& profile, const QString& kind);
    static QString chunkKind(const QString& kind, qsizetype index);
    QStringList indexedKinds(const QString& profile) const;
    void writeEntries(const QString& profile, QList<std::pair<QString, QString>> entries, Callback done);
    void readChunks(QString profile, QString kind, qsizetype index, qsizetype count, QString collected,
                    Callback done);
    void readEntry(const QString& key, Callback done);
    void remember(const QString& profile, const QString& kind, bool present);
    void markUnavailable(const QString& detail);
    void deleteKeys(const QStringList& keys, Callback done);

    void track(QObject* job);

    QString m_service;
    int m_pending = 0;
    AppSettings* m_index;
    bool m_available = true;
    QString m_reason;
    QHash<QString, QString> m_memory; // only while the keychain is unavailable
};

} // namespace Skylight
