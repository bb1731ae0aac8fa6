#include "GuestBookDialog.h"

#include "FieldMessage.h"
#include "WorkingCalendar.h"
#include "ui_guestbookdialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QShortcut>

namespace loket::ui {

GuestBookDialog::GuestBookDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GuestBookDialog>())
    , m_session(session)
    , m_book(session.database, session.catalog)
{
    m_ui->setupUi(this);
    m_ui->serviceComboBox->addItem(tr("(no particular service)"), QString());
    for (const Service& service : std::as_const(m_session.catalog.services))
        m_ui->serviceComboBox->addItem(QStringLiteral("%1 — %2").arg(service.code, service.name),
                                       service.code);
    m_ui->serviceComboBox->setMaximumWidth(620);

    // Enter moves on, as at the counter; the last field's Enter saves.
    const QList<QWidget*> order { m_ui->nameLineEdit,    m_ui->nikLineEdit,
                                  m_ui->phoneLineEdit,   m_ui->originLineEdit,
                                  m_ui->purposeLineEdit, m_ui->serviceComboBox,
                                  m_ui->outcomeLineEdit };
    for (QLineEdit* edit : { m_ui->nameLineEdit, m_ui->nikLineEdit, m_ui->phoneLineEdit,
                             m_ui->originLineEdit, m_ui->purposeLineEdit }) {
        const qsizetype next = order.indexOf(edit) + 1;
        connect(edit, &QLineEdit::returnPressed, this,
                [this, widget = order.at(next)] { widget->setFocus(); });
    }
    connect(m_ui->outcomeLineEdit, &QLineEdit::returnPressed, this, &GuestBookDialog::save);
    m_ui->serviceComboBox->installEventFilter(this);

    for (const QKeySequence& keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &GuestBookDialog::save);
    }
    m_ui->saveButton->setToolTip(tr("Save and clear the form for the next visitor (Ctrl+Enter)"));
    connect(m_ui->saveButton, &QPushButton::clicked, this, &GuestBookDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a field moves on; it never closes the dialog.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    m_ui->todayTableWidget->setColumnCount(5);
    m_ui->todayTableWidget->setHorizontalHeaderLabels(
        { tr("Time"), tr("Name"), tr("Purpose"), tr("Service"), tr("Served by") });
    m_ui->todayTableWidget->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->todayTableWidget->verticalHeader()->hide();
    showProblems({});
    refreshToday();
    m_ui->nameLineEdit->setFocus();
}

GuestBookDialog::~GuestBookDialog() = default;

void GuestBookDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshToday();
}

