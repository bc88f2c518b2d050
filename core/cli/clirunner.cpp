// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirunner.h"

#include "adapters/adapterresolver.h"
#include "adapters/imageadapter.h"
#include "adapters/imagelistloader.h"
#include "cli/clicloudinfo.h"
#include "cli/clidownload.h"
#include "cli/cliinspect.h"
#include "cli/clisession.h"
#include "cli/clishare.h"
#include "cli/exitcode.h"
#include "cli/imagelistprinter.h"
#include "cli/imagetextformat.h"
#include "cli/skippedwarning.h"
#include "identity/cloudsession.h"
#include "identity/keystoneauthenticator.h"
#include "identity/secretstore.h"
#include "image/imagerecordjson.h"
#include "image/redaction.h"
#include "net/secretcheck.h"
#include "net/terminaltext.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>
#include <chrono>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CliRunner::CliRunner(QNetworkAccessManager* nam, ServiceEndpoint endpoint, Dialect dialect,
                     TransportOptions transport, CliOptions options, QIODevice* out, QIODevice* err,
                     QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_dialect(dialect)
    , m_transport(std::move(transport))
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
{
    // --image-endpoint: where Compute-family image data is fetched, with the token.
    if (!m_options.imageEndpoint.isEmpty())
        m_endpoint.imageDataEndpoint = m_options.imageEndpoint;
    m_redactor.add(m_endpoint.token);
}

void CliRunner::setCloudProfile(const CloudProfile& profile)
{
    m_profile = profile;
    const AuthSettings& auth = profile.auth;
    for (const QString& secret : {auth.password, auth.applicationCredentialSecret, auth.token, auth.apiKey})
        m_redactor.add(secret);
}

SecretRedactor CliRunner::redactor() const
{
    SecretRedactor known = m_redactor;
    if (m_session)
        known.merge(m_session->redactor());
    return known;
}

QString CliRunner::shown(const QString& serverText) const
{
    return terminalSafe(redactor().redact(serverText));
}

void CliRunner::start()
{
    if (m_options.deadlineSeconds > 0) {
        m_deadline = QDeadlineTimer(std::chrono::seconds(m_options.deadlineSeconds));
        m_deadlineTimer.setSingleShot(true);
        connect(&m_deadlineTimer, &QTimer::timeout, this, &CliRunner::onDeadline);
        armDeadline();
    }
    if (m_options.command == u"login"_s) {
        login();
        return;
    }
    if (m_options.command == u"logout"_s) {
        logout();
        return;
    }
    if (!m_profile) {
        resolve();
        return;
    }
    signIn();
}

CloudSession* CliRunner::makeSession()
{
    if (!m_session) {
        CloudProfile profile = *m_profile;
        if (!m_options.imageEndpoint.isEmpty()) // the command line wins over the profile
            profile.imageDataEndpoint = m_options.imageEndpoint;
        m_session = new CloudSession(m_nam, profile, m_secrets, m_transport, systemClock(), this);
    }
    return m_session;
}

void CliRunner::signIn()
{
    CloudSession* session = makeSession();
    connect(session, &CloudSession::ready, this, [this, session] {
        // Later ready()s are renewed tokens: the adapter's requests are already sent again.
        if (m_adapter)
            return;
        m_adapter = session->adapter();
        const Dialect asked = m_dialect == Dialect::Auto ? m_profile->dialect : m_dialect;
        m_dialectNote = asked == Dialect::Auto ? u"("_s + session->dialectNote() + u')' : QString();
        run();
    });
    // Once the command runs, a failed renewal is reported by the request it failed (a listing
    // then closes what it has printed first), not by the session.
    connect(session, &CloudSession::failed, this, [this](const ApiError& error) {
        if (!m_adapter)
            fail(error);
    });
    connect(session, &CloudSession::secretRequired, this, [this](const QString& kind, const QString& reason) {
        if (m_adapter)
            return;
        const QString why =
            reason.isEmpty() ? u"no %1 is known for cloud %2"_s.arg(kind, m_profile->name) : reason;
        write(m_err, u"error: %1. Run: skylight-cli login --os-cloud %2 (or put it in secure.yaml).\n"_s.arg(
                         shown(why.endsWith(u'.') ? why.chopped(1) : why), m_profile->name));
        done(static_cast<int>(ExitCode::Unauthorized));
    });
    session->signIn();
}

