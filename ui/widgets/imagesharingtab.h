// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagemember.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Skylight {

class MemberTableModel;

// The details pane's Sharing tab: what the selected image's sharing is. A line above says what
// is going on (loading, why there are no members, what failed, the answer just given), a summary
// says whose membership the table shows, and for a membership of the user's project the Accept and
// Reject buttons answer the share (Reject asks first). Server text is shown as plain text, long
// values cut with the whole in the tooltip. ImageSharingController fills it.
class ImageSharingTab : public QWidget
{
    Q_OBJECT
public:
    explicit ImageSharingTab(QWidget* parent = nullptr);

    // The table of members (made by the details pane, which gives every table copying and menus).
    void setTable(QTableView* table);
    QTableView* table() const { return m_table; }
    MemberTableModel* model() const { return m_model; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }

    // What the message line says: nothing, a neutral note, or a failure.
    enum class Kind
    {
        None,
        Note,
        Failure,
    };
    Kind messageKind() const { return m_kind; }

    // Nothing shown (no image, or one not asked about yet).
    void clear();
    // Only a line: "Loading members…", why the image has no members, a failure. `keepMembers`:
    // above the members shown (what an answer to the share met).
    void showMessage(Kind kind, const QString& text, bool keepMembers = false);
    // The members with a summary above; `answerable`: the buttons answer for the user's project,
    // whose membership is `current` (none: unknown).
    void showMembers(const QString& summary, const QList<ImageMember>& members, bool answerable,
                     std::optional<ImageMember::Status> current);
    // An answer is being given (buttons off), or not any more.
    // The image whose sharing is shown: what Accept and Reject answer for.
    void setImageId(const QString& id) { m_imageId = id; }
    const QString& imageId() const { return m_imageId; }
    void setAnswering(bool answering);

Q_SIGNALS:
    // The tab became visible (chosen, or the window shown): time to fetch what it shows.
    void shown();
    // The user answered the share (a rejection once confirmed).
    // The user answered the share of image `imageId` (the one shown when the button was pressed).
    void answerRequested(const QString& imageId, Skylight::ImageMember::Status status);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void confirmReject();
    void applyColors();

    MemberTableModel* m_model;
    QLabel* m_message;
    QLabel* m_summary;
    QTableView* m_table = nullptr;
    QWidget* m_buttons;
    QPushButton* m_accept;
    QPushButton* m_reject;
    Kind m_kind = Kind::None;
    std::optional<ImageMember::Status> m_current;
    QString m_imageId; // the image shown (setImageId)
};

// `text` for a label: plain text, cut at `max` characters with "…" (the whole in `tooltip`).
void setPlainLabelText(QLabel* label, const QString& text, qsizetype max = 600);

} // namespace Skylight
