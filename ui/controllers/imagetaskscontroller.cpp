// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/imagetaskscontroller.h"

#include "adapters/imageadapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/selectionactions.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetaskstab.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kMaxStores = 64;
constexpr qsizetype kMaxStoreChars = 256;

// The image a target is about (empty: none). Its adapter is compared beside it through the
// QPointer kept: one created where a destroyed adapter was is another adapter, never its address.
QString keyOf(const ImageAdapter* adapter, const std::optional<ImageRecord>& record)
{
    if (!adapter || !record)
        return {};
    return record->id;
}
} // namespace

ImageTasksController::ImageTasksController(QObject* parent)
    : QObject(parent)
{}

void ImageTasksController::attach(const Parts& parts)
{
    m_parts = parts;
    setTab(parts.details->tasksTab());
    const auto follow = [this] {
        setTarget(m_parts.browsing->adapter(), m_parts.selection->currentRecord());
    };
    connect(parts.selection, &SelectionActions::currentImageChanged, this, follow);
    connect(parts.browsing, &BrowsingController::statusChanged, this, follow);
    connect(parts.browsing, &BrowsingController::detailsFinished, this, follow);
    follow();
}

void ImageTasksController::setTab(ImageTasksTab* tab)
{
    if (m_tab)
        disconnect(m_tab, nullptr, this, nullptr);
    m_tab = tab;
    if (tab)
        connect(tab, &ImageTasksTab::shown, this, &ImageTasksController::onShown);
}

QStringList ImageTasksController::storesOf(const ImageRecord& record, const QString& key)
{
    QStringList stores;
    const QStringList parts = record.properties.value(key).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString store = part.trimmed().left(kMaxStoreChars);
        if (store.isEmpty())
            continue;
        if (stores.size() >= kMaxStores)
            break;
        stores.append(store);
    }
    return stores;
}

void ImageTasksController::showStores()
{
    if (!m_tab)
        return;
    if (!m_record) {
        m_tab->setStores({}, {});
        return;
    }
    m_tab->setStores(storesOf(*m_record, u"os_glance_importing_to_stores"_s),
                     storesOf(*m_record, u"os_glance_failed_import"_s));
}

void ImageTasksController::setTarget(ImageAdapter* adapter, const std::optional<ImageRecord>& record)
{
    const QString key = keyOf(adapter, record);
    if (key == m_key && adapter == m_adapter.data()) {
        m_record = record; // fresh details of the same image: its stores may have changed
        showStores();
        return;
    }
    cancelFetch();
    m_key = key;
    m_adapter = adapter;
    m_record = key.isEmpty() ? std::nullopt : record;
    m_fetched = false;
    if (m_tab)
        m_tab->clear();
    showStores();
    if (m_tab && m_tab->isVisible())
        fetch();
}

void ImageTasksController::reload()
{
    m_fetched = false;
    if (m_tab && m_tab->isVisible())
        fetch();
}

void ImageTasksController::onShown()
{
    if (!m_fetched)
        fetch();
}

void ImageTasksController::cancelFetch()
{
    ++m_generation;
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void ImageTasksController::fetch()
{
    cancelFetch();
    m_fetched = true;
    if (!m_tab)
        return;
    if (!m_record || !m_adapter) {
        m_tab->clear();
        return;
    }
    const QString id = m_record->id;
    m_tab->showMessage(ImageTasksTab::Kind::Note, tr("Loading tasks…"));
    ImageTasksJob* job = m_adapter->tasks(id);
    m_job = job;
    const quint64 generation = m_generation;
    job->then(this, [this, generation, id](const Result<ImageTaskList>& tasks) {
        if (generation != m_generation)
            return; // another image (or the same one asked again) since
        m_job = nullptr;
        onTasks(id, tasks);
    });
}

void ImageTasksController::onTasks(const QString& id, const Result<ImageTaskList>& tasks)
{
    if (!m_tab || !m_record || m_record->id != id)
        return;
    if (!tasks) {
        const ApiError& error = tasks.error();
        // Refused before any request (BadRequest, no HTTP status): a dialect without tasks.
        if (error.kind == ApiError::Kind::BadRequest && error.httpStatus == 0)
            m_tab->showMessage(ImageTasksTab::Kind::Note, error.message);
        else
            m_tab->showMessage(ImageTasksTab::Kind::Failure,
                               tr("The image's tasks could not be read: %1").arg(error.describe()));
    } else {
        m_tab->showTasks(*tasks);
    }
    Q_EMIT tasksShown(id);
}

} // namespace Skylight
