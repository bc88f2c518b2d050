// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/datasize.h"

#include <QLocale>

namespace Skylight {

QString dataSizeText(qint64 bytes)
{
    return dataSizeText(bytes, QLocale::c());
}

QString dataSizeText(qint64 bytes, const QLocale& locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Skylight
