#include "clirunner.h"

#include "adapters/adapterresolver.h"
#include "adapters/imageadapter.h"
#include "adapters/imagelistloader.h"
#include "clisession.h"
#include "cloudconnector.h"
#include "exitcode.h"
#include "image/imagerecordjson.h"
#include "image/redaction.h"
#include "imagetextformat.h"
#include "keystoneauthenticator.h"
#include "secretstore.h"

#include <QIODevice>
#include <QJsonDocument>

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
{}

void CliRunner::start()
{
    if (m_options.command == u"login"_s) {
        login();
        return;
    }
    if (m_options.command == u"logout"_s) {
        logout();
        return;
    }
    if (m_options.command != u"list"_s && m_options.command != u"show"_s) {
        write(m_err, u"error: the %1 command is not available in this version of skylight-cli yet.\n"_s.arg(
                         m_options.command));
        QMetaObject::invokeMethod(
            this, [this] { done(static_cast<int>(ExitCode::Usage)); }, Qt::QueuedConnection);
        return;
    }
    if (!m_profile) {
        resolve();
        return;
    }
    // A secret missing from the files comes from the keychain, where `login` put it.
    if (m_secrets && KeystoneAuthenticator::missingSecret(m_profile->auth)) {
        m_secrets->read(m_profile->name, KeystoneAuthenticator::secretKind(m_profile->auth),
                        [this](const SecretResult& secret) {
                            if (secret)
                                KeystoneAuthenticator::setSecret(m_profile->auth, *secret);
                            connectCloud();
                        });
        return;
    }
    connectCloud();
}

void CliRunner::connectCloud()
{
    auto* connector = new CloudConnector(m_nam, *m_profile, m_transport, this);
    connect(connector, &ApiJob::finished, this, [this, connector] {
        connector->deleteLater();
        const Result<ServiceEndpoint>& endpoint = connector->result();
        if (!endpoint) {
            fail(endpoint.error());
            return;
        }
        m_endpoint = *endpoint;
        if (m_dialect == Dialect::Auto)
            m_dialect = m_profile->dialect;
        resolve();
    });
    connector->start();
}

void CliRunner::login()
{
    const QString kind = KeystoneAuthenticator::secretKind(m_profile->auth);
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
    KeystoneAuthenticator::setSecret(m_profile->auth, secret);
    // Check the secret before keeping it.
    auto* connector = new CloudConnector(m_nam, *m_profile, m_transport, this);
    connect(connector, &ApiJob::finished, this, [this, connector, kind, secret] {
        connector->deleteLater();
        if (!connector->result()) {
            fail(connector->result().error());
            return;
        }
        m_secrets->write(m_profile->name, kind, secret, [this, kind](const SecretResult& stored) {
            if (!stored || !m_secrets->keychainAvailable()) {
                const QString why = stored ? m_secrets->unavailableReason() : stored.error().message;
                write(m_err, u"error: signed in, but the %1 could not be kept: %2\n"_s.arg(
                                 kind, why.section(u'.', 0, 0)));
                done(static_cast<int>(ExitCode::LocalIo));
                return;
            }
            write(m_out,
                  u"Signed in to %1; the %2 is in the system keychain.\n"_s.arg(m_profile->name, kind));
            done(static_cast<int>(ExitCode::Ok));
        });
    });
    connector->start();
}

void CliRunner::logout()
{
    m_secrets->forget(m_profile->name, [this](const SecretResult& forgotten) {
        if (!forgotten) {
            write(m_err, u"error: "_s + forgotten.error().message + u'\n');
            done(static_cast<int>(ExitCode::LocalIo));
            return;
        }
        write(m_out, u"Removed the secrets of %1 from the system keychain.\n"_s.arg(m_profile->name));
        done(static_cast<int>(ExitCode::Ok));
    });
}

void CliRunner::resolve()
{
    auto* resolver = new AdapterResolver(m_nam, m_endpoint, m_dialect, m_transport, this, this);
    connect(resolver, &ApiJob::finished, this, [this, resolver] {
        resolver->deleteLater();
        const Result<ResolvedAdapter>& resolved = resolver->result();
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
    if (m_options.command == u"list"_s)
        runList();
    else
        runShow();
}

void CliRunner::runList()
{
    PageRequest first;
    first.limit = m_options.limit;
    first.sort = m_options.sort;
    first.filters = m_options.filters;
    // --all: every page (--limit is then the page size); --limit N: at most N images, over as many
    // pages as the server needs; neither: the server's first page.
    const qsizetype maxImages = m_options.all ? -1 : (m_options.limit > 0 ? m_options.limit : -1);
    const bool followNext = m_options.all || m_options.limit > 0;

    auto* loader = new ImageListLoader(m_adapter, this);
    auto* collected = new QList<ImageRecord>();
    connect(loader, &ImageListLoader::pageLoaded, this,
            [collected](const QList<ImageRecord>& images) { collected->append(images); });
    connect(loader, &ImageListLoader::finished, this, [this, loader, collected] {
        const std::unique_ptr<QList<ImageRecord>> images(collected);
        loader->deleteLater();
        if (loader->error()) {
            fail(*loader->error());
            return;
        }
        if (m_options.format == u"json"_s)
            write(m_out,
                  QString::fromUtf8(QJsonDocument(toContractJson(*images)).toJson(QJsonDocument::Indented)));
        else
            write(m_out, formatImageTable(*images));
        done(static_cast<int>(ExitCode::Ok));
    });
    loader->start(first, maxImages, followNext);
}

void CliRunner::runShow()
{
    ImageShowJob* job = m_adapter->show(m_options.imageId);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        const Result<ImageRecord>& result = job->result();
        if (!result) {
            fail(result.error());
            return;
        }
        if (m_options.format == u"json"_s) {
            write(m_out,
                  QString::fromUtf8(QJsonDocument(toContractJson(*result)).toJson(QJsonDocument::Indented)));
        } else if (m_options.format == u"raw"_s) {
            const QByteArray raw = redactSecrets(result->raw, result->rawContentType);
            m_out->write(raw);
            if (!raw.endsWith('\n'))
                m_out->write("\n");
        } else {
            write(m_out, formatImageDetails(*result, m_dialectNote));
        }
        done(static_cast<int>(ExitCode::Ok));
    });
}

void CliRunner::fail(const ApiError& error)
{
    QString line = error.describe();
    line.replace(u'\n', u' ');
    write(m_err, u"error: "_s + line + u'\n');
    done(static_cast<int>(exitCodeFor(error)));
}

void CliRunner::done(int exitCode)
{
    Q_EMIT finished(exitCode);
}

void CliRunner::write(QIODevice* device, const QString& text)
{
    device->write(text.toUtf8());
}

} // namespace Skylight
