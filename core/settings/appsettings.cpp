// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "settings/appsettings.h"

#include "adapters/imagelistloader.h"
#include "net/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <iterator>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {

// Every key, once. The app's store:
constexpr auto kSchemaVersionKey = "schema/version";
constexpr auto kDownloadFolderKey = "downloads/folder";
constexpr auto kConcurrencyKey = "downloads/concurrency";
constexpr auto kImageCapKey = "listing/maxImages";
constexpr auto kShowHiddenKey = "listing/showHidden";
constexpr auto kGeometryKey = "window/geometry";
constexpr auto kStateKey = "window/state";
constexpr auto kColumnsKey = "window/imageColumns";
constexpr auto kLastCloudKey = "window/lastCloud";
constexpr auto kLastImageGroup = "lastImage";
constexpr auto kListScopeGroup = "listScope";
constexpr auto kTransfersArray = "transfers";
constexpr auto kCloudsGroup = "clouds";
// ...the fields of a transfer in the "transfers" array:
constexpr auto kTransferCloud = "cloud";
constexpr auto kTransferImageName = "image_name";
constexpr auto kTransferImageId = "image_id";
constexpr auto kTransferTarget = "target";
constexpr auto kTransferSize = "size";
constexpr auto kTransferHashAlgorithm = "hash_algo";
constexpr auto kTransferHashValue = "hash_value";
constexpr auto kTransferMd5 = "checksum";
constexpr auto kTransferStore = "store";
constexpr auto kTransferDiskFormat = "disk_format";
constexpr auto kTransferAskOnUnsafe = "ask_on_unsafe";
constexpr auto kTransferVerify = "verify";
// ...and before version 1: the last images, inside the clouds' group, keyed by the percent-encoded
// name of their cloud; and the fields a cloud saved in the app had (CloudProfileStore::save of
// 0.x always wrote name, auth_type, verify, dialect and remember_secret).
constexpr auto kV0LastImageGroup = "clouds/lastImage";
constexpr auto kV0CloudName = "lastImage";
constexpr const char* kV0CloudFields[] = {"name",
                                          "auth_type",
                                          "auth_url",
                                          "username",
                                          "user_id",
                                          "user_domain_name",
                                          "project_name",
                                          "project_id",
                                          "project_domain_name",
                                          "application_credential_id",
                                          "region_name",
                                          "interface",
                                          "cacert",
                                          "image_endpoint",
                                          "image_data_endpoint",
                                          "verify",
                                          "dialect",
                                          "remember_secret"};
// The secret index's store:
constexpr auto kSecretIndexGroup = "secretIndex";
// The range memory's store:
constexpr auto kRangesKey = "downloads/endpointsWithoutRanges";

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

// Group and key names must not contain '/' (QSettings nesting): percent-encode free text.
QString encoded(const QString& name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString cloudGroup(const QString& name)
{
    return key(kCloudsGroup) + u'/' + encoded(name);
}

// Typed reads: a value of another type than the setting's (an edited or hostile file) is the
// default. An INI file keeps numbers and booleans as text; byte arrays as @ByteArray(...).
QVariant raw(const QSettings* store, const QString& name)
{
    return store ? store->value(name) : QVariant();
}

QString readString(const QSettings* store, const QString& name, const QString& fallback = {})
{
    const QVariant value = raw(store, name);
    return value.typeId() == QMetaType::QString ? value.toString() : fallback;
}

qint64 readInteger(const QSettings* store, const QString& name, qint64 fallback)
{
    const QVariant value = raw(store, name);
    bool ok = false;
    qint64 number = 0;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        number = value.toLongLong(&ok);
        break;
    case QMetaType::QString:
        number = value.toString().trimmed().toLongLong(&ok);
        break;
    default:
        break;
    }
    return ok ? number : fallback;
}

bool readBool(const QSettings* store, const QString& name, bool fallback)
{
    const QVariant value = raw(store, name);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() != QMetaType::QString)
        return fallback;
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true"_s || text == u"1"_s)
        return true;
    if (text == u"false"_s || text == u"0"_s)
        return false;
    return fallback;
}

QByteArray readBytes(const QSettings* store, const QString& name)
{
    const QVariant value = raw(store, name);
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}

QStringList readStringList(const QSettings* store, const QString& name)
{
    const QVariant value = raw(store, name);
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    if (value.typeId() == QMetaType::QString) // a list of one, in an INI file
        return {value.toString()};
    return {};
}

} // namespace

AppSettings::AppSettings(Stores stores)
    : m_stores(stores)
{}

AppSettings::AppSettings(QSettings* all)
    : m_stores{all, all, all}
{}

int AppSettings::schemaVersion() const
{
    return static_cast<int>(readInteger(m_stores.app, key(kSchemaVersionKey), 0));
}