bool GuestBookDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The service list takes Enter too: on to the answer field.
    if (watched == m_ui->serviceComboBox && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            m_ui->outcomeLineEdit->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

GuestEntry GuestBookDialog::entryFromForm() const
{
    GuestEntry entry;
    entry.name = m_ui->nameLineEdit->text();
    entry.nik = m_ui->nikLineEdit->text();
    entry.phone = m_ui->phoneLineEdit->text();
    entry.origin = m_ui->originLineEdit->text();
    entry.purpose = m_ui->purposeLineEdit->text();
    entry.serviceCode = m_ui->serviceComboBox->currentData().toString();
    entry.outcome = m_ui->outcomeLineEdit->text();
    return entry;
}

QWidget* GuestBookDialog::fieldWidget(const QString& field) const
{
    const QHash<QString, QWidget*> fields {
        { QStringLiteral("name"), m_ui->nameLineEdit },
        { QStringLiteral("nik"), m_ui->nikLineEdit },
        { QStringLiteral("phone"), m_ui->phoneLineEdit },
        { QStringLiteral("origin"), m_ui->originLineEdit },
        { QStringLiteral("purpose"), m_ui->purposeLineEdit },
        { QStringLiteral("serviceCode"), m_ui->serviceComboBox },
        { QStringLiteral("outcome"), m_ui->outcomeLineEdit },
    };
    return fields.value(field);
}

QLabel* GuestBookDialog::messageLabelFor(const QString& field) const
{
    if (field == QLatin1String("name"))
        return m_ui->nameMessageLabel;
    if (field == QLatin1String("nik"))
        return m_ui->nikMessageLabel;
    if (field == QLatin1String("phone"))
        return m_ui->phoneMessageLabel;
    if (field == QLatin1String("origin"))
        return m_ui->originMessageLabel;
    if (field == QLatin1String("purpose"))
        return m_ui->purposeMessageLabel;
    if (field == QLatin1String("serviceCode"))
        return m_ui->serviceMessageLabel;
    if (field == QLatin1String("outcome"))
        return m_ui->outcomeMessageLabel;
    return m_ui->messageLabel;
}

void GuestBookDialog::showProblems(const ValidationMessages& problems)
{
    for (QLabel* label :
         { m_ui->nameMessageLabel, m_ui->nikMessageLabel, m_ui->phoneMessageLabel,
           m_ui->originMessageLabel, m_ui->purposeMessageLabel, m_ui->serviceMessageLabel,
           m_ui->outcomeMessageLabel, m_ui->messageLabel })
        showFieldMessage(label, QString());
    QWidget* first = nullptr;
    for (const ValidationMessage& problem : problems) {
        const QString field = problem.code.section(QLatin1Char('.'), 0, 0);
        QLabel* label = messageLabelFor(field);
        showFieldMessage(label,
                         label->text().isEmpty() ? problem.text
                                                 : label->text() + QLatin1Char(' ') + problem.text);
        if (!first)
            first = fieldWidget(field);
    }
    if (first)
        first->setFocus();
}

bool GuestBookDialog::save()
{
    const QDateTime now = m_clock();
    const GuestEntry entry = entryFromForm();
    const ValidationMessages problems = m_book.validate(entry, now);
    showProblems(problems);
    if (!problems.isEmpty())
        return false;
    QString error;
    const std::optional<GuestEntry> added = m_book.add(entry, m_session.user, now, &error);
    if (!added) {
        // The form stays filled in: nothing was written.
        showFieldMessage(m_ui->messageLabel, error);
        return false;
    }
    clearForm();
    showFieldNote(m_ui->messageLabel, tr("Saved: %1.").arg(added->name));
    refreshToday();
    emit guestAdded(added->id);
    return true;
}

void GuestBookDialog::clearForm()
{
    for (QLineEdit* edit : { m_ui->nameLineEdit, m_ui->nikLineEdit, m_ui->phoneLineEdit,
                             m_ui->originLineEdit, m_ui->purposeLineEdit, m_ui->outcomeLineEdit })
        edit->clear();
    m_ui->serviceComboBox->setCurrentIndex(0);
    m_ui->nameLineEdit->setFocus();
}

void GuestBookDialog::refreshToday()
{
    const QTimeZone zone = officeHoursOf(m_session.catalog.office).zone;
    const QDate today = m_clock().toTimeZone(zone).date();
    QString error;
    const QList<GuestEntry> entries = m_book.entries(RegisterPeriod::day(today), &error);
    if (!error.isEmpty())
        showFieldMessage(m_ui->messageLabel, error);
    QTableWidget* table = m_ui->todayTableWidget;
    table->setRowCount(int(entries.size()));
    // The newest first: the clerk looks for the visitor just written.
    for (int row = 0; row < entries.size(); ++row) {
        const GuestEntry& entry = entries.at(entries.size() - 1 - row);
        const QStringList cells {
            entry.visitedAt.toTimeZone(zone).toString(QStringLiteral("HH:mm")), entry.name,
            entry.purpose, entry.serviceCode, entry.servedByName
        };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnToContents(0);
    m_ui->todayLabel->setText(tr("Today's visitors: %n", nullptr, int(entries.size())));
}

int GuestBookDialog::todayCount() const
{
    return m_ui->todayTableWidget->rowCount();
}

} // namespace loket::ui
