// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/listscope.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace Skylight {

class BrowsingController;
class CloudBrowser;
class ErrorBanner;
class FilterBar;
class ImageFilterProxyModel;
class ScopeSelector;

// The visibility scope of the cloud shown: the window's selector follows the cloud (off where
// the dialect has none), a scope chosen there lists again from the server and is kept per cloud,
// and a `visibility:` or `member_status:` term typed in the filter box switches the scope while
// it is there (with a word in the banner); once the term is gone (the box cleared, the term
// deleted) the scope goes back to the one before, unless another was chosen meanwhile.
class ScopeController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        BrowsingController* browsing;
        ImageFilterProxyModel* proxy;
        FilterBar* filterBar;
        ScopeSelector* selector;
        ErrorBanner* banner;
    };

    explicit ScopeController(const Parts& parts, QObject* parent = nullptr);

    // The filter changed (after the debounce, or Enter): follows its scope terms.
    void onFilterChanged();
    // The cloud shown, or its adapter, changed: the selector follows.
    void sync();

private:
    void onChosen(const ListScope& scope);

    Parts m_parts;
    QPointer<CloudBrowser> m_shown;
    // What the filter's terms asked for, and the scope they replaced (nothing: none, or the
    // user chose another since).
    std::optional<ListScope> m_typed;
    std::optional<ListScope> m_beforeTyped;
};

} // namespace Skylight
