// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/democatalog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QUuid kNamespace(u"6d3c1f8e-52a4-4c1b-9a43-5a0f1c7e9b21"_s);
const QString kDemoProject = u"5ef70662f8b34079a6eddb8da9d75fe8"_s;
const QString kOtherProject = u"9c4d2b1a7e6f4a3b8c2d1e0f9a8b7c6d"_s;
// Generated images whose bytes are not what a careful user would boot (addGeneratedImages).
constexpr int kUnsafeImage = 30;     // alpine-3.20-cloud-r2: shared by another project, accepted
constexpr int kMismatchedImage = 31; // windows-server-2022-eval-r2: community, declared ploop
// Projects the demo project's images are shared with (image members).
const QString kPartnerProject = u"2b6f1c9e8d7a4e5f9a0b1c2d3e4f5a6b"_s;
const QString kAuditProject = u"e0d1c2b3a4f5465788796a5b4c3d2e1f"_s;
const QString kGlanceTime = u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s; // as Glance writes it: 2014-05-05T17:15:10Z

struct Distro
{
    QString name;
    QString osDistro;
    QString osVersion;
};

QJsonValue nullable(const QString& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value);
}
} // namespace

const DemoCatalog& DemoCatalog::standard()
{
    static const DemoCatalog catalog;
    return catalog;
}

DemoCatalog::DemoCatalog()
{
    addSeedImages();
    addGeneratedImages();
    addSavingImage();
    addSharing();
    for (DemoImage& image : m_images)
        finalise(image);
    for (DemoImage& image : m_unlisted)
        finalise(image);
}

QString DemoCatalog::savingImageId()
{
    return u"5f0c4c7e-1d0a-4f7e-9b1e-2a6c3d8e5b10"_s;
}

void DemoCatalog::addSavingImage()
{
    // A snapshot being saved as the demo starts: "saving" without data, active with its bytes
    // kSavingImageSettlesAfterMs later (the window refreshes it by itself meanwhile).
    DemoImage image;
    image.seed = 42;
    image.glance = QJsonObject{
        {u"id"_s, savingImageId()},
        {u"name"_s, u"centos-stream-9-nightly-snapshot"_s},
        {u"status"_s, u"saving"_s},
        {u"tags"_s, QJsonArray{u"snapshot"_s}},
        {u"container_format"_s, u"bare"_s},
        {u"disk_format"_s, u"qcow2"_s},
        {u"created_at"_s, u"2025-11-30T02:00:00Z"_s},
        {u"updated_at"_s, u"2025-11-30T02:00:05Z"_s},
        {u"visibility"_s, u"private"_s},
        {u"min_disk"_s, 10},
        {u"min_ram"_s, 1024},
        {u"protected"_s, false},
        {u"owner"_s, kDemoProject},
        {u"virtual_size"_s, QJsonValue()},
        {u"image_type"_s, u"snapshot"_s},
        {u"os_distro"_s, u"centos"_s},
        {u"os_version"_s, u"9"_s},
    };
    image.settlesAfterMs = kSavingImageSettlesAfterMs;
    image.settled = image.glance;
    image.settled.insert(u"status"_s, u"active"_s);
    image.settled.insert(u"updated_at"_s, u"2025-11-30T02:03:12Z"_s);
    image.settledDataSize = 196608;
    m_images.append(image);
}

void DemoCatalog::settle(qint64 elapsedMs)
{
    for (DemoImage& image : m_images) {
        if (image.settlesAfterMs < 0 || elapsedMs < image.settlesAfterMs)
            continue;
        image.glance = image.settled;
        image.dataSize = image.settledDataSize;
        image.settlesAfterMs = -1;
    }
}

const DemoImage* DemoCatalog::find(const QString& id) const
{
    for (const QList<DemoImage>* list : {&m_images, &m_unlisted}) {
        for (const DemoImage& image : *list) {
            if (image.id() == id)
                return &image;
        }
    }
    return nullptr;
}

DemoCatalog DemoCatalog::with(const QList<DemoImage>& more) const
{
    DemoCatalog catalog = *this;
    for (DemoImage image : more) {
        finalise(image);
        catalog.m_images.append(image);
    }
    return catalog;
}

