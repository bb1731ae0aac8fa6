#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace loket {

// The fields Loket keeps of a DTKS (Data Terpadu Kesejahteraan Sosial) extract row. Exports of
// SIKS-NG name their columns differently (NIK, NO_KK / NOKK, NAMA / NAMA_LENGKAP / NAMA_ART, …),
// so each import maps fields to the columns of its file.
enum class DtksField {
    Nik,
    KkNumber,
    Name,
    BirthDate,
    Address,
    Village,
    District,
    Regency,
    Programs,
    Status,
    Desil, // DTSEN: the household's welfare decile, 1 (poorest) … 10
    HouseholdId // DTSEN: ID keluarga / ID DTSEN
};

// Which national register an extract comes from. DTSEN (Data Tunggal Sosial dan Ekonomi
// Nasional, Inpres 4/2025) replaced DTKS on 5 February 2025; extracts imported before are DTKS.
enum class ExtractKind { Dtks, Dtsen };
QString extractKindKey(ExtractKind kind); // "DTKS", "DTSEN" (stored; loketctl --kind, lower case)
bool extractKindFromKey(const QString& key, ExtractKind* kind);
// "Data Terpadu Kesejahteraan Sosial (DTKS)", "Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)":
// the register's name as letters write it (Indonesian in every interface language).
QString extractKindFullName(ExtractKind kind);

QList<DtksField> allDtksFields();
QString dtksFieldKey(DtksField field); // "nik", "kk", "name", "birth_date", … (loketctl --map)
bool dtksFieldFromKey(const QString& key, DtksField* field);
bool isRequiredDtksField(DtksField field); // NIK and name

// Field → 0-based column of the file; an unmapped field is absent.
using DtksMapping = QMap<DtksField, int>;

class DtksText
{
    Q_DECLARE_TR_FUNCTIONS(loket::DtksText)
public:
    static QString fieldTitle(DtksField field); // "NIK", "Family card (KK) number", …
    // The mapping guessed from the header's column names; each column used once.
    static DtksMapping guessMapping(const QStringList& header);
    // DTSEN when the header has a desil or household-id column, else DTKS.
    static ExtractKind guessKind(const QStringList& header);
    // Empty when the mapping can be imported with; else what to fix.
    static QString checkMapping(const DtksMapping& mapping, int columnCount);
};

// The key names are looked up by: upper case, accents and punctuation removed, single spaces
// ("Siti  Nur'aini, S.Pd." → "SITI NURAINI S PD").
QString dtksNameKey(const QString& name);

// A desil as extracts write it ("3", "03", "Desil 3"); 0 when it is not 1 … 10.
int parseDesil(const QString& text);

// An extract date or birth date as exports write it (YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY,
// YYYYMMDD); invalid when it is none of them.
QDate parseDtksDate(const QString& text);

// One imported extract.
struct DtksExtract
{
    qint64 id = 0;
    QDate extractDate;
    QString sourceFile;
    ExtractKind kind = ExtractKind::Dtks;
    QString source; // who gave it: "Pusdatin Kemensos", "SIKS-NG"; may be empty
    QDateTime importedAt; // UTC
    QString importedBy; // user name; empty for the system
    qint64 rows = 0;
    qint64 badRows = 0;
};

// One row of an extract found by a lookup, with the date of its extract.
struct DtksHit
{
    qint64 extractId = 0;
    QDate extractDate;
    ExtractKind kind = ExtractKind::Dtks;
    int line = 0;
    int desil = 0; // 0: none (a DTKS extract, or not given)
    QString householdId;
    QString nik, kkNumber, name;
    QDate birthDate;
    QString address, village, district, regency, programs, status;
};

} // namespace loket
