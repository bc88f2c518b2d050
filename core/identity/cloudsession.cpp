// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cloudsession.h"

#include "adapters/adapterresolver.h"
#include "adapters/imageadapter.h"
#include "identity/cachedsession.h"
#include "identity/cloudconnector.h"
#include "identity/keystoneauthenticator.h"
#include "identity/renewingadapter.h"
#include "identity/secretkindtext.h"
#include "identity/secretstore.h"
#include "net/secretcheck.h"

#include <QCoreApplication>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// Keychain answers may arrive after the session is gone (a cloud removed while its secrets are
// being deleted), or after forget() (a new generation): they are then dropped.
template <class Callback>
SecretStore::Callback guarded(QObject* context, const int& generation, Callback callback)
{
    return [context = QPointer<QObject>(context), &generation, started = generation,
            callback = std::move(callback)](const SecretResult& result) {
        if (context && generation == started)
            callback(result);
    };
}
} // namespace

QString CloudSession::sessionKind()
{
    return u"session"_s;
}

CloudSession::CloudSession(QNetworkAccessManager* nam, CloudProfile profile, SecretStore* secrets,
                           TransportOptions options, Clock clock, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_clock(std::move(clock))
    , m_secretFromProfile(m_profile.auth.hasSecret())
{
    for (const QString& secret : {m_profile.auth.password, m_profile.auth.applicationCredentialSecret,
                                  m_profile.auth.token, m_profile.auth.apiKey})
        m_redactor.add(secret);
}

CloudSession::~CloudSession()
{
    // The adapter is a child: deleted with the session, right after its users were told.
    if (m_adapter)
        Q_EMIT adapterRetired(m_adapter);
}

void CloudSession::retireAdapter()
{
    ImageAdapter* adapter = std::exchange(m_adapter, nullptr);
    if (!adapter)
        return;
    Q_EMIT adapterRetired(adapter);
    adapter->deleteLater();
}

QString CloudSession::secretKind() const
{
    return KeystoneAuthenticator::secretKind(m_profile.auth);
}

void CloudSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString CloudSession::unsendableSecret() const
{
    const AuthSettings& auth = m_profile.auth;
    for (const QString& secret : {auth.password, auth.applicationCredentialSecret, auth.token, auth.apiKey}) {
        const QString which = controlCharacterIn(secret);
        if (!which.isEmpty()) {
            static constexpr SecretKindText::Sentences kUnsendable{
                "Skylight::CloudSession",
                QT_TRANSLATE_NOOP("Skylight::CloudSession",
                                  "The password of %1 contains a control character (%2); it is not sent."),
                QT_TRANSLATE_NOOP("Skylight::CloudSession",
                                  "The application credential secret of %1 contains a control character "
                                  "(%2); it is not sent."),
                QT_TRANSLATE_NOOP("Skylight::CloudSession",
                                  "The token of %1 contains a control character (%2); it is not sent."),
                QT_TRANSLATE_NOOP("Skylight::CloudSession",
                                  "The API key of %1 contains a control character (%2); it is not sent.")};
            return SecretKindText::sentence(kUnsendable, secretKind()).arg(m_profile.name, which);
        }
    }
    return {};
}

void CloudSession::later(std::function<void()> action)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, action = std::move(action)] {
            if (generation == m_generation) // not after forget()
                action();
        },
        Qt::QueuedConnection);
}

void CloudSession::dropSignIn()
{
    // Their handlers must not run any more: disconnected first, then stopped (then() still
    // deletes them once they have finished).
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->abort();
    }
    if (m_resolver) {
        m_resolver->disconnect(this);
        // An adapter made for nobody (the resolver had finished): not kept.
        if (m_resolver->isFinished() && m_resolver->result())
            m_resolver->result()->adapter->deleteLater();
        m_resolver->abort();
    }
    m_connector = nullptr;
    m_resolver = nullptr;
}

bool CloudSession::needsRefresh() const
{
    return m_state == State::SignedIn && m_expiresAt &&
           m_clock().secsTo(*m_expiresAt) <= kRefreshMarginSeconds;
}

