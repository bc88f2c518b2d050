// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cachedsession.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString CachedSession::toText() const
{
    QJsonArray imageServices;
    for (const QUrl& url : endpoint.catalogImageServices)
        imageServices.append(url.toString());
    const QJsonObject object{
        {u"token"_s, QString::fromUtf8(endpoint.token)},
        {u"url"_s, endpoint.url.toString()},
        {u"project_id"_s, endpoint.projectId},
        {u"service_type"_s, endpoint.serviceType},
        {u"image_services"_s, imageServices},
        {u"expires_at"_s, expiresAt.toUTC().toString(Qt::ISODate)},
        {u"fingerprint"_s, fingerprint},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<CachedSession> CachedSession::fromText(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    CachedSession session;
    session.endpoint.token = object.value(u"token"_s).toString().toUtf8();
    session.endpoint.url = QUrl(object.value(u"url"_s).toString(), QUrl::StrictMode);
    session.endpoint.projectId = object.value(u"project_id"_s).toString();
    session.endpoint.serviceType = object.value(u"service_type"_s).toString();
    // A session kept by an older build lacks the catalog's image services: signed in again.
    if (!object.value(u"image_services"_s).isArray())
        return std::nullopt;
    for (const QJsonValue& url : object.value(u"image_services"_s).toArray())
        session.endpoint.catalogImageServices.append(QUrl(url.toString(), QUrl::StrictMode));
    session.expiresAt = QDateTime::fromString(object.value(u"expires_at"_s).toString(), Qt::ISODate);
    session.fingerprint = object.value(u"fingerprint"_s).toString();
    if (session.endpoint.token.isEmpty() || !session.endpoint.url.isValid() || !session.expiresAt.isValid())
        return std::nullopt;
    return session;
}

QString CachedSession::fingerprintOf(const CloudProfile& profile)
{
    const AuthSettings& auth = profile.auth;
    const QStringList parts{
        QString::number(static_cast<int>(auth.type)),
        auth.authUrl.toString(),
        auth.username,
        auth.userId,
        auth.projectName,
        auth.projectId,
        auth.userDomainName,
        auth.userDomainId,
        auth.projectDomainName,
        auth.projectDomainId,
        auth.applicationCredentialId,
        auth.applicationCredentialName,
        profile.regionName,
        profile.interface,
        profile.imageEndpoint.toString(),
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString CachedSession::fingerprintWithSecret(const CloudProfile& profile, const QString& secret)
{
    const QByteArray both = fingerprintOf(profile).toUtf8() + '\n' + secret.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(both, QCryptographicHash::Sha256).toHex().left(16));
}

bool CachedSession::usableAt(const QDateTime& now, int marginSeconds) const
{
    return expiresAt.isValid() && now.secsTo(expiresAt) > marginSeconds;
}

} // namespace Skylight
