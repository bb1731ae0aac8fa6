#include "CommandTable.h"

#include "Commands.h"

namespace loket::ctl {

const std::vector<std::unique_ptr<Command>>& commands()
{
    static const std::vector<std::unique_ptr<Command>> table = [] {
        std::vector<std::unique_ptr<Command>> all;
        all.push_back(std::make_unique<CatalogCommand>());
        all.push_back(std::make_unique<NikCommand>());
        all.push_back(std::make_unique<KkCommand>());
        all.push_back(std::make_unique<TerbilangCommand>());
        all.push_back(std::make_unique<CalendarCommand>());
        all.push_back(std::make_unique<DbCommand>());
        all.push_back(std::make_unique<BackupCommand>());
        all.push_back(std::make_unique<UserCommand>());
        all.push_back(std::make_unique<PersonCommand>());
        all.push_back(std::make_unique<RestoreCommand>());
        all.push_back(std::make_unique<DemoCommand>());
        all.push_back(std::make_unique<CaseCommand>());
        all.push_back(std::make_unique<ReceiptCommand>());
        all.push_back(std::make_unique<VerifyCommand>());
        all.push_back(std::make_unique<DocumentCommand>());
        all.push_back(std::make_unique<LettersCommand>());
        all.push_back(std::make_unique<AuditCommand>());
        all.push_back(std::make_unique<ComplaintsCommand>());
        all.push_back(std::make_unique<DtksCommand>());
        all.push_back(std::make_unique<RegisterCommand>());
        all.push_back(std::make_unique<GuestCommand>());
        all.push_back(std::make_unique<ReportCommand>());
        all.push_back(std::make_unique<SkmCommand>());
        all.push_back(std::make_unique<WorkflowCommand>());
        all.push_back(std::make_unique<NotifyCommand>());
        return all;
    }();
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const auto& command : commands()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString overallUsage()
{
    qsizetype width = 0;
    for (const auto& command : commands())
        width = qMax(width, command->name().size());
    QString text = Text::tr("loketctl COMMAND [ARGUMENTS] [OPTIONS]") + QLatin1Char('\n')
        + Text::tr("Commands:");
    for (const auto& command : commands())
        text += QStringLiteral("\n  %1  %2")
                    .arg(command->name(), -int(width))
                    .arg(command->description());
    return text + QLatin1Char('\n')
        + Text::tr("\"loketctl COMMAND --help\" shows a command's usage and options; options "
                   "take their value as --option VALUE or --option=VALUE.")
        + QLatin1Char('\n') + Text::tr("\"loketctl --version\" prints loketctl's version.")
        + QLatin1Char('\n')
        + Text::tr("Set LOKET_LANG=en for English messages. LOKET_NOW=2024-04-08T09:00:00+07:00 "
                   "runs a command as if at that moment (training, reproducible runs).");
}

} // namespace loket::ctl