void CliRunner::login()
{
    const QString kind = KeystoneAuthenticator::secretKind(m_profile->auth);
    if (m_profile->auth.hasSecret()) {
        loginWithProfileSecret(kind);
        return;
    }
    const QString secret = readSecretLine(m_in, m_err, u"%1 for cloud %2: "_s.arg(kind, m_profile->name));
    if (secret.isEmpty()) {
        write(
            m_err,
            u"error: no %1 given (type it at the prompt, or give it as the first line of standard input).\n"_s
                .arg(kind));
        QMetaObject::invokeMethod(
            this, [this] { done(static_cast<int>(ExitCode::Usage)); }, Qt::QueuedConnection);
        return;
    }
    // Before any request: a control character would end up in a header (or cut the secret).
    if (const QString refused = unsendableSecret(u"The %1 read from standard input"_s.arg(kind), secret);
        !refused.isEmpty()) {
        write(m_err, u"error: "_s + refused + u'\n');
        QMetaObject::invokeMethod(
            this, [this] { done(static_cast<int>(ExitCode::Usage)); }, Qt::QueuedConnection);
        return;
    }
    m_redactor.add(secret);
    // The session checks the secret with the identity service before keeping it.
    CloudSession* session = makeSession();
    connect(session, &CloudSession::ready, this, [this, session, kind] {
        if (session->storeProblem() || !m_secrets->keychainAvailable()) {
            const QString why = session->storeProblem().value_or(m_secrets->unavailableReason());
            write(m_err, u"error: signed in, but the %1 could not be kept: %2\n"_s.arg(
                             kind, shown(why.section(u'.', 0, 0))));
            done(static_cast<int>(ExitCode::LocalIo));
            return;
        }
        write(m_out, u"Signed in to %1; the %2 is in the system keychain.\n"_s.arg(m_profile->name, kind));
        done(static_cast<int>(ExitCode::Ok));
    });
    connect(session, &CloudSession::failed, this, &CliRunner::fail);
    connect(session, &CloudSession::secretRequired, this, [this, session] {
        fail(session->lastError().value_or(
            ApiError::make(ApiError::Kind::Unauthorized, u"The identity service refused the sign-in."_s)));
    });
    session->provideSecret(secret);
}

// The secret is in secure.yaml, clouds.yaml or OS_*: it stays there. Signing in checks it with the
// identity service; what the keychain keeps is the token it gave (so that later commands need no
// identity service until it expires), never the secret.
void CliRunner::loginWithProfileSecret(const QString& kind)
{
    // A path or a variable's name: a folder's name may hold control characters.
    const QString origin =
        terminalSafe(m_profile->secretOrigin.isEmpty() ? m_profile->source : m_profile->secretOrigin);
    const QString cloud = terminalSafe(m_profile->name);
    CloudSession* session = makeSession();
    connect(session, &CloudSession::ready, this, [this, session, kind, origin, cloud] {
        const std::optional<QDateTime> expires = session->expiresAt();
        if (!expires) {
            write(m_out,
                  u"Signed in to %1 with the %2 from %3; the identity service gave no expiry, so "
                  "nothing was kept: later commands sign in with it again.\n"_s.arg(cloud, kind, origin));
            done(static_cast<int>(ExitCode::Ok));
            return;
        }
        if (session->storeProblem() || !m_secrets->keychainAvailable()) {
            const QString why = session->storeProblem().value_or(m_secrets->unavailableReason());
            write(m_err, u"error: signed in with the %1 from %2, but the token could not be kept: %3\n"_s.arg(
                             kind, origin, shown(why.section(u'.', 0, 0))));
            done(static_cast<int>(ExitCode::LocalIo));
            return;
        }
        write(m_out, u"Signed in to %1 with the %2 from %3; the token (valid until %4) is in the system "
                     "keychain, the %2 stays where it is.\n"_s.arg(cloud, kind, origin,
                                                                   expires->toUTC().toString(Qt::ISODate)));
        done(static_cast<int>(ExitCode::Ok));
    });
    connect(session, &CloudSession::failed, this, [this, kind, origin](const ApiError& error) {
        ApiError refused = error;
        if (error.kind == ApiError::Kind::Unauthorized)
            refused.message = u"The %1 from %2 was refused: %3"_s.arg(kind, origin, error.message);
        fail(refused);
    });
    connect(session, &CloudSession::secretRequired, this, [this, session, kind, origin] {
        fail(session->lastError().value_or(
            ApiError::make(ApiError::Kind::Unauthorized,
                           u"The identity service refused the %1 from %2."_s.arg(kind, origin))));
    });
    session->verifySecret();
}

