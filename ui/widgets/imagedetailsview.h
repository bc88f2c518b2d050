// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagelink.h"

#include <QTabWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Skylight {

struct ImageRecord;
class KeyValueTableModel;
class LinkTableModel;

// The details pane: Overview (every normalised field, nulls as null), Properties (with their own
// filter; nested values expanded), Links (activating one asks the window to act on it), Raw (the
// payload as received, pretty-printed, secrets masked). Every table copies with Ctrl+C and from
// its context menu.
class ImageDetailsView : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        OverviewTab,
        PropertiesTab,
        LinksTab,
        RawTab
    };

    explicit ImageDetailsView(QWidget* parent = nullptr);

    void showRecord(const ImageRecord& record);
    // No image: the pane says so ("No image selected") over empty tabs.
    void clearRecord();
    bool isEmpty() const;
    QLabel* emptyLabel() const { return m_empty; }

    KeyValueTableModel* overviewModel() const { return m_overview; }
    KeyValueTableModel* propertiesModel() const { return m_properties; }
    QSortFilterProxyModel* propertiesProxy() const { return m_propertiesProxy; }
    QLineEdit* propertiesFilter() const { return m_propertiesFilter; }
    LinkTableModel* linksModel() const { return m_links; }
    QTableView* table(Tab tab) const;
    QString rawText() const;
    // What Ctrl+C copies from the given tab's table: the selected rows, tab separated.
    QString selectionText(Tab tab) const;

Q_SIGNALS:
    // A link was activated (double click or Enter in the Links tab).
    void linkActivated(const Skylight::ImageLink& link);

private:
    QTableView* makeTable(QAbstractItemModel* model, const QString& accessibleName);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

    KeyValueTableModel* m_overview;
    KeyValueTableModel* m_properties;
    QSortFilterProxyModel* m_propertiesProxy;
    QLineEdit* m_propertiesFilter;
    LinkTableModel* m_links;
    QPlainTextEdit* m_raw;
    QList<ImageLink> m_linkList;
    QTableView* m_tables[3] = {};
    QLabel* m_empty;
};

} // namespace Skylight
