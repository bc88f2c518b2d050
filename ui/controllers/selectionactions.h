#pragma once

#include "image/imagerecord.h"

#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace Skylight {

class CompareDialog;
class ImageFilterProxyModel;
class ImageTableModel;
class ImageTableView;

// What can be done with the images selected in the table: copy the id, name or current cell,
// export their details (JSON or CSV), compare two of them (or one with an image pinned earlier,
// possibly from another cloud). Keeps its actions enabled as the selection changes.
class SelectionActions : public QObject
{
    Q_OBJECT
public:
    // `cloudName` tells which cloud the table currently shows (for the comparison's labels).
    SelectionActions(ImageTableView* view, ImageTableModel* model, ImageFilterProxyModel* proxy,
                     std::function<QString()> cloudName, QWidget* dialogParent);

    QAction* copyIdAction() const { return m_copyId; }
    QAction* copyNameAction() const { return m_copyName; }
    QAction* copyCellAction() const { return m_copyCell; }
    QAction* exportAction() const { return m_export; }
    QAction* compareAction() const { return m_compare; }
    QAction* pinAction() const { return m_pin; }

    QList<ImageRecord> selectedRecords() const;
    // Writes the selected images to `path`: CSV when it ends in .csv, else JSON. With no path,
    // asks where. Returns an error message, or an empty string on success.
    QString exportSelected(const QString& path = QString());
    // The two selected images, or the selected one and the pinned one; null when there are not two.
    CompareDialog* compareSelected();
    void pinSelected();
    bool hasPinned() const { return m_pinned.has_value(); }
    void updateActions();

Q_SIGNALS:
    void message(const QString& text);

private:
    QString labelOf(const ImageRecord& record, const QString& cloud) const;

    ImageTableView* m_view;
    ImageTableModel* m_model;
    ImageFilterProxyModel* m_proxy;
    std::function<QString()> m_cloudName;
    QWidget* m_dialogParent;
    QAction* m_copyId;
    QAction* m_copyName;
    QAction* m_copyCell;
    QAction* m_export;
    QAction* m_compare;
    QAction* m_pin;
    std::optional<ImageRecord> m_pinned;
    QString m_pinnedCloud;
};

} // namespace Skylight