bool AppSettings::isReadOnly() const
{
    return m_stores.app && schemaVersion() > kSchemaVersion;
}

QString AppSettings::readOnlySummary()
{
    return QCoreApplication::translate("Skylight::AppSettings",
                                       "Settings are not saved: a newer Skylight wrote them.");
}

QString AppSettings::readOnlyReason() const
{
    if (!isReadOnly())
        return QString();
    return QCoreApplication::translate("Skylight::AppSettings",
                                       "The settings file %1 was written by a newer version of Skylight "
                                       "(settings version %2; this one knows up to %3). It is read as far as "
                                       "it is understood, and nothing is saved to it: window layout, folders "
                                       "and unfinished downloads are not kept.")
        .arg(QDir::toNativeSeparators(m_stores.app->fileName()))
        .arg(schemaVersion())
        .arg(kSchemaVersion);
}

QSettings* AppSettings::writable(QSettings* store) const
{
    if (!store || !isReadOnly())
        return store;
    // The secret index and the range memory are files of their own, unless they are the app's.
    if (store == m_stores.app || store->fileName() == m_stores.app->fileName())
        return nullptr;
    return store;
}

bool AppSettings::migrate()
{
    QSettings* store = m_stores.app;
    if (!store)
        return true;
    const int version = schemaVersion();
    if (version > kSchemaVersion)
        return false; // read-only: isReadOnly()
    if (version == kSchemaVersion)
        return true;
    // 0 -> 1: the last images leave the clouds' group. The same group "clouds/lastImage" is the
    // record of a cloud saved in the app under the name "lastImage", when there is one: then its
    // "name" is the text "lastImage" and it has an "auth_type" (0.x wrote both for every cloud,
    // and a last image is never under both keys: they would be two clouds called "name" and
    // "auth_type" whose last image is the id "lastImage"). The record's fields stay, every other
    // key is a last image. (A cloud named like a field, "verify"..., shared its key with that
    // record in 0.x already: the record keeps it.)
    store->beginGroup(key(kV0LastImageGroup));
    const QStringList keys = store->childKeys();
    const QVariant recordName = store->value(u"name"_s);
    const bool cloudRecord = recordName.typeId() == QMetaType::QString &&
                             recordName.toString() == key(kV0CloudName) && store->contains(u"auth_type"_s);
    QVariantMap lastImages;
    for (const QString& cloud : keys) {
        const bool field = std::any_of(std::begin(kV0CloudFields), std::end(kV0CloudFields),
                                       [&cloud](const char* name) { return cloud == key(name); });
        if (!(cloudRecord && field))
            lastImages.insert(cloud, store->value(cloud));
    }
    store->endGroup();
    for (auto it = lastImages.cbegin(); it != lastImages.cend(); ++it) {
        store->remove(key(kV0LastImageGroup) + u'/' + it.key());
        store->setValue(key(kLastImageGroup) + u'/' + it.key(), it.value());
    }
    store->setValue(key(kSchemaVersionKey), kSchemaVersion);
    store->sync();
    return true;
}

void AppSettings::adoptEndpointKey(const QString& host, const QString& endpoint)
{
    QSettings* store = writable(m_stores.app);
    if (!store || host.isEmpty() || host == endpoint || hasStoredCloud(host))
        return;
    const QString oldImage = key(kLastImageGroup) + u'/' + encoded(host);
    const QString newImage = key(kLastImageGroup) + u'/' + encoded(endpoint);
    if (store->contains(oldImage)) {
        if (!store->contains(newImage))
            store->setValue(newImage, store->value(oldImage));
        store->remove(oldImage);
    }
    rewriteTransfers([&host, &endpoint](QList<StoredTransfer> kept) {
        for (StoredTransfer& transfer : kept) {
            if (transfer.cloud == host)
                transfer.cloud = endpoint;
        }
        return kept;
    });
    store->sync();
}

QString AppSettings::downloadFolder() const
{
    const QString folder = readString(m_stores.app, key(kDownloadFolderKey));
    return folder.isEmpty() ? defaultDownloadFolder() : folder;
}

QString AppSettings::defaultDownloadFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
}

void AppSettings::setDownloadFolder(const QString& folder)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kDownloadFolderKey), folder);
}

int AppSettings::downloadConcurrency() const
{
    const qint64 count = readInteger(m_stores.app, key(kConcurrencyKey), kDefaultConcurrency);
    return count >= 1 && count <= kMaxConcurrency ? static_cast<int>(count) : kDefaultConcurrency;
}

void AppSettings::setDownloadConcurrency(int count)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kConcurrencyKey), std::clamp(count, 1, kMaxConcurrency));
}

qint64 AppSettings::imageCap() const
{
    const qint64 cap = readInteger(m_stores.app, key(kImageCapKey), ImageListLoader::kDefaultImageCap);
    return cap > 0 ? cap : ImageListLoader::kDefaultImageCap;
}

