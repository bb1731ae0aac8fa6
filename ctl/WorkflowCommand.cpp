// loketctl workflow: the back office's actions on a case from the server's command line, with
// the same permission checks and records as in the application.
#include "Attachments.h"
#include "CaseQueries.h"
#include "CaseWorkflow.h"
#include "Commands.h"
#include "Notifier.h"
#include "OfficeContext.h"
#include "ProductIssuer.h"
#include "UserStore.h"

#include <QFile>

namespace loket::ctl {
namespace {

// The officer a case goes to; nothing, with `error` set to why: no such user, or the accounts
// cannot be read. Whether they may take it is the workflow's decision.
std::optional<User> userNamed(Database& database, const QString& username, QString* error)
{
    const std::optional<User> user = UserStore(database).byUsername(username, error);
    if (!user && error->isEmpty())
        *error = Text::tr("There is no user \"%1\".").arg(username);
    return user;
}

// Runs one action; returns what to print on success, or nothing with `error` set.
std::optional<QString> perform(CaseWorkflow& workflow, OfficeContext& office, const Arguments& args,
                               const User& user, QString* error)
{
    const QStringList words = args.positional();
    const QString action = words.value(0);
    const QString number = args.option(QStringLiteral("case"));
    const QString note = args.option(QStringLiteral("note"));
    const QDateTime now = ctl::now();
    bool ok = false;
    if (action == QLatin1String("start"))
        ok = workflow.start(number, user, now, error);
    else if (action == QLatin1String("process"))
        ok = workflow.beginProcessing(number, user, now, error);
    else if (action == QLatin1String("step")) {
        const CaseStep::State state = words.value(2) == QLatin1String("skip")
            ? CaseStep::State::Skipped
            : CaseStep::State::Done;
        ok = workflow.markStep(number, words.value(1).toInt(), state, note, user, now, error);
        if (ok)
            return Text::tr("step %1 %2").arg(words.value(1), caseStepStateKey(state));
    } else if (action == QLatin1String("visit")) {
        FieldVisit::Kind kind = FieldVisit::Kind::Verification;
        if (args.has(QStringLiteral("kind"))
            && !fieldVisitKindFromKey(args.option(QStringLiteral("kind")), &kind)) {
            *error = Text::tr("--kind is verification or home-visit.");
            return std::nullopt;
        }
        ok = workflow.recordVisit(
            number, kind, QDate::fromString(args.option(QStringLiteral("date")), Qt::ISODate),
            args.option(QStringLiteral("findings")), user, now, error);
    } else if (action == QLatin1String("note"))
        ok = workflow.addNote(number, words.mid(1).join(QLatin1Char(' ')), user, now, error);
    else if (action == QLatin1String("attach")) {
        QFile file(words.value(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        const std::optional<qint64> id
            = workflow.attach(number, file.fileName(), file.readAll(), user, now, error);
        if (id)
            return Text::tr("attachment %1 stored").arg(*id);
    } else if (action == QLatin1String("reassign")) {
        const std::optional<User> officer = userNamed(office.database, words.value(1), error);
        if (!officer)
            return std::nullopt;
        ok = workflow.reassign(number, officer->id, note, user, now, error);
    } else if (action == QLatin1String("reject"))
        ok = workflow.reject(number, args.option(QStringLiteral("reason")), user, now, error);
    else if (action == QLatin1String("submit"))
        ok = workflow.submitForSignoff(number, note, user, now, error);
    else if (action == QLatin1String("initial"))
        ok = workflow.initial(number, note, user, now, error);
    else if (action == QLatin1String("return"))
        ok = workflow.returnDraft(number, note, user, now, error);
    else if (action == QLatin1String("sign")) {
        std::optional<SignForm> form;
        if (args.has(QStringLiteral("as-form"))) {
            SignForm parsed = SignForm::Own;
            if (!signFormFromKey(args.option(QStringLiteral("as-form")), &parsed)) {
                *error = Text::tr("--as-form is a.n., Plt. or Plh.");
                return std::nullopt;
            }
            form = parsed;
        }
        const std::optional<IssuedDocument> issued = workflow.sign(number, form, user, now, error);
        if (issued)
            return Text::tr("signed; letter number %1").arg(issued->letterNumber);
    } else if (action == QLatin1String("handover")) {
        ok = workflow.handOver(number,
                               { args.option(QStringLiteral("name")),
                                 args.option(QStringLiteral("nik")),
                                 args.option(QStringLiteral("relation")),
                                 0,
                                 {} },
                               user, now, error);
    }
    return ok ? std::optional<QString>(action) : std::nullopt;
}

bool wellFormed(const Arguments& args)
{
    const QStringList words = args.positional();
    const QString action = words.value(0);
    const qsizetype count = words.size();
    const auto needs = [&args](std::initializer_list<const char*> options) {
        for (const char* option : options) {
            if (!args.has(QString::fromLatin1(option)))
                return false;
        }
        return true;
    };
    if (!needs({ "case", "as" }))
        return false;
    if (action == QLatin1String("step"))
        return count == 3
            && (words.at(2) == QLatin1String("done") || words.at(2) == QLatin1String("skip"))
            && words.at(1).toInt() > 0;
    if (action == QLatin1String("note"))
        return count >= 2;
    if (action == QLatin1String("attach") || action == QLatin1String("reassign"))
        return count == 2;
    if (count != 1)
        return false;
    if (action == QLatin1String("visit"))
        return needs({ "date", "findings" });
    if (action == QLatin1String("reject"))
        return needs({ "reason" });
    if (action == QLatin1String("return"))
        return needs({ "note" });
    if (action == QLatin1String("handover"))
        return needs({ "name", "nik", "relation" });
    return QStringList { QStringLiteral("start"), QStringLiteral("process"),
                         QStringLiteral("submit"), QStringLiteral("initial"),
                         QStringLiteral("sign") }
        .contains(action);
}

} // namespace

WorkflowCommand::WorkflowCommand()
    : Command(
        { "workflow",
          QT_TRANSLATE_NOOP("loketctl",
                            "the back office's actions on a case, as in the "
                            "application"),
          { QT_TRANSLATE_NOOP("loketctl", "--case NUMBER --as USER [--db PATH] ACTION") },
          { option::db,
            option::caseNumber,
            { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
              QT_TRANSLATE_NOOP("loketctl", "the active user who acts (required)") },
            { "note", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "a note kept with the action") },
            { "date", QT_TRANSLATE_NOOP("loketctl", "YYYY-MM-DD"),
              QT_TRANSLATE_NOOP("loketctl", "the day of the visit") },
            { "findings", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "what the visit found") },
            { "kind", QT_TRANSLATE_NOOP("loketctl", "KIND"),
              QT_TRANSLATE_NOOP("loketctl", "verification (default) or home-visit") },
            { "reason", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "why the case is rejected") },
            { "as-form", QT_TRANSLATE_NOOP("loketctl", "FORM"),
              QT_TRANSLATE_NOOP("loketctl", "sign for the head of office: a.n., Plt. or Plh.") },
            { "name", QT_TRANSLATE_NOOP("loketctl", "NAME"),
              QT_TRANSLATE_NOOP("loketctl", "who collects the product") },
            { "nik", QT_TRANSLATE_NOOP("loketctl", "NIK"),
              QT_TRANSLATE_NOOP("loketctl", "the collector's NIK") },
            { "relation", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "the collector's relation to the applicant") } },
          QT_TRANSLATE_NOOP(
              "loketctl",
              "ACTION is one of:\n"
              "  start | process\n"
              "  step N done|skip [--note TEXT]\n"
              "  visit --date YYYY-MM-DD --findings TEXT [--kind verification|home-visit]\n"
              "  note TEXT\n"
              "  attach FILE                      (PDF, JPEG or PNG, at most 10 MB)\n"
              "  reassign USER [--note TEXT]\n"
              "  reject --reason TEXT\n"
              "  submit [--note TEXT]             (the draft goes to initials)\n"
              "  initial [--note TEXT]\n"
              "  return --note TEXT               (the draft goes back to its drafter)\n"
              "  sign [--as-form a.n.|Plt.|Plh.]\n"
              "  handover --name NAME --nik NIK --relation TEXT\n"
              "--as names the user who acts, by user name and without a password: this command "
              "is for administrators on the server. Each action is checked against that user's "
              "roles and recorded under their name.") })
{
}

