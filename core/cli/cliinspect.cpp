// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/cliinspect.h"

#include "adapters/imageadapter.h"
#include "cli/exitcode.h"
#include "cli/inspectionprinter.h"
#include "inspect/remoteinspection.h"
#include "net/terminaltext.h"

#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CliInspect::CliInspect(QNetworkAccessManager* nam, ImageAdapter* adapter, TransportOptions transport,
                       CliOptions options, QIODevice* out, QIODevice* err, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_adapter(adapter)
    , m_transport(std::move(transport))
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
{}

void CliInspect::start()
{
    ImageShowJob* show = m_adapter->show(m_options.imageId);
    show->then(this, [this](const Result<ImageRecord>& record) {
        if (!record) {
            Q_EMIT failed(record.error());
            return;
        }
        inspect(*record);
    });
}

void CliInspect::inspect(const ImageRecord& record)
{
    m_tokenGeneration = m_adapter->tokenGeneration(); // the token the requests carry
    const Result<FileLocation> location = m_adapter->fileLocation(record);
    if (!location) {
        Q_EMIT failed(location.error());
        return;
    }
    RemoteInspectionRequest request = RemoteInspectionRequest::forImage(record, *location);
    if (!m_options.declaredFormat.isEmpty())
        request.declaredFormat = m_options.declaredFormat;
    auto* job = new RemoteInspection(m_nam, request, m_transport, this);
    job->setRangeSupport(m_ranges);
    connect(job, &RemoteInspection::note, this, [this](const QString& note) {
        m_err->write((terminalSafe(m_redactor.redact(note)) + u'\n').toUtf8());
    });
    job->then(this, [this](const Result<InspectionResult>& result) {
        if (!result) {
            if (result.error().kind == ApiError::Kind::Unauthorized && !m_renewed) {
                renewAndRetry(result.error());
                return;
            }
            Q_EMIT failed(result.error());
            return;
        }
        const QByteArray text =
            m_options.format == u"json"_s ? inspectionJson(*result) : inspectionTable(*result).toUtf8();
        if (m_out->write(text) != text.size()) {
            m_err->write((u"error: could not write the output: "_s + m_out->errorString() + u'\n').toUtf8());
            Q_EMIT succeeded(static_cast<int>(ExitCode::LocalIo));
            return;
        }
        Q_EMIT succeeded(static_cast<int>(result->acceptable() ? ExitCode::Ok : ExitCode::Verification));
    });
    job->start();
}

void CliInspect::renewAndRetry(const ApiError& refusal)
{
    m_renewed = true;
    m_adapter->renewToken(m_tokenGeneration, this, [this, refusal](const std::optional<ApiError>& failure) {
        if (failure) {
            Q_EMIT failed(*failure);
            return;
        }
        m_err->write(
            (terminalSafe(m_redactor.redact(refusal.message)) + u" Signed in again; inspecting again.\n"_s)
                .toUtf8());
        start();
    });
}

} // namespace Skylight
