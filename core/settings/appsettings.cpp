#include "settings/appsettings.h"

#include "adapters/imagelistloader.h"

#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {

// Every key, once. The app's store:
constexpr auto kSchemaVersionKey = "schema/version";
constexpr auto kDownloadFolderKey = "downloads/folder";
constexpr auto kConcurrencyKey = "downloads/concurrency";
constexpr auto kImageCapKey = "listing/maxImages";
constexpr auto kGeometryKey = "window/geometry";
constexpr auto kStateKey = "window/state";
constexpr auto kColumnsKey = "window/imageColumns";
constexpr auto kLastCloudKey = "window/lastCloud";
constexpr auto kLastImageGroup = "lastImage";
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
constexpr auto kTransferVerify = "verify";
// ...and before version 1: the last images, inside the clouds' group.
constexpr auto kV0LastImageGroup = "clouds/lastImage";
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

bool AppSettings::migrate()
{
    QSettings* store = m_stores.app;
    if (!store)
        return true;
    const int version = schemaVersion();
    if (version > kSchemaVersion)
        return false;
    if (version == kSchemaVersion)
        return true;
    // 0 -> 1: the last images leave the clouds' group.
    store->beginGroup(key(kV0LastImageGroup));
    const QStringList clouds = store->childKeys();
    QVariantMap lastImages;
    for (const QString& cloud : clouds)
        lastImages.insert(cloud, store->value(cloud));
    store->endGroup();
    store->remove(key(kV0LastImageGroup));
    for (auto it = lastImages.cbegin(); it != lastImages.cend(); ++it)
        store->setValue(key(kLastImageGroup) + u'/' + it.key(), it.value());
    store->setValue(key(kSchemaVersionKey), kSchemaVersion);
    store->sync();
    return true;
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
    if (m_stores.app)
        m_stores.app->setValue(key(kDownloadFolderKey), folder);
}

int AppSettings::downloadConcurrency() const
{
    const qint64 count = readInteger(m_stores.app, key(kConcurrencyKey), kDefaultConcurrency);
    return count >= 1 && count <= kMaxConcurrency ? static_cast<int>(count) : kDefaultConcurrency;
}

void AppSettings::setDownloadConcurrency(int count)
{
    if (m_stores.app)
        m_stores.app->setValue(key(kConcurrencyKey), std::clamp(count, 1, kMaxConcurrency));
}

qint64 AppSettings::imageCap() const
{
    const qint64 cap = readInteger(m_stores.app, key(kImageCapKey), ImageListLoader::kDefaultImageCap);
    return cap > 0 ? cap : ImageListLoader::kDefaultImageCap;
}

void AppSettings::setImageCap(qint64 cap)
{
    if (m_stores.app)
        m_stores.app->setValue(key(kImageCapKey), cap);
}

QByteArray AppSettings::windowGeometry() const
{
    return readBytes(m_stores.app, key(kGeometryKey));
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    if (m_stores.app)
        m_stores.app->setValue(key(kGeometryKey), geometry);
}

QByteArray AppSettings::windowState() const
{
    return readBytes(m_stores.app, key(kStateKey));
}

void AppSettings::setWindowState(const QByteArray& state)
{
    if (m_stores.app)
        m_stores.app->setValue(key(kStateKey), state);
}

QByteArray AppSettings::imageColumns() const
{
    return readBytes(m_stores.app, key(kColumnsKey));
}

void AppSettings::setImageColumns(const QByteArray& state)
{
    if (m_stores.app)
        m_stores.app->setValue(key(kColumnsKey), state);
}

QString AppSettings::lastCloud() const
{
    return readString(m_stores.app, key(kLastCloudKey));
}

void AppSettings::setLastCloud(const QString& name)
{
    if (m_stores.app)
        m_stores.app->setValue(key(kLastCloudKey), name);
}

QString AppSettings::lastImage(const QString& cloud) const
{
    return readString(m_stores.app, key(kLastImageGroup) + u'/' + encoded(cloud));
}

void AppSettings::setLastImage(const QString& cloud, const QString& imageId)
{
    if (m_stores.app)
        m_stores.app->setValue(key(kLastImageGroup) + u'/' + encoded(cloud), imageId);
}

QList<StoredTransfer> AppSettings::transfers() const
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
        transfers.append(transfer);
    }
    store->endArray();
    return transfers;
}

void AppSettings::setTransfers(const QList<StoredTransfer>& transfers)
{
    QSettings* store = m_stores.app;
    if (!store)
        return;
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
    }
    store->endArray();
    store->sync();
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
    QSettings* store = m_stores.app;
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
    if (!m_stores.app)
        return;
    m_stores.app->remove(cloudGroup(name));
    m_stores.app->sync();
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
    QSettings* store = m_stores.secretIndex;
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
    if (!m_stores.rangeMemory)
        return;
    m_stores.rangeMemory->setValue(key(kRangesKey), keys);
    m_stores.rangeMemory->sync();
}

void AppSettings::sync()
{
    for (QSettings* store : {m_stores.app, m_stores.secretIndex, m_stores.rangeMemory}) {
        if (store)
            store->sync();
    }
}

} // namespace Skylight
