// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/saveimagedialog.h"

#include "image/imagerecord.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QStringTokenizer>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

SaveImageDialog::SaveImageDialog(QWidget* parent, const QString& caption, const QString& proposedPath,
                                 const QStringList& stores, bool storeChoice)
    : QFileDialog(parent, caption, proposedPath)
    , m_storeChoice(storeChoice)
{
    setObjectName(u"saveImageDialog"_s);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile); // it asks before replacing an existing file
    if (!stores.isEmpty()) {
        // A platform's own dialog takes no extra row: Qt's is used only when there is one to show.
        setOption(QFileDialog::DontUseNativeDialog, true);
        addStoreRow(stores, storeChoice);
    }
}

void SaveImageDialog::addStoreRow(const QStringList& stores, bool storeChoice)
{
    auto* grid = qobject_cast<QGridLayout*>(layout());
    if (!grid)
        return; // not Qt's own dialog after all: no row rather than a misplaced one
    auto* label = new QLabel(tr("Store:"), this);
    label->setObjectName(u"storeLabel"_s);
    m_storeBox = new QComboBox(this);
    m_storeBox->setObjectName(u"storeChoice"_s);
    m_storeBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_storeBox->setMinimumContentsLength(24);
    label->setBuddy(m_storeBox);
    m_storeBox->addItem(tr("Any (the cloud chooses)"), QString());
    // Item texts are plain text in a combo box; the shown name is bounded and printable.
    for (const QString& store : stores.mid(0, kMaxStores))
        m_storeBox->addItem(shownStoreName(store), store.left(kMaxStoreId));
    const int row = grid->rowCount();
    grid->addWidget(label, row, 0);
    grid->addWidget(m_storeBox, row, 1);
    if (storeChoice)
        return;
    auto* note = new QLabel(noChoiceText(), this);
    note->setObjectName(u"storeNote"_s);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    label->setEnabled(false);
    m_storeBox->setEnabled(false);
    for (QWidget* widget :
         {static_cast<QWidget*>(label), static_cast<QWidget*>(m_storeBox), static_cast<QWidget*>(note)})
        widget->setToolTip(noChoiceText());
    grid->addWidget(note, row + 1, 1, 1, grid->columnCount() - 1);
}

QString SaveImageDialog::selectedPath() const
{
    return result() == QDialog::Accepted ? selectedFiles().value(0) : QString();
}

QString SaveImageDialog::preferredStore() const
{
    if (!m_storeBox || !m_storeChoice)
        return {};
    return m_storeBox->currentData().toString();
}

QStringList SaveImageDialog::storesOf(const ImageRecord& record)
{
    const QJsonValue value = record.properties.value(u"stores"_s);
    QStringList parts;
    if (value.isString()) {
        // Split lazily: a megabyte of commas costs no megabyte of list entries.
        const QString text = value.toString();
        for (const auto part : QStringTokenizer(text, u',', Qt::SkipEmptyParts)) {
            parts.append(part.trimmed().left(kMaxStoreId).toString());
            if (parts.size() > 4 * kMaxStores)
                break;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && i <= 4 * kMaxStores; ++i)
            parts.append(array.at(i).toString().trimmed().left(kMaxStoreId));
    }
    QStringList stores;
    for (const QString& part : std::as_const(parts)) {
        if (part.isEmpty() || stores.contains(part))
            continue;
        stores.append(part);
        if (stores.size() == kMaxStores)
            break;
    }
    return stores;
}

QString SaveImageDialog::shownStoreName(const QString& id)
{
    QString shown = id.left(kMaxStoreChars);
    if (!shown.isEmpty() && shown.back().isHighSurrogate() && id.size() > kMaxStoreChars)
        shown.chop(1); // no half of a character at the cut
    for (QChar& c : shown) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            c = QChar(QChar::ReplacementCharacter);
    }
    if (id.size() > kMaxStoreChars)
        shown.append(QChar(0x2026));
    return shown;
}

QString SaveImageDialog::noChoiceText()
{
    return tr("This cloud's Image API offers no choice of the store a download is served from: the "
              "cloud picks one itself.");
}

} // namespace Skylight
