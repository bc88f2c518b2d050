// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/cloudprofiledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName,
                    const QString& placeholder = QString())
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

bool isHttpUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
}
} // namespace

CloudProfileDialog::CloudProfileDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(lineEdit(this, u"profileName"_s, tr("Cloud name"), tr("e.g. production")))
    , m_method(new QComboBox(this))
    , m_authUrl(
          lineEdit(this, u"authUrl"_s, tr("Identity service URL"), u"https://keystone.example.com:5000/v3"_s))
    , m_endpoint(lineEdit(this, u"imageEndpoint"_s, tr("Image endpoint"),
                          tr("optional with an identity service: the catalog has it")))
    , m_imageData(lineEdit(this, u"imageDataEndpoint"_s, tr("Image service for downloads"),
                           tr("optional, for Compute-family clouds")))
    , m_dialect(new QComboBox(this))
    , m_username(lineEdit(this, u"username"_s, tr("User name")))
    , m_userDomain(lineEdit(this, u"userDomain"_s, tr("User domain"), u"Default"_s))
    , m_project(lineEdit(this, u"project"_s, tr("Project")))
    , m_projectDomain(lineEdit(this, u"projectDomain"_s, tr("Project domain"), u"Default"_s))
    , m_credentialId(lineEdit(this, u"credentialId"_s, tr("Application credential ID")))
    , m_region(lineEdit(this, u"region"_s, tr("Region"), tr("any")))
    , m_interface(new QComboBox(this))
    , m_caBundle(lineEdit(this, u"caBundle"_s, tr("CA bundle"), tr("system certificates")))
    , m_verify(new QCheckBox(tr("Verify TLS certificates"), this))
    , m_remember(new QCheckBox(tr("Remember the secret in the system keychain"), this))
    , m_error(new QLabel(this))
    , m_form(new QFormLayout)
{
    setWindowTitle(tr("Cloud"));
    setObjectName(u"cloudProfileDialog"_s);

    const std::pair<AuthSettings::Type, QString> methods[] = {
        {AuthSettings::Type::Password, tr("Keystone v3 password")},
        {AuthSettings::Type::ApplicationCredential, tr("Keystone v3 application credential")},
        {AuthSettings::Type::Token, tr("Token (pasted)")},
        {AuthSettings::Type::V2Password, tr("Keystone v2.0 password")},
        {AuthSettings::Type::RackspaceApiKey, tr("Rackspace API key")},
        {AuthSettings::Type::Huawei, tr("Huawei Cloud IAM password")},
    };
    for (const auto& [type, label] : methods)
        m_method->addItem(label, static_cast<int>(type));
    m_method->setObjectName(u"authMethod"_s);
    m_method->setAccessibleName(tr("Sign-in method"));

    const std::pair<Dialect, QString> dialects[] = {
        {Dialect::Auto, tr("Detect automatically")},
        {Dialect::GlanceV2, tr("OpenStack Image API v2 (Glance)")},
        {Dialect::GlanceV1, tr("OpenStack Image API v1")},
        {Dialect::Compute, tr("OpenStack Compute API images")},
        {Dialect::Rackspace, tr("Rackspace Cloud Servers")},
        {Dialect::HuaweiEcs, tr("Huawei Cloud ECS")},
    };
    for (const auto& [dialect, label] : dialects)
        m_dialect->addItem(label, dialectName(dialect));
    m_dialect->setObjectName(u"dialect"_s);
    m_dialect->setAccessibleName(tr("Image API dialect"));

    m_interface->addItems({u"public"_s, u"internal"_s, u"admin"_s});
    m_interface->setObjectName(u"interface"_s);
    m_interface->setAccessibleName(tr("Endpoint interface"));
    m_imageData->setToolTip(
        tr("For Compute-family clouds (Compute, Rackspace, Huawei ECS): the image service (Image API "
           "v2) their image data is downloaded from, with your token. Empty: only this cloud's own "
           "endpoint and the image services of its catalog get the token."));
    m_verify->setChecked(true);
    m_remember->setChecked(true);
    m_remember->setObjectName(u"rememberSecret"_s);

    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose a CA bundle file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA bundle"), QString(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Sign-in &method:"), m_method);
    m_form->addRow(tr("&Identity URL:"), m_authUrl);
    m_form->addRow(tr("Image &endpoint:"), m_endpoint);
    m_form->addRow(tr("Image &service:"), m_imageData);
    m_form->addRow(tr("&Dialect:"), m_dialect);
    m_form->addRow(tr("&User:"), m_username);
    m_form->addRow(tr("User domain:"), m_userDomain);
    m_form->addRow(tr("&Project:"), m_project);
    m_form->addRow(tr("Project domain:"), m_projectDomain);
    m_form->addRow(tr("Credential ID:"), m_credentialId);
    m_form->addRow(tr("&Region:"), m_region);
    m_form->addRow(tr("Inter&face:"), m_interface);
    // A row made of a layout gets no buddy of its own: without one the label shows "&" as it is.
    auto* caLabel = new QLabel(tr("&CA bundle:"), this);
    caLabel->setBuddy(m_caBundle);
    m_form->addRow(caLabel, caRow);
    m_form->addRow(QString(), m_verify);
    m_form->addRow(QString(), m_remember);

    m_error->setObjectName(u"validationError"_s);
    m_error->setStyleSheet(u"color: palette(highlight); font-weight: bold;"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloudProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CloudProfileDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &CloudProfileDialog::updateFields);
    // A message shown stays true to the form: it follows each edit, and goes once mended.
    for (QLineEdit* field : findChildren<QLineEdit*>())
        connect(field, &QLineEdit::textChanged, this, &CloudProfileDialog::revalidate);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &CloudProfileDialog::revalidate);
    updateFields();
}

