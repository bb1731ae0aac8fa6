// A broken catalog is refused whole, and its error names the JSON path of the offending value
// ("services[4].requirements[2].condition: ..."). Messages are compared in English: CTest runs
// this with LOKET_LANG=en and no translator is installed.
#include "CatalogMutations.h"

#include <QTest>

using namespace loket;
using namespace loket::testing;

class TestCatalogValidation : public QObject
{
    Q_OBJECT
private slots:
    void missingDurationIsOneError();
    void brokenCatalog_data();
    void brokenCatalog();
};

namespace {

// One row of brokenCatalog: the change, the path the error must start with (with ": "), and a
// part of the English message.
void addBroken(const char* name, const char* prefix, const QString& fragment,
               const Mutation& mutation)
{
    QTest::newRow(name) << mutation << QString::fromLatin1(prefix) << fragment;
}

} // namespace

void TestCatalogValidation::missingDurationIsOneError()
{
    QJsonObject root = seruyanRoot();
    editService(root, 2, [](QJsonObject& service) { // SRY-03: a fixed time
        editObject(service, QStringLiteral("serviceTime"), removeKey(QStringLiteral("duration")));
    });
    const CatalogLoadResult result = load(root);
    QVERIFY(!result.catalog);
    QCOMPARE(result.errors,
             QStringList { QStringLiteral("services[2].serviceTime.duration: missing") });
}

