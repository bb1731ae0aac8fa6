// Letter numbers: patterns, per-register and per-year serials without gaps, the register.
#include "Catalog.h"
#include "Database.h"
#include "LetterNumbering.h"
#include "LetterRegister.h"
#include "OfficeDatabase.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

class TestLetterNumbering : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void serialsRunPerRegisterAndYear_data();
    void serialsRunPerRegisterAndYear();
    void classificationPerDocumentType();
    void settingsAreCheckedAndAudited();
    void rolledBackIssueGivesTheNumberBack();
    void failedIssueLeavesNoGap();
    void refusesBadDrafts_data();
    void refusesBadDrafts();
    void freezeOnce();
    void issuedLettersCannotBeDeleted();

private:
    std::optional<Letter> issue(const QString& registerKey, const QString& type,
                                const QDateTime& at, const QString& subject = QString());
    int count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Catalog m_catalog;
};

void TestLetterNumbering::init()
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

std::optional<Letter> TestLetterNumbering::issue(const QString& registerKey, const QString& type,
                                                 const QDateTime& at, const QString& subject)
{
    QString error;
    LetterDraft draft { registerKey, type, 0, subject, QStringLiteral("Pemohon") };
    auto letter = LetterNumbering(*m_db, m_catalog.office).issue(draft, 0, at, &error);
    if (!letter)
        qWarning("%s", qPrintable(error));
    return letter;
}

int TestLetterNumbering::count(const QString& sql)
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void TestLetterNumbering::serialsRunPerRegisterAndYear_data()
{
    QTest::addColumn<QString>("registerKey");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");
    // Each row runs on a fresh database after three general letters of 2 January 2024.
    const QDateTime january(QDate(2024, 1, 10), QTime(2, 0), Qt::UTC);
    QTest::addRow("same register continues") << QStringLiteral("umum") << QStringLiteral("permit")
                                             << january << QStringLiteral("400.9/4/DINSOS/I/2024");
    QTest::addRow("decrees have their own register")
        << QString() << QStringLiteral("decree") << january
        << QStringLiteral("188.4/1/SK-DINSOS/I/2024");
    QTest::addRow("a new year starts at 1")
        << QStringLiteral("umum") << QStringLiteral("recommendation")
        << QDateTime(QDate(2025, 2, 3), QTime(2, 0), Qt::UTC)
        << QStringLiteral("400.9/1/DINSOS/II/2025");
    // 31 December 17:30 UTC is already New Year's Day in Seruyan (WIB, UTC+7).
    QTest::addRow("the office's date decides the year")
        << QStringLiteral("umum") << QStringLiteral("recommendation")
        << QDateTime(QDate(2024, 12, 31), QTime(17, 30), Qt::UTC)
        << QStringLiteral("400.9/1/DINSOS/I/2025");
}

void TestLetterNumbering::serialsRunPerRegisterAndYear()
{
    QFETCH(QString, registerKey);
    QFETCH(QString, type);
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    const QDateTime second(QDate(2024, 1, 2), QTime(2, 0), Qt::UTC);
    for (int serial = 1; serial <= 3; ++serial) {
        const auto letter = issue(QStringLiteral("umum"), QStringLiteral("recommendation"), second);
        QVERIFY(letter);
        QCOMPARE(letter->serial, serial);
        QCOMPARE(letter->date, QDate(2024, 1, 2));
    }
    const auto letter = issue(registerKey, type, at);
    QVERIFY(letter);
    QCOMPARE(letter->number, expected);
}

void TestLetterNumbering::classificationPerDocumentType()
{
    LetterNumbering numbering(*m_db, m_catalog.office);
    QString error;
    QCOMPARE(numbering.classification(QStringLiteral("decree"), &error), QStringLiteral("188.4"));
    QCOMPARE(numbering.classification(QStringLiteral("complaint-answer"), &error),
             QStringLiteral("400.9"));
    QVERIFY(LetterNumbering::documentTypes().contains(QStringLiteral("rejection")));
    QVERIFY(!LetterNumbering::documentTypes().contains(QStringLiteral("receipt-only")));
    QVERIFY2(
        numbering.setClassification(QStringLiteral("permit"), QStringLiteral("466"), 0, &error),
        qPrintable(error));
    const QDateTime at(QDate(2024, 5, 6), QTime(3, 0), Qt::UTC);
    QCOMPARE(issue(QStringLiteral("umum"), QStringLiteral("permit"), at)->number,
             QStringLiteral("466/1/DINSOS/V/2024"));
    QCOMPARE(issue(QStringLiteral("umum"), QStringLiteral("referral"), at)->number,
             QStringLiteral("400.9/2/DINSOS/V/2024"));
}

