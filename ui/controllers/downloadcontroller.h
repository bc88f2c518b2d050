// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/apierror.h"
#include "widgets/messagekind.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class QWidget;

namespace Skylight {

class AppSettings;
class ImageAdapter;
class TransferQueue;
struct ImageRecord;
struct InspectionResult;

// What the window's Download action does: checks the image has data, finds where its bytes are,
// asks where to save them (SaveImageDialog: a safe name in the last folder, and the image's
// stores, chosen only where the adapter offers the choice), queues the transfer; and finds the
// bytes again for transfers restored from an earlier run or whose token was renewed. Failures
// come out as failed(), for the window's banner. Its downloads ask (DownloadRequest::askOnUnsafe)
// when their contents are refused (unsafe, or not the declared format): the asker names the
// problems and the user keeps the file anyway (Yes) or not (No, the default: the part goes).
// The asker is injectable so tests answer without a modal dialog.
class DownloadController : public QObject
{
    Q_OBJECT
public:
    // True: keep the refused file of `imageName` anyway.
    using UnsafeAsker = std::function<bool(const QString& imageName, const InspectionResult& inspection)>;

    DownloadController(TransferQueue* queue, QWidget* dialogParent, QObject* parent = nullptr);

    TransferQueue* queue() const { return m_queue; }
    // Where the last folder is remembered (none: the Downloads folder, every time).
    void setSettings(AppSettings* settings) { m_settings = settings; }
    // Who answers for refused contents (by default a question box, No being the default).
    void setUnsafeAsker(UnsafeAsker asker) { m_askUnsafe = std::move(asker); }
    // The default asker's question, in plain text: the image and its problems.
    static QString unsafeQuestion(const QString& imageName, const InspectionResult& inspection);

    // Before the window closes: with downloads running, asks whether to quit (No by default);
    // yes pauses them where they are (the next start resumes them). Whether the window may close.
    bool mayQuit();
    // Downloads `record` of `cloud` to `path`; with no path, asks where. False when nothing
    // was started (the user cancelled, or failed() said why).
    bool download(ImageAdapter* adapter, const QString& cloud, const ImageRecord& record,
                  const QString& path);
    // Resumes every transfer of `cloud` that waits for its source, through `adapter`.
    void resumeWaiting(ImageAdapter* adapter, const QString& cloud);
    // Resumes one such transfer; says why not when it belongs to another cloud than `cloud`.
    void locateAndResume(int transferId, ImageAdapter* adapter, const QString& cloud);
    // The transfer in `row` changed: when it failed for its token (401), `adapter` (of `cloud`)
    // renews it, once for the transfer, and the transfer resumes with the new one.
    void renewRefused(int row, ImageAdapter* adapter, const QString& cloud);

Q_SIGNALS:
    void failed(const Skylight::ApiError& error);
    void message(Skylight::MessageKind kind, const QString& text, const QString& details = QString());

private:
    TransferQueue* m_queue;
    QWidget* m_dialogParent;
    AppSettings* m_settings = nullptr;
    UnsafeAsker m_askUnsafe;
    // The token a transfer's source carries: which adapter's, and its generation there.
    struct SentWith
    {
        QPointer<ImageAdapter> adapter;
        int generation = 0;
    };
    void noteToken(int transferId, ImageAdapter* adapter);
    void askAboutContents(int transferId);
    bool askWithDialog(const QString& imageName, const InspectionResult& inspection);

    QHash<int, SentWith> m_sentWith; // by transfer id
    QSet<int> m_locating;            // transfers whose image is being asked for again
};

} // namespace Skylight