void AppSettings::setImageCap(qint64 cap)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kImageCapKey), cap);
}

bool AppSettings::showHidden() const
{
    return readBool(m_stores.app, key(kShowHiddenKey), false);
}

void AppSettings::setShowHidden(bool show)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kShowHiddenKey), show);
}

QByteArray AppSettings::windowGeometry() const
{
    return readBytes(m_stores.app, key(kGeometryKey));
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kGeometryKey), geometry);
}

QByteArray AppSettings::windowState() const
{
    return readBytes(m_stores.app, key(kStateKey));
}

void AppSettings::setWindowState(const QByteArray& state)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kStateKey), state);
}

QByteArray AppSettings::imageColumns() const
{
    return readBytes(m_stores.app, key(kColumnsKey));
}

void AppSettings::setImageColumns(const QByteArray& state)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kColumnsKey), state);
}

QString AppSettings::lastCloud() const
{
    return readString(m_stores.app, key(kLastCloudKey));
}

void AppSettings::setLastCloud(const QString& name)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kLastCloudKey), name);
}

QString AppSettings::lastImage(const QString& cloud) const
{
    return readString(m_stores.app, key(kLastImageGroup) + u'/' + encoded(cloud));
}

void AppSettings::setLastImage(const QString& cloud, const QString& imageId)
{
    if (QSettings* store = writable(m_stores.app))
        store->setValue(key(kLastImageGroup) + u'/' + encoded(cloud), imageId);
}

ListScope AppSettings::listScope(const QString& cloud) const
{
    return ListScope::fromSettingsValue(
               readString(m_stores.app, key(kListScopeGroup) + u'/' + encoded(cloud)))
        .value_or(ListScope{});
}

void AppSettings::setListScope(const QString& cloud, const ListScope& scope)
{
    QSettings* store = writable(m_stores.app);
    if (!store)
        return;
    const QString name = key(kListScopeGroup) + u'/' + encoded(cloud);
    if (scope.isDefault())
        store->remove(name);
    else
        store->setValue(name, scope.toSettingsValue());
}

QList<StoredTransfer> AppSettings::transfers() const
{
    if (m_stores.app && !isReadOnly())
        m_stores.app->sync(); // another process may have written since
    return readTransfers();
}

QList<StoredTransfer> AppSettings::readTransfers() const
{
    QSettings* store = m_stores.app;
    if (!store)
        return {};
    QList<StoredTransfer> transfers;
    // The count is the file's word: an edited or hostile file may claim billions of entries.
    const int count = std::min(store->beginReadArray(key(kTransfersArray)), kMaxStoredTransfers);
    for (int i = 0; i < count; ++i) {
        store->setArrayIndex(i);
        StoredTransfer transfer;
        transfer.cloud = readString(store, key(kTransferCloud));
        transfer.imageName = readString(store, key(kTransferImageName));
        transfer.imageId = readString(store, key(kTransferImageId));
        transfer.targetPath = readString(store, key(kTransferTarget));
        transfer.expectedSize = readInteger(store, key(kTransferSize), -1);
        transfer.hashAlgorithm = readString(store, key(kTransferHashAlgorithm));
        transfer.hashValue = readString(store, key(kTransferHashValue));
        transfer.md5 = readString(store, key(kTransferMd5));
        transfer.store = readString(store, key(kTransferStore));
        transfer.verify = readBool(store, key(kTransferVerify), true);
        transfer.diskFormat = readString(store, key(kTransferDiskFormat)).left(64);
        transfer.askOnUnsafe = readBool(store, key(kTransferAskOnUnsafe), false);
        transfers.append(transfer);
    }
    store->endArray();
    return transfers;
}

void AppSettings::setTransfers(const QList<StoredTransfer>& transfers)
{
    rewriteTransfers([&transfers](const QList<StoredTransfer>&) { return transfers; });
}

void AppSettings::saveTransfers(const QList<StoredTransfer>& known, const QList<StoredTransfer>& now)
{
    rewriteTransfers(
        [&known, &now](const QList<StoredTransfer>& file) { return mergeStoredTransfers(file, known, now); });
}

void AppSettings::rewriteTransfers(
    const std::function<QList<StoredTransfer>(const QList<StoredTransfer>&)>& change)
{
    QSettings* store = writable(m_stores.app);
    if (!store)
        return;
    // QSettings locks its file only while it writes; the read before the write needs a lock of its
    // own (a file beside the settings; none for a store that is not a file, such as the registry).
    const QFileInfo file(store->fileName());
    std::optional<QLockFile> lock;
    if (file.absoluteDir().exists()) {
        lock.emplace(file.absoluteFilePath() + u".transfers-lock"_s);
        if (!lock->tryLock(5000))
            qCWarning(lcDownload) << "the lock beside the settings file could not be taken; saving anyway";
    }
    store->sync(); // what another process wrote since
    const QList<StoredTransfer> before = readTransfers();
    const QList<StoredTransfer> after = change(before);
    if (after != before)
        writeTransfers(store, after);
    store->sync();
}