void DemoCatalog::setDigest(const QString& id, const QByteArray& md5, const QByteArray& sha512)
{
    for (DemoImage& image : m_images) {
        if (image.id() != id || !image.hasData())
            continue;
        image.glance.insert(u"checksum"_s, QString::fromLatin1(md5));
        image.glance.insert(u"os_hash_algo"_s, u"sha512"_s);
        image.glance.insert(u"os_hash_value"_s, QString::fromLatin1(sha512));
    }
}

void DemoCatalog::addSeedImages()
{
    // The Image API v2 example, as documented (its bytes are ours, so its checksum is ours too).
    DemoImage cirros;
    cirros.glance = QJsonObject{
        {u"id"_s, u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s},
        {u"name"_s, u"cirros-0.3.2-x86_64-disk"_s},
        {u"status"_s, u"active"_s},
        {u"tags"_s, QJsonArray()},
        {u"container_format"_s, u"bare"_s},
        {u"disk_format"_s, u"qcow2"_s},
        {u"created_at"_s, u"2014-05-05T17:15:10Z"_s},
        {u"updated_at"_s, u"2014-05-05T17:15:11Z"_s},
        {u"visibility"_s, u"public"_s},
        {u"min_disk"_s, 0},
        {u"min_ram"_s, 0},
        {u"protected"_s, false},
        {u"owner"_s, kDemoProject},
        {u"virtual_size"_s, QJsonValue()},
    };
    cirros.dataSize = 13167616;
    cirros.seed = 1;
    // Being copied to the "cold" store (GlanceV2InfoService shows its tasks).
    cirros.glance.insert(u"os_glance_importing_to_stores"_s, u"cold"_s);
    cirros.glance.insert(u"os_glance_failed_import"_s, u""_s);
    m_images.append(cirros);

    // The Image API v1 example (its 5 GB of data are not served: it stays queued here).
    DemoImage ubuntu;
    ubuntu.glance = QJsonObject{
        {u"id"_s, u"71c675ab-d94f-49cd-a114-e12490b328d9"_s},
        {u"name"_s, u"Ubuntu 10.04 Plain 5GB"_s},
        {u"status"_s, u"queued"_s},
        {u"tags"_s, QJsonArray{u"legacy"_s}},
        {u"container_format"_s, u"ovf"_s},
        {u"disk_format"_s, u"vhd"_s},
        {u"created_at"_s, u"2010-02-03T09:34:01Z"_s},
        {u"updated_at"_s, u"2010-02-03T09:34:01Z"_s},
        {u"visibility"_s, u"public"_s},
        {u"min_disk"_s, 5},
        {u"min_ram"_s, 256},
        {u"protected"_s, false},
        {u"owner"_s, QJsonValue()},
        {u"virtual_size"_s, QJsonValue()},
        {u"distro"_s, u"Ubuntu 10.04 LTS"_s},
    };
    m_images.append(ubuntu);

    // The Compute API v2 example.
    DemoImage fake7;
    fake7.glance = QJsonObject{
        {u"id"_s, u"70a599e0-31e7-49b7-b260-868f441e862b"_s},
        {u"name"_s, u"fakeimage7"_s},
        {u"status"_s, u"active"_s},
        {u"tags"_s, QJsonArray()},
        {u"container_format"_s, u"ami"_s},
        {u"disk_format"_s, u"ami"_s},
        {u"created_at"_s, u"2011-01-01T01:02:03Z"_s},
        {u"updated_at"_s, u"2011-01-01T01:02:03Z"_s},
        {u"visibility"_s, u"public"_s},
        {u"min_disk"_s, 0},
        {u"min_ram"_s, 0},
        {u"protected"_s, false},
        {u"owner"_s, kDemoProject},
        {u"virtual_size"_s, QJsonValue()},
        {u"architecture"_s, u"x86_64"_s},
        {u"auto_disk_config"_s, u"True"_s},
        {u"kernel_id"_s, u"nokernel"_s},
        {u"ramdisk_id"_s, u"nokernel"_s},
    };
    fake7.dataSize = 65536;
    fake7.seed = 7;
    fake7.glance.insert(u"os_glance_failed_import"_s, u"cold"_s); // a copy to "cold" failed
    m_images.append(fake7);

    // The Rackspace Cloud Servers example: a server snapshot.
    DemoImage voweb;
    voweb.glance = QJsonObject{
        {u"id"_s, u"e3d37ab2-8dc0-4000-b773-b15aad79ad0a"_s},
        {u"name"_s, u"voweb1-firstimage"_s},
        {u"status"_s, u"active"_s},
        {u"tags"_s, QJsonArray()},
        {u"container_format"_s, u"ovf"_s},
        {u"disk_format"_s, u"vhd"_s},
        {u"created_at"_s, u"2013-06-07T16:38:49Z"_s},
        {u"updated_at"_s, u"2013-06-07T16:45:10Z"_s},
        {u"visibility"_s, u"private"_s},
        {u"min_disk"_s, 40},
        {u"min_ram"_s, 1024},
        {u"protected"_s, false},
        {u"owner"_s, u"820712"_s},
        {u"virtual_size"_s, QJsonValue()},
        {u"image_type"_s, u"snapshot"_s},
        {u"instance_type_rxtx_factor"_s, u"3"_s},
        {u"auto_disk_config"_s, u"False"_s},
        {u"os_type"_s, u"windows"_s},
        {u"instance_uuid"_s, u"f879f81a-5455-4e57-a0aa-3773e21c2259"_s},
        {u"vm_mode"_s, u"hvm"_s},
    };
    voweb.dataSize = 262144;
    voweb.seed = 11;
    voweb.glance.insert(u"stores"_s, u"fast,cold"_s);
    m_images.append(voweb);

    // The Huawei Cloud ECS example.
    DemoImage huawei;
    huawei.glance = QJsonObject{
        {u"id"_s, u"17a1890b-0fa4-485e-8505-14e294017988"_s},
        {u"name"_s, u"cirror"_s},
        {u"status"_s, u"active"_s},
        {u"tags"_s, QJsonArray()},
        {u"container_format"_s, u"bare"_s},
        {u"disk_format"_s, u"raw"_s},
        {u"created_at"_s, u"2015-12-27T02:52:24Z"_s},
        {u"updated_at"_s, u"2015-12-27T02:52:25Z"_s},
        {u"visibility"_s, u"private"_s},
        {u"min_disk"_s, 40},
        {u"min_ram"_s, 0},
        {u"protected"_s, false},
        {u"owner"_s, u"719e9483f42d4784a089862ac4c3e8d0"_s},
        {u"virtual_size"_s, QJsonValue()},
        {u"__os_version"_s, u"CentOS 4.4 32bit"_s},
        {u"__os_type"_s, u"Linux"_s},
        {u"virtual_env_type"_s, u"KVM"_s},
        {u"hw_disk_bus"_s, u"scsi"_s},
        {u"file_format"_s, u"img"_s},
        {u"describe"_s, u""_s},
    };
    huawei.dataSize = 131072;
    huawei.seed = 13;
    m_images.append(huawei);
}

