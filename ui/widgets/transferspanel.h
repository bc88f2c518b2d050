// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QUrl;

namespace Skylight {

class TransferListModel;
class TransferQueue;

// The downloads: each with a progress bar, bytes, rate, time left (once done: the average rate and
// how long it took), state and the file it is saved to; pause, resume (or retry), cancel (asking
// first when a partial file would be deleted), remove, open the finished file and show its folder,
// as buttons and in the context menu; a status line for the current one (and why it started over);
// how many run at once.
class TransfersPanel : public QWidget
{
    Q_OBJECT
public:
    // Opens a file or folder in the desktop's application (QDesktopServices::openUrl by default).
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit TransfersPanel(TransferQueue* queue, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    TransferListModel* model() const { return m_model; }
    QSpinBox* concurrencyBox() const { return m_concurrency; }
    QLabel* statusLabel() const { return m_status; }
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    void pauseCurrent();
    void resumeCurrent();
    // Asks first when the partial file holds bytes (No, keep it, is the default).
    void cancelCurrent();
    void removeCurrent();
    void openCurrent();
    void showCurrentInFolder();

private:
    int currentId() const;
    QString currentPath() const;
    void updateButtons();
    void showContextMenu(const QPoint& position);

    TransferQueue* m_queue;
    TransferListModel* m_model;
    QTableView* m_view;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_remove;
    QPushButton* m_open;
    QPushButton* m_openFolder;
    QSpinBox* m_concurrency;
    QLabel* m_status;
    UrlOpener m_opener;
};

} // namespace Skylight
