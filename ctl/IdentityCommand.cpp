#include "Commands.h"
#include "IdentityNumbers.h"
#include "IndonesianText.h"
#include "RegionTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket::ctl {
namespace {

QJsonArray texts(const ValidationMessages& messages)
{
    QJsonArray array;
    for (const ValidationMessage& message : messages)
        array.append(message.text);
    return array;
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

void addRegion(QJsonObject* json, const RegionPrefix& region)
{
    json->insert(QStringLiteral("province"), orNull(region.province));
    json->insert(QStringLiteral("regency"), orNull(region.regency));
    json->insert(QStringLiteral("district"), orNull(region.district));
    json->insert(QStringLiteral("districtCode"), orNull(region.districtCode));
}

void printMessages(Output& io, const ValidationMessages& errors, const ValidationMessages& warnings)
{
    for (const ValidationMessage& message : errors)
        io.err << Text::tr("error: %1").arg(message.text) << Qt::endl;
    for (const ValidationMessage& message : warnings)
        io.out << Text::tr("warning: %1").arg(message.text) << Qt::endl;
}

void printRegion(Output& io, const RegionPrefix& region)
{
    if (!region.province.isEmpty())
        io.out << Text::tr("province: %1").arg(region.province) << Qt::endl;
    if (!region.regency.isEmpty())
        io.out << Text::tr("regency/city: %1").arg(region.regency) << Qt::endl;
    if (!region.district.isEmpty())
        io.out << Text::tr("district: %1").arg(region.district) << Qt::endl;
}

bool isCheck(const Arguments& args)
{
    return args.positional().size() == 2 && args.positional().first() == QLatin1String("check");
}

} // namespace

NikCommand::NikCommand()
    : Command({ "nik",
                QT_TRANSLATE_NOOP("loketctl", "checks a NIK (the national identity number)"),
                { QT_TRANSLATE_NOOP("loketctl", "check NIK [--json]") },
                { option::json } })
{
}

int NikCommand::execute(const Arguments& args, Output& io) const
{
    if (!isCheck(args))
        return usageError(io);
    const RegionTable regions = RegionTable::builtIn();
    const NikInfo info
        = IdentityNumberChecker(regions).checkNik(args.positional().at(1), localToday());
    if (args.has(QStringLiteral("json"))) {
        QJsonObject json { { QStringLiteral("nik"), info.nik },
                           { QStringLiteral("valid"), info.isValid() },
                           { QStringLiteral("birthDate"),
                             info.birthDate.isValid()
                                 ? QJsonValue(info.birthDate.toString(Qt::ISODate))
                                 : QJsonValue() },
                           { QStringLiteral("sex"), orNull(sexCode(info.sex)) },
                           { QStringLiteral("serial"), info.serial },
                           { QStringLiteral("warnings"), texts(info.warnings) },
                           { QStringLiteral("errors"), texts(info.errors) } };
        addRegion(&json, info.region);
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return info.isValid() ? Success : InvalidInput;
    }
    printMessages(io, info.errors, info.warnings);
    if (!info.isValid())
        return InvalidInput;
    io.out << Text::tr("NIK %1 is valid").arg(info.nik) << Qt::endl;
    printRegion(io, info.region);
    io.out << Text::tr("birth date: %1").arg(text::longDate(info.birthDate)) << Qt::endl
           << Text::tr("sex: %1").arg(info.sex == Sex::Female ? Text::tr("female (P)")
                                                              : Text::tr("male (L)"))
           << Qt::endl;
    return Success;
}

KkCommand::KkCommand()
    : Command({ "kk",
                QT_TRANSLATE_NOOP("loketctl", "checks a KK (family card) number"),
                { QT_TRANSLATE_NOOP("loketctl", "check NUMBER [--json]") },
                { option::json } })
{
}

int KkCommand::execute(const Arguments& args, Output& io) const
{
    if (!isCheck(args))
        return usageError(io);
    const RegionTable regions = RegionTable::builtIn();
    const KkInfo info
        = IdentityNumberChecker(regions).checkKk(args.positional().at(1), localToday());
    if (args.has(QStringLiteral("json"))) {
        QJsonObject json { { QStringLiteral("number"), info.number },
                           { QStringLiteral("valid"), info.isValid() },
                           { QStringLiteral("registrationDate"),
                             info.registrationDate.isValid()
                                 ? QJsonValue(info.registrationDate.toString(Qt::ISODate))
                                 : QJsonValue() },
                           { QStringLiteral("serial"), info.serial },
                           { QStringLiteral("warnings"), texts(info.warnings) },
                           { QStringLiteral("errors"), texts(info.errors) } };
        addRegion(&json, info.region);
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return info.isValid() ? Success : InvalidInput;
    }
    printMessages(io, info.errors, info.warnings);
    if (!info.isValid())
        return InvalidInput;
    io.out << Text::tr("KK number %1 is valid").arg(info.number) << Qt::endl;
    printRegion(io, info.region);
    io.out << Text::tr("registered: %1").arg(text::longDate(info.registrationDate)) << Qt::endl;
    return Success;
}

TerbilangCommand::TerbilangCommand()
    : Command({ "terbilang",
                QT_TRANSLATE_NOOP("loketctl", "writes an amount in Indonesian words"),
                { QT_TRANSLATE_NOOP("loketctl", "NUMBER") },
                {} })
{
}

int TerbilangCommand::execute(const Arguments& args, Output& io) const
{
    const QStringList& words = args.positional();
    if (words.size() != 1)
        return usageError(io);
    QString digits = words.first();
    digits.remove(QLatin1Char('.')); // "1.500.000" as Indonesians write it
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number < 0 || number >= 1000000000000000LL) {
        io.err << Text::tr("\"%1\" is not a whole number from 0 to 999.999.999.999.999.")
                      .arg(words.first())
               << Qt::endl;
        return InvalidInput;
    }
    io.out << text::terbilang(number) << Qt::endl;
    return Success;
}

} // namespace loket::ctl
