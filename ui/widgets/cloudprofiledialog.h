// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "identity/cloudprofile.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Skylight {

// Creates or edits a cloud profile: name, identity service URL or a direct image endpoint, the
// image service of Compute-family downloads, dialect, sign-in method, user and project, region, interface, CA
// bundle and whether to keep the secret in the system keychain. Holds no secret itself: Skylight asks for it
// when signing in.
class CloudProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloudProfileDialog(QWidget* parent = nullptr);

    void setProfile(const CloudProfile& profile, bool rememberSecret);
    // Names already used by other clouds: a new profile may not take one.
    void setTakenNames(const QStringList& names) { m_takenNames = names; }

    CloudProfile profile() const;
    bool rememberSecret() const;
    // Why the form cannot be accepted yet, or empty.
    QString validationError() const;

    void accept() override;

private:
    // What is wrong first, in the order of the form, and the field to mend it in.
    struct Problem
    {
        QString message;
        QWidget* field = nullptr;
    };
    std::optional<Problem> firstProblem() const;
    void updateFields();
    void revalidate();

    QLineEdit* m_name;
    QComboBox* m_method;
    QLineEdit* m_authUrl;
    QLineEdit* m_endpoint;
    QLineEdit* m_imageData;
    QComboBox* m_dialect;
    QLineEdit* m_username;
    QLineEdit* m_userDomain;
    QLineEdit* m_project;
    QLineEdit* m_projectDomain;
    QLineEdit* m_credentialId;
    QLineEdit* m_region;
    QComboBox* m_interface;
    QLineEdit* m_caBundle;
    QCheckBox* m_verify;
    QCheckBox* m_remember;
    QLabel* m_error;
    QFormLayout* m_form;
    QStringList m_takenNames;
};

} // namespace Skylight
