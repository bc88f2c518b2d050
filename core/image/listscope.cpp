// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/listscope.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
using Visibility = ListScope::Visibility;
using MemberStatus = ListScope::MemberStatus;

constexpr std::pair<Visibility, QStringView> kVisibilities[] = {
    {Visibility::Private, u"private"},     {Visibility::Shared, u"shared"}, {Visibility::Public, u"public"},
    {Visibility::Community, u"community"}, {Visibility::All, u"all"},
};
constexpr std::pair<MemberStatus, QStringView> kMemberStatuses[] = {
    {MemberStatus::Accepted, u"accepted"},
    {MemberStatus::Pending, u"pending"},
    {MemberStatus::Rejected, u"rejected"},
    {MemberStatus::All, u"all"},
};
} // namespace

QString ListScope::visibilityKey(Visibility visibility)
{
    for (const auto& [value, key] : kVisibilities) {
        if (value == visibility)
            return key.toString();
    }
    return {};
}

std::optional<ListScope::Visibility> ListScope::visibilityFromKey(QStringView key)
{
    for (const auto& [value, name] : kVisibilities) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString ListScope::memberStatusKey(MemberStatus status)
{
    for (const auto& [value, key] : kMemberStatuses) {
        if (value == status)
            return key.toString();
    }
    return {};
}

std::optional<ListScope::MemberStatus> ListScope::memberStatusFromKey(QStringView key)
{
    for (const auto& [value, name] : kMemberStatuses) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QStringList ListScope::visibilityKeys()
{
    QStringList keys;
    for (const auto& entry : kVisibilities)
        keys << entry.second.toString();
    return keys;
}

QStringList ListScope::memberStatusKeys()
{
    QStringList keys;
    for (const auto& entry : kMemberStatuses)
        keys << entry.second.toString();
    return keys;
}

QList<std::pair<QString, QString>> ListScope::queryItems() const
{
    QList<std::pair<QString, QString>> items;
    if (visibility != Visibility::Default)
        items.append({u"visibility"_s, visibilityKey(visibility)});
    if (memberStatus != MemberStatus::Accepted) // Glance's default
        items.append({u"member_status"_s, memberStatusKey(memberStatus)});
    if (hidden)
        items.append({u"os_hidden"_s, u"true"_s});
    return items;
}

QString ListScope::terms() const
{
    QStringList terms;
    for (const auto& [key, value] : queryItems())
        terms << key + u':' + value;
    return terms.join(u' ');
}

std::optional<ListScope> ListScope::fromTerms(const QList<std::pair<QString, QString>>& terms)
{
    std::optional<ListScope> scope;
    for (const auto& [key, value] : terms) {
        if (key == u"visibility"_s) {
            if (const auto shown = visibilityFromKey(value)) {
                scope = scope.value_or(ListScope{});
                scope->visibility = *shown;
            }
        } else if (key == u"member_status"_s) {
            if (const auto status = memberStatusFromKey(value)) {
                scope = scope.value_or(ListScope{});
                scope->memberStatus = *status;
            }
        } else if (key == u"os_hidden"_s) {
            if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0 ||
                value.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
                scope = scope.value_or(ListScope{});
                scope->hidden = value.compare(u"true"_s, Qt::CaseInsensitive) == 0;
            }
        }
    }
    return scope;
}

QString ListScope::toSettingsValue() const
{
    if (isDefault())
        return {};
    const QString shown = visibility == Visibility::Default ? u"default"_s : visibilityKey(visibility);
    const QString scoped =
        memberStatus == MemberStatus::Accepted ? shown : shown + u':' + memberStatusKey(memberStatus);
    return hidden ? scoped + u":hidden"_s : scoped;
}

std::optional<ListScope> ListScope::fromSettingsValue(const QString& value)
{
    if (value.isEmpty())
        return ListScope{};
    QStringList parts = value.split(u':');
    ListScope scope;
    if (parts.size() > 1 && parts.last() == u"hidden"_s) {
        scope.hidden = true;
        parts.removeLast();
    }
    if (parts.size() > 2)
        return std::nullopt;
    if (parts.first() != u"default"_s) {
        const auto shown = visibilityFromKey(parts.first());
        if (!shown)
            return std::nullopt;
        scope.visibility = *shown;
    }
    if (parts.size() == 2) {
        const auto status = memberStatusFromKey(parts.at(1));
        if (!status)
            return std::nullopt;
        scope.memberStatus = *status;
    }
    return scope;
}

} // namespace Skylight
