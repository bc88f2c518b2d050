// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/contentcheck.h"

#include "download/downloadrequest.h"
#include "image/datasize.h"
#include "inspect/imageinspector.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

std::unique_ptr<ImageInspector> ContentCheck::inspectorFor(const DownloadRequest& request)
{
    if (!request.inspect)
        return nullptr;
    auto inspector = std::make_unique<ImageInspector>();
    inspector->setDeclaredFormat(request.declaredFormat);
    if (request.expectedSize >= 0)
        inspector->setTotalSize(request.expectedSize);
    return inspector;
}

bool ContentCheck::refuses(const std::optional<InspectionResult>& inspection, const DownloadRequest& request)
{
    return inspection && !inspection->acceptable() && !request.allowUnsafe;
}

QString ContentCheck::problemText(const InspectionResult& inspection)
{
    QStringList texts = inspection.problemTexts();
    if (texts.isEmpty()) // not acceptable without a sentence: never silent about why
        texts << tr("The image's contents could not be recognised as safe.");
    // One sentence after another as the language writes them.
    return texts.join(tr(" ", "between two sentences"));
}

ApiError ContentCheck::refusal(const InspectionResult& inspection, const QString& imageId)
{
    return ApiError::make(ApiError::Kind::Verification,
                          tr("The contents of image %1 were refused: %2 Nothing was kept.")
                              .arg(imageId, problemText(inspection)));
}

QString ContentCheck::summary(const InspectionResult& inspection)
{
    const QString format = inspection.format.isEmpty() ? tr("unknown format") : inspection.format;
    const QString what = inspection.virtualSize
                             ? tr("%1, %2 virtual").arg(format, dataSizeText(*inspection.virtualSize))
                             : format;
    if (inspection.acceptable())
        return tr("%1 — safe").arg(what);
    if (inspection.safe) // safe, but not what it was declared as
        return tr("%1 — not the declared %2: %3")
            .arg(what, inspection.declaredFormat, problemText(inspection));
    return tr("%1 — unsafe: %2").arg(what, problemText(inspection));
}

} // namespace Skylight
