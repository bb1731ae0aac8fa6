// The office's own letter templates and services.json, the mapping's error reports, and the seam
// through which an issued document's frozen HTML is printed instead of a new draft.
#include "LetterSource.h"
#include "LetterTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace loket;
using namespace loket::testing;

class TestLetterMapping : public QObject
{
    Q_OBJECT
private slots:
    void officeOverrides();
    void badMappingIsReported();
    void frozenHtmlWins();
};

void TestLetterMapping::officeOverrides()
{
    QTemporaryDir own;
    QVERIFY(QDir(own.path()).mkpath(QStringLiteral("letters")));
    QFile letter(own.filePath(QStringLiteral("letters/permit.html")));
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.write("<html><body>IZIN KANTOR SENDIRI {{title}} {{name}}</body></html>");
    letter.close();
    const LetterRenderer renderer(own.path());
    const QString html = renderer.html(letterFor(QStringLiteral("KTB-01")));
    QVERIFY(html.contains(QStringLiteral("IZIN KANTOR SENDIRI SURAT IZIN ZIARAH")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    // Other templates stay built in.
    QVERIFY(renderer.html(letterFor(QStringLiteral("KTB-04"))).contains(QStringLiteral("PARAF")));
}

void TestLetterMapping::badMappingIsReported()
{
    QStringList errors;
    QVERIFY(!LetterSpecs::fromJson(
        R"({"services": {"X-01": {"product": "permit",
            "permit": {"template": "permit", "titel": "A", "opening": [{"text": "b", "when": "x"}]}}}})",
        &errors));
    QVERIFY2(errors.contains(QStringLiteral("services.X-01.permit.titel: unknown key")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(errors.contains(
        QStringLiteral("services.X-01.permit.opening[0].when: unknown value \"x\"")));

    QTemporaryDir own;
    QVERIFY(QDir(own.path()).mkpath(QStringLiteral("letters")));
    QFile file(own.filePath(QStringLiteral("letters/services.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    errors.clear();
    const LetterSpecs specs = LetterSpecs::load(own.path(), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().startsWith(file.fileName()));
    QCOMPARE(specs.productType(QStringLiteral("KTB-01")), QStringLiteral("permit"));
}

void TestLetterMapping::frozenHtmlWins()
{
    const Case record = caseFor(QStringLiteral("SRY-02"));
    const Catalog& catalog = builtIn(QStringLiteral("seruyan"));
    const LetterRenderer renderer;
    QString error;
    const auto draft = LetterSource(catalog, LetterSpecs::builtIn())
                           .letter(record, QString(), QDate(2024, 1, 4), renderer, &error);
    QVERIFY(draft);
    QVERIFY(!draft->issued);
    QCOMPARE(draft->type, QStringLiteral("recommendation"));
    QVERIFY(draft->html.contains(QStringLiteral("REKOMENDASI IZIN OPERASIONAL")));

    const QString frozen = QStringLiteral("<html><body>TERBIT 2024</body></html>");
    const auto issued = LetterSource(catalog, LetterSpecs::builtIn(),
                                     [&frozen](const Case&, const QString& type,
                                               QString*) -> std::optional<QString> {
                                         if (type == QLatin1String("recommendation"))
                                             return frozen;
                                         return std::nullopt;
                                     })
                            .letter(record, QString(), QDate(2030, 1, 1), renderer, &error);
    QVERIFY(issued && issued->issued);
    QCOMPARE(issued->html, frozen);
    QVERIFY(!LetterSource(catalog, LetterSpecs::builtIn())
                 .letter(record, QStringLiteral("decree"), QDate(2024, 1, 4), renderer, &error));
    QVERIFY(error.contains(QStringLiteral("rejection")));
}

QTEST_MAIN(TestLetterMapping)
#include "tst_lettermapping.moc"
