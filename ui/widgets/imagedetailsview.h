// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagelink.h"
#include "image/imagerecord.h"
#include "image/imageschema.h"
#include "inspect/inspectionresult.h"
#include "net/clock.h"

#include <QTabWidget>
#include <functional>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Skylight {

class ImageSharingTab;
class ImageTasksTab;
class KeyValueTableModel;
class LinkTableModel;
class OverviewModel;

// The details pane: Overview (every normalised field for people, see OverviewRows; what is inside
// the image in a "Contents" section, see ContentsRows; the custom properties in a section of
// their own), Properties (with their own
// filter; nested values expanded), Links (activating one asks the window to act on it), Raw (the
// payload as received, pretty-printed, secrets masked), Sharing (the image's members) and Tasks
// (its import and copy tasks). Every table copies with Ctrl+C and from its context menu: the
// Overview its labels and values as shown, Properties "key<TAB>value" (never the Kind). With the
// cloud's image schema (setSchema) the fields' tooltips say what the schema says of them, known
// properties go by their metadata title in the Overview, and the properties are grouped by kind
// (base, custom, system) in both tabs.
class ImageDetailsView : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        OverviewTab,
        PropertiesTab,
        LinksTab,
        RawTab,
        SharingTab, // the image's members and the user's answer to a share (ImageSharingController)
        TasksTab,   // its import and copy tasks (ImageTasksController)
        TabCount
    };

    explicit ImageDetailsView(QWidget* parent = nullptr);

    void showRecord(const ImageRecord& record);
    // No image: the pane says so ("No image selected") over empty tabs.
    void clearRecord();
    bool isEmpty() const;
    // The image schema of the cloud shown (empty: none); the image shown is shown again with it.
    void setSchema(const ImageSchema& schema);
    const ImageSchema& schema() const { return m_schema; }
    // The time the Overview's ages ("3 days ago") are counted to; the system's by default.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QLabel* emptyLabel() const { return m_empty; }
    // Where the Overview's Contents section finds an image's verdict (none: never inspected).
    using VerdictLookup = std::function<std::optional<InspectionResult>(const ImageRecord&)>;
    void setVerdictLookup(VerdictLookup lookup) { m_verdictLookup = std::move(lookup); }
    // The verdict of image `id` changed: shown again when it is the image shown.
    void verdictChanged(const QString& id);
    // The id of the image shown; empty when none.
    QString shownId() const { return m_record ? m_record->id : QString(); }

    OverviewModel* overviewModel() const { return m_overview; }
    KeyValueTableModel* propertiesModel() const { return m_properties; }
    QSortFilterProxyModel* propertiesProxy() const { return m_propertiesProxy; }
    QLineEdit* propertiesFilter() const { return m_propertiesFilter; }
    LinkTableModel* linksModel() const { return m_links; }
    // The Sharing and Tasks tabs (filled by their controllers, only while in sight).
    ImageSharingTab* sharingTab() const { return m_sharing; }
    ImageTasksTab* tasksTab() const { return m_tasks; }
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
    // Section headings ("Custom properties") across both columns of the Overview.
    void spanSections();
    void resizeEvent(QResizeEvent* event) override;
    void showOverview(const ImageRecord& record);

    OverviewModel* m_overview;
    KeyValueTableModel* m_properties;
    QSortFilterProxyModel* m_propertiesProxy;
    QLineEdit* m_propertiesFilter;
    LinkTableModel* m_links;
    QPlainTextEdit* m_raw;
    QList<ImageLink> m_linkList;
    ImageSharingTab* m_sharing;
    ImageTasksTab* m_tasks;
    QTableView* m_tables[TabCount] = {}; // none for the Raw tab
    QLabel* m_empty;
    Clock m_clock = systemClock();
    VerdictLookup m_verdictLookup;
    std::optional<ImageRecord> m_record; // the image shown
    ImageSchema m_schema;
};

} // namespace Skylight
