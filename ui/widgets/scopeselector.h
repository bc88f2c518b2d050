// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/listscope.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Skylight {

// Beside the filter box: which images the server lists (Glance v2's visibility and member
// status), as Horizon offers them, and whether the hidden images (os_hidden) are listed too. Off,
// with the reason as its tooltip, where the dialect has no such thing.
class ScopeSelector : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeSelector(QWidget* parent = nullptr);

    QComboBox* comboBox() const { return m_combo; }
    QCheckBox* hiddenCheckBox() const { return m_hidden; }
    // Shows whether the hidden images are listed too; showHiddenChosen() does not follow.
    void setShowHidden(bool show);
    ListScope scope() const;
    // Shows `scope` (one not offered, e.g. typed as member_status:all, gets an entry of its own);
    // scopeChosen() does not follow.
    void setScope(const ListScope& scope);
    // Off with `reason` as the tooltip, or on (an empty reason).
    void setUnavailable(const QString& reason);
    // The tooltip's second line, e.g. where the scope shown came from; empty: none.
    void setNote(const QString& note);
    // The name of a scope in the list ("Community", "Shared, awaiting acceptance").
    static QString label(const ListScope& scope);

Q_SIGNALS:
    // The user chose a scope in the list.
    void scopeChosen(const Skylight::ListScope& scope);
    // The user ticked or cleared "Show hidden".
    void showHiddenChosen(bool show);

private:
    void updateToolTip();

    QLabel* m_label;
    QComboBox* m_combo;
    QCheckBox* m_hidden;
    QString m_unavailable;
    QString m_note;
    int m_offered = 0; // entries before the one of a scope not offered
};

} // namespace Skylight
