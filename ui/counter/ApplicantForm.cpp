#include "ApplicantForm.h"

#include "ApplicantStore.h"
#include "CaseQueries.h"
#include "DtksLookupWidget.h"
#include "IndonesianText.h"
#include "PhoneNumber.h"
#include "RegionPicker.h"
#include "ui_applicantform.h"

#include <QLabel>
#include <QRegularExpression>

namespace loket::ui {
namespace {

const QString kDateFormat = QStringLiteral("dd-MM-yyyy");

QDate parseDate(const QString& text)
{
    QString cleaned = text.trimmed();
    cleaned.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('.'), QLatin1Char('-'));
    return QDate::fromString(cleaned, kDateFormat);
}

} // namespace

ApplicantForm::ApplicantForm(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicantForm>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->sexComboBox->addItem(tr("—"), QString());
    m_ui->sexComboBox->addItem(tr("Male (L)"), QStringLiteral("L"));
    m_ui->sexComboBox->addItem(tr("Female (P)"), QStringLiteral("P"));
    m_regions = new RegionPicker(session.regions, m_ui->provinceComboBox, m_ui->regencyComboBox,
                                 m_ui->districtComboBox, m_ui->villageComboBox, this);
    m_ui->nikLineEdit->setToolTip(tr("16 digits; a known NIK fills in the rest"));
    connect(m_ui->nikLineEdit, &QLineEdit::textEdited, this, &ApplicantForm::onNikEdited);
    const QList<QPair<QLineEdit*, QString>> fields {
        { m_ui->kkLineEdit, QStringLiteral("kkNumber") },
        { m_ui->nameLineEdit, QStringLiteral("fullName") },
        { m_ui->birthPlaceLineEdit, QStringLiteral("birthPlace") },
        { m_ui->birthDateLineEdit, QStringLiteral("birthDate") },
        { m_ui->addressLineEdit, QStringLiteral("address") },
        { m_ui->phoneLineEdit, QStringLiteral("phone") },
        { m_ui->orgNameLineEdit, QStringLiteral("organisation.name") },
        { m_ui->orgNpwpLineEdit, QStringLiteral("organisation.npwp") },
        { m_ui->orgAddressLineEdit, QStringLiteral("organisation.address") },
    };
    for (const auto& [edit, field] : fields) {
        connect(edit, &QLineEdit::textEdited, this, [this, key = field] {
            m_touched.insert(key);
            checkAsTyped();
        });
    }
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, &ApplicantForm::changed);
    connect(m_ui->sexComboBox, &QComboBox::activated, this, &ApplicantForm::changed);
    connect(m_regions, &RegionPicker::changed, this, &ApplicantForm::changed);
    connect(m_ui->phoneLineEdit, &QLineEdit::textChanged, this, &ApplicantForm::updateSmsConsent);
    connect(m_ui->smsConsentCheckBox, &QCheckBox::toggled, this, &ApplicantForm::changed);
    updateSmsConsent();
    setService(nullptr);
}

ApplicantForm::~ApplicantForm() = default;

QWidget* ApplicantForm::firstField() const
{
    return m_ui->organisationGroupBox->isVisible() ? static_cast<QWidget*>(m_ui->orgNameLineEdit)
                                                   : static_cast<QWidget*>(m_ui->nikLineEdit);
}

void ApplicantForm::setService(const Service* service)
{
    m_service = service;
    const bool organisation
        = service && service->applicantKind == Service::ApplicantKind::Organisation;
    m_ui->organisationGroupBox->setVisible(organisation);
    if (organisation)
        m_ui->personGroupBox->setTitle(tr("Person who submits for the organisation"));
    else if (service && service->applicantKind == Service::ApplicantKind::Report)
        m_ui->personGroupBox->setTitle(tr("Reporter"));
    else
        m_ui->personGroupBox->setTitle(tr("Applicant"));
    if (!m_ui->nikLineEdit->text().isEmpty())
        showHistory(m_ui->nikLineEdit->text().trimmed());
}

