// Every document prints the office's letterhead in one wording: the contacts in formal
// Indonesian, the website as "Laman", on receipts, letters, registers and survey documents alike.
#include "DocumentRenderer.h"
#include "DocumentTestSupport.h"
#include "LetterRegisterReport.h"
#include "LetterRenderer.h"
#include "LetterTestSupport.h"
#include "SurveyQuestionnaire.h"

#include <QtTest>

using namespace loket;
using namespace loket::testing;

class TestLetterhead : public QObject
{
    Q_OBJECT

private slots:
    void contactLine_data();
    void contactLine();
};

namespace {

const QString kOffice = QStringLiteral("kotabaru"); // its catalog has a phone, e-mail and website

QString receiptHtml()
{
    const Catalog& catalog = builtIn(kOffice);
    return DocumentRenderer().receiptHtml(receiptFor(kOffice, catalog.services.first().code));
}

QString serviceStandardHtml()
{
    const Catalog& catalog = builtIn(kOffice);
    return DocumentRenderer().serviceStandardHtml(catalog.office, catalog.services.first());
}

QString letterHtml()
{
    return LetterRenderer().html(letterFor(builtIn(kOffice).services.first().code));
}

QString letterRegisterHtml()
{
    return LetterRegisterReport::html(builtIn(kOffice).office, 2026, 11, QString(), {},
                                      QDate(2026, 11, 30));
}

QString questionnaireHtml()
{
    return SurveyQuestionnaire::html(builtIn(kOffice).office, {});
}

} // namespace

void TestLetterhead::contactLine_data()
{
    QTest::addColumn<QString>("html");
    QTest::addRow("receipt") << receiptHtml();
    QTest::addRow("service standard") << serviceStandardHtml();
    QTest::addRow("letter") << letterHtml();
    QTest::addRow("letter register") << letterRegisterHtml();
    QTest::addRow("survey questionnaire") << questionnaireHtml();
}

void TestLetterhead::contactLine()
{
    QFETCH(QString, html);
    QVERIFY2(!builtIn(kOffice).services.isEmpty(), "the built-in catalog did not load");
    const QString expected = QStringLiteral("Telepon (0518) 6072019 \u2013 Email "
                                            "dinsos@kotabarukab.go.id \u2013 Laman "
                                            "dinsos.kotabarukab.go.id");
    QVERIFY2(html.contains(expected), qPrintable(html.left(3000)));
    // The catalog's own complaint channels may say "Website : https://…"; the letterhead not.
    QVERIFY(!html.contains(QStringLiteral("Website dinsos.kotabarukab.go.id")));
}

QTEST_MAIN(TestLetterhead)
#include "tst_letterhead.moc"
