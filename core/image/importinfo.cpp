// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/importinfo.h"

#include "image/cappedtext.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

Result<ImportInfo> ImportInfo::fromJson(const QJsonObject& payload)
{
    const QJsonValue methods = payload.value(u"import-methods"_s);
    if (!methods.isObject() || !methods.toObject().value(u"value"_s).isArray()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::ImportInfo",
                                        "The import information from the server has no \"import-methods\" "
                                        "list.")));
    }
    ImportInfo info;
    info.description = cappedText(methods.toObject().value(u"description"_s), 1024).value_or(QString());
    const QJsonArray values = methods.toObject().value(u"value"_s).toArray();
    for (const QJsonValue& value : values) {
        if (info.methods.size() >= kMaxMethods)
            break;
        if (auto method = cappedText(value, 128);
            method && !method->isEmpty() && !info.methods.contains(*method))
            info.methods.append(*method);
    }
    return info;
}

} // namespace Skylight