Person ApplicantForm::person() const
{
    Person p;
    p.nik = m_ui->nikLineEdit->text().remove(QLatin1Char(' '));
    p.kkNumber = m_ui->kkLineEdit->text().remove(QLatin1Char(' '));
    p.fullName = m_ui->nameLineEdit->text().trimmed();
    p.birthPlace = m_ui->birthPlaceLineEdit->text().trimmed();
    p.birthDate = parseDate(m_ui->birthDateLineEdit->text());
    p.sex = m_ui->sexComboBox->currentData().toString();
    p.address = m_ui->addressLineEdit->text().trimmed();
    p.provinceCode = m_regions->provinceCode();
    p.regencyCode = m_regions->regencyCode();
    p.districtCode = m_regions->districtCode();
    p.villageCode = m_regions->villageCode();
    p.phone = m_ui->phoneLineEdit->text().trimmed();
    return p;
}

std::optional<Organisation> ApplicantForm::organisation() const
{
    if (!m_service || m_service->applicantKind != Service::ApplicantKind::Organisation)
        return std::nullopt;
    Organisation o;
    o.id = m_organisationId;
    o.name = m_ui->orgNameLineEdit->text().trimmed();
    o.deedNumber = m_ui->orgDeedLineEdit->text().trimmed();
    o.decreeNumber = m_ui->orgDecreeLineEdit->text().trimmed();
    o.npwp = m_ui->orgNpwpLineEdit->text().trimmed();
    o.address = m_ui->orgAddressLineEdit->text().trimmed();
    o.chairName = m_ui->orgChairLineEdit->text().trimmed();
    o.phone = m_ui->orgPhoneLineEdit->text().trimmed();
    return o;
}

void ApplicantForm::setApplicant(const Person& p, const std::optional<Organisation>& organisation)
{
    m_ui->nikLineEdit->setText(p.nik);
    m_ui->kkLineEdit->setText(p.kkNumber);
    m_ui->nameLineEdit->setText(p.fullName);
    m_ui->birthPlaceLineEdit->setText(p.birthPlace);
    m_ui->birthDateLineEdit->setText(p.birthDate.isValid() ? p.birthDate.toString(kDateFormat)
                                                           : QString());
    m_ui->sexComboBox->setCurrentIndex(qMax(0, m_ui->sexComboBox->findData(p.sex)));
    m_ui->addressLineEdit->setText(p.address);
    m_ui->phoneLineEdit->setText(p.phone);
    const QString deepest = !p.villageCode.isEmpty() ? p.villageCode
        : !p.districtCode.isEmpty()                  ? p.districtCode
        : !p.regencyCode.isEmpty()                   ? p.regencyCode
                                                     : p.provinceCode;
    m_regions->select(deepest);
    m_organisationId = organisation ? organisation->id : 0;
    m_ui->orgNameLineEdit->setText(organisation ? organisation->name : QString());
    m_ui->orgDeedLineEdit->setText(organisation ? organisation->deedNumber : QString());
    m_ui->orgDecreeLineEdit->setText(organisation ? organisation->decreeNumber : QString());
    m_ui->orgNpwpLineEdit->setText(organisation ? organisation->npwp : QString());
    m_ui->orgAddressLineEdit->setText(organisation ? organisation->address : QString());
    m_ui->orgChairLineEdit->setText(organisation ? organisation->chairName : QString());
    m_ui->orgPhoneLineEdit->setText(organisation ? organisation->phone : QString());
    m_loadedNik = p.nik;
    onNikEdited();
}

bool ApplicantForm::smsConsent() const
{
    return m_ui->smsConsentCheckBox->isEnabled() && m_ui->smsConsentCheckBox->isChecked();
}

void ApplicantForm::updateSmsConsent()
{
    ValidationMessage problem;
    const bool mobile = !PhoneNumber::normalise(m_ui->phoneLineEdit->text(), &problem).isEmpty();
    m_ui->smsConsentCheckBox->setEnabled(mobile);
    if (!mobile)
        m_ui->smsConsentCheckBox->setChecked(false);
    m_ui->smsConsentCheckBox->setToolTip(
        mobile ? tr("Ask the applicant: messages go to %1 only when the product is ready, the "
                    "file is incomplete or a complaint is answered.")
                     .arg(PhoneNumber::normalise(m_ui->phoneLineEdit->text()))
               : tr("Needs a mobile number: %1").arg(problem.text));
}

