// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/copyascommand.h"

#include "controllers/selectionactions.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CopyAsCommand::CopyAsCommand(SelectionActions* selection, QObject* parent)
    : QObject(parent)
    , m_selection(selection)
    , m_imageShow(new QAction(tr("Copy as &openstack image show"), this))
    , m_serverCreate(new QAction(tr("Copy as openstack &server create"), this))
    , m_download(new QAction(tr("Copy as skylight-cli &download"), this))
{
    m_imageShow->setObjectName(u"copyImageShowAction"_s);
    m_serverCreate->setObjectName(u"copyServerCreateAction"_s);
    m_download->setObjectName(u"copyDownloadCommandAction"_s);
    m_imageShow->setToolTip(tr("Copy a command that shows each selected image with the OpenStack client"));
    m_serverCreate->setToolTip(tr("Copy a command that starts a server from each selected image; "
                                  "replace FLAVOR and SERVER_NAME before running it"));
    m_download->setToolTip(tr("Copy a command that downloads each selected image with skylight-cli"));
    connect(m_imageShow, &QAction::triggered, this,
            [this] { copy(ImageCommands::Kind::OpenStackImageShow); });
    connect(m_serverCreate, &QAction::triggered, this,
            [this] { copy(ImageCommands::Kind::OpenStackServerCreate); });
    connect(m_download, &QAction::triggered, this, [this] { copy(ImageCommands::Kind::SkylightDownload); });
    connect(selection, &SelectionActions::targetChanged, this, &CopyAsCommand::updateActions);
    updateActions();
}

void CopyAsCommand::setCloud(const std::optional<CliCloud>& cloud)
{
    m_cloud = cloud;
    updateActions();
}

QMenu* CopyAsCommand::createMenu(QWidget* parent) const
{
    auto* menu = new QMenu(tr("Copy as Comm&and"), parent);
    menu->setObjectName(u"copyAsCommandMenu"_s);
    menu->addActions({m_imageShow, m_serverCreate, m_download});
    return menu;
}

void CopyAsCommand::updateActions()
{
    const bool selected = m_selection->copyIdAction()->isEnabled(); // some image is selected
    m_imageShow->setEnabled(selected);
    m_serverCreate->setEnabled(selected);
    m_download->setEnabled(selected && m_cloud.has_value());
}

QString CopyAsCommand::copy(ImageCommands::Kind kind)
{
    if (kind == ImageCommands::Kind::SkylightDownload && !m_cloud)
        return {};
    QStringList ids;
    for (const ImageRecord& record : m_selection->selectedRecords())
        ids << record.id;
    if (ids.isEmpty())
        return {};
    const ImageCommands commands = ImageCommands::build(kind, ids, m_cloud.value_or(CliCloud{}));
    const QString text = commands.text();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
    QString said = commands.lines.isEmpty()
                       ? QString()
                       : tr("Copied %n command line(s).", nullptr, int(commands.lines.size()));
    if (kind == ImageCommands::Kind::OpenStackServerCreate && !commands.lines.isEmpty())
        said += u' ' + tr("Replace FLAVOR and SERVER_NAME before running it.");
    if (!commands.refused.isEmpty()) {
        said += u' ' + tr("%n image(s) left out: the ID or the cloud's name or address holds characters "
                          "that do not belong on a command line.",
                          nullptr, int(commands.refused.size()));
    }
    Q_EMIT message(said.trimmed());
    return text;
}

} // namespace Skylight
