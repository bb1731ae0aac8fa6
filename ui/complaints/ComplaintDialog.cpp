#include "ComplaintDialog.h"

#include "ComplaintStore.h"
#include "FieldMessage.h"
#include "PhoneNumber.h"
#include "WorkingCalendar.h"
#include "ui_complaintdialog.h"

#include <QPushButton>

namespace loket::ui {

// The office's local time as the editor shows it: a wall-clock time, kept in UTC so that the
// workstation's own zone never shifts it.
QDateTime ComplaintDialog::wallClock(const QDateTime& moment) const
{
    const QDateTime local = moment.toTimeZone(officeHoursOf(m_session.catalog.office).zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

ComplaintDialog::ComplaintDialog(Session& session, QWidget* parent)
    : ComplaintDialog(
        session, nullptr,
        std::make_unique<ComplaintStore>(session.database, session.catalog, session.calendar),
        parent)
{
}

ComplaintDialog::ComplaintDialog(Session& session, ComplaintStore& store, QWidget* parent)
    : ComplaintDialog(session, &store, nullptr, parent)
{
}

ComplaintDialog::ComplaintDialog(Session& session, ComplaintStore* store,
                                 std::unique_ptr<ComplaintStore> own, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ComplaintDialog>())
    , m_session(session)
    , m_ownStore(std::move(own))
    , m_store(store ? *store : *m_ownStore)
{
    m_ui->setupUi(this);
    for (ComplaintKind kind : allComplaintKinds())
        m_ui->kindComboBox->addItem(complaintKindTitle(kind), int(kind));
    for (ComplaintChannelKind channel : allComplaintChannels())
        m_ui->channelComboBox->addItem(complaintChannelTitle(channel), int(channel));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Record"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    connect(m_ui->channelComboBox, &QComboBox::currentIndexChanged, this,
            &ComplaintDialog::channelChosen);
    connect(m_ui->anonymousCheckBox, &QCheckBox::toggled, this, &ComplaintDialog::anonymityChanged);
    connect(m_ui->phoneLineEdit, &QLineEdit::textChanged, this, &ComplaintDialog::updateSmsConsent);
    setClock(m_clock);
    channelChosen();
    anonymityChanged();
    showFieldMessage(m_ui->messageLabel, QString());
}

ComplaintDialog::~ComplaintDialog() = default;

void ComplaintDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    const QDateTime now = wallClock(m_clock());
    m_ui->receivedDateTimeEdit->setTimeSpec(Qt::UTC);
    m_ui->receivedDateTimeEdit->setMaximumDateTime(now.addSecs(60));
    m_ui->receivedDateTimeEdit->setDateTime(now);
}

void ComplaintDialog::channelChosen()
{
    const bool lapor
        = m_ui->channelComboBox->currentData().toInt() == int(ComplaintChannelKind::Lapor);
    m_ui->laporTicketLineEdit->setEnabled(lapor);
    m_ui->laporTicketLabel->setEnabled(lapor);
    // A ticket typed for LAPOR stays if the clerk goes back to that channel, but is not sent.
}

void ComplaintDialog::anonymityChanged()
{
    const bool anonymous = m_ui->anonymousCheckBox->isChecked();
    for (QWidget* field : std::initializer_list<QWidget*> {
             m_ui->nameLineEdit, m_ui->nameLabel, m_ui->nikLineEdit, m_ui->nikLabel,
             m_ui->phoneLineEdit, m_ui->phoneLabel, m_ui->addressLineEdit, m_ui->addressLabel })
        field->setEnabled(!anonymous);
    updateSmsConsent();
}

// As ApplicantForm's tick for a case: a consent given for one number never carries over to
// another (UU 27/2022), and an anonymous complainant cannot be written to.
void ComplaintDialog::updateSmsConsent()
{
    ValidationMessage problem;
    const QString mobile = PhoneNumber::normalise(m_ui->phoneLineEdit->text(), &problem);
    const bool possible = !mobile.isEmpty() && !m_ui->anonymousCheckBox->isChecked();
    m_ui->smsConsentCheckBox->setEnabled(possible);
    m_ui->smsConsentCheckBox->setChecked(false);
    m_ui->smsConsentCheckBox->setToolTip(
        m_ui->anonymousCheckBox->isChecked() ? tr("An anonymous complainant cannot be told by SMS.")
            : possible ? tr("Ask the complainant: a message goes to %1 only when the complaint is "
                            "answered.")
                             .arg(mobile)
                       : tr("Needs a mobile number: %1").arg(problem.text));
}

void ComplaintDialog::setDraft(const ComplaintDraft& draft)
{
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(draft.kind)));
    m_ui->channelComboBox->setCurrentIndex(m_ui->channelComboBox->findData(int(draft.channel)));
    m_ui->laporTicketLineEdit->setText(draft.laporTicket);
    m_ui->anonymousCheckBox->setChecked(draft.anonymous);
    m_ui->nameLineEdit->setText(draft.name);
    m_ui->nikLineEdit->setText(draft.nik);
    m_ui->phoneLineEdit->setText(draft.phone);
    m_ui->smsConsentCheckBox->setChecked(m_ui->smsConsentCheckBox->isEnabled() && draft.smsConsent);
    m_ui->addressLineEdit->setText(draft.address);
    m_ui->caseLineEdit->setText(draft.caseNumber);
    m_ui->subjectLineEdit->setText(draft.subject);
    m_ui->descriptionPlainTextEdit->setPlainText(draft.description);
    if (draft.receivedAt.isValid())
        m_ui->receivedDateTimeEdit->setDateTime(wallClock(draft.receivedAt));
}