void CloudProfileDialog::revalidate()
{
    if (m_error->isHidden())
        return;
    const std::optional<Problem> problem = firstProblem();
    if (problem)
        m_error->setText(problem->message);
    else
        m_error->hide();
}

void CloudProfileDialog::updateFields()
{
    const auto type = static_cast<AuthSettings::Type>(m_method->currentData().toInt());
    const bool token = type == AuthSettings::Type::Token;
    const bool credential = type == AuthSettings::Type::ApplicationCredential;
    const bool v3 = type == AuthSettings::Type::Password || type == AuthSettings::Type::Huawei;
    m_form->setRowVisible(m_username, !token && !credential);
    m_form->setRowVisible(m_userDomain, v3);
    m_form->setRowVisible(m_project, !credential && type != AuthSettings::Type::RackspaceApiKey);
    m_form->setRowVisible(m_projectDomain, v3);
    m_form->setRowVisible(m_credentialId, credential);
    m_authUrl->setPlaceholderText(token ? tr("none: a pasted token needs the image endpoint")
                                  : type == AuthSettings::Type::RackspaceApiKey
                                      ? u"https://identity.api.rackspacecloud.com/v2.0"_s
                                      : u"https://keystone.example.com:5000/v3"_s);
    revalidate(); // a message about a field now hidden goes
}

void CloudProfileDialog::setProfile(const CloudProfile& profile, bool rememberSecret)
{
    m_name->setText(profile.name);
    m_method->setCurrentIndex(std::max(0, m_method->findData(static_cast<int>(profile.auth.type))));
    m_authUrl->setText(profile.auth.authUrl.toString());
    m_endpoint->setText(profile.imageEndpoint.toString());
    m_imageData->setText(profile.imageDataEndpoint.toString());
    m_dialect->setCurrentIndex(std::max(0, m_dialect->findData(dialectName(profile.dialect))));
    m_username->setText(profile.auth.username);
    m_userDomain->setText(profile.auth.userDomainName);
    m_project->setText(profile.auth.projectName.isEmpty() ? profile.auth.projectId
                                                          : profile.auth.projectName);
    m_projectDomain->setText(profile.auth.projectDomainName);
    m_credentialId->setText(profile.auth.applicationCredentialId);
    m_region->setText(profile.regionName);
    m_interface->setCurrentText(profile.interface);
    m_caBundle->setText(profile.caCertFile);
    m_verify->setChecked(profile.verify);
    m_remember->setChecked(rememberSecret);
    updateFields();
}

