// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/imagesharingtab.h"

#include "models/membertablemodel.h"
#include "widgets/plaintooltip.h"
#include "widgets/themecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

void setPlainLabelText(QLabel* label, const QString& text, qsizetype max)
{
    label->setTextFormat(Qt::PlainText);
    if (text.size() > max) {
        label->setText(text.left(max) + u'…');
        label->setToolTip(plainToolTip(text));
    } else {
        label->setText(text);
        label->setToolTip(QString());
    }
    label->setVisible(!text.isEmpty());
}

ImageSharingTab::ImageSharingTab(QWidget* parent)
    : QWidget(parent)
    , m_model(new MemberTableModel(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QWidget(this))
    , m_accept(new QPushButton(tr("Accept Share"), m_buttons))
    , m_reject(new QPushButton(tr("Reject Share…"), m_buttons))
{
    setObjectName(u"sharingTab"_s);
    setAccessibleName(tr("Sharing"));
    for (QLabel* label : {m_message, m_summary}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    m_message->setObjectName(u"sharingMessage"_s);
    m_message->setAccessibleName(tr("Sharing message"));
    m_summary->setObjectName(u"sharingSummary"_s);
    m_summary->setAccessibleName(tr("Sharing summary"));
    m_accept->setObjectName(u"acceptShareButton"_s);
    m_accept->setAccessibleName(tr("Accept share"));
    m_accept->setToolTip(tr("Accept the image shared with your project: it is then listed with your "
                            "project's images."));
    m_reject->setObjectName(u"rejectShareButton"_s);
    m_reject->setAccessibleName(tr("Reject share"));
    m_reject->setToolTip(tr("Reject the image shared with your project: it is no longer listed with "
                            "your project's images (you can still accept it later)."));
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    m_buttons->hide();
    connect(m_accept, &QPushButton::clicked, this,
            [this] { Q_EMIT answerRequested(m_imageId, ImageMember::Status::Accepted); });
    connect(m_reject, &QPushButton::clicked, this, &ImageSharingTab::confirmReject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    layout->addStretch(1); // until the table takes the room
    applyColors();
}

void ImageSharingTab::setTable(QTableView* table)
{
    m_table = table;
    table->setParent(this);
    table->setObjectName(u"membersTable"_s);
    table->setTextElideMode(Qt::ElideMiddle); // project ids differ anywhere
    // The dates and statuses whole; the project ids take the rest (cut in the middle).
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (header->count() > MemberTableModel::Member) // a table given with its model
        header->setSectionResizeMode(MemberTableModel::Member, QHeaderView::Stretch);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    delete layout->takeAt(layout->count() - 1); // the stretch
    layout->addWidget(table, 1);
    table->hide();
}

void ImageSharingTab::clear()
{
    showMessage(Kind::None, QString());
}

void ImageSharingTab::showMessage(Kind kind, const QString& text, bool keepMembers)
{
    m_kind = kind;
    setPlainLabelText(m_message, kind == Kind::None ? QString() : text);
    applyColors();
    if (keepMembers)
        return; // said above the members (an answer that failed)
    // A line on its own: no table, no buttons, no summary of what is not shown.
    m_model->setMembers({});
    m_current.reset();
    m_summary->hide();
    m_buttons->hide();
    if (m_table)
        m_table->hide();
}

void ImageSharingTab::showMembers(const QString& summary, const QList<ImageMember>& members, bool answerable,
                                  std::optional<ImageMember::Status> current)
{
    m_model->setMembers(members);
    m_current = current;
    m_kind = Kind::None;
    setPlainLabelText(m_message, QString());
    setPlainLabelText(m_summary, summary);
    if (m_table)
        m_table->setVisible(!members.isEmpty());
    m_buttons->setVisible(answerable);
    setAnswering(false);
}

void ImageSharingTab::setAnswering(bool answering)
{
    m_accept->setEnabled(!answering && m_current != ImageMember::Status::Accepted);
    m_reject->setEnabled(!answering && m_current != ImageMember::Status::Rejected);
}

void ImageSharingTab::confirmReject()
{
    // The question waits in an event loop of its own: the selection may change meanwhile (a page
    // arriving selects the image to come back to). The answer goes to the image asked about.
    const QString id = m_imageId;
    const auto answer = QMessageBox::question(
        this, tr("Reject Share"),
        tr("Reject this image for your project? It is then no longer listed with your project's images. "
           "Nothing is deleted, and you can accept the share later."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        Q_EMIT answerRequested(id, ImageMember::Status::Rejected);
}

void ImageSharingTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    Q_EMIT shown();
}

void ImageSharingTab::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void ImageSharingTab::applyColors()
{
    // A note reads as the pane's own text; only a failure stands out.
    QPalette palette = this->palette();
    if (m_kind == Kind::Failure)
        palette.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::AlertText, palette));
    m_message->setPalette(palette);
}

} // namespace Skylight