void CloudSession::signIn()
{
    if (m_state == State::SigningIn)
        return;
    if (m_state == State::SignedIn && !needsRefresh()) {
        QMetaObject::invokeMethod(this, &CloudSession::ready, Qt::QueuedConnection);
        return;
    }
    m_lastError.reset();
    setState(State::SigningIn);
    if (!m_secrets) {
        // A direct endpoint given without a token (skylight --endpoint, OS_TOKEN unset) is browsed
        // without one, as given; a refusal then asks for a token (reauthenticate()).
        const bool direct = m_profile.auth.type == AuthSettings::Type::Token &&
                            m_profile.auth.authUrl.isEmpty() && !m_profile.imageEndpoint.isEmpty();
        if (m_profile.auth.hasSecret() || direct)
            authenticate(m_secretSource);
        else
            later([this] { askForSecret(QString()); });
        return;
    }
    // A session kept from an earlier run needs no identity service at all.
    m_secrets->read(m_profile.name, sessionKind(),
                    guarded(this, m_generation, [this](const SecretResult& cached) {
                        const auto session = cached ? CachedSession::fromText(*cached) : std::nullopt;
                        if (session && session->fingerprint == fingerprint() &&
                            session->usableAt(m_clock(), kRefreshMarginSeconds)) {
                            useEndpoint(session->endpoint, session->expiresAt, u"keychain"_s);
                            return;
                        }
                        if (m_profile.auth.hasSecret())
                            authenticate(m_secretSource);
                        else
                            readStoredSecret();
                    }));
}

QString CloudSession::fingerprint() const
{
    return m_secretFromProfile ? CachedSession::fingerprintWithSecret(
                                     m_profile, KeystoneAuthenticator::secret(m_profile.auth))
                               : CachedSession::fingerprintOf(m_profile);
}

void CloudSession::verifySecret()
{
    if (m_state == State::SigningIn || !m_profile.auth.hasSecret())
        return;
    m_lastError.reset();
    setState(State::SigningIn);
    authenticate(m_secretFromProfile ? SecretSource::Profile : m_secretSource);
}

void CloudSession::readStoredSecret()
{
    m_secrets->read(m_profile.secretName(), secretKind(),
                    guarded(this, m_generation, [this](const SecretResult& secret) {
                        if (secret && !secret->isEmpty()) {
                            m_redactor.add(*secret);
                            KeystoneAuthenticator::setSecret(m_profile.auth, *secret);
                            authenticate(SecretSource::Keychain);
                            return;
                        }
                        askForSecret(QString());
                    }));
}

void CloudSession::provideSecret(const QString& secret)
{
    if (m_connector) { // the sign-in under way is replaced, silently
        m_connector->disconnect(this);
        m_connector->abort();
        m_connector = nullptr;
    }
    m_redactor.add(secret);
    KeystoneAuthenticator::setSecret(m_profile.auth, secret);
    m_lastError.reset();
    m_renewing = false;
    setState(State::SigningIn);
    authenticate(SecretSource::User);
}

void CloudSession::reauthenticate()
{
    if (m_state == State::SigningIn)
        return;
    // A token just renewed and already refused: signing in again would only repeat that.
    if (m_tokenIssuedAt.isValid() && m_tokenIssuedAt.secsTo(m_clock()) < kFreshTokenSeconds &&
        !needsRefresh()) {
        const ApiError error = ApiError::make(
            ApiError::Kind::Unauthorized,
            QCoreApplication::translate(
                "Skylight::CloudSession",
                "The image service of %1 refuses the token the identity service has just issued; "
                "check the profile's project, region and role assignments.")
                .arg(m_profile.name));
        later([this, error] { fail(error); });
        return;
    }
    m_lastError.reset();
    const int generation = m_generation;
    setState(State::SigningIn);
    if (generation != m_generation) // forget() from a stateChanged() handler: it stays signed out
        return;
    m_renewing = true;
    const bool pastedToken = m_profile.auth.type == AuthSettings::Type::Token;
    if (pastedToken) {
        later([this] {
            askForSecret(
                QCoreApplication::translate("Skylight::CloudSession",
                                            "The token of %1 was refused or has expired; paste a new one.")
                    .arg(m_profile.name));
        });
        return;
    }
    if (m_profile.auth.hasSecret()) {
        authenticate(m_secretSource);
        return;
    }
    if (m_secrets)
        readStoredSecret();
    else
        later([this] { askForSecret(QString()); });
}

