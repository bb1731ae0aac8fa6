// Many valid applicants for tests that need thousands of cases: an import file as a kelurahan
// sends it, or a list for the counter helper.
#pragma once

#include <QDate>
#include <QFile>
#include <QString>

namespace loket::test {

// A valid NIK of Palangka Raya (62.71.01) for applicant `i`: the birth date and sex it encodes
// are those of the import row, and the serial makes it unique up to 9,999.
struct Applicant
{
    QString nik, name, birthDate, sex;
};

inline Applicant applicant(int i)
{
    const QDate born(1960 + (i / 336) % 40, 1 + (i / 28) % 12, 1 + i % 28);
    const bool female = i % 2 == 1;
    const QString nik = QStringLiteral("627101%1%2%3%4")
                            .arg(born.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
                            .arg(born.month(), 2, 10, QLatin1Char('0'))
                            .arg(born.year() % 100, 2, 10, QLatin1Char('0'))
                            .arg(i + 1, 4, 10, QLatin1Char('0'));
    return { nik, QStringLiteral("Warga Nomor %1").arg(i), born.toString(Qt::ISODate),
             female ? QStringLiteral("P") : QStringLiteral("L") };
}

// A kelurahan's list for `case import`: applicants first … first + count - 1.
inline bool writeImportCsv(const QString& path, int first, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("nik,nama,tanggal_lahir,jenis_kelamin,alamat\n");
    for (int i = first; i < first + count; ++i) {
        const Applicant a = applicant(i);
        file.write(QStringLiteral("%1,%2,%3,%4,Jl. Tjilik Riwut Km %5\n")
                       .arg(a.nik, a.name, a.birthDate, a.sex)
                       .arg(i)
                       .toUtf8());
    }
    return true;
}

// The counter helper's list: "nik,name" per line.
inline bool writeApplicants(const QString& path, int first, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (int i = first; i < first + count; ++i)
        file.write(QStringLiteral("%1,%2\n").arg(applicant(i).nik, applicant(i).name).toUtf8());
    return true;
}

} // namespace loket::test
