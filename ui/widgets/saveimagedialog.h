// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFileDialog>
#include <QStringList>

class QComboBox;
class QLabel;

namespace Skylight {

struct ImageRecord;

// Where the Download action saves an image: a save dialog that, for an image whose cloud names
// the stores holding it, has a "Store:" row below the file name: "Any (the cloud chooses)" and
// those stores. The row is enabled only where the adapter offers a choice of the store a download
// is served from (ImageAdapter::offersDownloadStoreChoice(), which no Image API release does);
// otherwise it is disabled, with a note saying why. Without stores there is no row, and the
// platform's own dialog is used. Store names are the server's text: shown as plain text, their
// control characters replaced, at most kMaxStores of at most kMaxStoreChars characters.
class SaveImageDialog : public QFileDialog
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxStores = 16;
    static constexpr qsizetype kMaxStoreChars = 64;
    static constexpr qsizetype kMaxStoreId = 256;

    // `proposedPath`: the folder and file name proposed. `stores`: the image's store ids (none:
    // no store row). `storeChoice`: whether the cloud lets the download choose one.
    SaveImageDialog(QWidget* parent, const QString& caption, const QString& proposedPath,
                    const QStringList& stores, bool storeChoice);

    // The file chosen (empty before the dialog is accepted).
    QString selectedPath() const;
    bool hasStoreRow() const { return m_storeBox != nullptr; }
    // The store chosen; empty for "Any", or when there is no choice to make.
    QString preferredStore() const;

    // The ids of the stores holding `record`'s data (Glance v2 `stores`: comma-separated, or an
    // array), trimmed, without duplicates, at most kMaxStores of at most kMaxStoreId characters.
    static QStringList storesOf(const ImageRecord& record);
    // How a store id is shown: control characters replaced, cut to kMaxStoreChars with "…".
    static QString shownStoreName(const QString& id);
    // Why the row is disabled (the note and its tooltip).
    static QString noChoiceText();

private:
    void addStoreRow(const QStringList& stores, bool storeChoice);

    QComboBox* m_storeBox = nullptr;
    bool m_storeChoice = false;
};

} // namespace Skylight
