// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/packedimage.h"

#include "image/nesting.h"

#include <QCborMap>
#include <QCborValue>
#include <QDataStream>
#include <QIODevice>
#include <QTimeZone>

namespace Skylight {

namespace {
// Presence bits, one per optional field, in this order.
enum Bit : quint32
{
    HasName = 1u << 0,
    HasStatus = 1u << 1,
    HasSize = 1u << 2,
    HasVirtualSize = 1u << 3,
    HasDiskFormat = 1u << 4,
    HasContainerFormat = 1u << 5,
    HasMinDisk = 1u << 6,
    HasMinRam = 1u << 7,
    HasChecksum = 1u << 8,
    HasHashAlgo = 1u << 9,
    HasHashValue = 1u << 10,
    HasVisibility = 1u << 11,
    HasProtected = 1u << 12,
    IsProtected = 1u << 13,
    HasOwner = 1u << 14,
    HasCreated = 1u << 15,
    HasUpdated = 1u << 16,
    HasProgress = 1u << 17,
    HasTags = 1u << 18,
    HasProperties = 1u << 19,
    HasLinkTypes = 1u << 20,
};

class Writer
{
public:
    explicit Writer(QByteArray* out)
        : m_stream(out, QIODevice::WriteOnly)
    {
        m_stream.setVersion(QDataStream::Qt_6_4);
    }
    void text(const QString& value) { m_stream << value.toUtf8(); }
    void bytes(const QByteArray& value) { m_stream << value; }
    void number(qint64 value) { m_stream << value; }
    void word(quint32 value) { m_stream << value; }
    // Lower-case hex digests (checksums) as their bytes: half the size.
    void digest(const QString& value)
    {
        const bool hex =
            value.size() % 2 == 0 && !value.isEmpty() && std::all_of(value.begin(), value.end(), [](QChar c) {
                return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
            });
        m_stream << quint8(hex ? 1 : 0);
        if (hex)
            m_stream << QByteArray::fromHex(value.toLatin1());
        else
            text(value);
    }
    // A link's address as what it shares with the previous one, and the rest: an image's links
    // mostly differ by a suffix ("…/images/ID", "…/images/ID/file").
    void address(const QString& value, const QString& previous)
    {
        qsizetype shared = 0;
        const qsizetype limit = std::min<qsizetype>({value.size(), previous.size(), 0xFFFF});
        while (shared < limit && value.at(shared) == previous.at(shared))
            ++shared;
        m_stream << quint16(shared);
        text(value.mid(shared));
    }

private:
    QDataStream m_stream;
};

class Reader
{
public:
    explicit Reader(const QByteArray& in)
        : m_stream(in)
    {
        m_stream.setVersion(QDataStream::Qt_6_4);
    }
    QString text()
    {
        QByteArray utf8;
        m_stream >> utf8;
        return QString::fromUtf8(utf8);
    }
    QByteArray bytes()
    {
        QByteArray value;
        m_stream >> value;
        return value;
    }
    qint64 number()
    {
        qint64 value = 0;
        m_stream >> value;
        return value;
    }
    quint32 word()
    {
        quint32 value = 0;
        m_stream >> value;
        return value;
    }
    QString digest()
    {
        quint8 hex = 0;
        m_stream >> hex;
        if (hex == 0)
            return text();
        return QString::fromLatin1(bytes().toHex());
    }
    QString address(const QString& previous)
    {
        quint16 shared = 0;
        m_stream >> shared;
        return previous.left(shared) + text();
    }

private:
    QDataStream m_stream;
};
} // namespace

QByteArray packImage(const ImageRecord& record)
{
    quint32 bits = 0;
    const auto mark = [&bits](bool present, Bit bit) {
        if (present)
            bits |= bit;
    };
    mark(record.name.has_value(), HasName);
    mark(record.status.has_value(), HasStatus);
    mark(record.size.has_value(), HasSize);
    mark(record.virtualSize.has_value(), HasVirtualSize);
    mark(record.diskFormat.has_value(), HasDiskFormat);
    mark(record.containerFormat.has_value(), HasContainerFormat);
    mark(record.minDisk.has_value(), HasMinDisk);
    mark(record.minRam.has_value(), HasMinRam);
    mark(record.checksum.has_value(), HasChecksum);
    mark(record.hashAlgo.has_value(), HasHashAlgo);
    mark(record.hashValue.has_value(), HasHashValue);
    mark(record.visibility.has_value(), HasVisibility);
    mark(record.isProtected.has_value(), HasProtected);
    mark(record.isProtected.value_or(false), IsProtected);
    mark(record.owner.has_value(), HasOwner);
    mark(record.createdAt.has_value(), HasCreated);
    mark(record.updatedAt.has_value(), HasUpdated);
    mark(record.progress.has_value(), HasProgress);
    mark(record.tags.has_value(), HasTags);
    mark(!record.properties.isEmpty(), HasProperties);
    const bool linkTypes = std::any_of(record.links.begin(), record.links.end(),
                                       [](const ImageLink& link) { return link.type.has_value(); });
    mark(linkTypes, HasLinkTypes);

    QByteArray out;
    Writer w(&out);
    w.word(bits);
    w.word(quint32(record.dialect));
    w.text(record.id);
    const auto text = [&w](const std::optional<QString>& value) {
        if (value)
            w.text(*value);
    };
    const auto number = [&w](const auto& value) {
        if (value)
            w.number(qint64(*value));
    };
    text(record.name);
    text(record.status);
    number(record.size);
    number(record.virtualSize);
    text(record.diskFormat);
    text(record.containerFormat);
    number(record.minDisk);
    number(record.minRam);
    if (record.checksum)
        w.digest(*record.checksum);
    text(record.hashAlgo);
    if (record.hashValue)
        w.digest(*record.hashValue);
    text(record.visibility);
    text(record.owner);
    if (record.createdAt)
        w.number(record.createdAt->toMSecsSinceEpoch());
    if (record.updatedAt)
        w.number(record.updatedAt->toMSecsSinceEpoch());
    number(record.progress);
    if (record.tags) {
        w.word(quint32(record.tags->size()));
        for (const QString& tag : *record.tags)
            w.text(tag);
    }
    if (!record.properties.isEmpty())
        w.bytes(QCborValue(QCborMap::fromJsonObject(Nesting::bounded(record.properties))).toCbor());
    w.word(quint32(record.links.size()));
    QString previous;
    for (const ImageLink& link : record.links) {
        w.text(link.rel);
        w.address(link.href, previous);
        previous = link.href;
        if (linkTypes) {
            w.word(link.type ? 1 : 0);
            if (link.type)
                w.text(*link.type);
        }
    }
    w.bytes(record.rawContentType);
    out.squeeze(); // kept by the hundred thousand: no spare capacity
    return out;
}

ImageRecord unpackImage(const QByteArray& packed)
{
    ImageRecord record;
    if (packed.isEmpty())
        return record;
    Reader r(packed);
    const quint32 bits = r.word();
    record.dialect = Dialect(r.word());
    record.id = r.text();
    const auto text = [&](Bit bit) -> std::optional<QString> {
        if (bits & bit)
            return r.text();
        return std::nullopt;
    };
    const auto number = [&](Bit bit) -> std::optional<qint64> {
        if (bits & bit)
            return r.number();
        return std::nullopt;
    };
    const auto time = [&](Bit bit) -> std::optional<QDateTime> {
        if (bits & bit)
            return QDateTime::fromMSecsSinceEpoch(r.number(), QTimeZone::utc());
        return std::nullopt;
    };
    record.name = text(HasName);
    record.status = text(HasStatus);
    record.size = number(HasSize);
    record.virtualSize = number(HasVirtualSize);
    record.diskFormat = text(HasDiskFormat);
    record.containerFormat = text(HasContainerFormat);
    record.minDisk = number(HasMinDisk);
    record.minRam = number(HasMinRam);
    if (bits & HasChecksum)
        record.checksum = r.digest();
    record.hashAlgo = text(HasHashAlgo);
    if (bits & HasHashValue)
        record.hashValue = r.digest();
    record.visibility = text(HasVisibility);
    if (bits & HasProtected)
        record.isProtected = (bits & IsProtected) != 0;
    record.owner = text(HasOwner);
    record.createdAt = time(HasCreated);
    record.updatedAt = time(HasUpdated);
    if (const auto progress = number(HasProgress))
        record.progress = int(*progress);
    if (bits & HasTags) {
        QStringList tags;
        const quint32 count = r.word();
        for (quint32 i = 0; i < count; ++i)
            tags << r.text();
        record.tags = tags;
    }
    if (bits & HasProperties)
        record.properties = QCborValue::fromCbor(r.bytes()).toMap().toJsonObject();
    const quint32 links = r.word();
    QString previous;
    for (quint32 i = 0; i < links; ++i) {
        ImageLink link;
        link.rel = r.text();
        link.href = r.address(previous);
        previous = link.href;
        if ((bits & HasLinkTypes) && r.word() == 1)
            link.type = r.text();
        record.links.append(link);
    }
    record.rawContentType = r.bytes();
    return record;
}

} // namespace Skylight
