#pragma once

#include "ServerConnection.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace loket::ui {

class WorkstationSettings;

// Where this computer's Loket finds the office's data: "this computer" (a SQLite file on its
// own disk) or "the office server" (PostgreSQL: host, port, database, user, password). Shown at
// the first start, and later by the administrator (Office → Database…), when the change takes
// effect at the next start. "Test connection" logs in with the typed password and says the
// server's version, the schema version and the office. Accepting keeps the location (never the
// password) in the WorkstationSettings and the password in ~/.pgpass (PgPassFile, mode 0600).
class DatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { FirstStart, Change };
    DatabaseDialog(WorkstationSettings& settings, const QString& currentLocation, Purpose purpose,
                   QWidget* parent = nullptr);

    // The location chosen (a SQLite path or a server URL); set once accepted.
    QString chosenLocation() const { return m_chosen; }
    // What the last connection test said.
    QString testResult() const;

    bool testConnection(); // true when the server answered with the typed credentials
    void accept() override;

private:
    void buildServerForm(QWidget* box);
    void setLocation(const QString& location);
    void choiceChanged();
    ServerConnection server() const;
    void showResult(const QString& text, bool error);

    WorkstationSettings& m_settings;
    Purpose m_purpose;
    QString m_localFile; // the SQLite file "this computer" means
    QString m_chosen;
    QRadioButton* m_localRadio;
    QRadioButton* m_serverRadio;
    QWidget* m_serverBox;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_testButton;
    QLabel* m_result;
};

} // namespace loket::ui
