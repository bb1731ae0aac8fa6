// loketctl's command-line parsing as the administrator meets it: every command's --help, the
// two ways to give an option's value, unknown options with the nearest valid one named, and
// the exit statuses of wrong usage. The commands are the ones loketctl --help lists.
#include "LoketctlProcess.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestLoketctlParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commandHelp_data();
    void commandHelp();
    void optionWithEqualsSign_data();
    void optionWithEqualsSign();
    void unknownOption_data();
    void unknownOption();
    void wrongUsage_data();
    void wrongUsage();
    void version();

private:
    static QStringList words(const char* text)
    {
        return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QTemporaryDir m_dir;
};

void TestLoketctlParser::initTestCase()
{
    useLoketctlClock();
    qputenv("LOKET_LANG", "en");
    QVERIFY(m_dir.isValid());
    // A database that does not exist, so that no command touches one of the machine's.
    qputenv("LOKET_DB", m_dir.filePath(QStringLiteral("absent.sqlite")).toUtf8());
}

void TestLoketctlParser::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    const LoketctlResult overall = runLoketctl({ QStringLiteral("--help") });
    QCOMPARE(overall.status, 0);
    // "Commands:" and then one "  name  description" line per command.
    const QStringList lines = QString::fromUtf8(overall.out).split(QLatin1Char('\n'));
    const qsizetype first = lines.indexOf(QStringLiteral("Commands:")) + 1;
    QVERIFY(first > 0);
    for (qsizetype i = first; i < lines.size() && lines.at(i).startsWith(QLatin1String("  "));
         ++i) {
        const QString name = lines.at(i).trimmed().section(QLatin1Char(' '), 0, 0);
        QTest::addRow("%s", qPrintable(name)) << name;
    }
    QVERIFY2(lines.size() - first > 20, "loketctl lists its commands");
}

void TestLoketctlParser::commandHelp()
{
    QFETCH(QString, command);
    const LoketctlResult result = runLoketctl({ command, QStringLiteral("--help") });
    QCOMPARE(result.status, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.startsWith(QStringLiteral("usage: loketctl %1").arg(command)), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\nOptions:\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("  --help")), qPrintable(out));
    QVERIFY(result.err.isEmpty());
}

void TestLoketctlParser::optionWithEqualsSign_data()
{
    QTest::addColumn<QStringList>("spaced");
    QTest::addColumn<QStringList>("joined");
    QTest::addRow("catalog list") << words("catalog list --office seruyan --json")
                                  << words("catalog list --office=seruyan --json");
    QTest::addRow("calendar due")
        << words("calendar due --office seruyan --service SRY-04 --from 2024-01-02T09:00")
        << words("calendar due --office=seruyan --service=SRY-04 --from=2024-01-02T09:00");
    QTest::addRow("missing database") << words("db check --db /nonexistent/loket.sqlite")
                                      << words("db check --db=/nonexistent/loket.sqlite");
    QTest::addRow("value with an equals sign")
        << (words("catalog show") << QStringLiteral("SRY-01") << QStringLiteral("--office")
                                  << QStringLiteral("seruyan"))
        << words("catalog show SRY-01 --office=seruyan");
}

void TestLoketctlParser::optionWithEqualsSign()
{
    QFETCH(QStringList, spaced);
    QFETCH(QStringList, joined);
    const LoketctlResult expected = runLoketctl(spaced);
    const LoketctlResult actual = runLoketctl(joined);
    QVERIFY(expected.status >= 0);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.out, expected.out);
    QCOMPARE(actual.err, expected.err);
    QVERIFY(!expected.out.isEmpty() || !expected.err.isEmpty());
}

void TestLoketctlParser::unknownOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("--ofice") << words("catalog list --ofice seruyan")
                             << "unknown option --ofice; did you mean --office?";
    QTest::addRow("--servce") << words("calendar due --office seruyan --servce SRY-04")
                              << "unknown option --servce; did you mean --service?";
    QTest::addRow("--limt=3") << words("case list --limt=3")
                              << "unknown option --limt; did you mean --limit?";
    QTest::addRow("--form") << words("skm --form 2024-01-01 --to 2024-01-31")
                            << "unknown option --form; did you mean --from?";
    QTest::addRow("nothing near") << words("nik check 6271010503900001 --colour")
                                  << "unknown option --colour\n";
}

void TestLoketctlParser::unknownOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const LoketctlResult result = runLoketctl(arguments);
    QCOMPARE(result.status, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(QStringLiteral("loketctl: ") + message), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("usage: loketctl ") + arguments.first()), qPrintable(err));
    QVERIFY(result.out.isEmpty());
}

void TestLoketctlParser::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("no command") << QStringList() << "Commands:\n  catalog ";
    QTest::addRow("misspelt command")
        << words("calender list") << "unknown command \"calender\"; did you mean \"calendar\"?";
    QTest::addRow("value missing") << words("case list --limit") << "--limit needs a value";
    QTest::addRow("value for a flag") << words("case list --json=yes") << "--json takes no value";
    QTest::addRow("no action") << words("audit") << "usage: loketctl audit verify";
}

void TestLoketctlParser::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const LoketctlResult result = runLoketctl(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

// The package's manual page takes the version from here (help2man), and so do support calls.
void TestLoketctlParser::version()
{
    const LoketctlResult result = runLoketctl({ QStringLiteral("--version") });
    QCOMPARE(result.status, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^loketctl \\d+\\.\\d+\\.\\d+\n$")).match(out).hasMatch(),
        qPrintable(out));
    QVERIFY(result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoketctlParser)
#include "tst_loketctlparser.moc"