void CliRunner::logout()
{
    CloudSession* session = makeSession();
    connect(session, &CloudSession::forgotten, this, [this, session] {
        if (session->storeProblem()) {
            write(m_err, u"error: "_s + shown(*session->storeProblem()) + u'\n');
            done(static_cast<int>(ExitCode::LocalIo));
            return;
        }
        write(m_out, u"Removed the secrets of %1 from the system keychain.\n"_s.arg(m_profile->name));
        done(static_cast<int>(ExitCode::Ok));
    });
    session->forget();
}

void CliRunner::resolve()
{
    auto* resolver = new AdapterResolver(m_nam, m_endpoint, m_dialect, m_transport, this, this);
    resolver->then(this, [this](const Result<ResolvedAdapter>& resolved) {
        if (!resolved) {
            fail(resolved.error());
            return;
        }
        m_adapter = resolved->adapter;
        m_dialectNote = m_dialect == Dialect::Auto ? u"("_s + resolved->note + u')' : QString();
        run();
    });
    resolver->start();
}

void CliRunner::run()
{
    if (CliCloudInfo::handles(m_options)) { // tasks, stores, usage; download --store (issue 18)
        auto* info = new CliCloudInfo(m_adapter, m_options, m_out, m_err, this);
        info->setRedactor(redactor());
        connect(info, &CliCloudInfo::succeeded, this, [this, info](int exitCode) {
            info->deleteLater();
            done(exitCode);
        });
        connect(info, &CliCloudInfo::failed, this, [this, info](const ApiError& error) {
            info->deleteLater();
            fail(error);
        });
        info->start();
        return;
    }
    if (m_options.command == u"list"_s)
        runList();
    else if (m_options.command == u"download"_s)
        runDownload();
    else if (m_options.command == u"inspect"_s)
        runInspect();
    else if (m_options.command == u"members"_s || m_options.command == u"share"_s)
        runSharing();
    else
        runShow();
}

