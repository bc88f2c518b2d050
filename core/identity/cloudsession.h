// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "identity/cloudprofile.h"
#include "net/apierror.h"
#include "net/clock.h"
#include "net/secretredactor.h"
#include "net/transportoptions.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Skylight {

class AdapterResolver;
class CloudConnector;
class ImageAdapter;
class SecretStore;

// One cloud profile, signed in: where its token comes from (the keychain's cached session, the
// secret in the profile, the secret in the keychain, or the user), re-authentication once on a 401
// or shortly before the token expires, and the adapter that browses its images. Used by the GUI
// and the CLI alike; it never asks the user anything itself: secretRequired() says what is needed.
class CloudSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,
        SigningIn,
        NeedsSecret, // nothing to sign in with: provideSecret() goes on
        SignedIn,
        Failed, // lastError() says why
    };
    Q_ENUM(State)

    // Sign in again when the token expires within this many seconds.
    static constexpr int kRefreshMarginSeconds = 300;
    // A token renewed this recently that is refused is not renewed again: something else is wrong.
    static constexpr int kFreshTokenSeconds = 10;
    // The keychain kind of the cached session (token, expiry, endpoint).
    static QString sessionKind();

    CloudSession(QNetworkAccessManager* nam, CloudProfile profile, SecretStore* secrets,
                 TransportOptions options, Clock clock = systemClock(), QObject* parent = nullptr);
    ~CloudSession() override;

    const CloudProfile& profile() const { return m_profile; }
    State state() const { return m_state; }
    // Which secret the profile's sign-in uses: "password", "api_key", "token"...
    QString secretKind() const;
    // Whether a secret (from the profile, the keychain or the user) is known in this session.
    bool hasSecret() const { return m_profile.auth.hasSecret(); }
    // Keep what the user types (and the token) in the keychain. On by default.
    void setRememberSecret(bool remember) { m_remember = remember; }
    bool rememberSecret() const { return m_remember; }

    // When signed in: a RenewingAdapter over the dialect's adapter. Whoever keeps the adapter
    // drops it on adapterRetired().
    ImageAdapter* adapter() const { return m_adapter; }
    const std::optional<ServiceEndpoint>& endpoint() const { return m_endpoint; }
    std::optional<QDateTime> expiresAt() const { return m_expiresAt; }
    QString dialectNote() const { return m_dialectNote; }
    // How the current token was obtained: "keychain", "identity service" or "profile".
    QString tokenSource() const { return m_tokenSource; }

    const std::optional<ApiError>& lastError() const { return m_lastError; }
    // Every secret this session has known (the profile's, the keychain's, what the user typed,
    // each token it signed in with): what messages shown to a person are redacted with.
    const SecretRedactor& redactor() const { return m_redactor; }
    // Why the session's secret cannot be sent (it contains a control character), or empty.
    QString unsendableSecret() const;
    // A problem with keeping a secret (the keychain refused it or is unreachable), if any.
    const std::optional<QString>& storeProblem() const { return m_storeProblem; }

    // Cached session from the keychain if still valid (also when the profile holds the secret: its
    // token was kept by an earlier sign-in), else sign in with the profile's or the keychain's
    // secret, else NeedsSecret.
    void signIn();
    // Sign in with the secret already known (the profile's), never with a kept token: checks it
    // with the identity service (`login`). Does nothing without a secret.
    void verifySecret();
    // The user typed the secret: sign in with it; when that works and rememberSecret(), keep it.
    void provideSecret(const QString& secret);
    // A request was refused (401), or the token is about to expire: sign in again with the known
    // secret, once. adapter()'s requests call it themselves on a 401 (RenewingAdapter) and are
    // sent again once; nobody else needs to.
    void reauthenticate();
    bool needsRefresh() const;
    // Sign out and remove every secret of this profile from the keychain.
    void forget();

Q_SIGNALS:
    void stateChanged(Skylight::CloudSession::State state);
    // Signed in and adapter() is ready (after signIn(), provideSecret() or reauthenticate()).
    void ready();
    // Signing in needs a secret of this kind; `reason` says why in a sentence (or is empty).
    void secretRequired(const QString& kind, const QString& reason);
    void failed(const Skylight::ApiError& error);
    // The adapter stops being this session's (forget(), another endpoint after signing in again,
    // the session's end): whoever holds it drops it now. It is deleted later, from the event loop,
    // so it outlives this signal and every call under way that reached it before.
    void adapterRetired(Skylight::ImageAdapter* adapter);
    // forget() has also removed the secrets from the keychain (adapterRetired() came before).
    void forgotten();

private:
    enum class SecretSource
    {
        Profile,
        Keychain,
        User,
    };
    void setState(State state);
    void readStoredSecret();
    // What a kept session must match to be used (CachedSession).
    QString fingerprint() const;
    void authenticate(SecretSource source);
    void useEndpoint(const ServiceEndpoint& endpoint, std::optional<QDateTime> expiresAt,
                     const QString& source);
    void keepSecrets(const ServiceEndpoint& endpoint, std::optional<QDateTime> expiresAt,
                     std::function<void()> then);
    void fail(const ApiError& error);
    void askForSecret(const QString& reason);
    // adapter() becomes null; adapterRetired(), then the old adapter is deleted later.
    void retireAdapter();
    // Runs `action` from the event loop, unless forget() came first.
    void later(std::function<void()> action);
    // Stops the connector and the resolver under way; none of their handlers runs afterwards.
    void dropSignIn();

    QNetworkAccessManager* m_nam;
    CloudProfile m_profile;
    QPointer<SecretStore> m_secrets;
    TransportOptions m_options;
    Clock m_clock;
    State m_state = State::SignedOut;
    bool m_remember = true;
    bool m_secretFromProfile = false;
    SecretSource m_secretSource = SecretSource::Profile;
    QPointer<CloudConnector> m_connector;
    QPointer<AdapterResolver> m_resolver;
    ImageAdapter* m_adapter = nullptr;
    std::optional<ServiceEndpoint> m_endpoint;
    std::optional<QDateTime> m_expiresAt;
    QDateTime m_tokenIssuedAt; // when reauthenticate() last obtained a token
    bool m_renewing = false;
    QString m_dialectNote;
    QString m_tokenSource;
    std::optional<ApiError> m_lastError;
    std::optional<QString> m_storeProblem;
    SecretRedactor m_redactor;
    int m_generation = 0; // forget() starts a new one: what the old one asked for is dropped
};

} // namespace Skylight