void AppSettings::writeTransfers(QSettings* store, const QList<StoredTransfer>& transfers)
{
    store->remove(key(kTransfersArray));
    store->beginWriteArray(key(kTransfersArray));
    for (int i = 0; i < transfers.size(); ++i) {
        const StoredTransfer& transfer = transfers.at(i);
        store->setArrayIndex(i);
        store->setValue(key(kTransferCloud), transfer.cloud);
        store->setValue(key(kTransferImageName), transfer.imageName);
        store->setValue(key(kTransferImageId), transfer.imageId);
        store->setValue(key(kTransferTarget), transfer.targetPath);
        store->setValue(key(kTransferSize), transfer.expectedSize);
        store->setValue(key(kTransferHashAlgorithm), transfer.hashAlgorithm);
        store->setValue(key(kTransferHashValue), transfer.hashValue);
        store->setValue(key(kTransferMd5), transfer.md5);
        store->setValue(key(kTransferStore), transfer.store);
        store->setValue(key(kTransferVerify), transfer.verify);
        store->setValue(key(kTransferDiskFormat), transfer.diskFormat);
        store->setValue(key(kTransferAskOnUnsafe), transfer.askOnUnsafe);
    }
    store->endArray();
}

QList<QVariantMap> AppSettings::storedClouds() const
{
    QSettings* store = m_stores.app;
    if (!store)
        return {};
    store->beginGroup(key(kCloudsGroup));
    const QStringList groups = store->childGroups();
    store->endGroup();
    QList<QVariantMap> clouds;
    for (const QString& group : groups) {
        QVariantMap fields;
        store->beginGroup(key(kCloudsGroup) + u'/' + group);
        for (const QString& field : store->childKeys())
            fields.insert(field, store->value(field));
        store->endGroup();
        if (fields.value(u"name"_s).typeId() != QMetaType::QString)
            fields.insert(u"name"_s, QUrl::fromPercentEncoding(group.toLatin1()));
        clouds.append(fields);
    }
    return clouds;
}

QVariantMap AppSettings::storedCloud(const QString& name) const
{
    QSettings* store = m_stores.app;
    if (!store)
        return {};
    QVariantMap fields;
    store->beginGroup(cloudGroup(name));
    for (const QString& field : store->childKeys())
        fields.insert(field, store->value(field));
    store->endGroup();
    return fields;
}

bool AppSettings::hasStoredCloud(const QString& name) const
{
    return m_stores.app && m_stores.app->contains(cloudGroup(name) + u"/name"_s);
}

void AppSettings::setStoredCloud(const QString& name, const QVariantMap& fields)
{
    QSettings* store = writable(m_stores.app);
    if (!store)
        return;
    store->remove(cloudGroup(name));
    store->beginGroup(cloudGroup(name));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        store->setValue(it.key(), it.value());
    store->endGroup();
    store->sync();
}

void AppSettings::removeStoredCloud(const QString& name)
{
    QSettings* store = writable(m_stores.app);
    if (!store)
        return;
    store->remove(cloudGroup(name));
    store->sync();
}

QStringList AppSettings::secretKinds(const QString& profile) const
{
    if (!m_stores.secretIndex)
        return {};
    m_stores.secretIndex->beginGroup(key(kSecretIndexGroup));
    const QStringList kinds = readStringList(m_stores.secretIndex, profile);
    m_stores.secretIndex->endGroup();
    return kinds;
}

void AppSettings::setSecretKinds(const QString& profile, const QStringList& kinds)
{
    QSettings* store = writable(m_stores.secretIndex);
    if (!store)
        return;
    store->beginGroup(key(kSecretIndexGroup));
    if (kinds.isEmpty())
        store->remove(profile);
    else
        store->setValue(profile, kinds);
    store->endGroup();
    store->sync();
}

QStringList AppSettings::endpointsWithoutRanges() const
{
    return readStringList(m_stores.rangeMemory, key(kRangesKey));
}

void AppSettings::setEndpointsWithoutRanges(const QStringList& keys)
{
    QSettings* store = writable(m_stores.rangeMemory);
    if (!store)
        return;
    store->setValue(key(kRangesKey), keys);
    store->sync();
}

void AppSettings::sync()
{
    for (QSettings* store : {m_stores.app, m_stores.secretIndex, m_stores.rangeMemory}) {
        if (writable(store))
            store->sync();
    }
}

} // namespace Skylight
