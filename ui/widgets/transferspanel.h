// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableView;

namespace Skylight {

class TransferListModel;
class TransferQueue;

// The downloads: each with a progress bar, bytes, rate, time left and state; pause, resume (or
// retry), cancel, remove and open the folder; how many run at once.
class TransfersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersPanel(TransferQueue* queue, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    TransferListModel* model() const { return m_model; }
    QSpinBox* concurrencyBox() const { return m_concurrency; }

private:
    int currentId() const;
    void updateButtons();

    TransferQueue* m_queue;
    TransferListModel* m_model;
    QTableView* m_view;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_remove;
    QPushButton* m_openFolder;
    QSpinBox* m_concurrency;
};

} // namespace Skylight
