// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/jsonpayload.h"

#include "image/entrycheck.h"
#include "image/nesting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QString sourceOf(const HttpResponse& response)
{
    return response.url.host() +
           (response.url.port() > 0 ? u":"_s + QString::number(response.url.port()) : QString());
}
} // namespace

Result<QJsonObject> jsonObjectPayload(const HttpResponse& response, const QString& what)
{
    const QString where = sourceOf(response);
    if (response.body.trimmed().isEmpty()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::JsonPayload", "%1 sent an empty response for %2.")
                .arg(where, what)));
    }
    const QByteArray contentType = response.header("Content-Type").toLower();
    const QByteArray start = response.body.trimmed().left(256).toLower();
    if (contentType.contains("html") || start.startsWith("<!doctype html") || start.startsWith("<html")) {
        return std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           QCoreApplication::translate("Skylight::JsonPayload",
                                                       "%1 answered %2 with a web page instead of JSON: "
                                                       "check that the endpoint is the image service.")
                               .arg(where, what)));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error == QJsonParseError::DeepNesting) { // Qt's reader stops there
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::JsonPayload",
                                        "%1 sent JSON for %2 that nests deeper than %3 levels; "
                                        "refused.")
                .arg(where, what)
                .arg(Nesting::kQtReaderDepth)));
    }
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           QCoreApplication::translate("Skylight::JsonPayload",
                                                       "%1 sent malformed JSON for %2 (%3 at byte %4).")
                               .arg(where, what, error.errorString())
                               .arg(error.offset)));
    }
    if (!document.isObject()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::JsonPayload", "%1 sent JSON for %2 that is not an object.")
                .arg(where, what)));
    }
    return document.object();
}

std::optional<Result<ImagePage>> scannedImagePage(const HttpResponse& response, const QString& what,
                                                  PendingEntries::Reader reader, bool stream,
                                                  QJsonObject& rest, QByteArrayView key)
{
    if (response.header("Content-Type").toLower().contains("html"))
        return std::nullopt;
    const auto scanned = JsonPageScanner::scan(response.body, key);
    if (!scanned || !scanned->hasArray())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument others = QJsonDocument::fromJson(scanned->objectWithout(key), &error);
    if (error.error != QJsonParseError::NoError || !others.isObject())
        return std::nullopt; // not expected after the scan: Qt reads the whole body and says why
    rest = others.object();
    auto entries = std::make_shared<PendingEntries>(response.body, scanned->elements(), std::move(reader),
                                                    what, sourceOf(response));
    ImagePage page;
    if (stream) {
        page.pending = std::move(entries);
    } else if (auto failure = entries->readAll(page)) {
        return Result<ImagePage>(std::unexpected(std::move(*failure)));
    }
    return Result<ImagePage>(std::move(page));
}

Result<ImageEntries> imageEntries(const QJsonObject& payload, const QString& key)
{
    const QJsonValue images = payload.value(key);
    if (!images.isArray()) {
        return std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           QCoreApplication::translate("Skylight::JsonPayload",
                                                       "The image list from the server has no \"%1\" array.")
                               .arg(key)));
    }
    const QJsonArray array = images.toArray();
    ImageEntries result;
    result.entries.reserve(array.size());
    EntryCheck check;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (auto problem = check.problem(i + 1, entry))
            result.skipped.add(*problem);
        else
            result.entries.append(entry.toObject());
    }
    return result;
}

} // namespace Skylight
