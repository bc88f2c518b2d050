// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagelink.h"
#include "widgets/messagekind.h"

#include <QObject>
#include <functional>

namespace Skylight {

class BrowsingController;

// Does what activating a link of the Links tab means (linkActionFor): fetches the image again,
// downloads it, copies an API address (a browser has no token for it), opens a web page, or
// refuses; says so through message().
class LinkOpener : public QObject
{
    Q_OBJECT

public:
    LinkOpener(BrowsingController* browsing, std::function<void()> download, QObject* parent = nullptr);

    void open(const ImageLink& link);

Q_SIGNALS:
    void message(Skylight::MessageKind kind, const QString& text);

private:
    BrowsingController* m_browsing;
    std::function<void()> m_download;
};

} // namespace Skylight
