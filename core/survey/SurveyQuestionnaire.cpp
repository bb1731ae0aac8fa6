#include "SurveyQuestionnaire.h"

#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "Letterhead.h"
#include "SurveyDocument.h"

namespace loket {
namespace {

using html::escaped;

struct Item
{
    const char* question;
    const char* options[4];
};

// PermenPANRB 14/2017, Lampiran: contoh kuesioner.
const Item items[SatisfactionIndex::ElementCount] = {
    { "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
      "pelayanannya?",
      { "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" } },
    { "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
      { "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah" } },
    { "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
      { "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat" } },
    { "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
      { "Sangat mahal", "Cukup mahal", "Murah", "Gratis" } },
    { "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum "
      "dalam standar pelayanan dengan hasil yang diberikan?",
      { "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" } },
    { "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
      { "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten" } },
    { "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan "
      "dan keramahan?",
      { "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah",
        "Sangat sopan dan ramah" } },
    { "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
      { "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal",
        "Dikelola dengan baik" } },
    { "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
      { "Buruk", "Cukup", "Baik", "Sangat baik" } },
};

const QString box = QStringLiteral("&#9744;"); // ☐

QString boxes(const QStringList& choices)
{
    QStringList parts;
    for (const QString& choice : choices)
        parts << box + QStringLiteral("&nbsp;") + escaped(choice);
    return parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp; "));
}

QString profileRow(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td width=\"26%\">%1</td><td width=\"2%\">:</td><td>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

QString dots(int count)
{
    return QString(count, QLatin1Char('.'));
}

} // namespace

QString SurveyQuestionnaire::question(int element)
{
    return QString::fromUtf8(items[element].question);
}

QStringList SurveyQuestionnaire::options(int element)
{
    QStringList list;
    for (const char* option : items[element].options)
        list << QString::fromUtf8(option);
    return list;
}

QStringList SurveyQuestionnaire::educationOptions()
{
    return { QStringLiteral("SD ke bawah"), QStringLiteral("SMP"),   QStringLiteral("SMA"),
             QStringLiteral("D1-D2-D3"),    QStringLiteral("D4/S1"), QStringLiteral("S2"),
             QStringLiteral("S3") };
}

QStringList SurveyQuestionnaire::occupationOptions()
{
    return { QStringLiteral("PNS"),       QStringLiteral("TNI"),
             QStringLiteral("POLRI"),     QStringLiteral("Swasta"),
             QStringLiteral("Wirausaha"), QStringLiteral("Pelajar/Mahasiswa"),
             QStringLiteral("Lainnya") };
}

QString SurveyQuestionnaire::html(const Office& office, const Prefill& prefill)
{
    QString body = Letterhead::compactHtml(office)
        + QStringLiteral("<h3 align=\"center\" style=\"margin-bottom:2px\">KUESIONER SURVEI "
                         "KEPUASAN MASYARAKAT (SKM)</h3><p align=\"center\" style=\"margin-top:0\">"
                         "%1</p>")
              .arg(escaped(office.name))
        + QStringLiteral("<p style=\"font-size:small\">Dalam rangka meningkatkan kualitas "
                         "pelayanan, kami mohon kesediaan Saudara mengisi kuesioner ini dengan "
                         "memberi tanda centang (&#10003;) pada satu jawaban untuk setiap "
                         "pertanyaan. Jawaban Saudara dijaga kerahasiaannya.</p>");

    QString profile = QStringLiteral("<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\">");
    profile += profileRow(QStringLiteral("Nomor berkas"),
                          prefill.caseNumber.isEmpty() ? dots(40) : escaped(prefill.caseNumber));
    profile += profileRow(QStringLiteral("Jenis layanan yang diterima"),
                          prefill.serviceText.isEmpty() ? dots(90) : escaped(prefill.serviceText));
    profile
        += profileRow(QStringLiteral("Tanggal survei"),
                      prefill.date.isValid() ? escaped(text::longDate(prefill.date)) : dots(40));
    profile
        += profileRow(QStringLiteral("Jenis kelamin"),
                      boxes({ QStringLiteral("Laki-laki (L)"), QStringLiteral("Perempuan (P)") }));
    profile += profileRow(QStringLiteral("Umur"), dots(12) + QStringLiteral(" tahun"));
    profile += profileRow(QStringLiteral("Pendidikan terakhir"), boxes(educationOptions()));
    profile += profileRow(QStringLiteral("Pekerjaan"),
                          boxes(occupationOptions()) + QStringLiteral(" ") + dots(25));
    profile += QStringLiteral("</table>");
    body += QStringLiteral("<p><b>PROFIL RESPONDEN</b></p>") + profile;

    body += QStringLiteral("<p><b>PENDAPAT RESPONDEN TENTANG PELAYANAN</b></p>"
                           "<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" "
                           "border=\"1\" style=\"border-collapse:collapse\">");
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e) {
        const QStringList choices = options(e);
        QString answers;
        for (int o = 0; o < choices.size(); ++o)
            answers += QStringLiteral("<td width=\"23%\">%1 %2. %3</td>")
                           .arg(box, QChar(QLatin1Char('a').unicode() + o), escaped(choices.at(o)));
        body += QStringLiteral("<tr><td rowspan=\"2\" width=\"7%\" align=\"center\"><b>U%1</b>"
                               "</td><td colspan=\"4\"><b>%2. %3</b></td></tr><tr>%4</tr>")
                    .arg(e + 1)
                    .arg(e + 1)
                    .arg(escaped(question(e)), answers);
    }
    body += QStringLiteral("</table>");
    body += QStringLiteral(
        "<p><b>SARAN DAN MASUKAN</b></p><table width=\"100%\" border=\"1\" cellspacing=\"0\" "
        "cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><td>&nbsp;<br/>&nbsp;<br/>"
        "&nbsp;<br/>&nbsp;<br/>&nbsp;</td></tr></table><p align=\"center\"><i>Terima kasih atas "
        "kesediaan Saudara mengisi "
        "kuesioner ini.</i></p>");
    return QStringLiteral("<html><head><title>Kuesioner Survei Kepuasan Masyarakat</title></head>"
                          "<body>%1</body></html>")
        .arg(body);
}

} // namespace loket
