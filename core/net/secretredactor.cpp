// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/secretredactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString SecretRedactor::mask()
{
    return u"***"_s;
}

void SecretRedactor::add(const QString& secret)
{
    if (secret.size() < kMinLength)
        return;
    addForm(secret);
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray percent = utf8.toPercentEncoding();
    addForm(QString::fromLatin1(percent));
    addForm(QString::fromLatin1(percent).replace(u"%20"_s, u"+"_s)); // a form-encoded space
    // Lower-case hex, as some servers write it back.
    QString lower = QString::fromLatin1(percent);
    for (qsizetype i = lower.indexOf(u'%'); i >= 0 && i + 2 < lower.size(); i = lower.indexOf(u'%', i + 1)) {
        lower[i + 1] = lower[i + 1].toLower();
        lower[i + 2] = lower[i + 2].toLower();
    }
    addForm(lower);
    // As a JSON string would carry it (quotes, backslashes, "/" written "\/" by some servers).
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    const QString escaped = QString::fromUtf8(json.mid(2, json.size() - 4));
    addForm(escaped);
    addForm(QString(escaped).replace(u"/"_s, u"\\/"_s));
    addForm(QString::fromLatin1(utf8.toBase64()));
    addForm(QString::fromLatin1(utf8.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals)));
}

void SecretRedactor::addForm(const QString& form)
{
    if (form.size() < kMinLength || m_forms.contains(form))
        return;
    const auto at = std::find_if(m_forms.cbegin(), m_forms.cend(),
                                 [&](const QString& known) { return known.size() < form.size(); });
    m_forms.insert(at - m_forms.cbegin(), form);
}

void SecretRedactor::merge(const SecretRedactor& other)
{
    for (const QString& form : other.m_forms)
        addForm(form);
}

namespace {
// Messages cut a server's text short (to 300 characters, an id to 40...), so a secret may show only
// in part, ending where the text ends or at the "…" of a cut. The longest start of `form` (at
// least kMinCutPrefix characters) ending at `end` of `text`, or 0.
constexpr qsizetype kMinCutPrefix = 8;

qsizetype cutPrefixBefore(const QString& text, qsizetype end, const QString& form)
{
    for (qsizetype k = std::min(form.size() - 1, end); k >= kMinCutPrefix; --k) {
        if (QStringView(text).sliced(end - k, k) == QStringView(form).first(k))
            return k;
    }
    return 0;
}

void maskCutPrefixes(QString& text, const QString& form, const QString& mask)
{
    if (form.size() <= kMinCutPrefix)
        return;
    // From the back, so that earlier positions stay valid after a replacement.
    if (const qsizetype k = cutPrefixBefore(text, text.size(), form))
        text.replace(text.size() - k, k, mask);
    for (qsizetype at = text.lastIndexOf(u'…'); at > 0; at = at > 0 ? text.lastIndexOf(u'…', at - 1) : -1) {
        if (const qsizetype k = cutPrefixBefore(text, at, form)) {
            text.replace(at - k, k, mask);
            at -= k;
        }
    }
}
} // namespace

QString SecretRedactor::redact(const QString& text) const
{
    QString shown = text;
    for (const QString& form : m_forms)
        shown.replace(form, mask());
    for (const QString& form : m_forms)
        maskCutPrefixes(shown, form, mask());
    return shown;
}

ApiError SecretRedactor::redact(const ApiError& error) const
{
    ApiError shown = error;
    shown.message = redact(error.message);
    shown.requestId = redact(error.requestId);
    return shown;
}

} // namespace Skylight