void ApplicantForm::clear()
{
    setApplicant(Person {}, std::nullopt);
    m_ui->smsConsentCheckBox->setChecked(false);
    m_loadedNik.clear();
    m_touched.clear();
    showProblems({});
    m_ui->nikInfoLabel->clear();
    m_ui->historyListWidget->clear();
    m_ui->duplicateLabel->hide();
    m_ui->dtksLabel->hide();
}

void ApplicantForm::onNikEdited()
{
    const QString nik = m_ui->nikLineEdit->text().remove(QLatin1Char(' '));
    m_ui->nikMessageLabel->hide();
    if (nik.size() < 16) {
        m_ui->nikInfoLabel->setText(nik.isEmpty() ? QString()
                                                  : tr("%1 of 16 digits").arg(nik.size()));
        m_ui->historyListWidget->clear();
        m_ui->duplicateLabel->hide();
        m_ui->dtksLabel->hide();
        return;
    }
    showDtks(nik);
    const NikInfo info = IdentityNumberChecker(m_session.regions).checkNik(nik, m_session.today());
    if (!info.isValid()) {
        checkAsTyped();
        m_ui->nikInfoLabel->clear();
        return;
    }
    QStringList parts { info.region.province, info.region.regency, info.region.district };
    parts.removeAll(QString());
    m_ui->nikInfoLabel->setText(tr("%1 · born %2 · %3")
                                    .arg(parts.join(QStringLiteral(", ")),
                                         text::longDate(info.birthDate),
                                         info.sex == Sex::Female ? tr("female") : tr("male")));
    QString lookupError;
    if (nik != m_loadedNik) {
        if (const auto known = ApplicantStore(m_session.database)
                                   .lookUpPerson(nik, m_session.user.id, &lookupError)) {
            const QString loaded = nik;
            setApplicant(*known, organisation());
            m_loadedNik = loaded;
        } else {
            fillFromNik();
        }
    }
    showHistory(nik, lookupError);
    checkAsTyped();
    emit changed();
}

void ApplicantForm::fillFromNik()
{
    const NikInfo info = IdentityNumberChecker(m_session.regions)
                             .checkNik(m_ui->nikLineEdit->text(), m_session.today());
    if (m_ui->birthDateLineEdit->text().trimmed().isEmpty())
        m_ui->birthDateLineEdit->setText(info.birthDate.toString(kDateFormat));
    if (m_ui->sexComboBox->currentData().toString().isEmpty())
        m_ui->sexComboBox->setCurrentIndex(m_ui->sexComboBox->findData(sexCode(info.sex)));
    if (m_regions->provinceCode().isEmpty()) {
        const QString code = !info.region.district.isEmpty() ? info.region.districtCode
            : !info.region.regency.isEmpty()                 ? info.region.regencyCode
                                                             : info.region.provinceCode;
        m_regions->select(code);
    }
}

void ApplicantForm::checkAsTyped()
{
    const ApplicantValidator validator(m_session.regions, m_session.today());
    QList<FieldProblem> problems = validator.checkPerson(person());
    if (const auto org = organisation())
        problems += validator.checkOrganisation(*org);
    // A field not reached yet is not a mistake: only the NIK, what it decides (birth date,
    // sex) and the fields already typed in are checked while typing.
    problems.removeIf([this](const FieldProblem& problem) {
        return problem.field != QLatin1String("nik") && problem.field != QLatin1String("birthDate")
            && problem.field != QLatin1String("sex") && !m_touched.contains(problem.field);
    });
    showProblems(problems);
}

