// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/adapterfactory.h"
#include "democloud/democloud.h"
#include "widgets/imagedetailsview.h"
#include "widgets/mainwindow.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace Skylight::Test {

// A main window browsing the demo cloud in `dialect` (for the project `projectId`, "" unknown),
// shown, listed once; deleted with the demo cloud. Null when the listing does not come in 15 s.
inline MainWindow* openDemoWindow(DemoCloud* cloud, QNetworkAccessManager* nam,
                                  Dialect dialect = Dialect::GlanceV2, const QString& projectId = QString())
{
    auto adapter = createImageAdapter(
        dialect, nam, {.url = cloud->endpoint(dialect), .token = cloud->token(), .projectId = projectId},
        TransportOptions(), cloud);
    if (!adapter)
        return nullptr;
    auto* window = new MainWindow(*adapter, CloudDescription{QStringLiteral("Demo cloud"), true});
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(cloud, &QObject::destroyed, window, &QObject::deleteLater);
    window->show();
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->refresh();
    return finished.wait(15000) ? window : nullptr;
}

// Shows `tab` of the details pane, selects image `id` and waits until `controller` says with
// `shown` (a signal carrying an image id) that the tab shows it.
template <class Controller, class Signal>
bool showDetailsTab(MainWindow* window, ImageDetailsView::Tab tab, const QString& id, Controller* controller,
                    Signal shown)
{
    QSignalSpy said(controller, shown);
    window->detailsView()->setCurrentIndex(tab);
    if (!window->selectImage(id))
        return false;
    while (said.isEmpty() || said.last().at(0).toString() != id) {
        if (!said.wait(15000))
            return false;
    }
    return true;
}

} // namespace Skylight::Test
