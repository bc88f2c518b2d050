// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QSslCertificate>
#include <chrono>

namespace Skylight {

// How every HTTP exchange of a session behaves. Chosen by the user (CLI flags, profile) and
// injected into adapters together with the QNetworkAccessManager.
struct TransportOptions
{
    std::chrono::milliseconds idleTimeout{30000}; // no byte moved for this long: Timeout
    // Metadata answers larger than this are refused (before they are read when they say their
    // size). 32 MB: the largest real page (1,000 Glance images, Glance's and Nova's default
    // maximum limit) is about 2 MB, so this is 16 times that; parsing costs several times the
    // body (tests/bench/memory-bench.sh), and a larger cap only served servers that pad or lie.
    qint64 maxBodyBytes = 32LL * 1024 * 1024;
    qint64 readBufferBytes = 1024 * 1024; // bound on Qt's internal read buffer
    // The floor rate: an answer whose headers have not arrived, or whose body (or upload) moved
    // fewer than minBytesPerSecond * rateWindow bytes, within one rateWindow is too slow: Timeout.
    // Unlike the idle timeout, a trickle of bytes does not keep it waiting. 0 turns it off.
    qint64 minBytesPerSecond = 1024;
    std::chrono::milliseconds rateWindow{60000};
    int maxRedirects = 5;
    QList<QSslCertificate> extraCaCertificates; // --cacert
    bool insecure = false;                      // --insecure: no certificate verification
};

} // namespace Skylight
