// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "identity/cloudconfigerror.h"
#include "identity/cloudprofile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QStringList>
#include <expected>

namespace Skylight {

// The OpenStack client conventions users already have: clouds.yaml, merged with secure.yaml, in
// the standard search order (OS_CLIENT_CONFIG_FILE, then the current directory,
// ~/.config/openstack/, /etc/openstack/; OS_CLIENT_SECURE_FILE for secure.yaml), plus the OS_* variables of
// an openrc file as a cloud named "envvars". Parsed with yaml-cpp; every problem is a CloudConfigError naming
// file and key.
class CloudsConfig
{
public:
    // Where clouds.yaml (or secure.yaml) is looked for, first match wins.
    static QStringList searchPaths(const QString& fileName, const QProcessEnvironment& environment,
                                   const QString& currentDirectory, const QString& homeDirectory);

    // Reads one clouds.yaml and, if given, the secure.yaml whose values are merged into it.
    static std::expected<QList<CloudProfile>, CloudConfigError> parse(const QString& cloudsFile,
                                                                      const QString& secureFile = QString());
    // Same, from text (for tests and pasted configurations); the names are only used in errors.
    static std::expected<QList<CloudProfile>, CloudConfigError> parseText(const QByteArray& clouds,
                                                                          const QString& cloudsName,
                                                                          const QByteArray& secure = {},
                                                                          const QString& secureName = {});

    // The implicit cloud of OS_* variables, when OS_AUTH_URL (or OS_TOKEN with an endpoint) is set.
    static std::optional<CloudProfile> fromEnvironment(const QProcessEnvironment& environment);

    // Everything the user has: the first clouds.yaml found (merged with secure.yaml) and envvars.
    static std::expected<QList<CloudProfile>, CloudConfigError> load(const QProcessEnvironment& environment,
                                                                     const QString& currentDirectory,
                                                                     const QString& homeDirectory);
};

} // namespace Skylight