void CloudSession::authenticate(SecretSource source)
{
    m_secretSource = source;
    // A line break in a header would end it and start another: such a secret is never sent.
    if (const QString refused = unsendableSecret(); !refused.isEmpty()) {
        if (source == SecretSource::Profile) {
            later([this, refused] { fail(ApiError::make(ApiError::Kind::BadRequest, refused)); });
        } else {
            KeystoneAuthenticator::setSecret(m_profile.auth, QString());
            later([this, refused] { askForSecret(refused); });
        }
        return;
    }
    auto* connector = new CloudConnector(m_nam, m_profile, m_options, this);
    m_connector = connector;
    connector->then(this, [this, connector](const Result<ServiceEndpoint>& endpoint) {
        if (!endpoint) {
            // A refused secret from the keychain or the user: ask (again), saying why.
            if (endpoint.error().kind == ApiError::Kind::Unauthorized &&
                m_secretSource != SecretSource::Profile) {
                m_lastError = endpoint.error();
                static constexpr SecretKindText::Sentences kRefused{
                    "Skylight::CloudSession",
                    QT_TRANSLATE_NOOP("Skylight::CloudSession",
                                      "The password kept in the keychain was refused: %1"),
                    QT_TRANSLATE_NOOP(
                        "Skylight::CloudSession",
                        "The application credential secret kept in the keychain was refused: %1"),
                    QT_TRANSLATE_NOOP("Skylight::CloudSession",
                                      "The token kept in the keychain was refused: %1"),
                    QT_TRANSLATE_NOOP("Skylight::CloudSession",
                                      "The API key kept in the keychain was refused: %1")};
                askForSecret(
                    m_secretSource == SecretSource::Keychain
                        ? SecretKindText::sentence(kRefused, secretKind()).arg(endpoint.error().message)
                        : endpoint.error().message);
                return;
            }
            fail(endpoint.error());
            return;
        }
        std::optional<QDateTime> expires;
        if (connector->session())
            expires = connector->session()->expiresAt;
        // Only a token obtained by reauthenticate() counts as "just issued" for its guard.
        m_tokenIssuedAt = m_renewing ? m_clock() : QDateTime();
        m_renewing = false;
        const bool fromIdentity =
            !(m_profile.auth.type == AuthSettings::Type::Token && m_profile.auth.authUrl.isEmpty());
        const ServiceEndpoint signedIn = *endpoint;
        // Kept first, so that whoever reacts to ready() (the CLI may quit) finds them stored.
        keepSecrets(signedIn, expires, [this, signedIn, expires, fromIdentity] {
            useEndpoint(signedIn, expires,
                        fromIdentity
                            ? QCoreApplication::translate("Skylight::CloudSession", "identity service")
                            : u"profile"_s);
        });
    });
    connector->start();
}

void CloudSession::keepSecrets(const ServiceEndpoint& endpoint, std::optional<QDateTime> expiresAt,
                               std::function<void()> then)
{
    if (!m_secrets || !m_remember) {
        then();
        return;
    }
    // The token itself, so that the next start needs no identity service until it expires (a
    // pasted token is the secret itself and is kept as such).
    const bool pastedToken =
        m_profile.auth.type == AuthSettings::Type::Token && m_profile.auth.authUrl.isEmpty();
    auto keepSession = [this, endpoint, expiresAt, pastedToken, then] {
        if (!expiresAt || pastedToken) {
            then();
            return;
        }
        const CachedSession cached{endpoint, *expiresAt, fingerprint()};
        m_secrets->write(m_profile.name, sessionKind(), cached.toText(),
                         guarded(this, m_generation, [this, then](const SecretResult& stored) {
                             if (!stored && !m_storeProblem)
                                 m_storeProblem = stored.error().message;
                             then();
                         }));
    };
    if (m_secretSource != SecretSource::User) {
        keepSession();
        return;
    }
    const QString secret = KeystoneAuthenticator::secret(m_profile.auth);
    m_secrets->write(m_profile.secretName(), secretKind(), secret,
                     guarded(this, m_generation, [this, keepSession](const SecretResult& stored) {
                         if (!stored)
                             m_storeProblem = stored.error().message;
                         else if (!m_secrets->keychainAvailable())
                             m_storeProblem = m_secrets->unavailableReason();
                         keepSession();
                     }));
}

