// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagestore.h"

#include "image/cappedtext.h"
#include "image/entrycheck.h"
#include "image/jsonfields.h"
#include "image/nesting.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QJsonObject ImageStore::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"description"_s, description},
                       {u"default"_s, isDefault},
                       {u"read-only"_s, readOnly}};
    if (type)
        object.insert(u"type"_s, *type);
    if (!properties.isEmpty())
        object.insert(u"properties"_s, properties);
    if (weight)
        object.insert(u"weight"_s, *weight);
    return object;
}

Result<ImageStoreList> ImageStoreList::fromJson(const QJsonObject& payload)
{
    const QJsonValue stores = payload.value(u"stores"_s);
    if (!stores.isArray()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::ImageStoreList",
                                        "The store list from the server has no \"stores\" array.")));
    }
    const QJsonArray array = stores.toArray();
    ImageStoreList list;
    EntryCheck check;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (auto problem = check.problem(i + 1, entry)) {
            list.skipped.add(*problem);
            continue;
        }
        if (list.stores.size() >= kMaxStores) {
            list.skipped.add(QCoreApplication::translate("Skylight::ImageStoreList",
                                                         "entry %1 is beyond the %2 stores read")
                                 .arg(i + 1)
                                 .arg(kMaxStores));
            continue;
        }
        const QJsonObject object = entry.toObject();
        ImageStore store;
        store.id = cappedText(object.value(u"id"_s), kMaxText).value_or(QString());
        store.description = cappedText(object.value(u"description"_s), kMaxText).value_or(QString());
        store.isDefault = JsonFields::boolean(object.value(u"default"_s)).value_or(false);
        store.readOnly = JsonFields::boolean(object.value(u"read-only"_s)).value_or(false);
        store.type = cappedText(object.value(u"type"_s), kMaxText);
        if (object.value(u"properties"_s).isObject())
            store.properties = Nesting::bounded(object.value(u"properties"_s).toObject(), 8);
        store.weight = JsonFields::integer(object.value(u"weight"_s));
        list.detailed = list.detailed || store.type.has_value();
        list.stores.append(store);
    }
    return list;
}

const ImageStore* ImageStoreList::find(const QString& id) const
{
    for (const ImageStore& store : stores) {
        if (store.id == id)
            return &store;
    }
    return nullptr;
}

QString ImageStoreList::summary() const
{
    QStringList parts;
    for (const ImageStore& store : stores) {
        QStringList notes;
        if (store.isDefault)
            notes.append(u"default"_s);
        if (store.readOnly)
            notes.append(u"read-only"_s);
        parts.append(notes.isEmpty() ? store.id : u"%1 (%2)"_s.arg(store.id, notes.join(u", "_s)));
    }
    return parts.join(u", "_s);
}

} // namespace Skylight
