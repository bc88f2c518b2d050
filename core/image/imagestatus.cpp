// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagestatus.h"

namespace Skylight {

bool isChangingStatus(QStringView status)
{
    static constexpr QStringView changing[] = {u"queued", u"saving", u"importing", u"uploading",
                                               u"pending_delete"};
    return std::any_of(std::begin(changing), std::end(changing),
                       [status](QStringView one) { return status.compare(one, Qt::CaseInsensitive) == 0; });
}

bool isChangingStatus(const std::optional<QString>& status)
{
    return status && isChangingStatus(QStringView(*status));
}

} // namespace Skylight
