// The outgoing-letter register: the month's letters and the printable A4 landscape register.
#include "Catalog.h"
#include "Database.h"
#include "LetterNumbering.h"
#include "LetterRegister.h"
#include "LetterRegisterReport.h"
#include "OfficeDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

class TestLetterRegister : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void monthlyRegister();
    void printableRegister();

private:
    std::optional<Letter> issue(const QString& registerKey, const QString& type,
                                const QDateTime& at, const QString& subject = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Catalog m_catalog;
};

void TestLetterRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("letters.sqlite")),
                       Database::OpenMode::CreateIfMissing, &error));
    QVERIFY2(OfficeDatabase::initialise(*m_db, QStringLiteral("seruyan"), &error),
             qPrintable(error));
    QStringList errors;
    const auto catalog = OfficeDatabase::catalog(*m_db, &errors);
    QVERIFY2(catalog, qPrintable(errors.join(QLatin1Char('\n'))));
    m_catalog = *catalog;
}

std::optional<Letter> TestLetterRegister::issue(const QString& registerKey, const QString& type,
                                                const QDateTime& at, const QString& subject)
{
    QString error;
    LetterDraft draft { registerKey, type, 0, subject, QStringLiteral("Pemohon") };
    auto letter = LetterNumbering(*m_db, m_catalog.office).issue(draft, 0, at, &error);
    if (!letter)
        qWarning("%s", qPrintable(error));
    return letter;
}

void TestLetterRegister::monthlyRegister()
{
    // 31 January 23:00 WIB is still January in Seruyan, though 16:00 UTC.
    QVERIFY(issue(QStringLiteral("umum"), QStringLiteral("permit"),
                  QDateTime(QDate(2024, 1, 31), QTime(16, 0), Qt::UTC)));
    QVERIFY(issue(QStringLiteral("sk"), QStringLiteral("decree"),
                  QDateTime(QDate(2024, 1, 5), QTime(2, 0), Qt::UTC)));
    QVERIFY(issue(QStringLiteral("umum"), QStringLiteral("permit"),
                  QDateTime(QDate(2024, 1, 31), QTime(17, 0), Qt::UTC))); // 1 February WIB
    QVERIFY(issue(QStringLiteral("umum"), QStringLiteral("referral"),
                  QDateTime(QDate(2023, 12, 29), QTime(2, 0), Qt::UTC)));
    LetterRegister letters(*m_db);
    QString error;
    const QList<Letter> january = letters.month(2024, 1, QString(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(january.size(), 2);
    QCOMPARE(january.at(0).registerKey, QStringLiteral("sk")); // by register, then serial
    QCOMPARE(january.at(1).number, QStringLiteral("400.9/1/DINSOS/I/2024"));
    QCOMPARE(january.at(1).issuedAt, QDateTime(QDate(2024, 1, 31), QTime(16, 0), Qt::UTC));
    QCOMPARE(letters.month(2024, 1, QStringLiteral("umum"), &error).size(), 1);
    QCOMPARE(letters.month(2024, 2, QString(), &error).first().number,
             QStringLiteral("400.9/2/DINSOS/II/2024"));
    QCOMPARE(letters.month(2023, 12, QString(), &error).size(), 1);
    QVERIFY(letters.month(2024, 3, QString(), &error).isEmpty());
    QVERIFY(letters.month(2024, 13, QString(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestLetterRegister::printableRegister()
{
    QVERIFY(issue(QStringLiteral("umum"), QStringLiteral("recommendation"),
                  QDateTime(QDate(2024, 3, 4), QTime(2, 15), Qt::UTC),
                  QStringLiteral("Rekomendasi <b>PUB</b>")));
    QString error;
    const QList<Letter> letters = LetterRegister(*m_db).month(2024, 3, QString(), &error);
    const QString html = LetterRegisterReport::html(m_catalog.office, 2024, 3, QString(), letters,
                                                    QDate(2024, 4, 2));
    QVERIFY(html.contains(m_catalog.office.governmentLine.toHtmlEscaped()));
    QVERIFY(html.contains(m_catalog.office.unitLine.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("BUKU AGENDA SURAT KELUAR")));
    QVERIFY(html.contains(QStringLiteral("Maret 2024")));
    QVERIFY(html.contains(QStringLiteral("400.9/1/DINSOS/III/2024")));
    QVERIFY(html.contains(QStringLiteral("09.15"))); // WIB
    QVERIFY(html.contains(QStringLiteral("Rekomendasi &lt;b&gt;PUB&lt;/b&gt;")));
    QVERIFY(LetterRegisterReport::html(m_catalog.office, 2024, 4, QString(), {}, QDate(2024, 5, 2))
                .contains(QStringLiteral("Tidak ada surat keluar")));

    const QString pdf = m_dir->filePath(QStringLiteral("agenda.pdf"));
    QVERIFY2(LetterRegisterReport::writePdf(html, pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // A4 landscape: the media box is 842 × 595 points.
    QVERIFY2(bytes.contains("/MediaBox [0 0 841.8") || bytes.contains("/MediaBox [0 0 842"),
             bytes.mid(bytes.indexOf("/MediaBox"), 40).constData());
}

QTEST_MAIN(TestLetterRegister)
#include "tst_letterregister.moc"
