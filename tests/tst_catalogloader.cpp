// Validation of office catalogs: a broken catalog is refused whole, and every error names the
// JSON path of the offending value ("services[4].requirements[2].condition: ...").
//
// The messages are compared in English: CTest runs this with LOKET_LANG=en and the test never
// installs a translator, so tr() returns the English source strings.
#include "CatalogLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace loket;

// A change made to a valid catalog's JSON tree.
using Mutation = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// The built-in Seruyan catalog: small (6 services) and valid, the base every mutation starts from.
QByteArray seruyanBytes()
{
    QFile file(QStringLiteral(":/catalog/seruyan.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject seruyanRoot()
{
    return QJsonDocument::fromJson(seruyanBytes()).object();
}

CatalogLoadResult load(const QJsonObject& root)
{
    return CatalogLoader::fromJson(QJsonDocument(root).toJson(), QStringLiteral("test.json"));
}

// QJsonObject and QJsonArray are values: editing a nested member means taking it out, changing
// it and putting it back. These helpers do that for one level; they nest for deeper paths.
void editObject(QJsonObject& parent, const QString& key, const Mutation& edit)
{
    QJsonObject child = parent.value(key).toObject();
    edit(child);
    parent.insert(key, child);
}

void editItem(QJsonObject& parent, const QString& key, qsizetype index, const Mutation& edit)
{
    QJsonArray items = parent.value(key).toArray();
    QJsonObject item = items.at(index).toObject();
    edit(item);
    items.replace(index, item);
    parent.insert(key, items);
}

void editService(QJsonObject& root, qsizetype index, const Mutation& edit)
{
    editItem(root, QStringLiteral("services"), index, edit);
}

void editRequirement(QJsonObject& root, qsizetype service, qsizetype requirement,
                     const Mutation& edit)
{
    editService(root, service, [&](QJsonObject& json) {
        editItem(json, QStringLiteral("requirements"), requirement, edit);
    });
}

Mutation setValue(const QString& key, const QJsonValue& value)
{
    return [key, value](QJsonObject& json) { json.insert(key, value); };
}

Mutation removeKey(const QString& key)
{
    return [key](QJsonObject& json) { json.remove(key); };
}

// The first error that starts with `prefix` and contains `fragment`, or an empty string.
QString findError(const QStringList& errors, const QString& prefix, const QString& fragment)
{
    for (const QString& error : errors) {
        if (error.startsWith(prefix) && error.contains(fragment))
            return error;
    }
    return {};
}

QString describe(const QStringList& errors)
{
    return errors.isEmpty() ? QStringLiteral("(no errors)")
                            : QStringLiteral("errors:\n  ") + errors.join(QStringLiteral("\n  "));
}

} // namespace

class TestCatalogLoader : public QObject
{
    Q_OBJECT
private slots:
    void baseCatalogIsValid();
    void builtInCatalogsAreValid_data();
    void builtInCatalogsAreValid();
    void brokenCatalog_data();
    void brokenCatalog();
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

void TestCatalogLoader::brokenCatalog_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("prefix");   // the error's path, with ": "
    QTest::addColumn<QString>("fragment"); // a part of the English message

    QTest::addRow("unknown requirement condition")
        << Mutation([](QJsonObject& root) {
               editRequirement(root, 4, 2, setValue(QStringLiteral("condition"),
                                                    QStringLiteral("sometimes")));
           })
        << QStringLiteral("services[4].requirements[2].condition: ")
        << QStringLiteral("unknown value \"sometimes\"");
    QTest::addRow("service name missing")
        << Mutation([](QJsonObject& root) { editService(root, 0, removeKey(QStringLiteral("name"))); })
        << QStringLiteral("services[0].name: ") << QStringLiteral("missing");
    QTest::addRow("service name blank")
        << Mutation([](QJsonObject& root) {
               editService(root, 0, setValue(QStringLiteral("name"), QStringLiteral("   ")));
           })
        << QStringLiteral("services[0].name: ") << QStringLiteral("must not be empty");
    QTest::addRow("service name not text")
        << Mutation([](QJsonObject& root) {
               editService(root, 0, setValue(QStringLiteral("name"), 42));
           })
        << QStringLiteral("services[0].name: ") << QStringLiteral("must be text");
    QTest::addRow("step order is a string")
        << Mutation([](QJsonObject& root) {
               editService(root, 1, [](QJsonObject& service) {
                   editItem(service, QStringLiteral("steps"), 0,
                            setValue(QStringLiteral("order"), QStringLiteral("1")));
               });
           })
        << QStringLiteral("services[1].steps[0].order: ")
        << QStringLiteral("must be a whole number");
    QTest::addRow("step order is a fraction")
        << Mutation([](QJsonObject& root) {
               editService(root, 1, [](QJsonObject& service) {
                   editItem(service, QStringLiteral("steps"), 0, setValue(QStringLiteral("order"), 1.5));
               });
           })
        << QStringLiteral("services[1].steps[0].order: ")
        << QStringLiteral("must be a whole number");
    QTest::addRow("steps out of order")
        << Mutation([](QJsonObject& root) {
               editService(root, 1, [](QJsonObject& service) {
                   editItem(service, QStringLiteral("steps"), 2, setValue(QStringLiteral("order"), 7));
               });
           })
        << QStringLiteral("services[1].steps[2].order: ") << QStringLiteral("expected 3");
    QTest::addRow("unknown step role")
        << Mutation([](QJsonObject& root) {
               editService(root, 1, [](QJsonObject& service) {
                   editItem(service, QStringLiteral("steps"), 1,
                            setValue(QStringLiteral("role"), QStringLiteral("janitor")));
               });
           })
        << QStringLiteral("services[1].steps[1].role: ") << QStringLiteral("\"janitor\"");
    QTest::addRow("unknown key in office")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"),
                          setValue(QStringLiteral("colour"), QStringLiteral("blue")));
           })
        << QStringLiteral("office.colour: ") << QStringLiteral("unknown key");
    QTest::addRow("unknown key at top level")
        << Mutation(setValue(QStringLiteral("version"), 1)) << QStringLiteral("version: ")
        << QStringLiteral("unknown key");
    QTest::addRow("unknown key in requirement")
        << Mutation([](QJsonObject& root) {
               editRequirement(root, 0, 0, setValue(QStringLiteral("optional"), true));
           })
        << QStringLiteral("services[0].requirements[0].optional: ")
        << QStringLiteral("unknown key");
    QTest::addRow("unknown service-time kind")
        << Mutation([](QJsonObject& root) {
               editService(root, 2, [](QJsonObject& service) {
                   editObject(service, QStringLiteral("serviceTime"),
                              setValue(QStringLiteral("kind"), QStringLiteral("weekly")));
               });
           })
        << QStringLiteral("services[2].serviceTime.kind: ")
        << QStringLiteral("unknown value \"weekly\"");
    QTest::addRow("unknown duration unit")
        << Mutation([](QJsonObject& root) {
               // SRY-03 is "fixed": its serviceTime has a duration.
               editService(root, 2, [](QJsonObject& service) {
                   editObject(service, QStringLiteral("serviceTime"), [](QJsonObject& time) {
                       editObject(time, QStringLiteral("duration"),
                                  setValue(QStringLiteral("unit"), QStringLiteral("fortnights")));
                   });
               });
           })
        << QStringLiteral("services[2].serviceTime.duration.unit: ")
        << QStringLiteral("unknown value \"fortnights\"");
    QTest::addRow("zero duration")
        << Mutation([](QJsonObject& root) {
               editService(root, 2, [](QJsonObject& service) {
                   editObject(service, QStringLiteral("serviceTime"), [](QJsonObject& time) {
                       editObject(time, QStringLiteral("duration"),
                                  setValue(QStringLiteral("value"), 0));
                   });
               });
           })
        << QStringLiteral("services[2].serviceTime.duration.value: ")
        << QStringLiteral("must be at least 1");
    QTest::addRow("range without maximum")
        << Mutation([](QJsonObject& root) {
               // SRY-01 is a "range": 3 hours to 2 working days.
               editService(root, 0, [](QJsonObject& service) {
                   editObject(service, QStringLiteral("serviceTime"), removeKey(QStringLiteral("max")));
               });
           })
        << QStringLiteral("services[0].serviceTime.max: ") << QStringLiteral("missing");
    QTest::addRow("duplicate service code")
        << Mutation([](QJsonObject& root) {
               editService(root, 3, setValue(QStringLiteral("code"), QStringLiteral("SRY-01")));
           })
        << QStringLiteral("services[3].code: ")
        << QStringLiteral("\"SRY-01\" is used by another service");
    QTest::addRow("empty requirements")
        << Mutation([](QJsonObject& root) {
               editService(root, 5, setValue(QStringLiteral("requirements"), QJsonArray()));
           })
        << QStringLiteral("services[5].requirements: ") << QStringLiteral("must not be empty");
    QTest::addRow("steps missing")
        << Mutation([](QJsonObject& root) { editService(root, 5, removeKey(QStringLiteral("steps"))); })
        << QStringLiteral("services[5].steps: ") << QStringLiteral("missing");
    QTest::addRow("alternative with one option")
        << Mutation([](QJsonObject& root) {
               // SRY-01 item 3: "Akta Pendirian yayasan / Sk Organisasi".
               editRequirement(root, 0, 2,
                               setValue(QStringLiteral("alternatives"),
                                        QJsonArray{QStringLiteral("Akta Pendirian yayasan")}));
           })
        << QStringLiteral("services[0].requirements[2].alternatives: ")
        << QStringLiteral("at least two options");
    QTest::addRow("alternative without options")
        << Mutation([](QJsonObject& root) {
               editRequirement(root, 1, 0,
                               setValue(QStringLiteral("condition"), QStringLiteral("alternative")));
           })
        << QStringLiteral("services[1].requirements[0].alternatives: ")
        << QStringLiteral("at least two options");
    QTest::addRow("blank alternative")
        << Mutation([](QJsonObject& root) {
               editRequirement(root, 0, 2,
                               setValue(QStringLiteral("alternatives"),
                                        QJsonArray{QStringLiteral("Akta Pendirian yayasan"),
                                                   QStringLiteral(" ")}));
           })
        << QStringLiteral("services[0].requirements[2].alternatives[1]: ")
        << QStringLiteral("must be a non-empty text");
    QTest::addRow("age rule min above max")
        << Mutation([](QJsonObject& root) {
               editRequirement(root, 1, 0,
                               setValue(QStringLiteral("rule"),
                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("age")},
                                                    {QStringLiteral("min"), 55},
                                                    {QStringLiteral("max"), 30}}));
           })
        << QStringLiteral("services[1].requirements[0].rule.max: ")
        << QStringLiteral("must not be less than \"min\"");
    QTest::addRow("age rule without bounds")
        << Mutation([](QJsonObject& root) {
               editRequirement(
                   root, 1, 0,
                   setValue(QStringLiteral("rule"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("age")}}));
           })
        << QStringLiteral("services[1].requirements[0].rule: ")
        << QStringLiteral("give \"min\", \"max\" or both");
    QTest::addRow("domicile rule without region")
        << Mutation([](QJsonObject& root) {
               editRequirement(
                   root, 1, 0,
                   setValue(QStringLiteral("rule"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("domicile")}}));
           })
        << QStringLiteral("services[1].requirements[0].rule.regionCode: ")
        << QStringLiteral("missing");
    QTest::addRow("unknown rule type")
        << Mutation([](QJsonObject& root) {
               editRequirement(root, 1, 0,
                               setValue(QStringLiteral("rule"),
                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("height")},
                                                    {QStringLiteral("min"), 150}}));
           })
        << QStringLiteral("services[1].requirements[0].rule.type: ")
        << QStringLiteral("unknown value \"height\"");
    QTest::addRow("zero copies")
        << Mutation([](QJsonObject& root) {
               editRequirement(root, 0, 0, setValue(QStringLiteral("copies"), 0));
           })
        << QStringLiteral("services[0].requirements[0].copies: ")
        << QStringLiteral("must be at least 1");
    QTest::addRow("unknown requirement kind")
        << Mutation([](QJsonObject& root) {
               editRequirement(root, 0, 0,
                               setValue(QStringLiteral("kind"), QStringLiteral("photocopy")));
           })
        << QStringLiteral("services[0].requirements[0].kind: ")
        << QStringLiteral("unknown value \"photocopy\"");
    QTest::addRow("negative fee")
        << Mutation([](QJsonObject& root) {
               editService(root, 3, [](QJsonObject& service) {
                   editObject(service, QStringLiteral("fee"), setValue(QStringLiteral("amount"), -1));
               });
           })
        << QStringLiteral("services[3].fee.amount: ") << QStringLiteral("must be at least 0");
    QTest::addRow("unknown product document")
        << Mutation([](QJsonObject& root) {
               editService(root, 3, [](QJsonObject& service) {
                   editObject(service, QStringLiteral("product"),
                              setValue(QStringLiteral("document"), QStringLiteral("flyer")));
               });
           })
        << QStringLiteral("services[3].product.document: ")
        << QStringLiteral("unknown value \"flyer\"");
    QTest::addRow("service number zero")
        << Mutation([](QJsonObject& root) {
               editService(root, 3, setValue(QStringLiteral("number"), 0));
           })
        << QStringLiteral("services[3].number: ") << QStringLiteral("must be at least 1");
    QTest::addRow("blank keyword")
        << Mutation([](QJsonObject& root) {
               editService(root, 0, setValue(QStringLiteral("keywords"),
                                             QJsonArray{QStringLiteral("PUB"), QString()}));
           })
        << QStringLiteral("services[0].keywords[1]: ") << QStringLiteral("must be a non-empty text");
    QTest::addRow("unknown component")
        << Mutation([](QJsonObject& root) {
               editService(root, 0, [](QJsonObject& service) {
                   editObject(service, QStringLiteral("components"),
                              setValue(QStringLiteral("parking"), QStringLiteral("ada")));
               });
           })
        << QStringLiteral("services[0].components.parking: ") << QStringLiteral("unknown key");
    QTest::addRow("time zone CET")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"),
                          setValue(QStringLiteral("timeZone"), QStringLiteral("CET")));
           })
        << QStringLiteral("office.timeZone: ") << QStringLiteral("unknown value \"CET\"");
    QTest::addRow("region code without dot")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"),
                          setValue(QStringLiteral("regionCode"), QStringLiteral("6207")));
           })
        << QStringLiteral("office.regionCode: ")
        << QStringLiteral("\"6207\" is not a regency code");
    QTest::addRow("office id with capitals")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"),
                          setValue(QStringLiteral("id"), QStringLiteral("Seruyan")));
           })
        << QStringLiteral("office.id: ") << QStringLiteral("lowercase");
    QTest::addRow("office closes before it opens")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                   editObject(office, QStringLiteral("officeHours"),
                              setValue(QStringLiteral("close"), QStringLiteral("07:30")));
               });
           })
        << QStringLiteral("office.officeHours.close: ")
        << QStringLiteral("must be later than the opening time");
    QTest::addRow("office hours not a time")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                   editObject(office, QStringLiteral("officeHours"),
                              setValue(QStringLiteral("open"), QStringLiteral("8 pagi")));
               });
           })
        << QStringLiteral("office.officeHours.open: ") << QStringLiteral("\"8 pagi\" is not a time");
    QTest::addRow("decree date invalid")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                   editObject(office, QStringLiteral("decree"),
                              setValue(QStringLiteral("date"), QStringLiteral("2024-13-02")));
               });
           })
        << QStringLiteral("office.decree.date: ") << QStringLiteral("\"2024-13-02\" is not a date");
    QTest::addRow("head without NIP")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                   editObject(office, QStringLiteral("head"), removeKey(QStringLiteral("nip")));
               });
           })
        << QStringLiteral("office.head.nip: ") << QStringLiteral("missing");
    QTest::addRow("no complaint channels")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"),
                          setValue(QStringLiteral("complaintChannels"), QJsonArray()));
           })
        << QStringLiteral("office.complaintChannels: ") << QStringLiteral("must not be empty");
    QTest::addRow("unknown complaint channel kind")
        << Mutation([](QJsonObject& root) {
               editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                   editItem(office, QStringLiteral("complaintChannels"), 1,
                            setValue(QStringLiteral("kind"), QStringLiteral("pigeon")));
               });
           })
        << QStringLiteral("office.complaintChannels[1].kind: ")
        << QStringLiteral("unknown value \"pigeon\"");
    QTest::addRow("office missing")
        << Mutation(removeKey(QStringLiteral("office"))) << QStringLiteral("office: ")
        << QStringLiteral("missing");
    QTest::addRow("services not a list")
        << Mutation(setValue(QStringLiteral("services"), QJsonObject()))
        << QStringLiteral("services: ") << QStringLiteral("must be a list");
    QTest::addRow("format version 2")
        << Mutation(setValue(QStringLiteral("formatVersion"), 2))
        << QStringLiteral("formatVersion: ") << QStringLiteral("reads format 1 only");
}

