// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/linkopener.h"

#include "adapters/imageadapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/cloudbrowser.h"
#include "controllers/linkaction.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrl>

namespace Skylight {

LinkOpener::LinkOpener(BrowsingController* browsing, std::function<void()> download, QObject* parent)
    : QObject(parent)
    , m_browsing(browsing)
    , m_download(std::move(download))
{}

void LinkOpener::open(const ImageLink& link)
{
    const ImageAdapter* adapter = m_browsing->adapter();
    switch (linkActionFor(link, adapter ? adapter->endpoint() : QUrl())) {
    case LinkAction::FetchDetails:
        m_browsing->fetchDetails();
        return;
    case LinkAction::Download:
        if (m_download)
            m_download();
        return;
    case LinkAction::CopyApiAddress:
        QGuiApplication::clipboard()->setText(link.href);
        Q_EMIT message(MessageKind::Information,
                       tr("%1 is an address of the cloud's API: it needs a token, which a web "
                          "browser does not have. The address was copied.")
                           .arg(link.href));
        return;
    case LinkAction::Refuse:
        Q_EMIT message(MessageKind::Warning,
                       tr("Skylight opens only web links in the browser; this one is %1.").arg(link.href));
        return;
    case LinkAction::OpenInBrowser:
        if (!QDesktopServices::openUrl(QUrl(link.href)))
            Q_EMIT message(MessageKind::Error, tr("No web browser could open %1.").arg(link.href));
        return;
    }
}

} // namespace Skylight
