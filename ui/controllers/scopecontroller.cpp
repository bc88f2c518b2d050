// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/scopecontroller.h"

#include "adapters/imageadapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/cloudbrowser.h"
#include "models/imagefilterproxymodel.h"
#include "widgets/errorbanner.h"
#include "widgets/filterbar.h"
#include "widgets/scopeselector.h"

#include <utility>

namespace Skylight {

ScopeController::ScopeController(const Parts& parts, QObject* parent)
    : QObject(parent)
    , m_parts(parts)
{
    connect(m_parts.selector, &ScopeSelector::scopeChosen, this, &ScopeController::onChosen);
    connect(m_parts.selector, &ScopeSelector::showHiddenChosen, m_parts.browsing,
            &BrowsingController::setShowHidden);
    connect(m_parts.filterBar, &FilterBar::filterChanged, this, &ScopeController::onFilterChanged);
    connect(m_parts.browsing, &BrowsingController::statusChanged, this, &ScopeController::sync);
    sync();
}

void ScopeController::sync()
{
    CloudBrowser* browser = m_parts.browsing->current();
    if (browser != m_shown) { // another cloud: the terms typed switch its scope anew
        m_shown = browser;
        m_typed.reset();
        m_beforeTyped.reset();
    }
    const ImageAdapter* adapter = m_parts.browsing->adapter();
    if (!adapter || adapter->hasListScope()) {
        m_parts.selector->setUnavailable({});
    } else {
        m_parts.selector->setUnavailable(tr("This cloud's image API (%1) has no visibility scope: the server "
                                            "decides which images it lists. Type visibility:public, for "
                                            "instance, to filter the images listed.")
                                             .arg(dialectName(adapter->dialect())));
    }
    m_parts.selector->setScope(m_parts.browsing->scopeOf(browser));
    m_parts.selector->setShowHidden(m_parts.browsing->showsHidden());
    m_parts.selector->setNote(m_typed && m_beforeTyped
                                  ? tr("Set by the filter box; without its terms, back to %1.")
                                        .arg(ScopeSelector::label(*m_beforeTyped))
                                  : QString());
}

void ScopeController::onChosen(const ListScope& scope)
{
    m_beforeTyped.reset(); // the user's choice stays, whatever the filter box says
    m_parts.browsing->setScope(scope, true);
    sync();
}

void ScopeController::onFilterChanged()
{
    const ImageAdapter* adapter = m_parts.browsing->adapter();
    if (!m_parts.browsing->current() || !adapter || !adapter->hasListScope())
        return;
    const std::optional<ListScope> typed = ListScope::fromTerms(m_parts.proxy->query().fieldTerms);
    if (typed == m_typed)
        return;
    const ListScope now = m_parts.browsing->scopeOf(m_parts.browsing->current());
    if (typed) {
        if (!m_beforeTyped)
            m_beforeTyped = now; // the first term, or the first since a scope was chosen
        m_typed = typed;
        if (*typed == now)
            return sync();
        m_parts.browsing->setScope(*typed, false);
        m_parts.banner->showMessage(
            MessageKind::Information,
            tr("Listing from the server with the visibility scope %1, as the filter asks; without its "
               "terms, the scope goes back to %2.")
                .arg(ScopeSelector::label(*typed),
                     ScopeSelector::label(m_beforeTyped.value_or(ListScope{}))));
    } else {
        const std::optional<ListScope> before = std::exchange(m_beforeTyped, std::nullopt);
        const bool untouched = m_typed && now == *m_typed;
        m_typed.reset();
        if (before && untouched)
            m_parts.browsing->setScope(*before, false);
    }
    sync();
}

} // namespace Skylight
