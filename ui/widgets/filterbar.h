// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "models/imagefilterproxymodel.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Skylight {

class ChipMenu;
class FilterCompleter;
class ImageSchema;
class ImageTableModel;

// Above the image table: the filter box (free text over name, id and property values, plus
// `key:value` terms, size and date comparisons), quick chips for status, visibility and disk format
// (their values are the ones the listed images have; a chip's menu stays open for several), and
// the match count. A term the filter cannot read is marked in the box and explained under it.
// The term being typed is completed (FilterCompleter): `key:`, and `key:value` from the values
// the cloud's image schema lists. Typing is debounced; the proxy filters.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(ImageTableModel* images, ImageFilterProxyModel* proxy, QWidget* parent = nullptr);

    // The rows the chips offer values of and the count counts (the cloud shown; null: none).
    void setImageModel(ImageTableModel* images);
    QLineEdit* lineEdit() const { return m_edit; }
    FilterCompleter* completer() const { return m_completer; }
    // The image schema of the cloud shown (empty: none): its enum values are offered.
    void setSchema(const ImageSchema& schema);
    QToolButton* chipButton(ImageFilterProxyModel::Chip chip) const { return m_chips[int(chip)]; }
    ChipMenu* chipMenu(ImageFilterProxyModel::Chip chip) const;
    // Why terms of the box are left out (hidden when all can be read).
    QLabel* problemLabel() const { return m_problem; }
    QLabel* countLabel() const { return m_count; }
    // Checks or unchecks one value of a chip (as clicking it in the chip's menu does).
    void setChipValue(ImageFilterProxyModel::Chip chip, const QString& value, bool on);
    // Applies what was typed now instead of after the debounce.
    void applyNow();
    void clear();
    void focusFilter();

Q_SIGNALS:
    // The filter changed (after the debounce): text, chips or both.
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addValues(int first, int last);
    void showProblems();
    void applyTheme();
    void resetValues();
    void applyChip(ImageFilterProxyModel::Chip chip);
    void updateCount();

    ImageTableModel* m_images = nullptr;
    ImageFilterProxyModel* m_proxy;
    QList<QMetaObject::Connection> m_imageConnections;
    QLineEdit* m_edit;
    FilterCompleter* m_completer;
    QToolButton* m_chips[3];
    QString m_chipNames[3];
    QLabel* m_count;
    QLabel* m_problem;
    QAction* m_problemMark;
    QString m_help;
    QTimer m_debounce;
};

} // namespace Skylight
