// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imageusage.h"

#include "image/jsonfields.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QStringList& knownKeys()
{
    static const QStringList keys{u"image_count_total"_s, u"image_size_total"_s, u"image_stage_total"_s,
                                  u"image_count_uploading"_s};
    return keys;
}

QString shownKey(const QString& key)
{
    constexpr qsizetype kShown = 40;
    return key.size() <= kShown ? key : key.left(kShown) + QChar(0x2026);
}
} // namespace

bool UsageEntry::isMebibytes() const
{
    return key.contains(u"_size_"_s) || key.contains(u"_stage_"_s);
}

Result<ImageUsage> ImageUsage::fromJson(const QJsonObject& payload)
{
    const QJsonValue usage = payload.value(u"usage"_s);
    if (!usage.isObject()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::ImageUsage",
                                        "The quota usage from the server has no \"usage\" object.")));
    }
    const QJsonObject quotas = usage.toObject();
    // The known quotas in their order, then the others as QJsonObject sorts them (by name).
    QStringList keys;
    for (const QString& key : knownKeys()) {
        if (quotas.contains(key))
            keys.append(key);
    }
    for (const QString& key : quotas.keys()) {
        if (!knownKeys().contains(key))
            keys.append(key);
    }
    ImageUsage result;
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue value = quotas.value(key);
        const auto limit = JsonFields::integer(value.toObject().value(u"limit"_s));
        const auto used = JsonFields::integer(value.toObject().value(u"usage"_s));
        if (!value.isObject() || (!limit && !used)) {
            result.skipped.add(QCoreApplication::translate("Skylight::ImageUsage",
                                                           "quota \"%1\" has neither a limit nor a usage")
                                   .arg(shownKey(key)));
            continue;
        }
        if (result.entries.size() >= kMaxEntries) {
            result.skipped.add(QCoreApplication::translate("Skylight::ImageUsage",
                                                           "quota \"%1\" is beyond the %2 quotas read")
                                   .arg(shownKey(key))
                                   .arg(kMaxEntries));
            continue;
        }
        result.entries.append({key, limit, used});
    }
    return result;
}

const UsageEntry* ImageUsage::find(const QString& key) const
{
    for (const UsageEntry& entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

QJsonObject ImageUsage::toJson() const
{
    QJsonObject object;
    for (const UsageEntry& entry : entries) {
        QJsonObject quota;
        quota.insert(u"limit"_s, entry.limit ? QJsonValue(*entry.limit) : QJsonValue());
        quota.insert(u"usage"_s, entry.usage ? QJsonValue(*entry.usage) : QJsonValue());
        object.insert(entry.key, quota);
    }
    return object;
}

} // namespace Skylight