void CliRunner::runList()
{
    if (!m_options.scope.isDefault() && !m_adapter->hasListScope()) {
        write(m_err,
              u"error: --visibility, --member-status and --hidden need the Image API v2 (glance-v2); this "
              u"cloud speaks %1, which has no visibility scope.\n"_s.arg(dialectName(m_adapter->dialect())));
        QMetaObject::invokeMethod(
            this, [this] { done(static_cast<int>(ExitCode::Usage)); }, Qt::QueuedConnection);
        return;
    }
    PageRequest first;
    first.scope = m_options.scope;
    first.limit = m_options.limit;
    first.sort = m_options.sort;
    first.filters = m_options.filters;
    // --all: every page (--limit is then the page size); --limit N: at most N images, over as many
    // pages as the server needs; neither: the server's first page. Never more than --max-images.
    const qsizetype maxImages = m_options.all ? -1 : (m_options.limit > 0 ? m_options.limit : -1);
    const bool followNext = m_options.all || m_options.limit > 0;

    // Each page is printed as it comes and then dropped: memory stays flat in the number of images.
    // Within a page too: its entries are read, printed and dropped a few hundred at a time.
    auto* loader = new ImageListLoader(m_adapter, this);
    loader->setImageCap(m_options.maxImages);
    loader->setStreamEntries(true);
    auto printer = std::make_shared<ImageListPrinter>(
        m_options.format == u"json"_s ? ImageListPrinter::Format::Json : ImageListPrinter::Format::Table);
    const auto print = [this, loader](const QByteArray& text) {
        if (writeOut(text))
            return;
        loader->disconnect(this);
        loader->stop(); // its pages in flight are aborted, the one being read is left
        loader->deleteLater();
        done(static_cast<int>(ExitCode::LocalIo));
    };
    connect(loader, &ImageListLoader::pageLoaded, this,
            [printer, print](const QList<ImageRecord>& images) { print(printer->part(images)); });
    connect(loader, &ImageListLoader::pageEnded, this, [printer, print] { print(printer->endPage()); });
    connect(loader, &ImageListLoader::entriesSkipped, this,
            [this](int page, qsizetype count, const QStringList& reasons) {
                write(m_err, redactor().redact(skippedEntriesWarning(page, count, reasons)));
            });
    connect(loader, &ImageListLoader::finished, this, [this, loader, printer] {
        loader->deleteLater();
        const bool printed = !printer->beginning();
        // Begun output is closed (a JSON array stays valid JSON), then the failure is said.
        if ((printed || !loader->error()) && !writeOut(printer->end())) {
            done(static_cast<int>(ExitCode::LocalIo));
            return;
        }
        if (loader->error()) {
            fail(*loader->error());
            return;
        }
        if (loader->stoppedAtCap()) {
            write(m_err,
                  u"error: stopped after %1 images: the server kept sending pages; --max-images "
                  u"raises the limit.\n"_s.arg(QLocale(QLocale::English).toString(loader->loadedCount())));
            done(static_cast<int>(ExitCode::ApiFailure));
            return;
        }
        done(static_cast<int>(ExitCode::Ok));
    });
    loader->start(first, maxImages, followNext);
}

void CliRunner::runDownload()
{
    auto* download =
        new CliDownload(m_nam, m_adapter, m_transport, m_options, m_out, m_err, m_progressLine, this);
    download->setRangeSupport(m_ranges);
    download->setRedactor(redactor());
    connect(download, &CliDownload::succeeded, this, [this, download] {
        download->deleteLater();
        done(static_cast<int>(ExitCode::Ok));
    });
    connect(download, &CliDownload::failed, this, [this, download](const ApiError& error) {
        download->deleteLater();
        fail(error);
    });
    download->start();
}

void CliRunner::runInspect()
{
    auto* inspect = new CliInspect(m_nam, m_adapter, m_transport, m_options, m_out, m_err, this);
    inspect->setRangeSupport(m_ranges);
    inspect->setRedactor(redactor());
    connect(inspect, &CliInspect::succeeded, this, [this, inspect](int exitCode) {
        inspect->deleteLater();
        done(exitCode);
    });
    connect(inspect, &CliInspect::failed, this, [this, inspect](const ApiError& error) {
        inspect->deleteLater();
        fail(error);
    });
    inspect->start();
}

void CliRunner::runSharing()
{
    // The user's project: --project-id, else the signed-in session's (else CliShare asks the server).
    QString projectId = m_options.projectId;
    if (projectId.isEmpty() && m_session && m_session->endpoint())
        projectId = m_session->endpoint()->projectId;
    auto* sharing = new CliShare(m_adapter, m_options, projectId, this);
    connect(sharing, &CliShare::output, this, [this, sharing](const QByteArray& text) {
        if (!writeOut(text)) {
            sharing->deleteLater();
            done(static_cast<int>(ExitCode::LocalIo));
        }
    });
    connect(sharing, &CliShare::warning, this,
            [this](const QString& line) { write(m_err, redactor().redact(line)); });
    connect(sharing, &CliShare::succeeded, this, [this, sharing] {
        sharing->deleteLater();
        done(static_cast<int>(ExitCode::Ok));
    });
    connect(sharing, &CliShare::failed, this, [this, sharing](const ApiError& error) {
        sharing->deleteLater();
        fail(error);
    });
    sharing->start();
}

