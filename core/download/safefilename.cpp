// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/safefilename.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kMaxBytes = 200;

QString clean(const QString& raw)
{
    QString name;
    name.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == u'\0')
            continue;
        if (u"/\\:*?\"<>|"_s.contains(c))
            name += u'_';
        else
            name += c;
    }
    name = name.trimmed();
    // Leading dots, dashes and spaces in any order: ". .x" must not become a hidden ".x".
    while (!name.isEmpty() && (name.front() == u'.' || name.front() == u'-' || name.front().isSpace()))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    static const QRegularExpression reserved(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name).hasMatch())
        name.prepend(u'_');
    return name;
}

QString capBytes(QString name, qsizetype maxBytes)
{
    while (name.toUtf8().size() > maxBytes) {
        name.chop(1);
        if (!name.isEmpty() && name.back().isHighSurrogate())
            name.chop(1);
    }
    return name.trimmed();
}
} // namespace

QString safeFileName(const QString& imageName, const QString& diskFormat, const QString& imageId)
{
    QString extension = clean(diskFormat).toLower();
    extension.remove(QRegularExpression(u"[^a-z0-9]"_s));
    extension = extension.left(10);
    if (extension.isEmpty())
        extension = u"img"_s;
    const QString suffix = u'.' + extension;
    QString base = clean(imageName);
    if (base.isEmpty())
        base = clean(imageId);
    if (base.isEmpty())
        base = u"image"_s;
    if (base.endsWith(suffix, Qt::CaseInsensitive))
        base.chop(suffix.size());
    base = capBytes(base, kMaxBytes - suffix.toUtf8().size());
    if (base.isEmpty())
        base = u"image"_s;
    return base + suffix;
}

QString pathInside(const QString& folder, const QString& fileName)
{
    const QString root = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString path = QDir::cleanPath(root + u'/' + fileName);
    if (fileName.isEmpty() || fileName.contains(u'/') || fileName.contains(u'\\') ||
        !path.startsWith(root + u'/') || QFileInfo(path).fileName() != fileName)
        return QString();
    return path;
}

} // namespace Skylight
