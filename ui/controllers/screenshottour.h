// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QStringList>
#include <QTemporaryDir>

namespace Skylight {

class MainWindow;
class TransferQueue;

// Renders the window for the README and the AppStream metadata (skylight --screenshots DIR):
// once the list and the selected image's details are in, the main window, each details tab, the
// Sharing tab of the demo's shared image once its members are in (details-sharing.png), the Cloud
// information dock once its stores, import methods and quotas are in (cloud-info.png; hidden
// again after), the selected image's Contents section once inspected (contents-unsafe.png; left
// out, with a warning, while inspection is not available), the transfers panel with the selected
// images downloaded (into a temporary folder), the community images listed with the visibility
// scope, and the first-run page (what a start with no cloud at all shows). Every wait for the
// demo cloud has a deadline. Emits finished() once, with the files written or what went wrong.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow* window, TransferQueue* queue, const QString& directory,
                   QObject* parent = nullptr);

    // Waits for the window's details, then takes the pictures.
    void start();
    const QStringList& written() const { return m_written; }
    const QString& errorString() const { return m_error; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void takeDetailsTabs();
    void takeSharing();
    void takeCloudInfo();
    void takeContents();
    void startDownloads();
    void onTransferChanged();
    void takeScope();
    void takeFirstRunPage();
    bool save(const QString& name);
    void finish(bool ok);

    MainWindow* m_window;
    TransferQueue* m_queue;
    QString m_directory;
    QTemporaryDir m_downloads;
    QStringList m_written;
    QString m_error;
    bool m_started = false;
    bool m_downloading = false;
    bool m_inspecting = false;
    bool m_sharing = false;                 // waiting for the shared image's members
    bool m_cloudInfo = false;               // waiting for the cloud information
    QPersistentModelIndex m_beforeSharing;  // the image selected before the sharing picture
    QPersistentModelIndex m_beforeContents; // the image selected before the contents picture
    QPersistentModelIndex m_inspected;      // the image it shows
    bool m_finished = false;
};

} // namespace Skylight
