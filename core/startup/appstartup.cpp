// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "startup/appstartup.h"

#include "democloud/demolargeimages.h"
#include "identity/cloudsconfig.h"
#include "net/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// The organisation's folder holds the files shared by both executables.
constexpr auto kOrganisation = "Skylight";

std::unique_ptr<QSettings> appFileFor(AppStartup::Front front)
{
    if (front != AppStartup::Front::Window)
        return nullptr;
    return std::make_unique<QSettings>(); // <organisation>/<application>, in the platform's format
}
} // namespace

AppStartup::AppStartup(Front front)
    : m_appFile(appFileFor(front))
    , m_secretIndexFile(QSettings::IniFormat, QSettings::UserScope, QString::fromLatin1(kOrganisation),
                        u"secret-index"_s)
    , m_rangeFile(QSettings::IniFormat, QSettings::UserScope, QString::fromLatin1(kOrganisation),
                  u"download-ranges"_s)
    , m_settings(AppSettings::Stores{m_appFile.get(), &m_secretIndexFile, &m_rangeFile})
    , m_secrets(QString::fromLatin1(kOrganisation), &m_settings)
    , m_ranges(&m_settings)
{
    if (!m_settings.migrate())
        qCWarning(lcUi) << "The settings were written by a newer Skylight (schema"
                        << m_settings.schemaVersion()
                        << "); read as far as they are understood, never written.";
}

AppStartup::~AppStartup() = default;

std::expected<QList<CloudProfile>, CloudConfigError> AppStartup::loadCloudsConfig()
{
    return CloudsConfig::load(QProcessEnvironment::systemEnvironment(), QDir::currentPath(),
                              QDir::homePath());
}

std::expected<DemoCloud*, QString> AppStartup::startDemo()
{
    if (!m_demo) {
        // With the large images: 1, 4 and 2 GiB to watch downloading (SKYLIGHT_DEMO_LARGE_UNIT
        // and SKYLIGHT_DEMO_RATE change their size and rate).
        m_demo.emplace(DemoLargeImages::fromEnvironment());
        if (!m_demo->start()) {
            const QString error = m_demo->errorString();
            m_demo.reset();
            return std::unexpected(error);
        }
        m_demo->setClock(systemClock()); // its snapshot being saved becomes active in 15 s
    }
    return &*m_demo;
}

QList<AppStartup::DemoEndpoint> AppStartup::demoEndpoints() const
{
    if (!m_demo)
        return {};
    // The names are the window's ("main" context, as before they moved here).
    const std::pair<Dialect, QString> dialects[] = {
        {Dialect::GlanceV2, QCoreApplication::translate("main", "Demo cloud · Image API v2")},
        {Dialect::GlanceV1, QCoreApplication::translate("main", "Demo cloud · Image API v1")},
        {Dialect::Compute, QCoreApplication::translate("main", "Demo cloud · Compute v2.1")},
        {Dialect::Rackspace, QCoreApplication::translate("main", "Demo cloud · Rackspace Cloud Servers")},
        {Dialect::HuaweiEcs, QCoreApplication::translate("main", "Demo cloud · Huawei Cloud ECS")},
    };
    QList<DemoEndpoint> endpoints;
    for (const auto& [dialect, name] : dialects) {
        endpoints.append({name, dialect,
                          ServiceEndpoint{.url = m_demo->endpoint(dialect),
                                          .token = m_demo->token(),
                                          .projectId = DemoCloud::projectId()}});
    }
    endpoints.append({QCoreApplication::translate("main", "Demo cloud · Compute v2.1 (XML)"),
                      Dialect::Compute,
                      ServiceEndpoint{.url = m_demo->computeXmlEndpoint(), .token = m_demo->token()}});
    return endpoints;
}

} // namespace Skylight
