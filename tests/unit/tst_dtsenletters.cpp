// The certificate of registration and the not-registered letter name DTSEN or DTKS, and the date
// of the extract checked, according to the extract the applicant's NIK was found in (or not).
#include "CaseQueries.h"
#include "DtksTestSupport.h"
#include "LetterSource.h"
#include "ProductIssuer.h"
#include "SocialRegisterFacts.h"

#include <QTextDocument>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

class TestDtsenLetters : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WorkflowFixture> f;

    void import(const QString& file, const DtksExtractInfo& info)
    {
        const QString path = QStringLiteral(LOKET_SOURCE_DIR "/tests/data/") + file;
        DtksPreview preview;
        DtksImportReport report;
        QString error;
        QVERIFY2(DtksImporter::previewFile(path, 0, &preview, &error), qPrintable(error));
        QVERIFY2(DtksImporter(*f->database)
                     .importFile(path, info, DtksText::guessMapping(preview.header),
                                 f->user(u"admin"_s), at("2026-11-20T09:00:00+07:00"), &report,
                                 &error),
                 qPrintable(error));
    }

    // The case's document of `type` ("" for the product), drafted on 20 November 2026, as text.
    QString letterText(const QString& nik, const QString& type)
    {
        const QString number
            = f->registerCase(u"PKY-08"_s, at("2026-11-19T09:00:00+07:00"), u"Siti Aminah"_s, nik);
        const std::optional<Case> record = CaseQueries(*f->database).find(number);
        if (!record)
            return u"no case"_s;
        ProductIssuer issuer(*f->database, *f->catalog, QString());
        Database& database = *f->database;
        const Catalog& catalog = *f->catalog;
        const LetterSource source(catalog, LetterSpecs::builtIn(), {},
                                  [&](const Case& drafted, LetterData& draft, QString* error) {
                                      return applySocialRegisterFacts(draft, database, catalog,
                                                                      drafted, error);
                                  });
        QString error;
        QString html;
        if (type.isEmpty()) {
            const auto draft = issuer.draft(*record, at("2026-11-20T09:00:00+07:00"), &error);
            html = draft ? issuer.renderer().html(*draft) : error;
        } else {
            const auto letter
                = source.letter(*record, type, QDate(2026, 11, 20), issuer.renderer(), &error);
            html = letter ? letter->html : error;
        }
        return issuer.renderer().document(html)->toPlainText().simplified();
    }

private slots:
    void init()
    {
        f = std::make_unique<WorkflowFixture>();
        QVERIFY(f->open());
    }

    void wording_data()
    {
        QTest::addColumn<bool>("dtks"); // an older DTKS extract (1 October 2024) imported
        QTest::addColumn<bool>("dtsen"); // a DTSEN extract (30 September 2026) imported
        QTest::addColumn<QString>("nik");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("phrases");
        QTest::addColumn<QString>("absent");
        const QString siti = u"6271015201880099"_s; // in both extracts
        const QString ahmad = u"6271010303750098"_s; // in the DTKS extract only
        const QString nobody = u"6271019999999999"_s;
        QTest::addRow("registered in DTSEN")
            << true << true << siti << QString()
            << QStringList { u"SURAT KETERANGAN TERDAFTAR DALAM DATA TUNGGAL SOSIAL DAN EKONOMI "
                             "NASIONAL (DTSEN)"_s,
                             u"per tanggal 30 September 2026, benar terdaftar dalam Data Tunggal "
                             "Sosial dan Ekonomi Nasional (DTSEN)"_s }
            << u"DTKS"_s;
        QTest::addRow("registered in an older DTKS extract only")
            << true << true << ahmad << QString()
            << QStringList { u"SURAT KETERANGAN TERDAFTAR DALAM DATA TERPADU KESEJAHTERAAN SOSIAL "
                             "(DTKS)"_s,
                             u"per tanggal 1 Oktober 2024, benar terdaftar dalam Data Terpadu "
                             "Kesejahteraan Sosial (DTKS)"_s }
            << u"DTSEN"_s;
        QTest::addRow("registered, only DTKS imported")
            << true << false << siti << QString()
            << QStringList { u"per tanggal 1 Oktober 2024, benar terdaftar dalam Data Terpadu "
                             "Kesejahteraan Sosial (DTKS)"_s }
            << u"DTSEN"_s;
        QTest::addRow("not registered: the DTSEN extract checked")
            << true << true << nobody << u"not-registered"_s
            << QStringList { u"SURAT KETERANGAN TIDAK TERDAFTAR DALAM DATA TUNGGAL SOSIAL DAN "
                             "EKONOMI NASIONAL (DTSEN)"_s,
                             u"per tanggal 30 September 2026, tidak terdaftar dalam Data Tunggal "
                             "Sosial dan Ekonomi Nasional (DTSEN)"_s,
                             u"diusulkan masuk dalam DTSEN"_s }
            << u"DTKS"_s;
        QTest::addRow("not registered: only a DTKS extract checked")
            << true << false << nobody << u"not-registered"_s
            << QStringList { u"TIDAK TERDAFTAR DALAM DATA TERPADU KESEJAHTERAAN SOSIAL (DTKS)"_s,
                             u"per tanggal 1 Oktober 2024, tidak terdaftar"_s }
            << u"DTSEN"_s;
        QTest::addRow("no extract: the register of the letter's date")
            << false << false << siti << QString()
            << QStringList { u"per tanggal 20 November 2026, benar terdaftar dalam Data Tunggal "
                             "Sosial dan Ekonomi Nasional (DTSEN)"_s }
            << u"DTKS"_s;
    }

    void wording()
    {
        QFETCH(bool, dtks);
        QFETCH(bool, dtsen);
        QFETCH(QString, nik);
        QFETCH(QString, type);
        QFETCH(QStringList, phrases);
        QFETCH(QString, absent);
        if (dtks)
            import(u"dtks-contoh-fiktif.csv"_s, { QDate(2024, 10, 1), ExtractKind::Dtks, {} });
        if (dtsen)
            import(u"dtsen-contoh-fiktif.csv"_s, { QDate(2026, 9, 30), ExtractKind::Dtsen, {} });
        const QString text = letterText(nik, type);
        for (const QString& phrase : phrases)
            QVERIFY2(text.contains(phrase), qPrintable(phrase + u"\n---\n"_s + text));
        QVERIFY2(!text.contains(absent), qPrintable(text));
    }

    void catalogNamesUnchanged()
    {
        // The decree's own service name stays as the office's catalog has it.
        QVERIFY(f->catalog->service(u"PKY-08"_s)->name.contains(u"DTKS"_s));
    }
};

QTEST_MAIN(TestDtsenLetters)
#include "tst_dtsenletters.moc"