void TestLetterNumbering::settingsAreCheckedAndAudited()
{
    LetterNumbering numbering(*m_db, m_catalog.office);
    QString error;
    QVERIFY(!numbering.setPattern(QStringLiteral("umum"), QStringLiteral("{serial}"), 0, &error));
    QVERIFY(error.contains(QStringLiteral("{year}")));
    QVERIFY(!numbering.setPattern(QStringLiteral("Umum Baru"), QStringLiteral("{serial}/{year}"), 0,
                                  &error));
    QVERIFY(
        !numbering.setClassification(QStringLiteral("permit"), QStringLiteral("4OO"), 0, &error));
    QVERIFY(
        !numbering.setClassification(QStringLiteral("flyer"), QStringLiteral("400"), 0, &error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QVERIFY2(numbering.setPattern(QStringLiteral("umum"),
                                  QStringLiteral("188.4/{serial}/DINSOS/{year}"), 0, &error),
             qPrintable(error));
    QCOMPARE(numbering.pattern(QStringLiteral("umum"), &error),
             QStringLiteral("188.4/{serial}/DINSOS/{year}"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'settings'"
                                  " AND record_id = 'letter_pattern.umum'")),
             1);
}

void TestLetterNumbering::rolledBackIssueGivesTheNumberBack()
{
    const QDateTime at(QDate(2024, 1, 2), QTime(2, 0), Qt::UTC);
    LetterNumbering numbering(*m_db, m_catalog.office);
    QString error;
    {
        WriteTransaction transaction(*m_db);
        QVERIFY(transaction.begin(&error));
        const auto letter = numbering.issueWithinTransaction(
            { QStringLiteral("umum"), QStringLiteral("recommendation"), 0, {}, {} }, 0, at, &error);
        QVERIFY2(letter, qPrintable(error));
        QCOMPARE(letter->serial, 1);
        transaction.rollback(); // say, the document failed to render
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QCOMPARE(issue(QStringLiteral("umum"), QStringLiteral("recommendation"), at)->serial, 1);
    {
        WriteTransaction abandoned(*m_db); // destroyed without commit: rolled back
        QVERIFY(abandoned.begin(&error));
        QVERIFY(numbering.issueWithinTransaction(
            { QStringLiteral("umum"), QStringLiteral("permit"), 0, {}, {} }, 0, at, &error));
    }
    QCOMPARE(issue(QStringLiteral("umum"), QStringLiteral("recommendation"), at)->serial, 2);
    QCOMPARE(count(QStringLiteral("SELECT last_value FROM letter_counters")), 2);
}

void TestLetterNumbering::failedIssueLeavesNoGap()
{
    const QDateTime at(QDate(2024, 1, 2), QTime(2, 0), Qt::UTC);
    QString error;
    // A case that does not exist: the insert fails after the counter moved, and the whole
    // transaction goes back.
    QVERIFY(!LetterNumbering(*m_db, m_catalog.office)
                 .issue({ QStringLiteral("umum"), QStringLiteral("permit"), 424242, {}, {} }, 0, at,
                        &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(issue(QStringLiteral("umum"), QStringLiteral("permit"), at)->serial, 1);
}

void TestLetterNumbering::refusesBadDrafts_data()
{
    QTest::addColumn<QString>("registerKey");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("subject");
    QTest::addRow("unknown type") << QStringLiteral("umum") << QStringLiteral("flyer") << QString();
    QTest::addRow("receipts have no letter number")
        << QStringLiteral("umum") << QStringLiteral("receipt-only") << QString();
    QTest::addRow("register with spaces")
        << QStringLiteral("surat keluar") << QStringLiteral("permit") << QString();
    QTest::addRow("subject too long")
        << QStringLiteral("umum") << QStringLiteral("permit") << QString(501, QLatin1Char('a'));
}

void TestLetterNumbering::refusesBadDrafts()
{
    QFETCH(QString, registerKey);
    QFETCH(QString, type);
    QFETCH(QString, subject);
    QString error;
    QVERIFY(!LetterNumbering(*m_db, m_catalog.office)
                 .issue({ registerKey, type, 0, subject, {} }, 0,
                        QDateTime(QDate(2024, 3, 12), QTime(3, 0), Qt::UTC), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letter_counters")), 0);
}

void TestLetterNumbering::freezeOnce()
{
    const auto letter = issue(QStringLiteral("umum"), QStringLiteral("recommendation"),
                              QDateTime(QDate(2024, 3, 12), QTime(3, 0), Qt::UTC));
    QVERIFY(letter);
    QVERIFY(letter->contentHash.isEmpty());
    LetterNumbering numbering(*m_db, m_catalog.office);
    QString error;
    WriteTransaction transaction(*m_db);
    QVERIFY(transaction.begin(&error));
    QVERIFY2(numbering.freezeWithinTransaction(letter->id, QStringLiteral("ab12"),
                                               QStringLiteral("K7QX-2M4P"), 0, &error),
             qPrintable(error));
    QVERIFY(!numbering.freezeWithinTransaction(letter->id, QStringLiteral("cd34"), QString(), 0,
                                               &error));
    QVERIFY(error.contains(letter->number));
    QVERIFY(transaction.commit(&error));
    const auto frozen = LetterRegister(*m_db).find(letter->number, &error);
    QCOMPARE(frozen->contentHash, QStringLiteral("ab12"));
    QCOMPARE(frozen->verificationCode, QStringLiteral("K7QX-2M4P"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'freeze'")), 1);
}

void TestLetterNumbering::issuedLettersCannotBeDeleted()
{
    QVERIFY(issue(QStringLiteral("umum"), QStringLiteral("permit"),
                  QDateTime(QDate(2024, 3, 12), QTime(3, 0), Qt::UTC)));
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM letters")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("stays in the register")),
             qPrintable(query.lastError().text()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters")), 1);
}

QTEST_GUILESS_MAIN(TestLetterNumbering)
#include "tst_letternumbering.moc"
