#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

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
// details beside it, errors in an inline banner. Talks to the cloud only through the adapter.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `adapter` may be null: the window then explains how to choose a cloud.
    MainWindow(ImageAdapter* adapter, CloudDescription cloud, QWidget* parent = nullptr);
    ~MainWindow() override;

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
    void buildActions();
    void onPageLoaded();
    void onListingFinished();
    void onCurrentRowChanged();
    void updateStatus();

    ImageAdapter* m_adapter;
    CloudDescription m_cloud;
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
