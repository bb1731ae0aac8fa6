#pragma once

#include "Command.h"

// loketctl's commands, one class each; CommandTable.cpp lists them in the order `loketctl
// --help` shows them. Each is defined in its *Command.cpp.
namespace loket::ctl {

class CatalogCommand final : public Command
{
public:
    CatalogCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class NikCommand final : public Command
{
public:
    NikCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class KkCommand final : public Command
{
public:
    KkCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class TerbilangCommand final : public Command
{
public:
    TerbilangCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class CalendarCommand final : public Command
{
public:
    CalendarCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class DbCommand final : public Command
{
public:
    DbCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class BackupCommand final : public Command
{
public:
    BackupCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class RestoreCommand final : public Command
{
public:
    RestoreCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class DemoCommand final : public Command
{
public:
    DemoCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class CaseCommand final : public Command
{
public:
    CaseCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class ReceiptCommand final : public Command
{
public:
    ReceiptCommand();
    bool rendersDocuments(const QStringList&) const override { return true; }

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class VerifyCommand final : public Command
{
public:
    VerifyCommand();
    bool rendersDocuments(const QStringList&) const override { return true; }

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class DocumentCommand final : public Command
{
public:
    DocumentCommand();
    bool rendersDocuments(const QStringList&) const override { return true; }

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class LettersCommand final : public Command
{
public:
    LettersCommand();
    bool rendersDocuments(const QStringList& words) const override; // the register

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class AuditCommand final : public Command
{
public:
    AuditCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class ComplaintsCommand final : public Command
{
public:
    ComplaintsCommand();
    bool rendersDocuments(const QStringList& words) const override; // the register

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class DtksCommand final : public Command
{
public:
    DtksCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class RegisterCommand final : public Command
{
public:
    RegisterCommand();
    bool rendersDocuments(const QStringList&) const override { return true; }

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class GuestCommand final : public Command
{
public:
    GuestCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class ReportCommand final : public Command
{
public:
    ReportCommand();
    bool rendersDocuments(const QStringList&) const override { return true; }

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class SkmCommand final : public Command
{
public:
    SkmCommand();
    bool rendersDocuments(const QStringList&) const override { return true; }

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class WorkflowCommand final : public Command
{
public:
    WorkflowCommand();
    bool rendersDocuments(const QStringList&) const override { return true; }

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class NotifyCommand final : public Command
{
public:
    NotifyCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class PersonCommand final : public Command
{
public:
    PersonCommand();
    bool rendersDocuments(const QStringList& words) const override; // export --pdf

protected:
    int execute(const Arguments& args, Output& io) const override;
};

class UserCommand final : public Command
{
public:
    UserCommand();

protected:
    int execute(const Arguments& args, Output& io) const override;
};

} // namespace loket::ctl
