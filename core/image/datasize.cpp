#include "image/datasize.h"

#include <QLocale>

namespace Skylight {

QString dataSizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Skylight