void DemoCatalog::addGeneratedImages()
{
    const QList<Distro> distros{
        {u"ubuntu-22.04-server-cloudimg-amd64"_s, u"ubuntu"_s, u"22.04"_s},
        {u"ubuntu-24.04-server-cloudimg-amd64"_s, u"ubuntu"_s, u"24.04"_s},
        {u"debian-12-genericcloud-amd64"_s, u"debian"_s, u"12"_s},
        {u"debian-11-genericcloud-arm64"_s, u"debian"_s, u"11"_s},
        {u"fedora-cloud-base-40"_s, u"fedora"_s, u"40"_s},
        {u"centos-stream-9-x86_64"_s, u"centos"_s, u"9"_s},
        {u"rocky-9.4-genericcloud"_s, u"rocky"_s, u"9.4"_s},
        {u"almalinux-9-genericcloud"_s, u"almalinux"_s, u"9"_s},
        {u"opensuse-leap-15.6"_s, u"opensuse"_s, u"15.6"_s},
        {u"freebsd-14.1-zfs"_s, u"freebsd"_s, u"14.1"_s},
        {u"alpine-3.20-cloud"_s, u"alpine"_s, u"3.20"_s},
        {u"windows-server-2022-eval"_s, u"windows"_s, u"2022"_s},
        {u"cirros-0.6.2-x86_64-disk"_s, u"cirros"_s, u"0.6.2"_s},
        {u"arch-linux-cloudimg"_s, u"arch"_s, u"rolling"_s},
        {u"Ubuntu 24.04 LTS — 日本語リミックス"_s, u"ubuntu"_s, u"24.04"_s},
        {u"Débian 12 « bookworm » édition française"_s, u"debian"_s, u"12"_s},
        {u"Образ CentOS для тестов"_s, u"centos"_s, u"7"_s},
        {u"Ελληνική εικόνα δοκιμής"_s, u"fedora"_s, u"39"_s},
        {u"中文测试镜像 (openEuler 22.03)"_s, u"openeuler"_s, u"22.03"_s},
        {u"rocket 🚀 nightly build"_s, u"ubuntu"_s, u"24.10"_s},
    };
    const QStringList statuses{u"active"_s,         u"active"_s,      u"active"_s, u"queued"_s,
                               u"saving"_s,         u"deactivated"_s, u"killed"_s, u"importing"_s,
                               u"pending_delete"_s, u"uploading"_s};
    const QStringList visibilities{u"public"_s, u"private"_s, u"shared"_s, u"community"_s};
    const QList<std::pair<QString, QString>> formats{{u"qcow2"_s, u"bare"_s},       {u"raw"_s, u"bare"_s},
                                                     {u"vmdk"_s, u"bare"_s},        {u"vhdx"_s, u"ovf"_s},
                                                     {u"iso"_s, u"bare"_s},         {u"vdi"_s, u"bare"_s},
                                                     {u"qcow2"_s, u"compressed"_s}, {u"ploop"_s, u"bare"_s}};
    const QStringList architectures{u"x86_64"_s, u"aarch64"_s, u"ppc64le"_s, u"s390x"_s};
    const QDateTime base(QDate(2023, 1, 15), QTime(8, 30, 0), QTimeZone::utc());

    constexpr int kGenerated = 56;
    for (int i = 0; i < kGenerated; ++i) {
        const Distro& distro = distros.at(i % distros.size());
        const int round = i / distros.size();
        const QString name = round == 0 ? distro.name : distro.name + u"-r%1"_s.arg(round + 1);
        const QString status = statuses.at(i % statuses.size());
        const auto& [disk, container] = formats.at(i % formats.size());
        const QDateTime created = base.addDays(i * 7).addSecs(i * 3607);
        const bool withData = status == u"active"_s || status == u"deactivated"_s;

        DemoImage image;
        image.seed = 1000 + static_cast<quint64>(i);
        image.dataSize = withData ? 4096 + (static_cast<qint64>(i) * 104729) % (3 * 1024 * 1024) : 0;
        QJsonObject glance{
            {u"id"_s, QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces)},
            {u"name"_s, name},
            {u"status"_s, status},
            {u"container_format"_s, container},
            {u"disk_format"_s, disk},
            {u"created_at"_s, created.toString(kGlanceTime)},
            {u"updated_at"_s, created.addSecs(3600 + i * 61).toString(kGlanceTime)},
            {u"visibility"_s, visibilities.at(i % visibilities.size())},
            {u"min_disk"_s, (i % 5) * 10},
            {u"min_ram"_s, (i % 4) * 512},
            {u"protected"_s, i % 9 == 0},
            {u"owner"_s, i % 3 == 0 ? kOtherProject : kDemoProject},
            {u"os_distro"_s, distro.osDistro},
            {u"os_version"_s, distro.osVersion},
            {u"architecture"_s, architectures.at(i % architectures.size())},
            {u"hw_disk_bus"_s, i % 2 == 0 ? u"virtio"_s : u"scsi"_s},
            {u"hw_firmware_type"_s, i % 3 == 0 ? u"uefi"_s : u"bios"_s},
            {u"os_hidden"_s, false},
        };
        QJsonArray tags;
        if (i % 2 == 0)
            tags.append(u"golden"_s);
        if (i % 3 == 0)
            tags.append(u"team:platform"_s);
        if (i % 7 == 0)
            tags.append(u"cve-patched-2024"_s);
        glance.insert(u"tags"_s, tags);
        // Every few images carry the nulls real clouds send, and a wealth of custom properties.
        glance.insert(u"virtual_size"_s, i % 4 == 0 ? QJsonValue() : QJsonValue(image.dataSize * 8));
        if (i % 5 == 0) {
            glance.insert(u"description"_s, nullable(QString()));
            glance.insert(u"os_admin_user"_s, u"cloud-user"_s);
            glance.insert(u"owner_specified.openstack.object"_s, u"images/%1"_s.arg(name));
            glance.insert(u"img_config_drive"_s, u"optional"_s);
        }
        if (i % 6 == 1)
            glance.insert(u"hw_qemu_guest_agent"_s, u"yes"_s);
        if (i % 11 == 3)
            glance.insert(u"name"_s, QJsonValue()); // an image without a name
        if (i % 10 == 4)
            glance.insert(u"container_format"_s, QJsonValue());
        // Another project's shared images were offered to the demo project, which accepted them.
        if (glance.value(u"visibility"_s).toString() == u"shared"_s &&
            glance.value(u"owner"_s) == kOtherProject)
            image.memberStatus = u"accepted"_s;
        // Two images a careful user should not boot, both from outside the project: a shared
        // qcow2 whose header names a host file as its backing file (CVE-2024-32498's shape), and a
        // community image declared as ploop that is a qcow2 (not what it claims to be).
        if (i == kUnsafeImage)
            image.content =
                DemoContent{.format = u"qcow2"_s, .backingFile = u"/etc/passwd"_s, .backingFormat = u"raw"_s};
        if (i == kMismatchedImage)
            image.content.format = u"qcow2"_s;
        image.glance = glance;
        m_images.append(image);
    }
}