CloudProfile CloudProfileDialog::profile() const
{
    CloudProfile profile;
    profile.name = m_name->text().trimmed();
    AuthSettings& auth = profile.auth;
    auth.type = static_cast<AuthSettings::Type>(m_method->currentData().toInt());
    auth.authUrl = QUrl(m_authUrl->text().trimmed(), QUrl::StrictMode);
    profile.imageEndpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    profile.imageDataEndpoint = QUrl(m_imageData->text().trimmed(), QUrl::StrictMode);
    profile.dialect = dialectFromName(m_dialect->currentData().toString()).value_or(Dialect::Auto);
    if (m_form->isRowVisible(m_username))
        auth.username = m_username->text().trimmed();
    auth.userDomainName = m_userDomain->text().trimmed();
    auth.projectName = m_project->text().trimmed();
    auth.projectDomainName = m_projectDomain->text().trimmed();
    if (auth.type == AuthSettings::Type::ApplicationCredential)
        auth.applicationCredentialId = m_credentialId->text().trimmed();
    if (auth.type == AuthSettings::Type::Password || auth.type == AuthSettings::Type::Huawei) {
        if (auth.userDomainName.isEmpty())
            auth.userDomainName = u"Default"_s;
        if (auth.projectDomainName.isEmpty() && auth.type == AuthSettings::Type::Password)
            auth.projectDomainName = u"Default"_s;
    }
    profile.regionName = m_region->text().trimmed();
    profile.interface = m_interface->currentText();
    profile.caCertFile = m_caBundle->text().trimmed();
    profile.verify = m_verify->isChecked();
    return profile;
}

bool CloudProfileDialog::rememberSecret() const
{
    return m_remember->isChecked();
}

QString CloudProfileDialog::validationError() const
{
    const std::optional<Problem> problem = firstProblem();
    return problem ? problem->message : QString();
}

std::optional<CloudProfileDialog::Problem> CloudProfileDialog::firstProblem() const
{
    const CloudProfile candidate = profile();
    if (candidate.name.isEmpty())
        return Problem{tr("Give the cloud a name."), m_name};
    if (m_takenNames.contains(candidate.name))
        return Problem{tr("Another cloud is already called \"%1\".").arg(candidate.name), m_name};
    const bool pastedToken = candidate.auth.type == AuthSettings::Type::Token;
    const bool rackspace = candidate.auth.type == AuthSettings::Type::RackspaceApiKey;
    if (!m_authUrl->text().trimmed().isEmpty() && !isHttpUrl(candidate.auth.authUrl))
        return Problem{tr("The identity URL must be an http:// or https:// address."), m_authUrl};
    if (!m_endpoint->text().trimmed().isEmpty() && !isHttpUrl(candidate.imageEndpoint))
        return Problem{tr("The image endpoint must be an http:// or https:// address."), m_endpoint};
    if (!m_imageData->text().trimmed().isEmpty() && !isHttpUrl(candidate.imageDataEndpoint))
        return Problem{tr("The image service must be an http:// or https:// address."), m_imageData};
    if (pastedToken && candidate.auth.authUrl.isEmpty() && candidate.imageEndpoint.isEmpty())
        return Problem{tr("A pasted token needs the image endpoint (or an identity URL)."), m_endpoint};
    if (!pastedToken && !rackspace && candidate.auth.authUrl.isEmpty())
        return Problem{tr("Give the identity service URL."), m_authUrl};
    if (candidate.auth.type == AuthSettings::Type::ApplicationCredential &&
        candidate.auth.applicationCredentialId.isEmpty())
        return Problem{tr("Give the application credential ID."), m_credentialId};
    if (!pastedToken && candidate.auth.type != AuthSettings::Type::ApplicationCredential &&
        candidate.auth.username.isEmpty())
        return Problem{tr("Give the user name."), m_username};
    return std::nullopt;
}

void CloudProfileDialog::accept()
{
    const std::optional<Problem> problem = firstProblem();
    if (problem) {
        m_error->setText(problem->message);
        m_error->show();
        problem->field->setFocus(Qt::OtherFocusReason); // where the mending starts
        return;
    }
    QDialog::accept();
}

} // namespace Skylight
