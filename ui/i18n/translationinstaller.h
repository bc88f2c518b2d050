// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace Skylight {

// Installs Skylight's catalogue (compiled from translations/*.ts into the resources under
// :/i18n) and Qt's own one for a locale, replacing what an earlier call installed. The
// translators are children of this object and are removed from the application with it.
class TranslationInstaller : public QObject
{
    Q_OBJECT

public:
    explicit TranslationInstaller(QCoreApplication* app, QObject* parent = nullptr);
    ~TranslationInstaller() override;

    // The languages Skylight has a catalogue for, as locale names ("de", "zh_CN"), plus "en",
    // the language of the sources.
    static QStringList languages();
    // Where catalogues are looked for, in order: the resources (built in), then the installed
    // share/skylight/translations next to the executable's folder, where one can be added or
    // replaced without rebuilding.
    static QStringList searchPaths();

    // Installs the best catalogue for the locale's UI languages; returns the language used
    // ("en" when none fits, which leaves the source texts).
    QString install(const QLocale& locale);

private:
    void removeInstalled();

    QCoreApplication* m_app;
    QTranslator* m_skylight = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace Skylight