void DemoCatalog::finalise(DemoImage& image) const
{
    if (image.settlesAfterMs >= 0) { // its data and checksums as they will be once saved
        DemoImage settled = image;
        settled.glance = image.settled;
        settled.dataSize = image.settledDataSize;
        settled.settlesAfterMs = -1;
        finalise(settled);
        image.settled = settled.glance;
    }
    QJsonObject& glance = image.glance;
    // The stores that hold the data (GlanceV2InfoService lists them): "fast" unless said otherwise.
    if (image.hasData() && !glance.contains(u"stores"_s))
        glance.insert(u"stores"_s, u"fast"_s);
    // The bytes are in the declared format unless said otherwise (raw where none is generated),
    // with the virtual size the metadata gives.
    if (image.content.format.isEmpty())
        image.content.format = glance.value(u"disk_format"_s).toString();
    if (image.content.virtualSize < 0 && glance.value(u"virtual_size"_s).isDouble())
        image.content.virtualSize = glance.value(u"virtual_size"_s).toInteger();
    if (!image.hasData()) {
        glance.insert(u"size"_s, QJsonValue());
        glance.insert(u"checksum"_s, QJsonValue());
        glance.insert(u"os_hash_algo"_s, QJsonValue());
        glance.insert(u"os_hash_value"_s, QJsonValue());
        return;
    }
    if (image.streamed) { // hashed on a worker (DemoDigests): unknown until setDigest()
        glance.insert(u"size"_s, image.dataSize);
        glance.insert(u"checksum"_s, QJsonValue());
        glance.insert(u"os_hash_algo"_s, QJsonValue());
        glance.insert(u"os_hash_value"_s, QJsonValue());
        return;
    }
    const QByteArray bytes = image.data();
    glance.insert(u"size"_s, image.dataSize);
    glance.insert(u"checksum"_s,
                  QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()));
    glance.insert(u"os_hash_algo"_s, u"sha512"_s);
    glance.insert(u"os_hash_value"_s,
                  QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex()));
}

