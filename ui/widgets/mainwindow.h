#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Skylight {

class ApiJob;
class ErrorBanner;
class ImageAdapter;
class ImageDetailsView;
class ImageFilterProxyModel;
class ImageListLoader;
class ImageTableModel;

// What the window shows about the cloud it browses.
struct CloudDescription
{
    QString name; // "Demo cloud", a profile name...
    bool isDemo = false;
};

// The image browser: the cloud's images in a sortable, filterable table, the selected image's
// details beside it, errors in an inline banner. Talks to clouds only through their adapters;
// with several clouds (the demo has one per dialect) a chooser in the toolbar switches between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `adapter` may be null: the window then explains how to choose a cloud.
    MainWindow(ImageAdapter* adapter, CloudDescription cloud, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a cloud to the chooser; the first one added to an empty window becomes current.
    void addCloud(ImageAdapter* adapter, const CloudDescription& cloud);
    void setCurrentCloud(int index);
    int cloudCount() const { return static_cast<int>(m_clouds.size()); }
    int currentCloud() const { return m_current; }
    QComboBox* cloudChooser() const { return m_chooser; }

    void refresh();

    ImageTableModel* imageModel() const { return m_model; }
    ImageFilterProxyModel* proxyModel() const { return m_proxy; }
    QTableView* imageView() const { return m_view; }
    ImageDetailsView* detailsView() const { return m_details; }
    ErrorBanner* errorBanner() const { return m_banner; }
    QLineEdit* filterEdit() const { return m_filter; }
    bool isLoading() const;

Q_SIGNALS:
    // The list finished loading (successfully or not).
    void listingFinished();
    // Fresh details for the selected image arrived (or failed).
    void detailsFinished();

private:
    struct Cloud
    {
        ImageAdapter* adapter;
        CloudDescription description;
    };

    void buildActions();
    void onPageLoaded();
    void onListingFinished();
    void onCurrentRowChanged();
    void updateStatus();

    QList<Cloud> m_clouds;
    int m_current = -1;
    ImageAdapter* m_adapter = nullptr;
    CloudDescription m_cloud;
    QComboBox* m_chooser;
    QAction* m_chooserAction = nullptr;
    QAction* m_demoBadgeAction = nullptr;
    ImageTableModel* m_model;
    ImageFilterProxyModel* m_proxy;
    QTableView* m_view;
    ImageDetailsView* m_details;
    ErrorBanner* m_banner;
    QLineEdit* m_filter;
    QLabel* m_statusLabel;
    ImageListLoader* m_loader = nullptr;
    QPointer<ApiJob> m_showJob;
    QTimer m_filterDebounce;
};

} // namespace Skylight
