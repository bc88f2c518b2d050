// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "cli/clioptions.h"
#include "image/imagerecord.h"
#include "net/apierror.h"
#include "net/secretredactor.h"
#include "net/transportoptions.h"

#include <QObject>

class QIODevice;
class QNetworkAccessManager;

namespace Skylight {

class ImageAdapter;
class RangeSupport;

// `skylight-cli inspect IMAGE_ID [--declared FORMAT] [-f table|json]`: shows the image (its size,
// disk_format, store), finds where its bytes are and inspects them there (RemoteInspection: a few
// ranges, or the stream until decided), then prints the verdict as `inspect --file` does. A
// refused token is renewed once through the adapter, and the inspection starts again.
class CliInspect : public QObject
{
    Q_OBJECT
public:
    CliInspect(QNetworkAccessManager* nam, ImageAdapter* adapter, TransportOptions transport,
               CliOptions options, QIODevice* out, QIODevice* err, QObject* parent = nullptr);

    void start();
    void setRangeSupport(RangeSupport* ranges) { m_ranges = ranges; }
    // The secrets the notes (from the server) are cleared of before they are shown.
    void setRedactor(const SecretRedactor& redactor) { m_redactor = redactor; }

Q_SIGNALS:
    // The verdict was printed: 0 safe and as declared, 7 not, 8 the output could not be written.
    void succeeded(int exitCode);
    void failed(const Skylight::ApiError& error);

private:
    void inspect(const ImageRecord& record);
    void renewAndRetry(const ApiError& refusal);

    QNetworkAccessManager* m_nam;
    ImageAdapter* m_adapter;
    TransportOptions m_transport;
    CliOptions m_options;
    QIODevice* m_out;
    QIODevice* m_err;
    RangeSupport* m_ranges = nullptr;
    SecretRedactor m_redactor;
    int m_tokenGeneration = 0;
    bool m_renewed = false;
};

} // namespace Skylight
