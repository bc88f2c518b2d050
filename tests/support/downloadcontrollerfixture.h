// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "controllers/downloadcontroller.h"
#include "download/transferqueue.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace Skylight::Test {

// A DownloadController as the window holds one: a transfer queue over its own network manager, a
// shown parent for its dialogs, and a temporary folder for the files. setUp() in a test's init()
// (false when the folder could not be made), tearDown() in its cleanup(): the controller before
// its queue, the network manager after both.
struct DownloadControllerFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<TransferQueue> queue;
    std::unique_ptr<QWidget> parent;
    std::unique_ptr<DownloadController> controller;

    bool setUp()
    {
        dir = std::make_unique<QTemporaryDir>();
        nam = std::make_unique<QNetworkAccessManager>();
        queue = std::make_unique<TransferQueue>(nam.get(), TransportOptions());
        parent = std::make_unique<QWidget>();
        parent->show();
        controller = std::make_unique<DownloadController>(queue.get(), parent.get());
        return dir->isValid();
    }

    void tearDown()
    {
        controller.reset();
        queue.reset();
        parent.reset();
        nam.reset();
        dir.reset();
    }
};

// Calls `open`, which opens a modal dialog and waits for its answer; at the first turn of the
// event loop inside it, `act` gets the modal widget then shown (nullptr if none is). The timer
// belongs to this call: when no dialog opens, it never fires later into another test.
template <class Open>
auto whileModal(Open open, const std::function<void(QWidget*)>& act) -> decltype(open())
{
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&act] { act(QApplication::activeModalWidget()); });
    timer.start(0);
    return open();
}

} // namespace Skylight::Test
