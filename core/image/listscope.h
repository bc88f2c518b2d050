// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <utility>

namespace Skylight {

// Which images a listing asks the server for, beyond filters: Glance v2's `visibility=` and
// `member_status=` (other dialects have no such thing: ImageAdapter::hasListScope()). The default
// is what Glance lists when asked nothing: the project's own images, public ones and those shared
// with the project that it accepted; other projects' community images only with Community or All.
// `hidden` asks for the hidden images instead (`os_hidden=true`: Glance then lists only those).
struct ListScope
{
    enum class Visibility
    {
        Default, // nothing sent: mine, public, shared with me (accepted)
        Private,
        Shared,
        Public,
        Community,
        All,
    };
    // Of the project's membership of a shared image; Glance's default is Accepted.
    enum class MemberStatus
    {
        Accepted,
        Pending,
        Rejected,
        All,
    };

    Visibility visibility = Visibility::Default;
    MemberStatus memberStatus = MemberStatus::Accepted;
    bool hidden = false; // only the hidden images (os_hidden=true), of the same visibility and status

    bool isDefault() const
    {
        return visibility == Visibility::Default && memberStatus == MemberStatus::Accepted && !hidden;
    }
    // Glance's query parameters for it: ("visibility", "community"), ("member_status", "pending"),
    // ("os_hidden", "true").
    QList<std::pair<QString, QString>> queryItems() const;
    // "visibility:community member_status:pending os_hidden:true" (empty for the default).
    QString terms() const;

    // Glance's words: "private", "shared", "public", "community", "all" (nothing for Default).
    static QString visibilityKey(Visibility visibility);
    static std::optional<Visibility> visibilityFromKey(QStringView key); // case-insensitive
    static QString memberStatusKey(MemberStatus status);
    static std::optional<MemberStatus> memberStatusFromKey(QStringView key); // case-insensitive
    static QStringList visibilityKeys();
    static QStringList memberStatusKeys();

    // The scope the filter box's `visibility:`, `member_status:` and `os_hidden:` terms ask for (the unnamed
    // part as by default); nothing when it holds no such term with a value Glance knows.
    static std::optional<ListScope> fromTerms(const QList<std::pair<QString, QString>>& terms);

    // For settings: "community", "shared:pending", "default:hidden", "" (the default); nothing when
    // unreadable.
    QString toSettingsValue() const;
    static std::optional<ListScope> fromSettingsValue(const QString& value);

    bool operator==(const ListScope&) const = default;
};

} // namespace Skylight