void CloudSession::useEndpoint(const ServiceEndpoint& given, std::optional<QDateTime> expiresAt,
                               const QString& source)
{
    // The profile says where Compute-family image data comes from (a kept session may predate it).
    ServiceEndpoint endpoint = given;
    endpoint.imageDataEndpoint = m_profile.imageDataEndpoint;
    m_redactor.add(endpoint.token);
    m_expiresAt = expiresAt;
    m_tokenSource = source;
    if (source == u"keychain"_s)
        m_tokenIssuedAt = QDateTime();
    // Same endpoint: the adapter only needs the new token; jobs started from now on use it.
    if (m_adapter && m_endpoint && m_endpoint->url == endpoint.url &&
        m_endpoint->projectId == endpoint.projectId) {
        m_endpoint = endpoint;
        m_adapter->setToken(endpoint.token);
        setState(State::SignedIn);
        Q_EMIT ready();
        return;
    }
    m_endpoint = endpoint;
    auto* resolver = new AdapterResolver(m_nam, endpoint, m_profile.dialect, m_options, this, this);
    m_resolver = resolver;
    resolver->then(this, [this](const Result<ResolvedAdapter>& resolved) {
        if (!resolved) {
            fail(resolved.error());
            return;
        }
        retireAdapter();
        // Its requests renew a refused token themselves, through this session.
        m_adapter = new RenewingAdapter(resolved->adapter, this, this);
        m_dialectNote = resolved->note;
        setState(State::SignedIn);
        Q_EMIT ready();
    });
    resolver->start();
}

void CloudSession::fail(const ApiError& error)
{
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT failed(error);
}

void CloudSession::askForSecret(const QString& reason)
{
    setState(State::NeedsSecret);
    // The reason may quote the identity service, which may echo the secret it refused.
    Q_EMIT secretRequired(secretKind(), m_redactor.redact(reason));
}

void CloudSession::forget()
{
    // Nothing of the sign-in under way runs afterwards: no handler, no keychain answer, nothing
    // queued (it would write the token back, or end the session Failed after it was signed out).
    ++m_generation;
    dropSignIn();
    m_renewing = false;
    if (!m_secretFromProfile)
        KeystoneAuthenticator::setSecret(m_profile.auth, QString());
    m_endpoint.reset();
    m_expiresAt.reset();
    m_tokenIssuedAt = QDateTime();
    m_lastError.reset();
    retireAdapter(); // before anyone can touch it again: the keychain answers later
    setState(State::SignedOut);
    if (!m_secrets) {
        QMetaObject::invokeMethod(this, &CloudSession::forgotten, Qt::QueuedConnection);
        return;
    }
    // The cloud's secrets, and this profile's own session when it is one region of the cloud.
    const auto forgetCloud = [this] {
        m_secrets->forget(m_profile.secretName(),
                          guarded(this, m_generation, [this](const SecretResult& result) {
                              if (!result)
                                  m_storeProblem = result.error().message;
                              Q_EMIT forgotten();
                          }));
    };
    if (m_profile.secretName() == m_profile.name) {
        forgetCloud();
        return;
    }
    m_secrets->forget(m_profile.name,
                      guarded(this, m_generation, [this, forgetCloud](const SecretResult& result) {
                          if (!result)
                              m_storeProblem = result.error().message;
                          forgetCloud();
                      }));
}

} // namespace Skylight
