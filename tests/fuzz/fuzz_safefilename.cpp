// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// File names for downloads from the names a server chose (safeFileName, pathInside). Input: the
// image name, then optionally "\n" + the disk format, then "\n" + the image id (UTF-8, or anything).
// Checked: what safeFileName promises (no separator, no control character, no leading dot or dash,
// no trailing dot or space, at most 200 bytes, never empty) and that the name lands in the folder.
#include "download/safefilename.h"
#include "fuzz/fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const auto [name, more] = Fuzz::splitAt(Fuzz::bytes(data, size), "\n");
    const auto [format, id] = Fuzz::splitAt(more, "\n");
    const QString file =
        safeFileName(QString::fromUtf8(name), QString::fromUtf8(format), QString::fromUtf8(id));
    if (file.isEmpty())
        Fuzz::fail("an empty file name");
    if (file.toUtf8().size() > 200)
        Fuzz::fail("a file name over 200 bytes");
    for (const QChar c : file) {
        if (u"/\\:*?\"<>|"_s.contains(c) || c.category() == QChar::Other_Control || c == u'\0')
            Fuzz::fail("a separator or control character in a file name");
    }
    if (file.startsWith(u'.') || file.startsWith(u'-') || file.endsWith(u'.') || file.endsWith(u' '))
        Fuzz::fail("a leading dot or dash, or a trailing dot or space");
    const QString path = pathInside(u"/tmp/skylight-fuzz/downloads"_s, file);
    if (path.isEmpty())
        Fuzz::fail("a safe file name refused by pathInside");
    if (!path.startsWith(u"/tmp/skylight-fuzz/downloads/"_s))
        Fuzz::fail("a path outside the folder");
    // pathInside on its own, with a name nobody cleaned.
    const QString raw = pathInside(u"/tmp/skylight-fuzz/downloads"_s, QString::fromUtf8(name));
    if (!raw.isEmpty() && !raw.startsWith(u"/tmp/skylight-fuzz/downloads/"_s))
        Fuzz::fail("pathInside let a name out of the folder");
    return 0;
}
