// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/cloudsidebar.h"

#include "controllers/cloudcontroller.h"
#include "identity/cloudsession.h"
#include "identity/secretstore.h"
#include "models/cloudlistmodel.h"
#include "widgets/cloudprofiledialog.h"
#include "widgets/secretprompt.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CloudSidebar::CloudSidebar(CloudController* clouds, QWidget* parent)
    : QWidget(parent)
    , m_clouds(clouds)
    , m_list(new QListView(this))
    , m_new(new QAction(tr("&New Cloud…"), this))
    , m_edit(new QAction(tr("&Edit Cloud…"), this))
    , m_signIn(new QAction(tr("&Sign In"), this))
    , m_forget(new QAction(tr("&Forget This Cloud's Secrets"), this))
    , m_remove(new QAction(tr("&Remove Cloud"), this))
    , m_readConfig(new QAction(tr("Read &clouds.yaml…"), this))
{
    setObjectName(u"cloudSidebar"_s);
    m_list->setObjectName(u"cloudList"_s);
    m_list->setAccessibleName(tr("Clouds"));
    m_list->setTabKeyNavigation(false);
    m_list->setModel(clouds->model());
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);

    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Add a cloud: an identity service or an image endpoint (Ctrl+N)"));
    m_forget->setToolTip(
        tr("Sign out and remove this cloud's password, key and token from the system keychain"));
    m_readConfig->setObjectName(u"readCloudsConfigAction"_s);
    m_readConfig->setToolTip(
        tr("Read clouds.yaml again from its usual places, or choose a clouds.yaml file"));
    connect(m_readConfig, &QAction::triggered, this, [this] { readCloudsConfig(); });
    for (QAction* action : {m_new, m_edit, m_signIn, m_forget, m_remove, m_readConfig})
        action->setShortcutContext(Qt::WindowShortcut);

    auto* toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_new);
    toolbar->addAction(m_signIn);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_list, 1);

    connect(m_new, &QAction::triggered, this, [this] { editCloud(-1); });
    connect(m_edit, &QAction::triggered, this, [this] { editCloud(currentRow()); });
    connect(m_signIn, &QAction::triggered, this, [this] {
        if (CloudSession* session = m_clouds->session(currentRow()))
            session->signIn();
    });
    connect(m_forget, &QAction::triggered, this, [this] {
        const int row = currentRow();
        const CloudEntry* entry = m_clouds->model()->entry(row);
        if (!entry)
            return;
        // Destructive: Enter (or Escape) keeps everything.
        if (QMessageBox::question(
                this, tr("Forget %1").arg(entry->name),
                tr("Sign out of %1 and remove its secrets from the system keychain?").arg(entry->name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            forgetCloud(row);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        const int row = currentRow();
        const CloudEntry* entry = m_clouds->model()->entry(row);
        if (!entry)
            return;
        if (QMessageBox::question(this, tr("Remove %1").arg(entry->name),
                                  tr("Remove the cloud %1 and its secrets?").arg(entry->name),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            removeCloud(row);
    });
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addActions({m_signIn, m_edit, m_forget, m_remove});
        menu.addSeparator();
        menu.addActions({m_new, m_readConfig});
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                updateActions();
                Q_EMIT currentCloudChanged(current.row());
            });
    connect(clouds->model(), &QAbstractItemModel::dataChanged, this, &CloudSidebar::updateActions);
    connect(clouds->model(), &QAbstractItemModel::rowsRemoved, this, &CloudSidebar::updateActions);
    m_new->setEnabled(clouds->canStoreProfiles());
    updateActions();
}

int CloudSidebar::currentRow() const
{
    return m_list->currentIndex().row();
}

void CloudSidebar::setCurrentRow(int row)
{
    m_list->setCurrentIndex(m_clouds->model()->index(row));
}

void CloudSidebar::updateActions()
{
    const int row = currentRow();
    const CloudSession* session = m_clouds->session(row);
    m_edit->setEnabled(m_clouds->isRemovable(row));
    m_remove->setEnabled(m_clouds->isRemovable(row));
    m_signIn->setEnabled(session && session->state() != CloudSession::State::SignedIn &&
                         session->state() != CloudSession::State::SigningIn);
    m_forget->setEnabled(session != nullptr);
}

void CloudSidebar::askForSecret(CloudSession* session, const QString& kind, const QString& reason)
{
    if (findChild<SecretPrompt*>())
        return; // one prompt at a time
    auto* prompt = new SecretPrompt(session->profile().name, kind, reason,
                                    m_clouds->rememberSecret(session->profile().name), this);
    // The window says the keychain cannot be reached: the box does not offer what cannot be done.
    if (const SecretStore* secrets = m_clouds->secrets(); secrets && !secrets->keychainAvailable())
        prompt->setKeychainUnavailable(secrets->unavailableReason());
    QPointer<CloudSession> target(session);
    connect(prompt, &QDialog::accepted, this, [prompt, target] {
        if (!target)
            return;
        target->setRememberSecret(prompt->remember());
        target->provideSecret(prompt->secret());
        prompt->secretEdit()->clear();
    });
    connect(prompt, &QDialog::rejected, this, [this, target] {
        if (target)
            Q_EMIT signInCancelled(target->profile().name);
    });
    prompt->open();
}

void CloudSidebar::editCloud(int row)
{
    if (row >= 0 && !m_clouds->isRemovable(row))
        return;
    if (row < 0 && !m_clouds->canStoreProfiles())
        return;
    auto* dialog = new CloudProfileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken = m_clouds->model()->names();
    QString replacing;
    if (row >= 0) {
        replacing = m_clouds->model()->entry(row)->name;
        taken.removeAll(replacing);
        dialog->setProfile(m_clouds->profile(row), m_clouds->rememberSecret(replacing));
        dialog->setWindowTitle(tr("Edit %1").arg(replacing));
    } else {
        dialog->setWindowTitle(tr("New Cloud"));
    }
    dialog->setTakenNames(taken);
    connect(dialog, &QDialog::accepted, this, [this, dialog, replacing] {
        const int saved = m_clouds->saveProfile(dialog->profile(), dialog->rememberSecret(), replacing);
        if (saved >= 0)
            setCurrentRow(saved);
    });
    dialog->open();
}

bool CloudSidebar::readCloudsConfig(const QString& file)
{
    auto added = m_clouds->readCloudsConfig(file);
    QString chosen = file;
    if (added && *added < 0 && chosen.isEmpty()) {
        // Nothing new where clouds.yaml usually is: the user says where it is.
        const QString folder = QDir::home().filePath(u".config/openstack"_s);
        chosen = QFileDialog::getOpenFileName(this, tr("Read clouds.yaml"),
                                              QDir(folder).exists() ? folder : QDir::homePath(),
                                              tr("OpenStack client configuration (*.yaml *.yml)"));
        if (chosen.isEmpty())
            return false;
        added = m_clouds->readCloudsConfig(chosen);
    }
    if (!added) {
        Q_EMIT message(MessageKind::Error, added.error().describe());
        return false;
    }
    if (*added < 0) {
        Q_EMIT message(MessageKind::Information,
                       chosen.isEmpty() ? tr("No new cloud in clouds.yaml or the OS_* variables.")
                                        : tr("No new cloud in %1.").arg(chosen));
        return false;
    }
    setCurrentRow(*added); // the window shows it (and signs in)
    return true;
}

void CloudSidebar::forgetCloud(int row)
{
    m_clouds->forget(row);
    updateActions();
}

void CloudSidebar::removeCloud(int row)
{
    m_clouds->remove(row);
}

} // namespace Skylight