// --- Image sharing: members, a share awaiting acceptance, hidden images ---

namespace {
QJsonObject member(const QString& imageId, const QString& memberId, const QString& status,
                   const QString& created, const QString& updated)
{
    return QJsonObject{{u"image_id"_s, imageId},
                       {u"member_id"_s, memberId},
                       {u"status"_s, status},
                       {u"created_at"_s, created},
                       {u"updated_at"_s, updated}};
}

DemoImage sharingImage(const QString& name, const QString& owner, const QString& visibility, bool hidden,
                       quint64 seed, const QString& created)
{
    DemoImage image;
    image.seed = seed;
    image.dataSize = 12288 + static_cast<qint64>(seed % 7) * 4096;
    image.glance = QJsonObject{
        {u"id"_s, QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces)},
        {u"name"_s, name},
        {u"status"_s, u"active"_s},
        {u"tags"_s, QJsonArray()},
        {u"container_format"_s, u"bare"_s},
        {u"disk_format"_s, u"qcow2"_s},
        {u"created_at"_s, created},
        {u"updated_at"_s, created},
        {u"visibility"_s, visibility},
        {u"min_disk"_s, 10},
        {u"min_ram"_s, 512},
        {u"protected"_s, false},
        {u"owner"_s, owner},
        {u"virtual_size"_s, QJsonValue()},
        {u"os_hidden"_s, hidden},
    };
    return image;
}
} // namespace

