// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/scopeselector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
using Visibility = ListScope::Visibility;
using MemberStatus = ListScope::MemberStatus;

// The scopes offered, in Horizon's order: the default first, everything last.
const ListScope kOffered[] = {
    {Visibility::Default, MemberStatus::Accepted},   {Visibility::Private, MemberStatus::Accepted},
    {Visibility::Shared, MemberStatus::Accepted},    {Visibility::Shared, MemberStatus::Pending},
    {Visibility::Shared, MemberStatus::Rejected},    {Visibility::Public, MemberStatus::Accepted},
    {Visibility::Community, MemberStatus::Accepted}, {Visibility::All, MemberStatus::Accepted},
};
} // namespace

ScopeSelector::ScopeSelector(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Visibilit&y scope:"), this))
    , m_combo(new QComboBox(this))
    , m_hidden(new QCheckBox(tr("Show hi&dden"), this))
{
    setObjectName(u"scopeSelector"_s);
    m_combo->setObjectName(u"scopeCombo"_s);
    m_combo->setAccessibleName(tr("Visibility scope"));
    m_combo->setAccessibleDescription(tr("Which images the server lists: the project's, shared, public, "
                                         "community or all"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    for (const ListScope& scope : kOffered)
        m_combo->addItem(label(scope), scope.toSettingsValue());
    m_offered = m_combo->count();
    m_hidden->setObjectName(u"showHiddenCheck"_s);
    m_hidden->setAccessibleName(tr("Show hidden images"));
    m_hidden->setAccessibleDescription(tr("Lists the images hidden from default listings (os_hidden) "
                                          "after the others, marked as hidden"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_hidden);
    connect(m_hidden, &QCheckBox::clicked, this, &ScopeSelector::showHiddenChosen);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const auto scope = ListScope::fromSettingsValue(m_combo->itemData(index).toString());
        if (scope)
            Q_EMIT scopeChosen(*scope);
    });
    updateToolTip();
}

QString ScopeSelector::label(const ListScope& scope)
{
    const bool accepted = scope.memberStatus == MemberStatus::Accepted;
    switch (scope.visibility) {
    case Visibility::Default:
        if (accepted)
            return tr("Default (project, public, shared)");
        break;
    case Visibility::Private:
        if (accepted)
            return tr("Private");
        break;
    case Visibility::Shared:
        switch (scope.memberStatus) {
        case MemberStatus::Accepted:
            return tr("Shared with the project");
        case MemberStatus::Pending:
            return tr("Shared, awaiting acceptance");
        case MemberStatus::Rejected:
            return tr("Shared, rejected");
        case MemberStatus::All:
            return tr("Shared, any member status");
        }
        break;
    case Visibility::Public:
        if (accepted)
            return tr("Public");
        break;
    case Visibility::Community:
        if (accepted)
            return tr("Community");
        break;
    case Visibility::All:
        if (accepted)
            return tr("All (with community)");
        break;
    }
    return tr("As typed: %1").arg(scope.terms());
}

ListScope ScopeSelector::scope() const
{
    return ListScope::fromSettingsValue(m_combo->currentData().toString()).value_or(ListScope{});
}

void ScopeSelector::setScope(const ListScope& scope)
{
    const QString value = scope.toSettingsValue();
    int index = -1;
    for (int i = 0; i < m_offered; ++i) {
        if (m_combo->itemData(i).toString() == value)
            index = i;
    }
    while (m_combo->count() > m_offered)
        m_combo->removeItem(m_offered);
    if (index < 0) {
        m_combo->addItem(label(scope), value);
        index = m_offered;
    }
    m_combo->setCurrentIndex(index);
}

void ScopeSelector::setShowHidden(bool show)
{
    m_hidden->setChecked(show);
}

void ScopeSelector::setUnavailable(const QString& reason)
{
    m_unavailable = reason;
    m_combo->setEnabled(reason.isEmpty());
    m_hidden->setEnabled(reason.isEmpty());
    m_label->setEnabled(reason.isEmpty());
    updateToolTip();
}

void ScopeSelector::setNote(const QString& note)
{
    m_note = note;
    updateToolTip();
}

void ScopeSelector::updateToolTip()
{
    QString tip = m_unavailable.isEmpty()
                      ? tr("Which images the server lists. Community images of other projects are listed "
                           "only with Community or All.")
                      : m_unavailable;
    if (!m_note.isEmpty() && m_unavailable.isEmpty())
        tip += u'\n' + m_note;
    setToolTip(tip);
    m_combo->setToolTip(tip);
    m_hidden->setToolTip(m_unavailable.isEmpty()
                             ? tr("Also lists the images their owners hid from default listings "
                                  "(os_hidden), after the others and in italics.")
                             : m_unavailable);
}

} // namespace Skylight