void TestCatalogLoader::brokenCatalog()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, prefix);
    QFETCH(QString, fragment);

    QJsonObject root = seruyanRoot();
    QVERIFY(!root.isEmpty());
    mutation(root);
    const CatalogLoadResult result = load(root);

    QVERIFY2(!result.catalog, "a catalog with errors must not be returned");
    QVERIFY(!result.errors.isEmpty());
    QVERIFY2(!findError(result.errors, prefix, fragment).isEmpty(),
             qPrintable(QStringLiteral("no error starting with \"%1\" and containing \"%2\"; %3")
                            .arg(prefix, fragment, describe(result.errors))));
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
    QTest::addRow("error on line 3") << QByteArray("{\n  \"office\": {},\n  \"services\": [,]\n}")
                                     << QStringLiteral("line 3, column ")
                                     << QStringLiteral("not valid JSON");
    QTest::addRow("truncated catalog") << seruyanBytes().left(2000) << QStringLiteral("line ")
                                       << QStringLiteral("not valid JSON");
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
        QVERIFY2(result.errors.contains(message),
                 qPrintable(QStringLiteral("missing \"%1\"; %2").arg(message, describe(result.errors))));
}

void TestCatalogLoader::unknownBuiltInOffice()
{
    const CatalogLoadResult result = CatalogLoader::builtIn(QStringLiteral("nowhere"));
    QVERIFY(!result.catalog);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst(),
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
