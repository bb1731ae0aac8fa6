#include "FirstRunDialog.h"

#include "FieldMessage.h"
#include "OfficeDatabase.h"
#include "UserStore.h"
#include "ui_firstrundialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace loket::ui {

FirstRunDialog::FirstRunDialog(Database& database, const QString& fixedOfficeId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_database(database)
    , m_fixedOfficeId(fixedOfficeId)
{
    m_ui->setupUi(this);
    for (const QString& id : CatalogLoader::builtInOfficeIds()) {
        if (!fixedOfficeId.isEmpty() && id != fixedOfficeId)
            continue;
        if (const auto catalog = CatalogLoader::builtIn(id).catalog) {
            m_builtIn << *catalog;
            m_ui->officeComboBox->addItem(catalog->office.name, id);
        }
    }
    m_ui->officeComboBox->addItem(tr("The office's own catalog file…"), QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set up and start"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QLabel* label :
         { m_ui->usernameMessageLabel, m_ui->fullNameMessageLabel, m_ui->nipMessageLabel,
           m_ui->passwordMessageLabel, m_ui->repeatMessageLabel, m_ui->messageLabel })
        showFieldMessage(label, QString());

    connect(m_ui->officeComboBox, &QComboBox::currentIndexChanged, this,
            &FirstRunDialog::officeChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &FirstRunDialog::browse);
    connect(m_ui->catalogFileLineEdit, &QLineEdit::editingFinished, this,
            &FirstRunDialog::showCatalogFile);
    // A message goes once its field is being corrected.
    const QList<QPair<QLineEdit*, QLabel*>> fields = {
        { m_ui->usernameLineEdit, m_ui->usernameMessageLabel },
        { m_ui->fullNameLineEdit, m_ui->fullNameMessageLabel },
        { m_ui->nipLineEdit, m_ui->nipMessageLabel },
        { m_ui->passwordLineEdit, m_ui->passwordMessageLabel },
        { m_ui->repeatLineEdit, m_ui->repeatMessageLabel },
    };
    for (const auto& [edit, label] : fields) {
        QLabel* message = label;
        connect(edit, &QLineEdit::textEdited, message, [message] { message->hide(); });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    officeChanged();
    m_ui->officeComboBox->setFocus();
}

FirstRunDialog::~FirstRunDialog()
{
    // Hiding the dialog takes the focus from the file field, which would check the file again
    // on a half-destroyed dialog.
    disconnect(m_ui->catalogFileLineEdit, nullptr, this, nullptr);
}

bool FirstRunDialog::ownCatalogChosen() const
{
    return m_ui->officeComboBox->currentData().toString().isEmpty();
}

void FirstRunDialog::officeChanged()
{
    const bool own = ownCatalogChosen();
    m_ui->catalogFileLabel->setVisible(own);
    m_ui->catalogFileLineEdit->setVisible(own);
    m_ui->browseButton->setVisible(own);
    showCatalogErrors({});
    if (own) {
        m_ui->decreeLabel->setText(
            tr("Choose the catalog file in which the office has written its own service "
               "standard. Loket checks it and keeps a copy beside the database as %1.")
                .arg(OfficeDatabase::catalogOverridePath(m_database)));
        if (!m_ui->catalogFileLineEdit->text().isEmpty())
            showCatalogFile();
        return;
    }
    const Catalog& catalog = m_builtIn.at(m_ui->officeComboBox->currentIndex());
    m_ui->decreeLabel->setText(tr("Service standard: decree %1 (%2), %n service(s).", nullptr,
                                  int(catalog.services.size()))
                                   .arg(catalog.version(), catalog.office.decree.dateText));
}

void FirstRunDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The office's own catalog"), QFileInfo(m_ui->catalogFileLineEdit->text()).path(),
        tr("Catalog files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->catalogFileLineEdit->setText(QDir::toNativeSeparators(path));
    showCatalogFile();
}

void FirstRunDialog::showCatalogErrors(const QStringList& errors)
{
    m_ui->catalogErrorsPlainTextEdit->setPlainText(errors.join(QLatin1Char('\n')));
    m_ui->catalogErrorsPlainTextEdit->setVisible(!errors.isEmpty());
    growToFit();
}

// Messages appear under the fields: make room rather than squeeze them.
void FirstRunDialog::growToFit()
{
    layout()->activate();
    resize(size().expandedTo(sizeHint()));
}

void FirstRunDialog::showCatalogFile()
{
    const QString path = m_ui->catalogFileLineEdit->text().trimmed();
    if (path.isEmpty() || !ownCatalogChosen())
        return;
    if (path != m_checkedPath) {
        m_file = CatalogLoader::fromFile(path);
        m_checkedPath = path;
    }
    QStringList errors;
    // Each error names the file once: an unreadable file's message already starts with it.
    for (const QString& error : std::as_const(m_file.errors))
        errors << (error.startsWith(path) ? error : path + QStringLiteral(": ") + error);
    if (m_file.catalog) {
        const Office& office = m_file.catalog->office;
        const QStringList allowed = m_fixedOfficeId.isEmpty() ? CatalogLoader::builtInOfficeIds()
                                                              : QStringList { m_fixedOfficeId };
        if (!allowed.contains(office.id))
            errors << tr("%1: office.id: \"%2\" is not an office this database can serve (%3); "
                         "a database belongs to one office.")
                          .arg(path, office.id, allowed.join(QStringLiteral(", ")));
        else
            m_ui->decreeLabel->setText(
                tr("%1: decree %2, %n service(s).", nullptr, int(m_file.catalog->services.size()))
                    .arg(office.name, m_file.catalog->version()));
    }
    if (!errors.isEmpty())
        m_ui->decreeLabel->setText(
            tr("The catalog file cannot be used; correct these errors or choose another file:"));
    showCatalogErrors(errors);
}

QString FirstRunDialog::chosenOfficeId()
{
    if (!ownCatalogChosen())
        return m_ui->officeComboBox->currentData().toString();
    if (OfficeDatabase::catalogOverridePath(m_database).isEmpty()) {
        showCatalogErrors({ tr("A database on a server has no folder for the office's own "
                               "catalog; choose a built-in catalog.") });
        return {};
    }
    if (m_ui->catalogFileLineEdit->text().trimmed().isEmpty()) {
        showCatalogErrors({ tr("Choose the office's catalog file.") });
        return {};
    }
    showCatalogFile();
    if (!m_ui->catalogErrorsPlainTextEdit->toPlainText().isEmpty())
        return {};
    return m_file.catalog->office.id;
}

bool FirstRunDialog::checkAdministrator()
{
    const QString password = m_ui->passwordLineEdit->text();
    const QList<QPair<QLabel*, QString>> checks = {
        { m_ui->usernameMessageLabel,
          UserStore::checkUsername(m_ui->usernameLineEdit->text().trimmed()) },
        { m_ui->fullNameMessageLabel, UserStore::checkFullName(m_ui->fullNameLineEdit->text()) },
        { m_ui->nipMessageLabel, UserStore::checkNip(m_ui->nipLineEdit->text()) },
        { m_ui->passwordMessageLabel, UserStore::checkPassword(password) },
        { m_ui->repeatMessageLabel,
          m_ui->repeatLineEdit->text() == password ? QString()
                                                   : tr("The two passwords are not the same.") },
    };
    const QList<QWidget*> fields
        = { m_ui->usernameLineEdit, m_ui->fullNameLineEdit, m_ui->nipLineEdit,
            m_ui->passwordLineEdit, m_ui->repeatLineEdit };
    QWidget* firstWrong = nullptr;
    for (int i = 0; i < checks.size(); ++i) {
        showFieldMessage(checks.at(i).first, checks.at(i).second);
        if (!checks.at(i).second.isEmpty() && !firstWrong)
            firstWrong = fields.at(i);
    }
    if (firstWrong)
        firstWrong->setFocus();
    growToFit();
    return !firstWrong;
}

bool FirstRunDialog::installOwnCatalog(const QString& source)
{
    const QString target = OfficeDatabase::catalogOverridePath(m_database);
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return true;
    const QString copy = target + QStringLiteral(".new");
    QFile::remove(copy);
    if (!QFile::copy(source, copy) || (QFile::exists(target) && !QFile::remove(target))
        || !QFile::rename(copy, target)) {
        QFile::remove(copy);
        showFieldMessage(m_ui->messageLabel,
                         tr("Cannot copy the catalog file to %1. Check that the folder is "
                            "writable.")
                             .arg(target));
        return false;
    }
    return true;
}

void FirstRunDialog::accept()
{
    showFieldMessage(m_ui->messageLabel, QString());
    const QString office = chosenOfficeId();
    const bool fieldsFine = checkAdministrator();
    if (office.isEmpty()) {
        QWidget* field = ownCatalogChosen() ? static_cast<QWidget*>(m_ui->catalogFileLineEdit)
                                            : m_ui->officeComboBox;
        field->setFocus();
        return;
    }
    if (!fieldsFine)
        return;

    QString error;
    if (!OfficeDatabase::initialise(m_database, office, &error)) {
        showFieldMessage(m_ui->messageLabel, error);
        return;
    }
    if (ownCatalogChosen() && !installOwnCatalog(m_ui->catalogFileLineEdit->text().trimmed()))
        return;
    User admin;
    admin.username = m_ui->usernameLineEdit->text().trimmed();
    admin.fullName = m_ui->fullNameLineEdit->text().trimmed();
    admin.nip = m_ui->nipLineEdit->text().trimmed();
    admin.roles = { UserRole::Administrator };
    const auto created
        = UserStore(m_database).create(admin, m_ui->passwordLineEdit->text(), 0, &error);
    if (!created) {
        showFieldMessage(m_ui->messageLabel, error);
        return;
    }
    m_officeId = office;
    m_administrator = *created;
    m_ui->passwordLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    QDialog::accept();
}

} // namespace loket::ui
