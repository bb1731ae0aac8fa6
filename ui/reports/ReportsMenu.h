#pragma once

#include "Session.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace loket::ui {

// The "Reports" menu: registers, the guest book, the service recap, the satisfaction survey
// and the DTKS extract — each offered to the roles Permissions allows. Dialogs are parented to
// the window and deleted when closed, so a logout that closes the window takes them along.
class ReportsMenu : public QObject
{
    Q_OBJECT
public:
    ReportsMenu(Session& session, QMenu* menu, QWidget* window);

    QMenu* menu() const { return m_menu; }

private:
    QAction* add(const QString& objectName, const QString& text, const QString& tip,
                 const QKeySequence& shortcut);
    void showRegisters();
    void showGuestBook();
    void showServiceReport();
    void showSatisfactionIndex();
    void recordSurvey();
    void importDtks();
    void lookUpDtks();
    // Asks which extract, asks again, removes it; true when one was removed.
    bool removeDtksExtract(QWidget* parent);

    Session& m_session;
    QMenu* m_menu;
    QWidget* m_window;
};

} // namespace loket::ui
