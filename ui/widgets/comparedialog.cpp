// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/comparedialog.h"

#include "image/imagerecord.h"
#include "models/comparemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CompareDialog::CompareDialog(const ImageRecord& left, const QString& leftLabel, const ImageRecord& right,
                             const QString& rightLabel, QWidget* parent)
    : QDialog(parent)
    , m_model(new CompareModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_onlyDifferences(new QCheckBox(tr("&Only differences"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare Images"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_model->setImages(left, leftLabel, right, rightLabel);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CompareModel::DifferentRole);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Comparison"));
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CompareModel::Field, 220);
    m_table->setColumnWidth(CompareModel::Left, 320);

    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_summary->setText(tr("%n field(s) differ.", nullptr, m_model->differenceCount())); });
    m_summary->setText(tr("%n field(s) differ.", nullptr, m_model->differenceCount()));
    m_onlyDifferences->setAccessibleName(tr("Show only the differences"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setFilterFixedString(only ? u"true"_s : QString()); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(buttons);
    resize(900, 640);
}

void CompareDialog::setVerdicts(const std::optional<InspectionResult>& left,
                                const std::optional<InspectionResult>& right)
{
    m_model->setVerdicts(left, right);
}

} // namespace Skylight
