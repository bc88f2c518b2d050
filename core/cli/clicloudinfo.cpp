// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clicloudinfo.h"

#include "adapters/imageadapter.h"
#include "cli/cloudinfoformat.h"
#include "cli/exitcode.h"
#include "net/terminaltext.h"

#include <QIODevice>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// A failure before any request (a dialect without it): a usage error (status 2).
bool refusedBeforeSending(const ApiError& error)
{
    return error.kind == ApiError::Kind::BadRequest && error.httpStatus == 0;
}
} // namespace

CliCloudInfo::CliCloudInfo(ImageAdapter* adapter, CliOptions options, QIODevice* out, QIODevice* err,
                           QObject* parent)
    : QObject(parent)
    , m_adapter(adapter)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
{}

bool CliCloudInfo::handles(const CliOptions& options)
{
    return options.command == u"stores"_s || options.command == u"tasks"_s || options.command == u"usage"_s ||
           (options.command == u"download"_s && !options.store.isEmpty());
}

void CliCloudInfo::start()
{
    if (m_options.command == u"stores"_s)
        runStores();
    else if (m_options.command == u"tasks"_s)
        runTasks();
    else if (m_options.command == u"usage"_s)
        runUsage();
    else
        refuseStore();
}

QString CliCloudInfo::shown(const QString& serverText) const
{
    return terminalSafe(m_redactor.redact(serverText));
}

void CliCloudInfo::warnSkipped(const SkippedEntries& skipped, const QString& what)
{
    if (skipped.isEmpty())
        return;
    QString reasons = skipped.reasons.join(u", "_s);
    if (skipped.count > skipped.reasons.size())
        reasons += u", and %1 more"_s.arg(skipped.count - skipped.reasons.size());
    m_err->write(u"warning: %1 %2 of the answer could not be read: %3\n"_s
                     .arg(QString::number(skipped.count), what, shown(reasons))
                     .toUtf8());
}

void CliCloudInfo::finishOutput(const QByteArray& bytes)
{
    if (m_out->write(bytes) != bytes.size()) {
        m_err->write(u"error: could not write the output: %1\n"_s.arg(m_out->errorString()).toUtf8());
        Q_EMIT succeeded(static_cast<int>(ExitCode::LocalIo));
        return;
    }
    Q_EMIT succeeded(static_cast<int>(ExitCode::Ok));
}

void CliCloudInfo::usageError(const QString& sentence)
{
    m_err->write(u"error: %1\n"_s.arg(sentence).toUtf8());
    Q_EMIT succeeded(static_cast<int>(ExitCode::Usage));
}

void CliCloudInfo::runStores()
{
    m_adapter->stores()->then(this, [this](const Result<ImageStoreList>& stores) {
        if (!stores) {
            Q_EMIT failed(stores.error());
            return;
        }
        warnSkipped(stores->skipped, u"stores"_s);
        // The import methods complete the picture; a cloud without them still lists its stores.
        const auto list = std::make_shared<ImageStoreList>(*stores);
        m_adapter->importInfo()->then(this, [this, list](const Result<ImportInfo>& import) {
            std::optional<ImportInfo> methods;
            if (import)
                methods = *import;
            else
                m_err->write(
                    u"warning: no import methods: %1\n"_s.arg(shown(import.error().describe())).toUtf8());
            const bool json = m_options.format == u"json"_s;
            finishOutput(json ? CloudInfoFormat::storesJson(*list, methods)
                              : CloudInfoFormat::storesTable(*list, methods).toUtf8());
        });
    });
}

void CliCloudInfo::runTasks()
{
    m_adapter->tasks(m_options.imageId)->then(this, [this](const Result<ImageTaskList>& tasks) {
        if (!tasks) {
            Q_EMIT failed(tasks.error());
            return;
        }
        warnSkipped(tasks->skipped, u"tasks"_s);
        // The image's own word on its imports (os_glance_importing_to_stores, ..._failed_import);
        // an image that cannot be shown still has its tasks printed.
        const auto list = std::make_shared<ImageTaskList>(*tasks);
        m_adapter->show(m_options.imageId)->then(this, [this, list](const Result<ImageRecord>& image) {
            const QJsonObject state = image ? CloudInfoFormat::importState(image->properties) : QJsonObject();
            finishOutput(m_options.format == u"json"_s ? CloudInfoFormat::tasksJson(*list, state)
                                                       : CloudInfoFormat::tasksTable(*list, state).toUtf8());
        });
    });
}

void CliCloudInfo::runUsage()
{
    m_adapter->usage()->then(this, [this](const Result<ImageUsage>& usage) {
        if (!usage) {
            Q_EMIT failed(usage.error());
            return;
        }
        warnSkipped(usage->skipped, u"quotas"_s);
        finishOutput(m_options.format == u"json"_s ? CloudInfoFormat::usageJson(*usage)
                                                   : CloudInfoFormat::usageTable(*usage).toUtf8());
    });
}

// No Image API release documents a choice of the store a download is served from: GET
// /v2/images/{id}/file takes the image and a Range, and Glance picks a location by its own
// configuration (location_strategy and store_type_preference, replaced by store weights in
// 2023.2). The option is refused before any download, saying what the cloud said of its stores.
void CliCloudInfo::refuseStore()
{
    const QString store = terminalSafe(m_options.store);
    m_adapter->stores()->then(this, [this, store](const Result<ImageStoreList>& stores) {
        if (!stores) {
            const ApiError& error = stores.error();
            if (refusedBeforeSending(error) || error.kind == ApiError::Kind::NotFound) {
                usageError(u"--store %1 is not supported: %2"_s.arg(store, shown(error.message)));
                return;
            }
            Q_EMIT failed(error);
            return;
        }
        const QString listed = stores->stores.isEmpty() ? u"none"_s : shown(stores->summary());
        if (!stores->find(m_options.store)) {
            usageError(
                u"--store %1 is not supported, and this cloud has no store \"%1\" (its stores: %2)."_s.arg(
                    store, listed));
            return;
        }
        usageError(u"--store %1 is not supported: this cloud's Image API offers no choice of the store a "
                   u"download is served from (GET /v2/images/{id}/file takes none; the cloud picks one "
                   u"itself). Its stores: %2. Download without --store."_s.arg(store, listed));
    });
}

} // namespace Skylight
