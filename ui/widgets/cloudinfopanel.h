// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagestore.h"
#include "image/imageusage.h"
#include "image/importinfo.h"

#include <QList>
#include <QWidget>
#include <array>

class QBoxLayout;
class QDockWidget;
class QGridLayout;
class QGroupBox;
class QLabel;
class QMainWindow;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Skylight {

class StoreTableModel;

// What the current cloud's Image API says of itself (issue 18), in three sections: its stores (a
// table), the import methods it takes (their names for people and the API's keys) and its quotas
// (a bar each: "used of limit"). Each section shows its own state: loading, its answer, a neutral
// note (the dialect has none of it) or why it failed; a message longer than the section is cut,
// whole in its tooltip. The server's text is shown as text, never as markup. The panel only
// shows: CloudInfoController decides what and when.
class CloudInfoPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Section
    {
        Stores,
        Import,
        Usage,
    };
    enum class State
    {
        Empty,   // no cloud to ask
        Loading, // asked, no answer yet
        Note,    // a neutral note instead of an answer (none of it, nothing to show)
        Failure, // the question failed: why, in the alert colour
        Shown,   // the answer
    };

    explicit CloudInfoPanel(QWidget* parent = nullptr);
    ~CloudInfoPanel() override;

    // Puts the panel in a dock of `window` ("Cloud information", at the bottom, hidden at first;
    // its sections side by side there, one under the other at the left or right) and returns it.
    QDockWidget* createDock(QMainWindow* window);
    // The sections side by side (false) or one under the other.
    void setVertical(bool vertical);
    bool isVertical() const;

    // Which cloud the sections speak of (the dialect and endpoint), or why none.
    void setCloudText(const QString& text);
    void showEmpty(Section section);
    void showLoading(Section section);
    void showNote(Section section, const QString& text);
    void showFailure(Section section, const QString& text);
    void showStores(const ImageStoreList& stores);
    void showImportInfo(const ImportInfo& info);
    void showUsage(const ImageUsage& usage);
    void setRefreshEnabled(bool enabled);

    State state(Section section) const;
    // The whole message the section shows (a note, a failure, entries left out), or nothing.
    QString message(Section section) const;
    QLabel* messageLabel(Section section) const;
    QLabel* cloudLabel() const { return m_cloud; }
    QPushButton* refreshButton() const { return m_refresh; }
    QTableView* storeView() const { return m_storeView; }
    StoreTableModel* storeModel() const { return m_stores; }
    QTreeWidget* importList() const { return m_import; }
    // The quota rows shown, in the order of ImageUsage::entries.
    int quotaCount() const { return static_cast<int>(m_quotas.size()); }
    QLabel* quotaLabel(int row) const;
    QProgressBar* quotaBar(int row) const;
    QLabel* quotaText(int row) const;

    // "Upload, then import" for glance-direct...; a method it does not know: the key itself.
    static QString importMethodName(const QString& key);

Q_SIGNALS:
    // The user asked to fetch it all again.
    void refreshRequested();
    // The panel was shown (its dock opened): what it shows may need fetching.
    void shown();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Part
    {
        QGroupBox* box = nullptr;
        QLabel* message = nullptr; // an ElidingLabel
        QWidget* content = nullptr;
        State state = State::Empty;
        QString text;
        bool alert = false;
    };
    struct QuotaWidgets
    {
        QLabel* label = nullptr;
        QProgressBar* bar = nullptr;
        QLabel* text = nullptr;
        bool overLimit = false;
    };

    Part& part(Section section) { return m_parts[static_cast<size_t>(section)]; }
    const Part& part(Section section) const { return m_parts[static_cast<size_t>(section)]; }
    QGroupBox* makeSection(Section section, const QString& title, QWidget* content);
    // The section's state and message (`alert`: in the alert colour); the content shown or not.
    void setPart(Section section, State state, const QString& text, bool alert, bool contentShown);
    void clearContent(Section section);
    void clearQuotas();
    void applyColors();

    QLabel* m_cloud;
    QPushButton* m_refresh;
    QBoxLayout* m_sections;
    StoreTableModel* m_stores;
    QTableView* m_storeView;
    QTreeWidget* m_import;
    QWidget* m_usage;
    QGridLayout* m_usageGrid;
    std::array<Part, 3> m_parts;
    QList<QuotaWidgets> m_quotas;
};

} // namespace Skylight
