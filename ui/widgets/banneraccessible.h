// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAccessibleWidget>

namespace Skylight {

class ErrorBanner;

// The banner as assistive technology sees it: an alert for a warning or an error, a notification
// for information; its description is the sentence shown.
class BannerAccessible : public QAccessibleWidget
{
public:
    explicit BannerAccessible(ErrorBanner* banner);

    QAccessible::Role role() const override;

    // The factory for QAccessible::installFactory: an interface for every ErrorBanner.
    static QAccessibleInterface* create(const QString& className, QObject* object);
};

} // namespace Skylight
