#pragma once

#include <QTabWidget>

class QAbstractItemModel;
class QPlainTextEdit;
class QTableView;

namespace Skylight {

struct ImageRecord;
class KeyValueTableModel;
class LinkTableModel;

// The details pane: Overview (every normalised field), Properties, Links, Raw (the payload as
// received, pretty-printed).
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
    void clearRecord();

    KeyValueTableModel* overviewModel() const { return m_overview; }
    KeyValueTableModel* propertiesModel() const { return m_properties; }
    LinkTableModel* linksModel() const { return m_links; }
    QString rawText() const;

private:
    QTableView* makeTable(QAbstractItemModel* model, const QString& accessibleName);

    KeyValueTableModel* m_overview;
    KeyValueTableModel* m_properties;
    LinkTableModel* m_links;
    QPlainTextEdit* m_raw;
};

} // namespace Skylight
