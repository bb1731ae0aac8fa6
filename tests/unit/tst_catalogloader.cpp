// Validation of office catalogs: a broken catalog is refused whole, and every error names the
// JSON path of the offending value ("services[4].requirements[2].condition: ...").
//
// The messages are compared in English: CTest runs this with LOKET_LANG=en and the test never
// installs a translator, so tr() returns the English source strings.
#include "CatalogLoader.h"
#include "CatalogMutations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace loket;
using namespace loket::testing;

class TestCatalogLoader : public QObject
{
    Q_OBJECT
private slots:
    void baseCatalogIsValid();
    void builtInCatalogsAreValid_data();
    void builtInCatalogsAreValid();
    void invalidText_data();
    void invalidText();
    void severalErrorsAreAllReported();
    void unknownBuiltInOffice();
    void fromFile();
    void unreadableFile();
};

void TestCatalogLoader::baseCatalogIsValid()
{
    // Every mutation below starts from this tree; it must be valid as it is, or the broken-catalog
    // rows would pass for the wrong reason.
    const QByteArray bytes = seruyanBytes();
    QVERIFY(!bytes.isEmpty());
    const CatalogLoadResult direct = CatalogLoader::fromJson(bytes, QStringLiteral("seruyan.json"));
    QVERIFY2(direct.errors.isEmpty(), qPrintable(describe(direct.errors)));
    QVERIFY(direct.catalog);
    QCOMPARE(direct.catalog->source, QStringLiteral("seruyan.json"));
    QCOMPARE(direct.catalog->services.size(), 6);

    const CatalogLoadResult reserialised = load(seruyanRoot());
    QVERIFY2(reserialised.errors.isEmpty(), qPrintable(describe(reserialised.errors)));
    QVERIFY(reserialised.catalog);
    QCOMPARE(reserialised.catalog->source, QStringLiteral("test.json"));
}

void TestCatalogLoader::builtInCatalogsAreValid_data()
{
    QTest::addColumn<QString>("officeId");
    for (const QString& id : CatalogLoader::builtInOfficeIds())
        QTest::addRow("%s", qPrintable(id)) << id;
}

void TestCatalogLoader::builtInCatalogsAreValid()
{
    QFETCH(QString, officeId);
    const CatalogLoadResult result = CatalogLoader::builtIn(officeId);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result.errors)));
    QVERIFY(result.catalog);
    QCOMPARE(result.catalog->office.id, officeId);
    QCOMPARE(result.catalog->source, QStringLiteral(":/catalog/%1.json").arg(officeId));
}

void TestCatalogLoader::invalidText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("lone brace") << QByteArray("{") << QStringLiteral("line 1, column ")
                                << QStringLiteral("not valid JSON");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral("line 1, column ")
                                << QStringLiteral("not valid JSON");
    QTest::addRow("error on line 3")
        << QByteArray("{\n  \"office\": {},\n  \"services\": [,]\n}")
        << QStringLiteral("line 3, column ") << QStringLiteral("not valid JSON");
    QTest::addRow("truncated catalog")
        << seruyanBytes().left(2000) << QStringLiteral("line ") << QStringLiteral("not valid JSON");
    QTest::addRow("array instead of object")
        << QByteArray("[1, 2, 3]") << QStringLiteral("the file must hold one JSON object")
        << QString();
}

void TestCatalogLoader::invalidText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, prefix);
    QFETCH(QString, fragment);

    const CatalogLoadResult result = CatalogLoader::fromJson(text, QStringLiteral("broken.json"));
    QVERIFY(!result.catalog);
    QCOMPARE(result.errors.size(), 1); // nothing past a syntax error is worth reporting
    QVERIFY2(result.errors.constFirst().startsWith(prefix), qPrintable(describe(result.errors)));
    QVERIFY2(result.errors.constFirst().contains(fragment), qPrintable(describe(result.errors)));
}