QString DemoCatalog::projectId()
{
    return kDemoProject;
}

void DemoCatalog::addSharing()
{
    // The project's own shared images: the first has three members, one per answer; the others
    // one partner that accepted. Another project's shares: the demo project's accepted membership.
    bool first = true;
    for (DemoImage& image : m_images) {
        const QJsonObject& glance = image.glance;
        if (glance.value(u"visibility"_s).toString() != u"shared"_s)
            continue;
        const QString id = image.id();
        const QString created = glance.value(u"created_at"_s).toString();
        const QString updated = glance.value(u"updated_at"_s).toString();
        if (glance.value(u"owner"_s).toString() != kDemoProject) {
            image.members.append(member(id, kDemoProject, image.memberStatus, created, updated));
        } else if (first) {
            first = false;
            image.members = QJsonArray{
                member(id, kPartnerProject, u"accepted"_s, u"2024-03-01T09:00:00Z"_s,
                       u"2024-03-02T10:15:00Z"_s),
                member(id, kAuditProject, u"pending"_s, u"2024-03-05T14:30:00Z"_s, u"2024-03-05T14:30:00Z"_s),
                member(id, kOtherProject, u"rejected"_s, u"2024-03-07T08:00:00Z"_s,
                       u"2024-03-09T16:45:00Z"_s)};
        } else {
            image.members.append(member(id, kPartnerProject, u"accepted"_s, created, updated));
        }
    }

    // Offered by another project, not answered yet: listed with member_status=pending or all only.
    DemoImage offered = sharingImage(u"partner-hardened-ubuntu-24.04"_s, kPartnerProject, u"shared"_s, false,
                                     2001, u"2025-10-20T12:00:00Z"_s);
    offered.memberStatus = u"pending"_s;
    offered.members.append(member(offered.id(), kDemoProject, u"pending"_s, u"2025-10-21T09:30:00Z"_s,
                                  u"2025-10-21T09:30:00Z"_s));
    m_unlisted.append(offered);
    // Hidden from the listings (os_hidden): superseded builds kept for the instances that use them.
    m_unlisted.append(sharingImage(u"cirros-0.5.2-x86_64-disk (superseded)"_s, kDemoProject, u"public"_s,
                                   true, 2002, u"2021-06-01T08:00:00Z"_s));
    m_unlisted.append(sharingImage(u"debian-11-genericcloud-amd64 (old build)"_s, kDemoProject, u"private"_s,
                                   true, 2003, u"2022-09-15T18:20:00Z"_s));
}

std::optional<QJsonObject> DemoCatalog::setMemberStatus(const QString& imageId, const QString& memberId,
                                                        const QString& status, const QDateTime& when)
{
    for (QList<DemoImage>* list : {&m_images, &m_unlisted}) {
        for (DemoImage& image : *list) {
            if (image.id() != imageId)
                continue;
            for (qsizetype i = 0; i < image.members.size(); ++i) {
                QJsonObject entry = image.members.at(i).toObject();
                if (entry.value(u"member_id"_s).toString() != memberId)
                    continue;
                entry.insert(u"status"_s, status);
                entry.insert(u"updated_at"_s, when.toUTC().toString(kGlanceTime));
                image.members.replace(i, entry);
                if (memberId == kDemoProject && image.glance.value(u"owner"_s).toString() != kDemoProject)
                    image.memberStatus = status;
                return entry;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace Skylight
