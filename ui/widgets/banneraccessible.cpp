// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/banneraccessible.h"

#include "widgets/errorbanner.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

BannerAccessible::BannerAccessible(ErrorBanner* banner)
    : QAccessibleWidget(banner, QAccessible::AlertMessage)
{}

QAccessible::Role BannerAccessible::role() const
{
    const auto* banner = static_cast<const ErrorBanner*>(widget());
    return banner->kind() == MessageKind::Information ? QAccessible::Notification : QAccessible::AlertMessage;
}

QAccessibleInterface* BannerAccessible::create(const QString& className, QObject* object)
{
    if (className == u"Skylight::ErrorBanner"_s) {
        if (auto* banner = qobject_cast<ErrorBanner*>(object))
            return new BannerAccessible(banner);
    }
    return nullptr;
}

} // namespace Skylight
