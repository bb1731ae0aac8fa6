// A fresh office database with a user of every role, for the back-office workflow tests.
// Accounts are made once per office (password hashing is slow on purpose) in a template file,
// which each test copies: every test still starts from its own database.
#pragma once

#include "AuditLog.h"
#include "CaseStore.h"
#include "CaseWorkflow.h"
#include "Database.h"
#include "DocumentIssuer.h"
#include "OfficeDatabase.h"
#include "UserStore.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace loket::test {

inline QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The people of the office: user name → roles. "nonaktif" is a disabled back-office account.
inline QList<QPair<QString, QSet<UserRole>>> staff()
{
    return {
        { QStringLiteral("siti"), { UserRole::FrontOffice } },
        { QStringLiteral("budi"), { UserRole::BackOffice } },
        { QStringLiteral("bayu"), { UserRole::BackOffice } },
        { QStringLiteral("vera"), { UserRole::Verifier } },
        { QStringLiteral("hadi"), { UserRole::HeadOfDivision } },
        { QStringLiteral("sekar"), { UserRole::Secretary } },
        { QStringLiteral("kadis"), { UserRole::HeadOfOffice } },
        { QStringLiteral("nonaktif"), { UserRole::BackOffice } },
    };
}

// Who plays each role in tests that go through the roles.
inline QString userFor(UserRole role)
{
    switch (role) {
    case UserRole::FrontOffice:
        return QStringLiteral("siti");
    case UserRole::BackOffice:
        return QStringLiteral("budi");
    case UserRole::Verifier:
        return QStringLiteral("vera");
    case UserRole::HeadOfDivision:
        return QStringLiteral("hadi");
    case UserRole::Secretary:
        return QStringLiteral("sekar");
    case UserRole::HeadOfOffice:
        return QStringLiteral("kadis");
    case UserRole::Administrator:
        break;
    }
    return QStringLiteral("admin");
}

