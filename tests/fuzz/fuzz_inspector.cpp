// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The image inspector (core/inspect) on a disk image's bytes. Input: the first byte chooses the
// chunk size and how the stream ends ('0'..'9': chunks of 1, 7, 512, 4096 bytes..., the size
// known or not, the end fed whole or as a tail); the rest is the image. Checked: a verdict
// always comes (a format; safe exactly when no problem but a mismatch), the same verdict in every
// chunking, bytes_read never more than the input, the JSON with its eight keys.
#include "fuzz/fuzzsupport.h"
#include "inspect/imageinspector.h"

#include <QJsonObject>

using namespace Skylight;

namespace {
InspectionResult inspect(const QByteArray& image, qsizetype chunk, bool sizeKnown, bool seekToTail)
{
    ImageInspector inspector;
    inspector.setDeclaredFormat(QStringLiteral("qcow2"));
    if (sizeKnown)
        inspector.setTotalSize(image.size());
    qsizetype at = 0;
    while (at < image.size() && (!seekToTail || inspector.needsHead())) {
        const qsizetype take = std::min(chunk, image.size() - at);
        inspector.feed(QByteArrayView(image).sliced(at, take));
        at += take;
    }
    if (seekToTail && sizeKnown && inspector.needsEnd() && inspector.tailLength() > 0 &&
        image.size() - inspector.tailLength() > at) {
        inspector.feedTail(QByteArrayView(image).last(inspector.tailLength()));
    } else {
        while (at < image.size()) {
            const qsizetype take = std::min(chunk, image.size() - at);
            inspector.feed(QByteArrayView(image).sliced(at, take));
            at += take;
        }
        inspector.finish();
    }
    if (!inspector.isDecided())
        Fuzz::fail("no verdict after the stream ended");
    return inspector.result();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice choice = Fuzz::choose(data, size);
    constexpr qsizetype kChunks[] = {1, 7, 512, 4096, 65536};
    const qsizetype chunk = kChunks[choice.selector % 5];
    const bool sizeKnown = (choice.selector / 5) % 2 == 0;
    const bool seekToTail = (choice.selector / 10) % 2 == 0;
    const InspectionResult result = inspect(choice.rest, chunk, sizeKnown, seekToTail);
    if (result.format.isEmpty())
        Fuzz::fail("a decided verdict without a format");
    if (result.bytesRead > choice.rest.size())
        Fuzz::fail("more bytes read than given");
    bool contentProblem = false;
    for (const InspectionProblem& problem : result.problems) {
        if (problem.text.isEmpty())
            Fuzz::fail("a problem without a sentence");
        contentProblem = contentProblem || problem.kind != InspectionProblem::Kind::FormatMismatch;
    }
    if (result.safe == contentProblem)
        Fuzz::fail("safe disagrees with the problems");
    if (result.virtualSize && *result.virtualSize < 0)
        Fuzz::fail("a negative virtual size");
    // Another chunking, streaming it all: the same verdict.
    const InspectionResult whole = inspect(choice.rest, 4096, true, false);
    if (sizeKnown && (whole.format != result.format || whole.safe != result.safe ||
                      whole.virtualSize != result.virtualSize))
        Fuzz::fail("the verdict depends on the chunking");
    if (result.toJson().size() != 8)
        Fuzz::fail("the JSON does not have its eight keys");
    return 0;
}
