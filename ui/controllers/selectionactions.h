// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "controllers/cloudbrowser.h"
#include "image/imagerecord.h"
#include "inspect/inspectionresult.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace Skylight {

class CompareDialog;
class ImageFilterProxyModel;
class ImageTableModel;
class ImageTableView;

// The selection rule, in one place: what the window acts on is what the user selected in the
// table of the cloud it shows: rows of the view, through the proxy, in the model of the current
// cloud's browser (never an image of another cloud, never a row of a model no longer shown).
// Also what can be done with it: copy the id, name or current cell, export their details (JSON or
// CSV), compare two of them (or one with an image pinned earlier, possibly from another cloud).
// Keeps its actions enabled as the selection changes, and keeps and restores a cloud's selection
// and scroll position when the window shows another cloud and comes back.
// The rule: the details pane, Download, Export, Compare, Copy and the status bar act on the
// selection, and the current index always lies inside it (a deselected current row hands over to
// a selected one; with nothing selected there is no current row). targetChanged() says when what
// they act on changed, whatever changed it: a click, the keyboard, a filter, a sort, a relist.
class SelectionActions : public QObject
{
    Q_OBJECT
public:
    SelectionActions(ImageTableView* view, ImageFilterProxyModel* proxy, QWidget* dialogParent);

    // The cloud the table shows (null: none). Its model must be the proxy's source.
    void setBrowser(CloudBrowser* browser);
    CloudBrowser* browser() const { return m_browser; }
    // The model of the cloud shown, or null when the proxy shows another one (or none).
    ImageTableModel* model() const;
    // Follows the view's selection model (call it once the view has its model).
    void watchView();
    // The image of the table's current row when it is selected (the one the details pane shows
    // and Download fetches), if any.
    std::optional<ImageRecord> currentRecord() const;
    QString currentId() const;
    // Selects the image with this id if it is listed (and scrolls to it).
    bool selectImage(const QString& id);
    // Selects the first row when nothing is current.
    void selectFirstIfNone();
    // The selection and scroll position, to come back to with restoreViewState(); restoring
    // returns false when the current image is not (yet) listed.
    BrowserViewState viewState() const;
    bool restoreViewState(const BrowserViewState& state);

    QAction* copyIdAction() const { return m_copyId; }
    QAction* copyNameAction() const { return m_copyName; }
    QAction* copyCellAction() const { return m_copyCell; }
    QAction* exportAction() const { return m_export; }
    QAction* compareAction() const { return m_compare; }
    QAction* pinAction() const { return m_pin; }

    QList<ImageRecord> selectedRecords() const;
    // Writes the selected images to `path`: CSV when it ends in .csv, else JSON. With no path,
    // asks where. Returns an error message, or an empty string on success.
    // How the file is written: by its name (.csv or JSON), or CSV with a byte order mark.
    enum class ExportFormat
    {
        ByName,
        SpreadsheetCsv,
    };
    QString exportSelected(const QString& path = QString(), ExportFormat format = ExportFormat::ByName);
    // The two selected images, or the selected one and the pinned one; null when there are not two.
    CompareDialog* compareSelected();
    void pinSelected();
    bool hasPinned() const { return m_pinned.has_value(); }
    // Where Compare finds what inspecting an image found (none: Compare shows no such rows).
    using VerdictLookup = std::function<std::optional<InspectionResult>(const ImageRecord&)>;
    void setVerdictLookup(VerdictLookup lookup) { m_verdictLookup = std::move(lookup); }
    void updateActions();

Q_SIGNALS:
    void message(const QString& text);
    // The selected images, or the current one among them, changed.
    void targetChanged();
    // The image the details pane shows (currentRecord()) changed; also sent with targetChanged().
    void currentImageChanged();

private:
    // Keeps the current index inside the selection, then tells when the target changed.
    void reconcile();
    void notifyTarget();
    QModelIndex selectedCurrent() const;

    QString labelOf(const ImageRecord& record, const QString& cloud) const;

    QString cloudName() const;

    ImageTableView* m_view;
    ImageFilterProxyModel* m_proxy;
    QPointer<CloudBrowser> m_browser;
    QWidget* m_dialogParent;
    QAction* m_copyId;
    QAction* m_copyName;
    QAction* m_copyCell;
    QAction* m_export;
    QAction* m_compare;
    QAction* m_pin;
    std::optional<ImageRecord> m_pinned;
    QString m_pinnedCloud;
    QStringList m_targetIds;
    QString m_targetCurrent;
    QPointer<CloudBrowser> m_targetBrowser;
    bool m_reconciling = false;
    VerdictLookup m_verdictLookup;
};

} // namespace Skylight