void CliRunner::runShow()
{
    ImageShowJob* job = m_adapter->show(m_options.imageId);
    job->then(this, [this](const Result<ImageRecord>& result) {
        if (!result) {
            fail(result.error());
            return;
        }
        if (m_options.format == u"json"_s) {
            write(m_out,
                  QString::fromUtf8(QJsonDocument(toContractJson(*result)).toJson(QJsonDocument::Indented)));
        } else if (m_options.format == u"raw"_s) {
            const QByteArray raw = redactSecrets(result->raw, result->rawContentType);
            writeOut(raw.endsWith('\n') ? raw : raw + '\n');
        } else {
            write(m_out, formatImageDetails(*result, m_dialectNote));
        }
        done(static_cast<int>(ExitCode::Ok));
    });
}

void CliRunner::armDeadline()
{
    // A QTimer counts in int milliseconds: a far deadline is reached in steps of at most a day.
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    m_deadlineTimer.start(static_cast<int>(std::clamp<qint64>(m_deadline.remainingTime(), 0, kDayMs)));
}

void CliRunner::onDeadline()
{
    if (m_done)
        return;
    if (!m_deadline.hasExpired()) {
        armDeadline();
        return;
    }
    m_deadlinePassed = true;
    write(m_err, u"error: the command did not finish within the deadline of %1 s (--deadline).\n"_s.arg(
                     m_options.deadlineSeconds));
    // Abort the outermost jobs (each stops its own): an aborted download keeps its partial file
    // and reports back through fail(). What cannot be aborted (a keychain call) is not waited for.
    const QList<ApiJob*> jobs = findChildren<ApiJob*>();
    for (ApiJob* job : jobs) {
        bool outermost = true;
        for (const QObject* up = job->parent(); up && up != this; up = up->parent())
            outermost = outermost && qobject_cast<const ApiJob*>(up) == nullptr;
        if (outermost)
            job->abort();
    }
    QTimer::singleShot(3000, this, [this] { done(static_cast<int>(ExitCode::Network)); });
}

void CliRunner::fail(const ApiError& error)
{
    if (m_deadlinePassed) { // the aborted jobs reporting back: the deadline was said already
        done(static_cast<int>(ExitCode::Network));
        return;
    }
    if (m_done) // a renewal that failed is said once, not again by each request it failed
        return;
    // The message may carry the server's words: known secrets out (a server may echo the token),
    // escaped, so they cannot drive the terminal.
    write(m_err, u"error: "_s + shown(error.describe()) + u'\n');
    done(static_cast<int>(exitCodeFor(error)));
}

void CliRunner::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_deadlineTimer.stop();
    // Output that did not reach its file is a local I/O failure, whatever the command did.
    if (auto* file = qobject_cast<QFileDevice*>(m_out); file && !m_outError) {
        if (file->error() != QFileDevice::NoError || !file->flush())
            m_outError = file->errorString();
    }
    if (m_outError) {
        write(m_err, u"error: could not write the output: %1\n"_s.arg(*m_outError));
        exitCode = static_cast<int>(ExitCode::LocalIo);
    }
    Q_EMIT finished(m_deadlinePassed ? static_cast<int>(ExitCode::Network) : exitCode);
}

void CliRunner::write(QIODevice* device, const QString& text)
{
    if (device == m_out)
        writeOut(text.toUtf8());
    else
        device->write(text.toUtf8());
}

bool CliRunner::writeOut(const QByteArray& bytes)
{
    if (m_outError)
        return false;
    if (bytes.isEmpty())
        return true;
    if (m_out->write(bytes) != bytes.size()) {
        m_outError = m_out->errorString();
        return false;
    }
    return true;
}

} // namespace Skylight