void ApplicantForm::showHistory(const QString& nik, const QString& lookupError)
{
    m_ui->historyListWidget->clear();
    m_ui->duplicateLabel->hide();
    if (nik.size() != 16)
        return;
    CaseQueries queries(m_session.database);
    QString error = lookupError;
    const QList<CaseSummary> history
        = error.isEmpty() ? queries.forNik(nik, &error) : QList<CaseSummary>();
    const QList<CaseSummary> open = m_service && error.isEmpty()
        ? queries.openFor(nik, m_service->code, &error)
        : QList<CaseSummary>();
    if (!error.isEmpty()) {
        // Without the history the clerk cannot see an open case of the same service.
        m_ui->duplicateLabel->setText(error);
        m_ui->duplicateLabel->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold"));
        m_ui->duplicateLabel->show();
        return;
    }
    for (const CaseSummary& summary : history) {
        const Service* service = m_session.catalog.service(summary.serviceCode);
        m_ui->historyListWidget->addItem(
            QStringLiteral("%1 — %2 — %3 — %4")
                .arg(summary.number, service ? service->name : summary.serviceCode,
                     caseStatusTitle(summary.status), text::longDate(summary.receivedAt.date())));
    }
    if (!open.isEmpty()) {
        m_ui->duplicateLabel->setText(
            tr("⚠ This applicant already has an open case for this service: %1 (%2).")
                .arg(open.first().number, caseStatusTitle(open.first().status)));
        m_ui->duplicateLabel->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold"));
        m_ui->duplicateLabel->show();
        emit duplicateFound(open.first().number);
    }
}

void ApplicantForm::showDtks(const QString& nik)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{16}$"));
    if (!digits.match(nik).hasMatch()) {
        m_ui->dtksLabel->hide();
        return;
    }
    // One indexed query per NIK typed: the counter stays fast with 500,000 rows imported.
    QString error;
    const DtksNikStatus status
        = DtksLookup(m_session.database).nikStatus(nik, m_session.today(), &error);
    const bool found = status.state == DtksResult::State::Found;
    m_ui->dtksLabel->setText(error.isEmpty() ? DtksLookupWidget::statusLine(status) : error);
    m_ui->dtksLabel->setStyleSheet(found ? QStringLiteral("color:#1b5e20;font-weight:bold")
                                         : QStringLiteral("color:#555"));
    m_ui->dtksLabel->show();
}

bool ApplicantForm::validate()
{
    const ApplicantValidator validator(m_session.regions, m_session.today());
    QList<FieldProblem> problems = validator.checkPerson(person());
    if (!m_ui->birthDateLineEdit->text().trimmed().isEmpty() && !person().birthDate.isValid())
        problems.append({ QStringLiteral("birthDate"),
                          tr("\"%1\" is not a date: type it as DD-MM-YYYY, e.g. 05-03-1990.")
                              .arg(m_ui->birthDateLineEdit->text()),
                          FieldProblem::Severity::Error });
    if (const auto org = organisation())
        problems += validator.checkOrganisation(*org);
    showProblems(problems);
    return !ApplicantValidator::hasErrors(problems);
}

void ApplicantForm::showProblems(const QList<FieldProblem>& problems)
{
    const QList<QPair<QString, QLabel*>> labels {
        { QStringLiteral("nik"), m_ui->nikMessageLabel },
        { QStringLiteral("kkNumber"), m_ui->kkMessageLabel },
        { QStringLiteral("fullName"), m_ui->nameMessageLabel },
        { QStringLiteral("birthPlace"), m_ui->birthPlaceMessageLabel },
        { QStringLiteral("birthDate"), m_ui->birthDateMessageLabel },
        { QStringLiteral("sex"), m_ui->sexMessageLabel },
        { QStringLiteral("province"), m_ui->provinceMessageLabel },
        { QStringLiteral("address"), m_ui->addressMessageLabel },
        { QStringLiteral("phone"), m_ui->phoneMessageLabel },
        { QStringLiteral("organisation.name"), m_ui->orgNameMessageLabel },
        { QStringLiteral("organisation.npwp"), m_ui->orgNpwpMessageLabel },
        { QStringLiteral("organisation.address"), m_ui->orgAddressMessageLabel },
        { QStringLiteral("organisation"), m_ui->orgChairMessageLabel },
    };
    for (const auto& [field, label] : labels) {
        QStringList messages;
        bool error = false;
        for (const FieldProblem& problem : problems) {
            if (problem.field == field) {
                messages << problem.message;
                error = error || problem.severity == FieldProblem::Severity::Error;
            }
        }
        label->setText(messages.join(QLatin1Char('\n')));
        label->setStyleSheet(error ? QStringLiteral("color:#b00020")
                                   : QStringLiteral("color:#8a5a00"));
        label->setVisible(!messages.isEmpty());
    }
}

} // namespace loket::ui