int WorkflowCommand::execute(const Arguments& args, Output& io) const
{
    if (!wellFormed(args))
        return usageError(io);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const std::optional<User> user
        = actingUser(office->database, args.option(QStringLiteral("as")), io);
    if (!user)
        return InvalidInput;
    QString error;
    // Signing takes the letter number and freezes the product through the office's issuer.
    ProductIssuer issuer(office->database, office->catalog,
                         office->database.directory() + QStringLiteral("/templates"));
    CaseWorkflow workflow(office->database, office->catalog, &issuer);
    // A product ready is told to the applicant who agreed (queued; `notify send` sends it).
    Notifier notifier(office->database, office->catalog, &now);
    notifier.watch(&workflow);
    QObject::connect(&notifier, &Notifier::failed,
                     [&io](const QString& problem) { io.err << problem << Qt::endl; });
    const std::optional<QString> done = perform(workflow, *office, args, *user, &error);
    if (!done) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    QString readError; // the action is done; only its status line would be missing
    const std::optional<Case> record
        = CaseQueries(office->database).find(args.option(QStringLiteral("case")), &readError);
    io.out << Text::tr("%1: %2 by %3; status: %4")
                  .arg(args.option(QStringLiteral("case")), *done, user->username,
                       record ? caseStatusTitle(record->status) : QString())
           << Qt::endl;
    if (!readError.isEmpty())
        io.err << readError << Qt::endl;
    return Success;
}

} // namespace loket::ctl
