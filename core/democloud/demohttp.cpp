// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/demohttp.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

DemoResponse DemoResponse::json(const QByteArray& body, int status)
{
    return DemoResponse{status, {{"Content-Type", "application/json"}}, body};
}

DemoResponse DemoResponse::htmlError(int status, const QString& title, const QString& detail)
{
    const QString page =
        u"<html>\n <head>\n  <title>%1</title>\n </head>\n <body>\n  <h1>%1</h1>\n  %2<br /><br />\n\n\n\n </body>\n</html>"_s
            .arg(title.toHtmlEscaped(), detail.toHtmlEscaped());
    return DemoResponse{status, {{"Content-Type", "text/html; charset=UTF-8"}}, page.toUtf8()};
}

} // namespace Skylight
