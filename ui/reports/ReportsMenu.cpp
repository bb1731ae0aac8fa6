#include "ReportsMenu.h"

#include "DtksImportDialog.h"
#include "DtksImporter.h"
#include "DtksLookup.h"
#include "DtksLookupWidget.h"
#include "GuestBookDialog.h"
#include "IkmReportDialog.h"
#include "Permissions.h"
#include "RegistersDialog.h"
#include "ReportDialog.h"
#include "SurveyDialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

template<typename Dialog> void openModeless(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

ReportsMenu::ReportsMenu(Session& session, QMenu* menu, QWidget* window)
    : QObject(menu)
    , m_session(session)
    , m_menu(menu)
    , m_window(window)
{
    m_menu->setToolTipsVisible(true);
    const User& user = session.user;
    if (Permissions::allows(user, Action::RecordGuest)) {
        connect(add(QStringLiteral("guestBookAction"), tr("&Guest book…"),
                    tr("Write down a visitor who only asks for information"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)),
                &QAction::triggered, this, &ReportsMenu::showGuestBook);
    }
    if (Permissions::allows(user, Action::HandOver)) {
        connect(add(QStringLiteral("surveyAction"), tr("Satisfaction &survey without a case…"),
                    tr("Record a respondent's answers (SKM) that belong to no case here"),
                    QKeySequence()),
                &QAction::triggered, this, &ReportsMenu::recordSurvey);
    }
    if (Permissions::allows(user, Action::ViewRegisters)) {
        connect(add(QStringLiteral("registersAction"), tr("&Registers…"),
                    tr("Service recipients, guest book and outgoing letters per day, month or "
                       "year: print, PDF, CSV"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)),
                &QAction::triggered, this, &ReportsMenu::showRegisters);
    }
    if (Permissions::allows(user, Action::ViewReports)) {
        m_menu->addSeparator();
        connect(add(QStringLiteral("serviceReportAction"), tr("Service &recap…"),
                    tr("Monthly or yearly recap per service and division, with charts: print, "
                       "PDF, CSV"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)),
                &QAction::triggered, this, &ReportsMenu::showServiceReport);
        connect(add(QStringLiteral("ikmAction"), tr("Satisfaction &index (IKM)…"),
                    tr("The community satisfaction index per service and period"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)),
                &QAction::triggered, this, &ReportsMenu::showSatisfactionIndex);
    }
    m_menu->addSeparator();
    connect(add(QStringLiteral("dtksLookupAction"), tr("&DTKS lookup…"),
                tr("Is a person in the social registry (DTKS)? Search by NIK or name"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)),
            &QAction::triggered, this, &ReportsMenu::lookUpDtks);
    if (Permissions::allows(user, Action::ImportDtks)) {
        connect(add(QStringLiteral("dtksImportAction"), tr("&Import a DTKS extract…"),
                    tr("Load the CSV exported from SIKS-NG, with its extract date"),
                    QKeySequence()),
                &QAction::triggered, this, &ReportsMenu::importDtks);
    }
}

QAction* ReportsMenu::add(const QString& objectName, const QString& text, const QString& tip,
                          const QKeySequence& shortcut)
{
    QAction* action = m_menu->addAction(text);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::ApplicationShortcut);
    action->setToolTip(shortcut.isEmpty() ? tip
                                          : QStringLiteral("%1 (%2)").arg(
                                              tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(action->toolTip());
    return action;
}

void ReportsMenu::showRegisters()
{
    openModeless(new RegistersDialog(m_session, m_window));
}

void ReportsMenu::showGuestBook()
{
    openModeless(new GuestBookDialog(m_session, m_window));
}

void ReportsMenu::showServiceReport()
{
    openModeless(new ReportDialog(m_session, m_window));
}

void ReportsMenu::showSatisfactionIndex()
{
    openModeless(new IkmReportDialog(m_session, m_window));
}

void ReportsMenu::recordSurvey()
{
    openModeless(new SurveyDialog(m_session, QString(), m_window));
}

void ReportsMenu::importDtks()
{
    auto* dialog = new DtksImportDialog(m_session.database, m_session.user, m_window);
    dialog->setClock(m_session.clock);
    openModeless(dialog);
}

void ReportsMenu::lookUpDtks()
{
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("dtksLookupDialog"));
    dialog->setWindowTitle(tr("DTKS lookup"));
    auto* layout = new QVBoxLayout(dialog);
    auto* lookup = new DtksLookupWidget(m_session.database, dialog);
    layout->addWidget(lookup, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (Permissions::allows(m_session.user, Action::ImportDtks)) {
        QPushButton* remove
            = buttons->addButton(tr("&Remove an extract…"), QDialogButtonBox::ActionRole);
        remove->setObjectName(QStringLiteral("removeDtksExtractButton"));
        remove->setToolTip(tr("Remove an outdated extract and its rows (each import adds all its "
                              "rows)"));
        connect(remove, &QPushButton::clicked, dialog, [this, dialog, lookup] {
            if (removeDtksExtract(dialog))
                lookup->refresh();
        });
        lookup->setImportVisible(true);
        connect(lookup, &DtksLookupWidget::importRequested, dialog, [this, dialog, lookup] {
            auto* import = new DtksImportDialog(m_session.database, m_session.user, dialog);
            import->setClock(m_session.clock);
            connect(import, &DtksImportDialog::imported, lookup, &DtksLookupWidget::refresh);
            openModeless(import);
        });
    }
    dialog->resize(900, 520);
    openModeless(dialog);
}

bool ReportsMenu::removeDtksExtract(QWidget* parent)
{
    QString error;
    const auto extracts = DtksLookup(m_session.database).extracts(&error);
    if (!extracts || extracts->isEmpty()) {
        QMessageBox::information(parent, tr("DTKS extracts"),
                                 extracts ? tr("No DTKS extract has been imported.") : error);
        return false;
    }
    QStringList items;
    for (const DtksExtract& extract : *extracts)
        items << tr("%1 — %2 (%n row(s))", nullptr, int(extract.rows))
                     .arg(DtksLookupWidget::displayDate(extract.extractDate), extract.sourceFile);
    bool chosen = false;
    const QString item = QInputDialog::getItem(parent, tr("Remove a DTKS extract"),
                                               tr("Extract to remove:"), items, 0, false, &chosen);
    const qsizetype index = items.indexOf(item);
    if (!chosen || index < 0)
        return false;
    const DtksExtract& extract = extracts->at(index);
    if (QMessageBox::question(
            parent, tr("Remove a DTKS extract"),
            tr("Remove the extract of %1 (%2) with its %n row(s)? Lookups will "
               "no longer find them.",
               nullptr, int(extract.rows))
                .arg(DtksLookupWidget::displayDate(extract.extractDate), extract.sourceFile))
        != QMessageBox::Yes)
        return false;
    if (!DtksImporter(m_session.database)
             .removeExtract(extract.id, m_session.user, m_session.clock(), &error)) {
        QMessageBox::warning(parent, tr("Remove a DTKS extract"), error);
        return false;
    }
    return true;
}

} // namespace loket::ui