struct WorkflowFixture
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<Database> database = std::make_unique<Database>();
    std::optional<Catalog> catalog;
    WorkingCalendar calendar;
    QMap<QString, User> users;

    // Initialises an office database and creates the administrator and the staff.
    static bool populate(Database& db, const QString& office)
    {
        QString error;
        if (!OfficeDatabase::initialise(db, office, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        UserStore store(db);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.fullName = QStringLiteral("Administrator Kantor");
        admin.roles = { UserRole::Administrator };
        const std::optional<User> administrator
            = store.create(admin, QStringLiteral("sandi-admin-1"), 0, &error);
        for (const auto& [name, roles] : staff()) {
            User user;
            user.username = name;
            user.fullName = name.at(0).toUpper() + name.mid(1) + QStringLiteral(" (uji)");
            user.roles = roles;
            user.active = name != QLatin1String("nonaktif");
            if (!administrator
                || !store.create(user, QStringLiteral("sandi-uji-123"), administrator->id,
                                 &error)) {
                qWarning("cannot create %s: %s", qPrintable(name), qPrintable(error));
                return false;
            }
        }
        return true;
    }

    static QString templateFor(const QString& office)
    {
        static QTemporaryDir templates;
        const QString path = templates.filePath(office + QStringLiteral(".sqlite"));
        if (QFile::exists(path))
            return path;
        Database db;
        QString error;
        if (!db.open(path, Database::OpenMode::CreateIfMissing, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return populate(db, office) ? path : QString();
    }

    // The same office on a database server (postgresql://…), populated here.
    bool openServer(const QString& location,
                    const QString& office = QStringLiteral("palangka-raya"))
    {
        QString error;
        if (!database->open(location, Database::OpenMode::CreateIfMissing, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return populate(*database, office) && load();
    }

    bool open(const QString& office = QStringLiteral("palangka-raya"))
    {
        const QString source = templateFor(office);
        const QString path = dir->filePath(QStringLiteral("loket.sqlite"));
        QString error;
        if (source.isEmpty() || !QFile::copy(source, path)
            || !database->open(path, Database::OpenMode::MustExist, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return load();
    }

    // Reads the catalog, the calendar and the users of the open database, which must hold
    // `expectedUsers` accounts (by default the administrator and the staff above).
    bool load(qsizetype expectedUsers = staff().size() + 1)
    {
        QString error;
        QStringList errors;
        if (!(catalog = OfficeDatabase::catalog(*database, &errors))
            || !OfficeDatabase::calendar(*database, &calendar, &error)) {
            qWarning("%s%s", qPrintable(error), qPrintable(errors.join(QLatin1Char('\n'))));
            return false;
        }
        for (const User& user : UserStore(*database).all())
            users.insert(user.username, user);
        return users.size() == expectedUsers;
    }

    User user(const QString& name) const { return users.value(name); }

    // Registers a complete file at the counter; returns the case number.
    QString registerCase(const QString& service, const QDateTime& when,
                         const QString& name = QStringLiteral("Budi Santoso"),
                         const QString& nik = QStringLiteral("6271010503900001"),
                         bool complete = true)
    {
        CaseDraft draft;
        draft.serviceCode = service;
        draft.person.nik = nik;
        draft.person.fullName = name;
        draft.person.address = QStringLiteral("Jl. Tjilik Riwut Km. 1");
        const Service* s = catalog->service(service);
        if (s && s->applicantKind == Service::ApplicantKind::Organisation) {
            Organisation organisation;
            organisation.name = QStringLiteral("LKS Harapan Bangsa");
            organisation.chairName = name;
            draft.organisation = organisation;
        }
        for (int i = 0; s && i < s->requirements.size(); ++i) {
            ChecklistItem item;
            item.index = i;
            item.state
                = complete || i > 0 ? ChecklistItem::State::Present : ChecklistItem::State::Missing;
            draft.checklist << item;
        }
        QString error;
        const std::optional<Case> registered
            = CaseStore(*database, *catalog, calendar)
                  .registerCase(draft, user(QStringLiteral("siti")), when, &error);
        if (!registered)
            qWarning("registration failed: %s", qPrintable(error));
        return registered ? registered->number : QString();
    }

    // The moment of the next action: a minute after the previous one.
    QDateTime clock = at("2024-01-02T09:05:00+07:00");
    QDateTime tick()
    {
        clock = clock.addSecs(60);
        return clock;
    }

    // Brings a just-registered case of a service whose chain is the head of division alone
    // (PKY-08) to `target` the way the office would; false (with a warning) if it cannot.
    bool bringTo(CaseWorkflow& flow, const QString& number, CaseStatus target)
    {
        using S = CaseStatus;
        QString error;
        const auto as = [this](const char* name) { return user(QString::fromLatin1(name)); };
        bool ok = true;
        if (target == S::Rejected)
            ok = flow.reject(number, QStringLiteral("bukan warga kota"), as("budi"), tick(),
                             &error);
        if (ok && target != S::Registered && target != S::Rejected)
            ok = flow.start(number, as("budi"), tick(), &error);
        if (ok && target != S::InVerification && target > S::InVerification
            && target != S::Rejected)
            ok = flow.beginProcessing(number, as("budi"), tick(), &error);
        if (ok && target > S::InProcess && target != S::Rejected)
            ok = flow.submitForSignoff(number, QString(), as("budi"), tick(), &error);
        if (ok && target > S::AwaitingSignoff && target != S::Rejected)
            ok = flow.initial(number, QString(), as("hadi"), tick(), &error)
                && flow.sign(number, std::nullopt, as("kadis"), tick(), &error);
        if (ok && target == S::HandedOver)
            ok = flow.handOver(number,
                               { QStringLiteral("Budi Santoso"),
                                 QStringLiteral("6271010503900001"),
                                 QStringLiteral("self"),
                                 0,
                                 {} },
                               as("siti"), tick(), &error);
        if (!ok)
            qWarning("cannot bring %s to %s: %s", qPrintable(number),
                     qPrintable(caseStatusKey(target)), qPrintable(error));
        return ok;
    }

    int count(const QString& sql) const
    {
        QSqlQuery query(database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    QString status(const QString& number) const
    {
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("SELECT status FROM cases WHERE case_number = :n"));
        query.bindValue(QStringLiteral(":n"), number);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }
};

// Stands in for letter numbering and rendering: writes to the database as they would (an audit
// entry), reports what it saw, and fails on request.
class FakeIssuer : public DocumentIssuer
{
public:
    explicit FakeIssuer(Database& database)
        : m_database(database)
    {
    }

    bool fail = false;
    int calls = 0;
    QString statusSeen; // the case's status in the database while issuing
    Signature lastSignature;

    std::optional<IssuedDocument> issue(const Case& record, const Signature& signature,
                                        QString* errorMessage) override
    {
        ++calls;
        lastSignature = signature;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT status FROM cases WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), record.id);
        statusSeen = query.exec() && query.next() ? query.value(0).toString() : QString();
        const QString number = QStringLiteral("400.9/%1/DINSOS/2024").arg(calls);
        if (!AuditLog(m_database)
                 .append({ signature.signer.id,
                           QStringLiteral("issue"),
                           QStringLiteral("letters"),
                           number,
                           {},
                           { { QStringLiteral("case"), record.number } },
                           signature.at },
                         errorMessage))
            return std::nullopt;
        if (fail) {
            *errorMessage = QStringLiteral("the letter register is full");
            return std::nullopt;
        }
        return IssuedDocument { calls, QStringLiteral("recommendation"), number,
                                QStringLiteral("abc123") };
    }

private:
    Database& m_database;
};

} // namespace loket::test
