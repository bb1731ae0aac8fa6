// loketctl document: a case's back-office document as PDF, headless, from a demo database; its
// types; the monthly collective decree; and wrong input.
#include "LoketctlClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestLoketctlDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rendersTheProduct();
    void listsTypesAndRendersARefusal();
    void collectiveDecreeOfTheMonth();
    void wrongInput();

private:
    struct Result
    {
        int status = -1;
        QByteArray out, err;
    };
    Result run(const QStringList& arguments) const;
    QString db() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QString text(const QString& pdf) const;
    QJsonArray m_cases;
    QTemporaryDir m_dir;
};

TestLoketctlDocument::Result TestLoketctlDocument::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOKET_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOKETCTL_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

QString TestLoketctlDocument::text(const QString& pdf) const
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                    QStringLiteral("-") });
    process.waitForFinished(30000);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .remove(space);
}

void TestLoketctlDocument::initTestCase()
{
    useLoketctlClock();
    QVERIFY(m_dir.isValid());
    const Result seeded
        = run({ QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--seed"),
                QStringLiteral("7"), QStringLiteral("--db"), db(), QStringLiteral("--cases"),
                QStringLiteral("400"), QStringLiteral("--office"), QStringLiteral("palangka-raya"),
                QStringLiteral("--days"), QStringLiteral("20") });
    QVERIFY2(seeded.status == 0, seeded.err.constData());
    const Result listed = run({ QStringLiteral("case"), QStringLiteral("list"),
                                QStringLiteral("--db"), db(), QStringLiteral("--json") });
    QCOMPARE(listed.status, 0);
    m_cases = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(m_cases.size(), 400);
}

void TestLoketctlDocument::rendersTheProduct()
{
    QJsonObject chosen;
    for (const QJsonValue& value : std::as_const(m_cases)) {
        if (value.toObject().value(QStringLiteral("service")).toString() == QLatin1String("PKY-10"))
            chosen = value.toObject();
    }
    QVERIFY2(!chosen.isEmpty(), "the demo seed registers adoption cases");
    const QString pdf = m_dir.filePath(QStringLiteral("pky10.pdf"));
    const Result rendered
        = run({ QStringLiteral("document"), QStringLiteral("render"), QStringLiteral("--case"),
                chosen.value(QStringLiteral("number")).toString(), QStringLiteral("--pdf"), pdf,
                QStringLiteral("--db"), db() });
    QVERIFY2(rendered.status == 0, rendered.err.constData());
    QVERIFY(rendered.out.startsWith("draft recommendation of "));
    const QString content = text(pdf);
    for (const QString& expected :
         { QStringLiteral("PEMERINTAHKOTAPALANGKARAYA"), QStringLiteral("DINASSOSIAL"),
           QStringLiteral("SURATREKOMENDASICALONORANGTUAANGKAT"),
           QStringLiteral("NYTABIANYTAREZZA,S.Sos"), QStringLiteral("KONSEP"),
           QStringLiteral("PARAFBERJENJANG"),
           chosen.value(QStringLiteral("applicant")).toString().remove(QLatin1Char(' ')),
           chosen.value(QStringLiteral("nik")).toString() })
        QVERIFY2(content.contains(expected), qPrintable(expected));
}

void TestLoketctlDocument::listsTypesAndRendersARefusal()
{
    const QString number = m_cases.first().toObject().value(QStringLiteral("number")).toString();
    const Result types = run({ QStringLiteral("document"), QStringLiteral("types"),
                               QStringLiteral("--case"), number, QStringLiteral("--db"), db() });
    QCOMPARE(types.status, 0);
    QVERIFY(types.out.contains("rejection\n"));
    QVERIFY(types.out.contains(" (product)\n"));

    const QString pdf = m_dir.filePath(QStringLiteral("refusal.pdf"));
    const Result refused
        = run({ QStringLiteral("document"), QStringLiteral("render"), QStringLiteral("--case"),
                number, QStringLiteral("--type"), QStringLiteral("rejection"),
                QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), db() });
    QVERIFY2(refused.status == 0, refused.err.constData());
    const QString content = text(pdf);
    QVERIFY(content.contains(QStringLiteral("belumdapatdikabulkan")));
    QVERIFY(content.contains(number));
}

void TestLoketctlDocument::collectiveDecreeOfTheMonth()
{
    // The demo cases fall in the last 20 days; take the month of the newest.
    const QDateTime newest = QDateTime::fromString(
        m_cases.first().toObject().value(QStringLiteral("receivedAt")).toString(), Qt::ISODate);
    const QDate month = newest.toTimeZone(QTimeZone(7 * 3600)).date();
    QStringList expected;
    for (const QJsonValue& value : std::as_const(m_cases)) {
        const QJsonObject c = value.toObject();
        const QDate received
            = QDateTime::fromString(c.value(QStringLiteral("receivedAt")).toString(), Qt::ISODate)
                  .toTimeZone(QTimeZone(7 * 3600))
                  .date();
        const QString status = c.value(QStringLiteral("status")).toString();
        if (c.value(QStringLiteral("service")).toString() == QLatin1String("PKY-01")
            && received.month() == month.month() && received.year() == month.year()
            && status != QLatin1String("rejected") && status != QLatin1String("waiting-documents"))
            expected << c.value(QStringLiteral("nik")).toString();
    }
    const QString pdf = m_dir.filePath(QStringLiteral("kis.pdf"));
    const Result made = run({ QStringLiteral("document"), QStringLiteral("collective"),
                              QStringLiteral("--service"), QStringLiteral("PKY-01"),
                              QStringLiteral("--month"), month.toString(QStringLiteral("yyyy-MM")),
                              QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), db() });
    QVERIFY2(made.status == 0, made.err.constData());
    QVERIFY2(made.out.contains(QStringLiteral("with %1 recipient").arg(expected.size()).toUtf8()),
             made.out.constData());
    const QString content = text(pdf);
    QVERIFY(content.contains(QStringLiteral("KEPUTUSANKEPALADINASSOSIALKOTAPALANGKARAYA")));
    QVERIFY(content.contains(QStringLiteral("LAMPIRAN")) == !expected.isEmpty());
    for (const QString& nik : std::as_const(expected))
        QVERIFY2(content.contains(nik), qPrintable(nik));
}

void TestLoketctlDocument::wrongInput()
{
    const QString number = m_cases.first().toObject().value(QStringLiteral("number")).toString();
    const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
    const Result unknownType
        = run({ QStringLiteral("document"), QStringLiteral("render"), QStringLiteral("--case"),
                number, QStringLiteral("--type"), QStringLiteral("passport"),
                QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), db() });
    QCOMPARE(unknownType.status, 1);
    QVERIFY(unknownType.err.contains("passport"));
    const Result unknownCase = run({ QStringLiteral("document"), QStringLiteral("render"),
                                     QStringLiteral("--case"), QStringLiteral("NOPE"),
                                     QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), db() });
    QCOMPARE(unknownCase.status, 1);
    QCOMPARE(
        run({ QStringLiteral("document"), QStringLiteral("render"), QStringLiteral("--db"), db() })
            .status,
        2);
    QCOMPARE(
        run({ QStringLiteral("document"), QStringLiteral("collective"), QStringLiteral("--service"),
              QStringLiteral("PKY-01"), QStringLiteral("--month"), QStringLiteral("2024-13"),
              QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), db() })
            .status,
        2);
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestLoketctlDocument)
#include "tst_loketctldocument.moc"
