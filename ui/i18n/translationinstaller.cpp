// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "i18n/translationinstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

TranslationInstaller::TranslationInstaller(QCoreApplication* app, QObject* parent)
    : QObject(parent)
    , m_app(app)
{}

TranslationInstaller::~TranslationInstaller()
{
    removeInstalled();
}

QStringList TranslationInstaller::searchPaths()
{
    const QDir installed(QCoreApplication::applicationDirPath() + u"/../share/skylight/translations"_s);
    return {u":/i18n"_s, installed.absolutePath()};
}

QStringList TranslationInstaller::languages()
{
    QStringList names{u"en"_s};
    for (const QString& path : searchPaths()) {
        const QStringList files = QDir(path).entryList({u"skylight_*.qm"_s}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString name = file.mid(9, file.size() - 9 - 3);
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QString TranslationInstaller::install(const QLocale& locale)
{
    removeInstalled();
    auto* skylight = new QTranslator(this);
    // QTranslator::load(QLocale) walks the UI languages: de_AT, de, zh_Hans_CN, zh_CN, ...
    bool loaded = false;
    for (const QString& path : searchPaths()) {
        if ((loaded = skylight->load(locale, u"skylight"_s, u"_"_s, path)))
            break;
    }
    // No catalogue for the language: the English one, which holds only the plural forms the
    // source texts cannot say ("1 image", "2 images" for "%n image(s)").
    // Qt's own texts then stay English too, as the rest of the window.
    if (!loaded) {
        for (const QString& path : searchPaths()) {
            if (skylight->load(u"skylight_en"_s, path)) {
                m_skylight = skylight;
                m_app->installTranslator(m_skylight);
                return u"en"_s;
            }
        }
        delete skylight;
        return u"en"_s;
    }
    m_skylight = skylight;
    m_app->installTranslator(m_skylight);

    // Qt's own texts (standard buttons, dialogs) when the system has them installed.
    auto* qt = new QTranslator(this);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt;
        m_app->installTranslator(m_qt);
    } else {
        delete qt;
    }
    return m_skylight->language();
}

void TranslationInstaller::removeInstalled()
{
    for (QTranslator** translator : {&m_skylight, &m_qt}) {
        if (*translator) {
            m_app->removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace Skylight
