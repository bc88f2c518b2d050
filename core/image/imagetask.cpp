// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagetask.h"

#include "image/cappedtext.h"
#include "image/entrycheck.h"
#include "image/jsonfields.h"
#include "image/nesting.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kMaxDepth = 8;
constexpr qsizetype kMaxStoresPerTask = 64;

// `value` with every string longer than `maxChars` cut, and nothing deeper than kMaxDepth.
QJsonValue capped(const QJsonValue& value, qsizetype maxChars)
{
    if (value.isString())
        return cappedText(value, maxChars).value_or(QString());
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = capped(it.value(), maxChars);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = capped(array.at(i), maxChars);
        return array;
    }
    return value;
}

QStringList storeIds(const QJsonValue& value)
{
    QStringList ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& id : array) {
        if (ids.size() >= kMaxStoresPerTask)
            break;
        if (auto text = cappedText(id, 256); text && !text->isEmpty())
            ids.append(*text);
    }
    return ids;
}
} // namespace

Result<ImageTaskList> ImageTaskList::fromJson(const QJsonObject& payload)
{
    const QJsonValue tasks = payload.value(u"tasks"_s);
    if (!tasks.isArray()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::ImageTaskList",
                                        "The task list from the server has no \"tasks\" array.")));
    }
    const QJsonArray array = tasks.toArray();
    ImageTaskList list;
    EntryCheck check;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (auto problem = check.problem(i + 1, entry)) {
            list.skipped.add(*problem);
            continue;
        }
        if (list.tasks.size() >= kMaxTasks) {
            list.skipped.add(
                QCoreApplication::translate("Skylight::ImageTaskList", "entry %1 is beyond the %2 tasks read")
                    .arg(i + 1)
                    .arg(kMaxTasks));
            continue;
        }
        const QJsonObject object =
            capped(Nesting::bounded(QJsonValue(entry.toObject()), kMaxDepth), kMaxText).toObject();
        ImageTask task;
        task.raw = object;
        task.id = object.value(u"id"_s).toString();
        task.type = cappedText(object.value(u"type"_s), kMaxText).value_or(QString());
        task.status = cappedText(object.value(u"status"_s), kMaxText).value_or(QString()).toLower();
        task.message = cappedText(object.value(u"message"_s), kMaxText);
        task.owner = cappedText(object.value(u"owner"_s), kMaxText);
        task.imageId = cappedText(object.value(u"image_id"_s), kMaxText);
        task.requestId = cappedText(object.value(u"request-id"_s), kMaxText);
        if (!task.requestId)
            task.requestId = cappedText(object.value(u"request_id"_s), kMaxText);
        task.user = cappedText(object.value(u"user"_s), kMaxText);
        if (!task.user)
            task.user = cappedText(object.value(u"user_id"_s), kMaxText);
        task.createdAt = JsonFields::dateTime(object.value(u"created_at"_s));
        task.updatedAt = JsonFields::dateTime(object.value(u"updated_at"_s));
        task.expiresAt = JsonFields::dateTime(object.value(u"expires_at"_s));
        const QJsonObject input = object.value(u"input"_s).toObject();
        const QJsonObject request = input.value(u"import_req"_s).toObject();
        task.method =
            cappedText(request.value(u"method"_s).toObject().value(u"name"_s), 256).value_or(QString());
        task.stores = storeIds(input.value(u"backend"_s));
        if (task.stores.isEmpty())
            task.stores = storeIds(request.value(u"stores"_s));
        list.tasks.append(task);
    }
    return list;
}

} // namespace Skylight
