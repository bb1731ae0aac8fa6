// loketctl skm: the satisfaction survey's IKM report, the weight setting, the printed
// questionnaire, and answers typed in (for tests and offices that collect on paper).
#include "CaseQueries.h"
#include "Commands.h"
#include "DemoSurvey.h"
#include "IkmReport.h"
#include "IkmWeightSetting.h"
#include "OfficeContext.h"
#include "SettingsStore.h"
#include "SurveyDocument.h"
#include "SurveyQuestionnaire.h"
#include "UserStore.h"
#include "WorkingCalendar.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace loket::ctl {
namespace {

QDate dateOption(const Arguments& args, const char* name)
{
    return QDate::fromString(args.option(QString::fromLatin1(name)), Qt::ISODate);
}

QDate officeToday(const OfficeContext& office)
{
    return now().toTimeZone(officeHoursOf(office.catalog.office).zone).date();
}

int report(const Arguments& args, Output& io, const QString& usage)
{
    const QDate from = dateOption(args, "from");
    const QDate to = dateOption(args, "to");
    if (!from.isValid() || !to.isValid())
        return usageError(io, Text::tr("--from DATE and --to DATE (YYYY-MM-DD) are required"),
                          usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    QString error;
    const auto data = IkmReport::build(office->database, office->catalog, from, to,
                                       args.option(QStringLiteral("service")), &error);
    if (!data)
        return failed(io, error);
    if (args.has(QStringLiteral("pdf"))) {
        const QString path = args.option(QStringLiteral("pdf"));
        if (!SurveyDocument::writePdf(
                IkmReport::html(office->catalog.office, *data, officeToday(*office)), path, &error))
            return failed(io, error);
        // stdout stays pure JSON with --json.
        (args.has(QStringLiteral("json")) ? io.err : io.out)
            << Text::tr("IKM report written to %1").arg(path) << Qt::endl;
    }
    if (args.has(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(
            QJsonDocument(IkmReport::json(*data)).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (args.has(QStringLiteral("pdf")))
        return Success;
    const auto& result = data->result;
    io.out << Text::tr("IKM of %1, %2; service: %3")
                  .arg(office->catalog.office.name, IkmReport::periodText(from, to),
                       data->serviceCode.isEmpty()
                           ? Text::tr("all")
                           : data->serviceCode + QLatin1Char(' ') + data->serviceName)
           << Qt::endl;
    const QStringList names = SatisfactionIndex::elementNames();
    io.out << QStringLiteral("%1 %2 %3 %4")
                  .arg(Text::tr("element"), -45)
                  .arg(Text::tr("total"), 7)
                  .arg(QStringLiteral("NRR"), 7)
                  .arg(Text::tr("weighted"), 10)
           << Qt::endl;
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e)
        io.out << QStringLiteral("U%1 %2 %3 %4 %5")
                      .arg(e + 1)
                      .arg(names.at(e), -42)
                      .arg(data->totals.at(static_cast<size_t>(e)), 7)
                      .arg(IkmReport::decimal(result.average.at(static_cast<size_t>(e)), 3), 7)
                      .arg(IkmReport::decimal(data->weighted(e), 3), 10)
               << Qt::endl;
    io.out << Text::tr("IKM (unit value): %1").arg(IkmReport::decimal(result.index, 3)) << Qt::endl
           << Text::tr("converted (×25): %1").arg(IkmReport::decimal(result.converted, 2))
           << Qt::endl;
    if (result.respondents > 0)
        io.out << Text::tr("grade: %1 (%2)").arg(result.grade).arg(result.gradeText) << Qt::endl;
    io.out << Text::tr("respondents: %1").arg(result.respondents) << Qt::endl
           << IkmReport::weightLine(data->weight) << Qt::endl;
    if (data->serviceCode.isEmpty() && !data->services.isEmpty()) {
        io.out << Text::tr("per service:") << Qt::endl;
        for (const IkmReport::ServiceLine& line : data->services)
            io.out << QStringLiteral("  %1 %2 %3 %4")
                          .arg(line.code, -8)
                          .arg(Text::tr("%n respondent(s)", nullptr, line.result.respondents), -16)
                          .arg(IkmReport::decimal(line.result.converted, 2), 6)
                          .arg(QStringLiteral("%1 (%2)")
                                   .arg(line.result.grade)
                                   .arg(line.result.gradeText))
                   << Qt::endl;
    }
    return Success;
}

int weight(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    QString error;
    if (args.positional().size() == 2) {
        SatisfactionIndex::Weight chosen;
        if (!IkmWeightSetting::fromKey(args.positional().value(1), &chosen))
            return failed(io,
                          Text::tr("The IKM weight is \"ninth\" (exactly 1/9) or \"0.11\" "
                                   "(as printed in the regulation), not \"%1\".")
                              .arg(args.positional().value(1)));
        std::optional<User> actor;
        if (args.has(QStringLiteral("as"))
            && !(actor = actingUser(office->database, args.option(QStringLiteral("as")), io)))
            return InvalidInput;
        if (!IkmWeightSetting::save(office->database, chosen, actor ? &*actor : nullptr, now(),
                                    &error))
            return failed(io, error);
    }
    const auto current = IkmWeightSetting::load(office->database, &error);
    if (!current)
        return failed(io, error);
    io.out << Text::tr("IKM weight: %1").arg(IkmWeightSetting::key(*current)) << Qt::endl
           << IkmReport::weightLine(*current) << Qt::endl;
    return Success;
}

int questionnaire(const Arguments& args, Output& io, const QString& usage)
{
    if (!args.has(QStringLiteral("pdf")))
        return usageError(io, Text::tr("--pdf OUT is required"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    SurveyQuestionnaire::Prefill prefill;
    QString serviceCode = args.option(QStringLiteral("service"));
    if (args.has(QStringLiteral("case"))) {
        QString readError;
        const auto record
            = CaseQueries(office->database).find(args.option(QStringLiteral("case")), &readError);
        if (!record)
            return failed(
                io,
                readError.isEmpty()
                    ? Text::tr("There is no case %1.").arg(args.option(QStringLiteral("case")))
                    : readError);
        prefill.caseNumber = record->number;
        serviceCode = record->serviceCode;
    }
    if (!serviceCode.isEmpty()) {
        const Service* service = office->catalog.service(serviceCode);
        if (!service)
            return failed(
                io, Text::tr("There is no service %1 in the office's catalog.").arg(serviceCode));
        prefill.serviceText = service->code + QLatin1Char(' ') + service->name;
    }
    QString error;
    const QString path = args.option(QStringLiteral("pdf"));
    if (!SurveyDocument::writePdf(SurveyQuestionnaire::html(office->catalog.office, prefill), path,
                                  &error, SurveyDocument::QuestionnairePointSize))
        return failed(io, error);
    io.out << Text::tr("questionnaire written to %1").arg(path) << Qt::endl;
    return Success;
}

int add(const Arguments& args, Output& io, const QString& usage)
{
    if (!args.has(QStringLiteral("as")) || !args.has(QStringLiteral("answers")))
        return usageError(io, Text::tr("--answers and --as USER are required"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const std::optional<User> user
        = actingUser(office->database, args.option(QStringLiteral("as")), io);
    if (!user)
        return InvalidInput;
    SurveyResponse response;
    const QStringList answers = args.option(QStringLiteral("answers")).split(QLatin1Char(','));
    if (answers.size() != SatisfactionIndex::ElementCount)
        return failed(io,
                      Text::tr("--answers takes nine values 1–4 separated by commas (U1 to "
                               "U9); %1 given.")
                          .arg(answers.size()));
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e) {
        bool ok = false;
        const int value = answers.at(e).trimmed().toInt(&ok);
        response.answers[static_cast<size_t>(e)] = ok ? value : 0; // empty: unanswered
    }
    if (args.has(QStringLiteral("case"))) {
        QString readError;
        const auto id
            = CaseQueries(office->database).idOf(args.option(QStringLiteral("case")), &readError);
        if (!id)
            return failed(
                io,
                readError.isEmpty()
                    ? Text::tr("There is no case %1.").arg(args.option(QStringLiteral("case")))
                    : readError);
        response.caseId = *id;
    }
    response.serviceCode = args.option(QStringLiteral("service"));
    response.answeredOn
        = args.has(QStringLiteral("date")) ? dateOption(args, "date") : officeToday(*office);
    response.source = args.has(QStringLiteral("paper")) ? SurveyResponse::Source::Paper
                                                        : SurveyResponse::Source::Screen;
    response.gender = args.option(QStringLiteral("gender"));
    response.age = args.option(QStringLiteral("age")).toInt();
    response.education = args.option(QStringLiteral("education"));
    response.occupation = args.option(QStringLiteral("occupation"));
    response.suggestion = args.option(QStringLiteral("suggestion"));
    QString error;
    const auto id
        = SurveyStore(office->database, office->catalog).record(response, *user, now(), &error);
    if (!id)
        return failed(io, error);
    io.out << Text::tr("survey response %1 recorded").arg(*id) << Qt::endl;
    return Success;
}

int demo(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    if (!SettingsStore::isDemoDatabase(office->database))
        return failed(io,
                      Text::tr("%1 is not a demo database; demo survey answers go only into "
                               "a database made by \"loketctl demo seed\".")
                          .arg(Database::displayLocation(office->database.location())));
    QString error;
    const int added = DemoSurvey::seed(office->database, office->catalog, now(), 20240102, &error);
    if (added < 0)
        return failed(io, error);
    io.out << Text::tr("%n demo survey response(s) added", nullptr, added) << Qt::endl;
    return Success;
}

} // namespace

SkmCommand::SkmCommand()
    : Command(
        { "skm",
          QT_TRANSLATE_NOOP("loketctl", "the satisfaction survey (SKM) and its index (IKM)"),
          { QT_TRANSLATE_NOOP("loketctl",
                              "--from DATE --to DATE [--service CODE] [--json] "
                              "[--pdf OUT] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl", "weight [ninth|0.11] [--as USER] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl",
                              "questionnaire --pdf OUT [--case NUMBER | --service "
                              "CODE] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl",
                              "add --answers A1,…,A9 (--case NUMBER | --service CODE) "
                              "--as USER [--date DATE] [--paper] [--gender L|P] "
                              "[--age N] [--education TEXT] [--occupation TEXT] "
                              "[--suggestion TEXT] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl", "demo [--db PATH]   (demo databases only)") },
          { option::db,
            { "from", QT_TRANSLATE_NOOP("loketctl", "DATE"),
              QT_TRANSLATE_NOOP("loketctl", "from this day (YYYY-MM-DD)") },
            { "to", QT_TRANSLATE_NOOP("loketctl", "DATE"),
              QT_TRANSLATE_NOOP("loketctl", "up to and including this day (YYYY-MM-DD)") },
            option::service,
            option::pdf,
            { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
              QT_TRANSLATE_NOOP("loketctl",
                                "the active user who records the answers or changes "
                                "the weight (required for add)") },
            option::caseNumber,
            { "answers", QT_TRANSLATE_NOOP("loketctl", "A1,…,A9"),
              QT_TRANSLATE_NOOP("loketctl", "nine answers 1–4, U1 to U9, separated by commas") },
            { "date", QT_TRANSLATE_NOOP("loketctl", "DATE"),
              QT_TRANSLATE_NOOP("loketctl", "the day of the answers (default: today)") },
            { "gender", QT_TRANSLATE_NOOP("loketctl", "L|P"),
              QT_TRANSLATE_NOOP("loketctl", "the respondent's sex") },
            { "age", QT_TRANSLATE_NOOP("loketctl", "N"),
              QT_TRANSLATE_NOOP("loketctl", "the respondent's age") },
            { "education", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "the respondent's education") },
            { "occupation", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "the respondent's occupation") },
            { "suggestion", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "the respondent's suggestion") },
            option::json,
            { "paper", nullptr,
              QT_TRANSLATE_NOOP("loketctl", "the answers come from a paper questionnaire") } } })
{
}

int SkmCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    const qsizetype count = args.positional().size();
    if (count == 0)
        return report(args, io, usage());
    if (action == QLatin1String("weight") && count <= 2)
        return weight(args, io);
    if (action == QLatin1String("questionnaire") && count == 1)
        return questionnaire(args, io, usage());
    if (action == QLatin1String("add") && count == 1)
        return add(args, io, usage());
    if (action == QLatin1String("demo") && count == 1)
        return demo(args, io);
    return usageError(io);
}

} // namespace loket::ctl
