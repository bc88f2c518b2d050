// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Image API v2 members: GET /v2/images/{id}/members (list) and PUT .../members/{member_id} (one).
// Input: '0' + a member list body, or '1' + one member's body (any other first byte: its lowest bit
// decides).
#include "adapters/glancev2members.h"
#include "fuzz/fuzzsupport.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
void check(const ImageMember& member)
{
    if (member.memberId.trimmed().isEmpty() || member.memberId.size() > 255)
        Fuzz::fail("a member without a usable member_id");
    if (ImageMember::statusKey(member.status).isEmpty())
        Fuzz::fail("a member with a status Glance does not have");
    if (member.toJson().size() != 5)
        Fuzz::fail("a member's JSON without the API's five keys");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    const HttpResponse response{200,
                                QUrl(u"http://glance.example.com:9292/v2/images/i/members"_s),
                                {{"Content-Type", "application/json"}},
                                input.rest};
    if ((input.selector & 1u) == 0) {
        const auto listed = GlanceV2::parseMembers(response);
        if (!listed)
            return 0;
        if (listed->members.size() > ImageMembers::kMaxMembers)
            Fuzz::fail("more members than the cap");
        if (listed->skipped.reasons.size() > SkippedEntries::kMaxReasons)
            Fuzz::fail("more reasons kept than the cap");
        QSet<QString> seen;
        for (const ImageMember& member : listed->members) {
            check(member);
            if (seen.contains(member.memberId))
                Fuzz::fail("a member listed twice");
            seen.insert(member.memberId);
        }
    } else if (const auto member = GlanceV2::parseMember(response)) {
        check(*member);
    }
    return 0;
}