void TestCatalogLoader::severalErrorsAreAllReported()
{
    QJsonObject root = seruyanRoot();
    editRequirement(root, 4, 2, setValue(QStringLiteral("condition"), QStringLiteral("sometimes")));
    editService(root, 0, removeKey(QStringLiteral("name")));
    editObject(root, QStringLiteral("office"),
               setValue(QStringLiteral("colour"), QStringLiteral("blue")));
    editObject(root, QStringLiteral("office"),
               setValue(QStringLiteral("timeZone"), QStringLiteral("CET")));
    editService(root, 3, setValue(QStringLiteral("code"), QStringLiteral("SRY-01")));
    editService(root, 5, setValue(QStringLiteral("requirements"), QJsonArray()));

    const CatalogLoadResult result = load(root);
    QVERIFY(!result.catalog);
    QCOMPARE(result.errors.size(), 6);

    // Exact messages, in English: these are what an office sees when its own catalog.json is
    // refused.
    const QStringList expected = {
        QStringLiteral("office.colour: unknown key (allowed: id, name, governmentLine, unitLine, "
                       "address, city, postalCode, phone, emails, website, regionCode, timeZone, "
                       "officeHours, head, decree, motto, maklumat, complaintChannels, "
                       "complaintOfficers, notes)"),
        QStringLiteral("office.timeZone: unknown value \"CET\" (allowed: WIB, WITA, WIT)"),
        QStringLiteral("services[0].name: missing"),
        QStringLiteral("services[4].requirements[2].condition: unknown value \"sometimes\" "
                       "(allowed: always, renewal, new, if-present, case-specific, alternative)"),
        QStringLiteral("services[5].requirements: must not be empty"),
        QStringLiteral("services[3].code: \"SRY-01\" is used by another service"),
    };
    for (const QString& message : expected)
        QVERIFY2(
            result.errors.contains(message),
            qPrintable(QStringLiteral("missing \"%1\"; %2").arg(message, describe(result.errors))));
}

void TestCatalogLoader::unknownBuiltInOffice()
{
    const CatalogLoadResult result = CatalogLoader::builtIn(QStringLiteral("nowhere"));
    QVERIFY(!result.catalog);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(
        result.errors.constFirst(),
        QStringLiteral("unknown office \"nowhere\" (built in: palangka-raya, seruyan, kotabaru)"));
}

void TestCatalogLoader::fromFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());

    // An office's own revised catalog.json beside its database.
    const QString validPath = directory.filePath(QStringLiteral("catalog.json"));
    {
        QFile file(validPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(seruyanBytes()) > 0);
    }
    const CatalogLoadResult valid = CatalogLoader::fromFile(validPath);
    QVERIFY2(valid.errors.isEmpty(), qPrintable(describe(valid.errors)));
    QVERIFY(valid.catalog);
    QCOMPARE(valid.catalog->source, validPath);
    QCOMPARE(valid.catalog->office.id, QStringLiteral("seruyan"));

    const QString brokenPath = directory.filePath(QStringLiteral("broken.json"));
    {
        QJsonObject root = seruyanRoot();
        editRequirement(root, 4, 2,
                        setValue(QStringLiteral("condition"), QStringLiteral("sometimes")));
        QFile file(brokenPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QJsonDocument(root).toJson()) > 0);
    }
    const CatalogLoadResult broken = CatalogLoader::fromFile(brokenPath);
    QVERIFY(!broken.catalog);
    QCOMPARE(broken.errors.size(), 1);
    QVERIFY(broken.errors.constFirst().startsWith(
        QStringLiteral("services[4].requirements[2].condition: ")));
}

void TestCatalogLoader::unreadableFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("absent.json"));
    const CatalogLoadResult result = CatalogLoader::fromFile(path);
    QVERIFY(!result.catalog);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.constFirst().startsWith(path + QStringLiteral(": cannot be read")),
             qPrintable(describe(result.errors)));
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
