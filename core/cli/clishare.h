// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "cli/clioptions.h"
#include "image/imagemember.h"
#include "net/apierror.h"

#include <QObject>

namespace Skylight {

class ImageAdapter;

// `skylight-cli members IMAGE_ID` and `share accept|reject IMAGE_ID` (Image API v2 sharing): lists
// an image's members, or answers a share for the user's project (`projectId` when known, else the
// one membership the server lists: MembershipChange). Output as a table or as JSON with the API's
// keys; an image that is not shared is an error with the server's reason (exit status 5).
class CliShare : public QObject
{
    Q_OBJECT
public:
    CliShare(ImageAdapter* adapter, CliOptions options, QString projectId, QObject* parent = nullptr);

    void start();

    // The members' table (server text escaped for terminals).
    static QString membersTable(const QList<ImageMember>& members);

Q_SIGNALS:
    void output(const QByteArray& text); // for standard output
    void warning(const QString& line);   // for standard error (entries left out), not yet escaped
    void succeeded();
    void failed(const Skylight::ApiError& error);

private:
    void listMembers();
    void answer();

    ImageAdapter* m_adapter;
    CliOptions m_options;
    QString m_projectId;
};

} // namespace Skylight
