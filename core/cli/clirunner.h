// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "cli/clioptions.h"
#include "identity/cloudprofile.h"
#include "net/secretredactor.h"
#include "net/transportoptions.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <optional>

class QIODevice;
class QNetworkAccessManager;

namespace Skylight {

class RangeSupport;

class CloudSession;
class ImageAdapter;
class SecretStore;
struct ApiError;

// Runs one CLI command and reports the exit status through finished(): signs in (--os-cloud, through
// a CloudSession: cached token, kept secret; its adapter renews a refused token once), resolves the
// endpoint's adapter (detecting the dialect for --api auto), then lists or shows. Output goes to `out`
// (results) and `err` (one `error:` line per failure), both injected.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(QNetworkAccessManager* nam, ServiceEndpoint endpoint, Dialect dialect,
              TransportOptions transport, CliOptions options, QIODevice* out, QIODevice* err,
              QObject* parent = nullptr);

    // Sign in to this cloud first and browse the endpoint its catalog gives (--os-cloud).
    void setCloudProfile(const CloudProfile& profile);
    // Where secrets live between runs (login, logout, and --os-cloud without a secret in files).
    void setSecretStore(SecretStore* store) { m_secrets = store; }
    // Where login reads the secret from (its first line).
    void setInput(QIODevice* in) { m_in = in; }
    // Show a progress line for downloads (standard error is a terminal).
    void setProgressLine(bool show) { m_progressLine = show; }
    // Where image endpoints that refuse byte ranges are remembered across runs (not owned).
    void setRangeSupport(RangeSupport* ranges) { m_ranges = ranges; }
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    CloudSession* makeSession();
    void signIn();
    void login();
    void loginWithProfileSecret(const QString& kind);
    void logout();
    void resolve();
    void run();
    void runList();
    void runShow();
    void runDownload();
    void runInspect();
    void runSharing();
    void fail(const ApiError& error);
    void done(int exitCode);
    void armDeadline();
    void onDeadline();
    void write(QIODevice* device, const QString& text);
    // Writes to the output; false (and the reason kept for the exit) once a write has failed.
    bool writeOut(const QByteArray& bytes);
    // The secrets known now: the endpoint's token, the profile's, and the session's (each token it
    // signed in with).
    SecretRedactor redactor() const;
    // Text built from a server's answer, as an error: or warning: line may show it: known secrets
    // replaced by "***", control characters escaped.
    QString shown(const QString& serverText) const;

    QNetworkAccessManager* m_nam;
    ServiceEndpoint m_endpoint;
    Dialect m_dialect;
    TransportOptions m_transport;
    ImageAdapter* m_adapter = nullptr;
    QString m_dialectNote;
    std::optional<CloudProfile> m_profile;
    SecretStore* m_secrets = nullptr;
    CloudSession* m_session = nullptr;
    QIODevice* m_in = nullptr;
    bool m_progressLine = false;
    RangeSupport* m_ranges = nullptr;
    // --deadline: when it passes, the running jobs are aborted and the command ends with status 6.
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    QTimer m_deadlineTimer;
    bool m_deadlinePassed = false;
    bool m_done = false;
    SecretRedactor m_redactor; // the token given (--endpoint), the profile's and the typed secrets
    CliOptions m_options;
    QIODevice* m_out;
    QIODevice* m_err;
    std::optional<QString> m_outError; // why the output could not be written
};

} // namespace Skylight