void TestCatalogValidation::brokenCatalog_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("fragment");

    // Services of the Seruyan file: [0] SRY-01 (range time, an "alternative" at requirements[2]),
    // [1] SRY-02, [2] SRY-03 (fixed time), [3] SRY-04, [4] SRY-05 (4 requirements), [5] SRY-06.
    addBroken(
        "unknown requirement condition",
        "services[4].requirements[2].condition: ", QStringLiteral("unknown value \"sometimes\""),
        [](QJsonObject& root) {
            editRequirement(root, 4, 2,
                            setValue(QStringLiteral("condition"), QStringLiteral("sometimes")));
        });
    // SRY-01's range is 3 hours to 2 working days; same-unit bounds must not be reversed.
    addBroken("range minimum above maximum",
              "services[0].serviceTime.max: ", QStringLiteral("must not be less than \"min\""),
              [](QJsonObject& root) {
                  editService(root, 0, [](QJsonObject& service) {
                      editObject(service, QStringLiteral("serviceTime"), [](QJsonObject& time) {
                          time.insert(
                              QStringLiteral("min"),
                              QJsonObject { { QStringLiteral("value"), 5 },
                                            { QStringLiteral("unit"), QStringLiteral("months") } });
                          time.insert(
                              QStringLiteral("max"),
                              QJsonObject { { QStringLiteral("value"), 3 },
                                            { QStringLiteral("unit"), QStringLiteral("months") } });
                      });
                  });
              });
    addBroken("service name missing", "services[0].name: ", QStringLiteral("missing"),
              [](QJsonObject& root) { editService(root, 0, removeKey(QStringLiteral("name"))); });
    addBroken("service name blank", "services[0].name: ", QStringLiteral("must not be empty"),
              [](QJsonObject& root) {
                  editService(root, 0, setValue(QStringLiteral("name"), QStringLiteral("   ")));
              });
    addBroken(
        "service name not text", "services[0].name: ", QStringLiteral("must be text"),
        [](QJsonObject& root) { editService(root, 0, setValue(QStringLiteral("name"), 42)); });
    addBroken("step order is a string",
              "services[1].steps[0].order: ", QStringLiteral("must be a whole number"),
              [](QJsonObject& root) {
                  editService(root, 1, [](QJsonObject& service) {
                      editItem(service, QStringLiteral("steps"), 0,
                               setValue(QStringLiteral("order"), QStringLiteral("1")));
                  });
              });
    addBroken("step order is a fraction",
              "services[1].steps[0].order: ", QStringLiteral("must be a whole number"),
              [](QJsonObject& root) {
                  editService(root, 1, [](QJsonObject& service) {
                      editItem(service, QStringLiteral("steps"), 0,
                               setValue(QStringLiteral("order"), 1.5));
                  });
              });
    addBroken("steps out of order", "services[1].steps[2].order: ", QStringLiteral("expected 3"),
              [](QJsonObject& root) {
                  editService(root, 1, [](QJsonObject& service) {
                      editItem(service, QStringLiteral("steps"), 2,
                               setValue(QStringLiteral("order"), 7));
                  });
              });
    addBroken("unknown step role", "services[1].steps[1].role: ", QStringLiteral("\"janitor\""),
              [](QJsonObject& root) {
                  editService(root, 1, [](QJsonObject& service) {
                      editItem(service, QStringLiteral("steps"), 1,
                               setValue(QStringLiteral("role"), QStringLiteral("janitor")));
                  });
              });
    addBroken("unknown key in office", "office.colour: ", QStringLiteral("unknown key"),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"),
                             setValue(QStringLiteral("colour"), QStringLiteral("blue")));
              });
    addBroken("unknown key at top level", "version: ", QStringLiteral("unknown key"),
              setValue(QStringLiteral("version"), 1));
    addBroken("unknown key in requirement",
              "services[0].requirements[0].optional: ", QStringLiteral("unknown key"),
              [](QJsonObject& root) {
                  editRequirement(root, 0, 0, setValue(QStringLiteral("optional"), true));
              });
    addBroken("unknown service-time kind",
              "services[2].serviceTime.kind: ", QStringLiteral("unknown value \"weekly\""),
              [](QJsonObject& root) {
                  editService(root, 2, [](QJsonObject& service) {
                      editObject(service, QStringLiteral("serviceTime"),
                                 setValue(QStringLiteral("kind"), QStringLiteral("weekly")));
                  });
              });
    addBroken(
        "unknown duration unit",
        "services[2].serviceTime.duration.unit: ", QStringLiteral("unknown value \"fortnights\""),
        [](QJsonObject& root) {
            editService(root, 2, [](QJsonObject& service) {
                editObject(service, QStringLiteral("serviceTime"), [](QJsonObject& time) {
                    editObject(time, QStringLiteral("duration"),
                               setValue(QStringLiteral("unit"), QStringLiteral("fortnights")));
                });
            });
        });
    addBroken("zero duration",
              "services[2].serviceTime.duration.value: ", QStringLiteral("must be at least 1"),
              [](QJsonObject& root) {
                  editService(root, 2, [](QJsonObject& service) {
                      editObject(service, QStringLiteral("serviceTime"), [](QJsonObject& time) {
                          editObject(time, QStringLiteral("duration"),
                                     setValue(QStringLiteral("value"), 0));
                      });
                  });
              });
    addBroken("range without maximum", "services[0].serviceTime.max: ", QStringLiteral("missing"),
              [](QJsonObject& root) {
                  editService(root, 0, [](QJsonObject& service) {
                      editObject(service, QStringLiteral("serviceTime"),
                                 removeKey(QStringLiteral("max")));
                  });
              });
    addBroken("duplicate service code",
              "services[3].code: ", QStringLiteral("\"SRY-01\" is used by another service"),
              [](QJsonObject& root) {
                  editService(root, 3, setValue(QStringLiteral("code"), QStringLiteral("SRY-01")));
              });
    addBroken("empty requirements",
              "services[5].requirements: ", QStringLiteral("must not be empty"),
              [](QJsonObject& root) {
                  editService(root, 5, setValue(QStringLiteral("requirements"), QJsonArray()));
              });
    addBroken("steps missing", "services[5].steps: ", QStringLiteral("missing"),
              [](QJsonObject& root) { editService(root, 5, removeKey(QStringLiteral("steps"))); });
    // SRY-01 item 3: "Foto copy Akta Pendirian yayasan / Sk Organisasi".
    addBroken("alternative with one option",
              "services[0].requirements[2].alternatives: ", QStringLiteral("at least two options"),
              [](QJsonObject& root) {
                  editRequirement(
                      root, 0, 2,
                      setValue(QStringLiteral("alternatives"),
                               QJsonArray { QStringLiteral("Akta Pendirian yayasan") }));
              });
    addBroken("alternative without options",
              "services[1].requirements[0].alternatives: ", QStringLiteral("at least two options"),
              [](QJsonObject& root) {
                  editRequirement(
                      root, 1, 0,
                      setValue(QStringLiteral("condition"), QStringLiteral("alternative")));
              });
    addBroken("blank alternative", "services[0].requirements[2].alternatives[1]: ",
              QStringLiteral("must be a non-empty text"), [](QJsonObject& root) {
                  editRequirement(root, 0, 2,
                                  setValue(QStringLiteral("alternatives"),
                                           QJsonArray { QStringLiteral("Akta Pendirian yayasan"),
                                                        QStringLiteral(" ") }));
              });
    addBroken("age rule min above max", "services[1].requirements[0].rule.max: ",
              QStringLiteral("must not be less than \"min\""), [](QJsonObject& root) {
                  editRequirement(
                      root, 1, 0,
                      setValue(QStringLiteral("rule"),
                               QJsonObject { { QStringLiteral("type"), QStringLiteral("age") },
                                             { QStringLiteral("min"), 55 },
                                             { QStringLiteral("max"), 30 } }));
              });
    addBroken("age rule without bounds",
              "services[1].requirements[0].rule: ", QStringLiteral("give \"min\", \"max\" or both"),
              [](QJsonObject& root) {
                  editRequirement(
                      root, 1, 0,
                      setValue(QStringLiteral("rule"),
                               QJsonObject { { QStringLiteral("type"), QStringLiteral("age") } }));
              });
    addBroken("domicile rule without region",
              "services[1].requirements[0].rule.regionCode: ", QStringLiteral("missing"),
              [](QJsonObject& root) {
                  editRequirement(root, 1, 0,
                                  setValue(QStringLiteral("rule"),
                                           QJsonObject { { QStringLiteral("type"),
                                                           QStringLiteral("domicile") } }));
              });
    addBroken("unknown rule type",
              "services[1].requirements[0].rule.type: ", QStringLiteral("unknown value \"height\""),
              [](QJsonObject& root) {
                  editRequirement(
                      root, 1, 0,
                      setValue(QStringLiteral("rule"),
                               QJsonObject { { QStringLiteral("type"), QStringLiteral("height") },
                                             { QStringLiteral("min"), 150 } }));
              });
    addBroken("zero copies",
              "services[0].requirements[0].copies: ", QStringLiteral("must be at least 1"),
              [](QJsonObject& root) {
                  editRequirement(root, 0, 0, setValue(QStringLiteral("copies"), 0));
              });
    addBroken("unknown requirement kind",
              "services[0].requirements[0].kind: ", QStringLiteral("unknown value \"photocopy\""),
              [](QJsonObject& root) {
                  editRequirement(root, 0, 0,
                                  setValue(QStringLiteral("kind"), QStringLiteral("photocopy")));
              });
    addBroken("negative fee", "services[3].fee.amount: ", QStringLiteral("must be at least 0"),
              [](QJsonObject& root) {
                  editService(root, 3, [](QJsonObject& service) {
                      editObject(service, QStringLiteral("fee"),
                                 setValue(QStringLiteral("amount"), -1));
                  });
              });
    addBroken("unknown product document",
              "services[3].product.document: ", QStringLiteral("unknown value \"flyer\""),
              [](QJsonObject& root) {
                  editService(root, 3, [](QJsonObject& service) {
                      editObject(service, QStringLiteral("product"),
                                 setValue(QStringLiteral("document"), QStringLiteral("flyer")));
                  });
              });
    addBroken(
        "service number zero", "services[3].number: ", QStringLiteral("must be at least 1"),
        [](QJsonObject& root) { editService(root, 3, setValue(QStringLiteral("number"), 0)); });
    addBroken("blank keyword",
              "services[0].keywords[1]: ", QStringLiteral("must be a non-empty text"),
              [](QJsonObject& root) {
                  editService(root, 0,
                              setValue(QStringLiteral("keywords"),
                                       QJsonArray { QStringLiteral("PUB"), QString() }));
              });
    addBroken("unknown component",
              "services[0].components.parking: ", QStringLiteral("unknown key"),
              [](QJsonObject& root) {
                  editService(root, 0, [](QJsonObject& service) {
                      editObject(service, QStringLiteral("components"),
                                 setValue(QStringLiteral("parking"), QStringLiteral("ada")));
                  });
              });
    addBroken("time zone CET", "office.timeZone: ", QStringLiteral("unknown value \"CET\""),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"),
                             setValue(QStringLiteral("timeZone"), QStringLiteral("CET")));
              });
    addBroken("region code without dot",
              "office.regionCode: ", QStringLiteral("\"6207\" is not a regency code"),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"),
                             setValue(QStringLiteral("regionCode"), QStringLiteral("6207")));
              });
    addBroken("office id with capitals", "office.id: ", QStringLiteral("lowercase"),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"),
                             setValue(QStringLiteral("id"), QStringLiteral("Seruyan")));
              });
    addBroken("office closes before it opens",
              "office.officeHours.close: ", QStringLiteral("must be later than the opening time"),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                      editObject(office, QStringLiteral("officeHours"),
                                 setValue(QStringLiteral("close"), QStringLiteral("07:30")));
                  });
              });
    addBroken("office hours not a time",
              "office.officeHours.open: ", QStringLiteral("\"8 pagi\" is not a time"),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                      editObject(office, QStringLiteral("officeHours"),
                                 setValue(QStringLiteral("open"), QStringLiteral("8 pagi")));
                  });
              });
    addBroken("decree date invalid",
              "office.decree.date: ", QStringLiteral("\"2024-13-02\" is not a date"),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                      editObject(office, QStringLiteral("decree"),
                                 setValue(QStringLiteral("date"), QStringLiteral("2024-13-02")));
                  });
              });
    addBroken("head without NIP", "office.head.nip: ", QStringLiteral("missing"),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                      editObject(office, QStringLiteral("head"), removeKey(QStringLiteral("nip")));
                  });
              });
    addBroken("no complaint channels",
              "office.complaintChannels: ", QStringLiteral("must not be empty"),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"),
                             setValue(QStringLiteral("complaintChannels"), QJsonArray()));
              });
    addBroken("unknown complaint channel kind",
              "office.complaintChannels[1].kind: ", QStringLiteral("unknown value \"pigeon\""),
              [](QJsonObject& root) {
                  editObject(root, QStringLiteral("office"), [](QJsonObject& office) {
                      editItem(office, QStringLiteral("complaintChannels"), 1,
                               setValue(QStringLiteral("kind"), QStringLiteral("pigeon")));
                  });
              });
    addBroken("office missing", "office: ", QStringLiteral("missing"),
              removeKey(QStringLiteral("office")));
    addBroken("services not a list", "services: ", QStringLiteral("must be a list"),
              setValue(QStringLiteral("services"), QJsonObject()));
    addBroken("format version 2", "formatVersion: ", QStringLiteral("reads format 1 only"),
              setValue(QStringLiteral("formatVersion"), 2));
}

void TestCatalogValidation::brokenCatalog()
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

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalogvalidation.moc"
