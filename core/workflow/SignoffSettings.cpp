#include "SignoffSettings.h"

#include "AuditLog.h"
#include "DatabaseError.h"
#include "Permissions.h"
#include "SqlValues.h"
#include "WorkflowSupport.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

QJsonObject chainJson(const SignoffChain& chain)
{
    return { { QStringLiteral("chain"), chain.encode() } };
}

QString roleName(Role role)
{
    return Permissions::roleObject(Permissions::roleForStep(role));
}

} // namespace

SignoffSettings::SignoffSettings(Database& database, const Catalog& catalog)
    : m_database(database)
    , m_catalog(catalog)
{
}

SignoffChain SignoffSettings::defaultChain(const Service& service)
{
    SignoffChain chain;
    for (Role tier : { Role::Supervisor, Role::HeadOfDivision, Role::Secretary }) {
        for (const ProcedureStep& step : service.steps) {
            if (step.role == tier) {
                chain.initials << tier;
                break;
            }
        }
    }
    if (chain.initials.isEmpty())
        chain.initials << Role::HeadOfDivision;
    return chain;
}

QString SignoffSettings::validate(const SignoffChain& chain)
{
    if (chain.initials.size() > SignoffChain::MaxInitials)
        return tr("A draft collects at most %1 initials.").arg(SignoffChain::MaxInitials);
    for (qsizetype i = 0; i < chain.initials.size(); ++i) {
        const Role tier = chain.initials.at(i);
        if (tier != Role::Supervisor && tier != Role::HeadOfDivision && tier != Role::Secretary)
            return tr("Only a supervisor, the head of division or the secretary may initial "
                      "drafts, not %1.")
                .arg(roleName(tier));
        if (chain.initials.indexOf(tier) != i)
            return tr("%1 initials the draft only once.").arg(roleName(tier));
    }
    if (chain.signer == Role::HeadOfOffice) {
        if (chain.form != SignForm::Own)
            return tr("The head of office signs in their own name; a.n., Plt. and Plh. are for "
                      "the secretary or a head of division signing for them.");
        return {};
    }
    if (chain.signer != Role::Secretary && chain.signer != Role::HeadOfDivision)
        return tr("Drafts are signed by the head of office, or for them by the secretary or a "
                  "head of division; not by %1.")
            .arg(roleName(chain.signer));
    if (chain.form == SignForm::Own)
        return tr("%1 signs for the head of office: choose a.n., Plt. or Plh.")
            .arg(roleName(chain.signer));
    return {};
}

std::optional<SignoffConfig> SignoffSettings::config(const QString& serviceCode,
                                                     QString* errorMessage) const
{
    const Service* service = m_catalog.service(serviceCode);
    if (!service) {
        *errorMessage = tr("There is no service %1 in the catalog.").arg(serviceCode);
        return std::nullopt;
    }
    SignoffConfig config;
    config.serviceCode = service->code;
    config.chain = defaultChain(*service);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT initial_roles, signer_role, sign_form FROM"
                                 " signoff_configs WHERE service_code = :code"));
    query.bindValue(QStringLiteral(":code"), service->code);
    if (!query.exec()) {
        *errorMessage = tr("Cannot read the sign-off settings: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    if (query.next()) {
        const QString text = QStringList { query.value(QStringLiteral("initial_roles")).toString(),
                                           query.value(QStringLiteral("signer_role")).toString(),
                                           query.value(QStringLiteral("sign_form")).toString() }
                                 .join(QLatin1Char('|'));
        if (!SignoffChain::decode(text, &config.chain)) {
            *errorMessage
                = tr("The stored sign-off chain of %1 is unreadable: %2").arg(service->code, text);
            return std::nullopt;
        }
        config.isDefault = false;
    }
    return config;
}

QList<SignoffConfig> SignoffSettings::all(QString* errorMessage) const
{
    QList<SignoffConfig> configs;
    for (const Service& service : m_catalog.services) {
        const std::optional<SignoffConfig> one = config(service.code, errorMessage);
        if (!one)
            return {};
        configs << *one;
    }
    return configs;
}

bool SignoffSettings::set(const QString& serviceCode, const SignoffChain& chain, const User& user,
                          const QDateTime& now, QString* errorMessage)
{
    return write(serviceCode, chain, user, now, errorMessage);
}

bool SignoffSettings::reset(const QString& serviceCode, const User& user, const QDateTime& now,
                            QString* errorMessage)
{
    return write(serviceCode, std::nullopt, user, now, errorMessage);
}

bool SignoffSettings::write(const QString& serviceCode, const std::optional<SignoffChain>& chain,
                            const User& user, const QDateTime& now, QString* errorMessage)
{
    errorMessage->clear();
    const std::optional<User> actor = workflow::storedActor(m_database, user, errorMessage);
    if (!actor)
        return false;
    *errorMessage = Permissions::check(*actor, Action::ManageCatalog);
    if (!errorMessage->isEmpty())
        return false;
    if (chain) {
        *errorMessage = validate(*chain);
        if (!errorMessage->isEmpty())
            return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    const std::optional<SignoffConfig> before = config(serviceCode, errorMessage);
    if (!before)
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM signoff_configs WHERE service_code = :code"));
    query.bindValue(QStringLiteral(":code"), before->serviceCode);
    bool ok = query.exec();
    if (ok && chain) {
        const QStringList parts = chain->encode().split(QLatin1Char('|'));
        query.prepare(QStringLiteral(
            "INSERT INTO signoff_configs (service_code, initial_roles, signer_role, sign_form,"
            " updated_by, updated_at) VALUES (:code, :initials, :signer, :form, :user, :at)"));
        query.bindValue(QStringLiteral(":code"), before->serviceCode);
        query.bindValue(QStringLiteral(":initials"), parts.at(0));
        query.bindValue(QStringLiteral(":signer"), parts.at(1));
        query.bindValue(QStringLiteral(":form"), parts.at(2));
        query.bindValue(QStringLiteral(":user"), actor->id);
        query.bindValue(QStringLiteral(":at"), storedTime(now));
        ok = query.exec();
    }
    if (!ok) {
        *errorMessage = tr("Cannot save the sign-off settings: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    const SignoffChain after = chain ? *chain : defaultChain(*m_catalog.service(serviceCode));
    return AuditLog(m_database)
               .append({ actor->id, chain ? QStringLiteral("update") : QStringLiteral("reset"),
                         QStringLiteral("signoff_configs"), before->serviceCode,
                         chainJson(before->chain), chainJson(after), now },
                       errorMessage)
        && transaction.commit(errorMessage);
}

} // namespace loket
