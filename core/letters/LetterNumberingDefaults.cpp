// The defaults of letter numbering and the Indonesian names the printed register uses.
#include "LetterNumbering.h"

#include <QHash>
#include <QRegularExpression>

namespace loket {
namespace {
const QString RegisterDecrees = QStringLiteral("sk");
const QString RegisterGeneral = QStringLiteral("umum");
} // namespace

QStringList LetterNumbering::documentTypes()
{
    QStringList types = catalogkeys::documents();
    types.removeAll(QStringLiteral("receipt-only"));
    // "record": the catatan pelayanan the letter mapping prints as the product of services
    // whose catalog product is a report or a receipt; signing numbers it like any other.
    return types << QStringLiteral("record") << QStringLiteral("rejection")
                 << QStringLiteral("complaint-answer");
}

bool LetterNumbering::isDocumentType(const QString& type)
{
    return documentTypes().contains(type);
}

QString LetterNumbering::defaultClassification(const QString& documentType)
{
    // Permendagri 83/2022: 400.9 social affairs for the services' letters; 188.4 for the head
    // of office's decrees. An office that files differently (460 social welfare, 466 …) sets
    // its own code per document type.
    return documentType == QLatin1String("decree") ? QStringLiteral("188.4")
                                                   : QStringLiteral("400.9");
}

QString LetterNumbering::defaultRegister(const QString& documentType)
{
    return documentType == QLatin1String("decree") ? RegisterDecrees : RegisterGeneral;
}

QString LetterNumbering::defaultPattern(const QString& registerKey)
{
    return registerKey == RegisterDecrees
        ? QStringLiteral("{classification}/{serial}/SK-DINSOS/{roman-month}/{year}")
        : QStringLiteral("{classification}/{serial}/DINSOS/{roman-month}/{year}");
}

bool LetterNumbering::isRegisterKey(const QString& key)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9-]{0,19}$"));
    return valid.match(key).hasMatch();
}

QString LetterNumbering::registerTitle(const QString& registerKey)
{
    // Printed documents are in formal Indonesian whatever the interface speaks.
    if (registerKey == RegisterDecrees)
        return QStringLiteral("Surat Keputusan");
    if (registerKey == RegisterGeneral)
        return QStringLiteral("Surat Keluar Umum");
    return registerKey;
}

QString LetterNumbering::documentTypeTitle(const QString& documentType)
{
    static const QHash<QString, QString> titles {
        { QStringLiteral("recommendation"), QStringLiteral("Rekomendasi") },
        { QStringLiteral("certificate"), QStringLiteral("Surat Keterangan") },
        { QStringLiteral("registration"), QStringLiteral("Tanda Daftar") },
        { QStringLiteral("cover-letter"), QStringLiteral("Surat Pengantar") },
        { QStringLiteral("technical-consideration"), QStringLiteral("Pertimbangan Teknis") },
        { QStringLiteral("permit"), QStringLiteral("Surat Izin") },
        { QStringLiteral("referral"), QStringLiteral("Surat Rujukan") },
        { QStringLiteral("minutes"), QStringLiteral("Berita Acara") },
        { QStringLiteral("decree"), QStringLiteral("Surat Keputusan") },
        { QStringLiteral("report"), QStringLiteral("Laporan") },
        { QStringLiteral("record"), QStringLiteral("Catatan Pelayanan") },
        { QStringLiteral("information"), QStringLiteral("Surat Pemberitahuan") },
        { QStringLiteral("rejection"), QStringLiteral("Surat Penolakan") },
        { QStringLiteral("complaint-answer"), QStringLiteral("Jawaban Pengaduan") },
    };
    return titles.value(documentType, documentType);
}

} // namespace loket
