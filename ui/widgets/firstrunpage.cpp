// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/firstrunpage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

FirstRunPage::FirstRunPage(QWidget* parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Open the De&mo Cloud"), this))
    , m_newCloud(new QPushButton(tr("&New Cloud…"), this))
    , m_readConfig(new QPushButton(tr("Read &clouds.yaml…"), this))
{
    setObjectName(u"firstRunPage"_s);
    setAccessibleName(tr("Getting started"));

    auto* title = new QLabel(tr("No cloud yet"), this);
    title->setObjectName(u"firstRunTitle"_s);
    QFont big = title->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);

    const QString locations = u"~/.config/openstack/, /etc/openstack/"_s;
    auto* what =
        paragraph(tr("Skylight browses the images of OpenStack-compatible clouds: OpenStack Image API v2 and "
                     "v1, Compute, Rackspace Cloud Servers and Huawei Cloud ECS."),
                  this);
    auto* reads = paragraph(
        tr("It reads the clouds you already have: clouds.yaml and secure.yaml (in the current folder, "
           "in %1, or where OS_CLIENT_CONFIG_FILE points) and the OS_* variables of an openrc file. "
           "None was found.")
            .arg(locations),
        this);
    auto* add = paragraph(
        tr("New Cloud adds one here: an identity service (Keystone) with your user and project, or an "
           "image endpoint with a token. Secrets go to the system keychain, never to a file."),
        this);
    auto* demo = paragraph(tr("Or look around first in the demo cloud, served from this computer: every "
                              "dialect, status and format, with images to download."),
                           this);

    m_demo->setObjectName(u"firstRunDemoButton"_s);
    m_newCloud->setObjectName(u"firstRunNewCloudButton"_s);
    m_readConfig->setObjectName(u"firstRunReadConfigButton"_s);
    m_demo->setToolTip(tr("Browse Skylight's built-in demo cloud in this window"));
    m_newCloud->setToolTip(tr("Add a cloud: an identity service or an image endpoint (Ctrl+N)"));
    m_readConfig->setToolTip(
        tr("Read clouds.yaml again from its usual places, or choose a clouds.yaml file"));
    m_newCloud->setDefault(true);
    m_demo->hide(); // until there is a way to open the demo cloud
    connect(m_demo, &QPushButton::clicked, this, [this] {
        if (m_demoOpener)
            m_demoOpener();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addWidget(m_newCloud);
    buttons->addWidget(m_readConfig);
    buttons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    for (QLabel* label : {what, reads, add, demo})
        column->addWidget(label);
    column->addSpacing(8);
    column->addLayout(buttons);

    auto* centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(640);
    // Centred by stretches, not by an alignment: the wrapped paragraphs keep their height.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centred, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void FirstRunPage::setDemoOpener(std::function<void()> opener)
{
    m_demoOpener = std::move(opener);
    m_demo->setVisible(bool(m_demoOpener));
}

void FirstRunPage::setCloudActions(QAction* newCloud, QAction* readConfig)
{
    connect(m_newCloud, &QPushButton::clicked, newCloud, &QAction::trigger);
    connect(m_readConfig, &QPushButton::clicked, readConfig, &QAction::trigger);
}

} // namespace Skylight