ComplaintDraft ComplaintDialog::draft() const
{
    ComplaintDraft draft;
    draft.kind = ComplaintKind(m_ui->kindComboBox->currentData().toInt());
    draft.channel = ComplaintChannelKind(m_ui->channelComboBox->currentData().toInt());
    if (m_ui->laporTicketLineEdit->isEnabled())
        draft.laporTicket = m_ui->laporTicketLineEdit->text();
    draft.anonymous = m_ui->anonymousCheckBox->isChecked();
    if (!draft.anonymous) {
        draft.name = m_ui->nameLineEdit->text();
        draft.nik = m_ui->nikLineEdit->text();
        draft.phone = m_ui->phoneLineEdit->text();
        draft.address = m_ui->addressLineEdit->text();
        draft.smsConsent
            = m_ui->smsConsentCheckBox->isEnabled() && m_ui->smsConsentCheckBox->isChecked();
    }
    draft.caseNumber = m_ui->caseLineEdit->text();
    draft.subject = m_ui->subjectLineEdit->text();
    draft.description = m_ui->descriptionPlainTextEdit->toPlainText();
    const QDateTime wall = m_ui->receivedDateTimeEdit->dateTime();
    draft.receivedAt
        = QDateTime(wall.date(), wall.time(), officeHoursOf(m_session.catalog.office).zone);
    return draft;
}

QString ComplaintDialog::message() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void ComplaintDialog::accept()
{
    const QDateTime now = m_clock();
    const ComplaintDraft entry = draft();
    const ValidationMessages problems = m_store.validate(entry, now);
    QString error;
    if (problems.isEmpty()) {
        m_recorded = m_store.record(entry, m_session.user, now, &error);
        if (m_recorded) {
            QDialog::accept();
            return;
        }
    } else {
        QStringList lines;
        for (const ValidationMessage& problem : problems)
            lines << QStringLiteral("• ") + problem.text;
        error = lines.join(QLatin1Char('\n'));
        // The first field to fix gets the focus.
        const QString code = problems.first().code;
        QWidget* field = code.startsWith(QLatin1String("subject")) ? m_ui->subjectLineEdit
            : code.startsWith(QLatin1String("description"))
            ? static_cast<QWidget*>(m_ui->descriptionPlainTextEdit)
            : code.startsWith(QLatin1String("lapor.ticket-other"))
            ? static_cast<QWidget*>(m_ui->channelComboBox)
            : code.startsWith(QLatin1String("lapor")) ? m_ui->laporTicketLineEdit
            : code.startsWith(QLatin1String("name"))  ? m_ui->nameLineEdit
            : code.startsWith(QLatin1String("nik"))   ? m_ui->nikLineEdit
            : code.startsWith(QLatin1String("phone")) ? m_ui->phoneLineEdit
            : code.startsWith(QLatin1String("case"))  ? m_ui->caseLineEdit
                                                      : nullptr;
        if (field)
            field->setFocus();
    }
    showFieldMessage(m_ui->messageLabel, error);
}

} // namespace loket::ui
