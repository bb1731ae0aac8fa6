// loketctl workflow: the same actions and permission checks as the application, run by an
// administrator on the server as a named user; refusals exit 1 with the policy's sentence.
#include "CaseQueries.h"
#include "IssuedDocuments.h"
#include "LoketctlClock.h"
#include "WorkflowFixture.h"
#include "WorkflowQueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace loket;
using namespace loket::test;

class TestLoketctlWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useLoketctlClock(); }
    void init();
    void cleanup();

    void usage();
    void actionsWithPermissionChecks();
    void signingIssuesAVerifiableDocument();
    void handover();

private:
    struct Result
    {
        int status = -1;
        QString out, err;
    };
    Result run(const QString& number, const char* user, const QStringList& action) const;
    QString file(const QString& name, const QByteArray& content) const;

    std::unique_ptr<WorkflowFixture> m_f;
};

void TestLoketctlWorkflow::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
}

void TestLoketctlWorkflow::cleanup()
{
    m_f.reset();
}

TestLoketctlWorkflow::Result TestLoketctlWorkflow::run(const QString& number, const char* user,
                                                       const QStringList& action) const
{
    QStringList arguments { QStringLiteral("workflow"), QStringLiteral("--db"),
                            m_f->database->location() };
    if (!number.isEmpty())
        arguments << QStringLiteral("--case") << number;
    if (user)
        arguments << QStringLiteral("--as") << QString::fromLatin1(user);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOKET_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOKETCTL_PATH), arguments + action);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QString TestLoketctlWorkflow::file(const QString& name, const QByteArray& content) const
{
    const QString path = m_f->dir->filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        return {};
    return path;
}

void TestLoketctlWorkflow::usage()
{
    const Result help = run(QString(), nullptr, { QStringLiteral("--help") });
    QCOMPARE(help.status, 0);
    QVERIFY2(help.out.contains(QStringLiteral("without a password")), qPrintable(help.out));
    QVERIFY(help.out.contains(QStringLiteral("sign [--as-form a.n.|Plt.|Plh.]")));
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QCOMPARE(run(number, nullptr, { QStringLiteral("start") }).status, 2);
    QCOMPARE(run(QString(), "budi", { QStringLiteral("start") }).status, 2);
    QCOMPARE(run(number, "budi", { QStringLiteral("fly") }).status, 2);
    QCOMPARE(run(number, "budi", { QStringLiteral("step"), QStringLiteral("1") }).status, 2);
    QCOMPARE(run(number, "budi", { QStringLiteral("reject") }).status, 2);
    QCOMPARE(run(number, "budi", { QStringLiteral("start"), QStringLiteral("--bogus") }).status, 2);
    const Result stranger = run(number, "tamu", { QStringLiteral("start") });
    QCOMPARE(stranger.status, 1);
    QCOMPARE(stranger.err.trimmed(), QStringLiteral("There is no user \"tamu\"."));
    const Result missing
        = run(QStringLiteral("0404/PKY-08/I/2024"), "budi", { QStringLiteral("start") });
    QCOMPARE(missing.status, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("There is no case 0404/PKY-08/I/2024.")),
             qPrintable(missing.err));
}

void TestLoketctlWorkflow::actionsWithPermissionChecks()
{
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    const auto refused = [&](const char* user, const QStringList& action, Action checked) {
        const Result result = run(number, user, action);
        const QString expected = Permissions::check(m_f->user(QString::fromLatin1(user)), checked);
        return result.status == 1 && result.err.trimmed() == expected && result.out.isEmpty();
    };
    QVERIFY(refused("siti", { QStringLiteral("start") }, Action::StartWork));
    QVERIFY(refused("nonaktif", { QStringLiteral("start") }, Action::StartWork));
    QCOMPARE(m_f->status(number), QStringLiteral("registered"));

    Result result = run(number, "budi", { QStringLiteral("start") });
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("%1: start by budi; status: In verification").arg(number));
    QCOMPARE(
        run(number, "budi", { QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("done") })
            .status,
        0);
    QVERIFY(refused("budi", { QStringLiteral("step"), QStringLiteral("2"), QStringLiteral("done") },
                    Action::VerifyStep));
    result = run(number, "vera",
                 { QStringLiteral("step"), QStringLiteral("2"), QStringLiteral("skip") });
    QCOMPARE(result.status, 1);
    QCOMPARE(result.err.trimmed(), QStringLiteral("Say why step 2 is skipped."));
    QCOMPARE(run(number, "vera",
                 { QStringLiteral("step"), QStringLiteral("2"), QStringLiteral("done"),
                   QStringLiteral("--note"), QStringLiteral("berkas sesuai") })
                 .status,
             0);
    const QString yesterday
        = loketctlNow().toOffsetFromUtc(7 * 3600).date().addDays(-1).toString(Qt::ISODate);
    QCOMPARE(run(number, "vera",
                 { QStringLiteral("visit"), QStringLiteral("--date"), yesterday,
                   QStringLiteral("--findings"), QStringLiteral("Rumah sesuai alamat."),
                   QStringLiteral("--kind"), QStringLiteral("home-visit") })
                 .status,
             0);
    QVERIFY(refused("siti",
                    { QStringLiteral("visit"), QStringLiteral("--date"), yesterday,
                      QStringLiteral("--findings"), QStringLiteral("x") },
                    Action::RecordFieldVisit));
    QCOMPARE(run(number, "budi",
                 { QStringLiteral("note"), QStringLiteral("Layak"), QStringLiteral("dibantu.") })
                 .status,
             0);
    const QString scan = file(QStringLiteral("ktp.pdf"), QByteArrayLiteral("\x89PNG\r\n\x1A\n..."));
    result = run(number, "vera", { QStringLiteral("attach"), scan });
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(QStringLiteral("attachment")), qPrintable(result.out));
    const QString program = file(QStringLiteral("surat.pdf"), QByteArrayLiteral("MZ\x90\0\x03"));
    result = run(number, "vera", { QStringLiteral("attach"), program });
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(QStringLiteral("surat.pdf is a program")), qPrintable(result.err));
    QCOMPARE(run(number, "hadi", { QStringLiteral("reassign"), QStringLiteral("bayu") }).status, 0);
    QCOMPARE(
        run(number, "bayu", { QStringLiteral("step"), QStringLiteral("3"), QStringLiteral("done") })
            .status,
        0);
    QCOMPARE(m_f->status(number), QStringLiteral("in-process"));
    QCOMPARE(run(number, "bayu", { QStringLiteral("submit") }).status, 0);
    QVERIFY(refused("siti", { QStringLiteral("initial") }, Action::Initial));
    QCOMPARE(run(number, "hadi", { QStringLiteral("initial") }).status, 0);
    result = run(number, "kadis",
                 { QStringLiteral("return"), QStringLiteral("--note"),
                   QStringLiteral("Nomor KK belum dicantumkan.") });
    QCOMPARE(result.status, 0);
    QCOMPARE(m_f->status(number), QStringLiteral("in-process"));
    QVERIFY(refused("vera",
                    { QStringLiteral("reject"), QStringLiteral("--reason"), QStringLiteral("x") },
                    Action::Reject));
    QCOMPARE(run(number, "kadis",
                 { QStringLiteral("reject"), QStringLiteral("--reason"),
                   QStringLiteral("Pemohon telah menerima bantuan yang sama.") })
                 .status,
             0);
    QCOMPARE(m_f->status(number), QStringLiteral("rejected"));

    // Everything was recorded under the acting users' names, as in the application.
    const qint64 id = CaseQueries(*m_f->database).idOf(number).value();
    WorkflowQueries queries(*m_f->database, *m_f->catalog);
    QCOMPARE(queries.visits(id).size(), 1);
    QCOMPARE(queries.notes(id).first().text, QStringLiteral("Layak dibantu."));
    QCOMPARE(queries.attachments(id).first().mediaType, QStringLiteral("image/png"));
    QCOMPARE(queries.assignedTo(id), m_f->user(QStringLiteral("bayu")).id);
    QCOMPARE(queries.statusHistory(id).last().changedBy, m_f->user(QStringLiteral("kadis")).id);
}

void TestLoketctlWorkflow::signingIssuesAVerifiableDocument()
{
    CaseWorkflow flow(*m_f->database, *m_f->catalog);
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QVERIFY(m_f->bringTo(flow, number, CaseStatus::AwaitingSignoff));
    QCOMPARE(run(number, "hadi", { QStringLiteral("initial") }).status, 0);
    const Result plh
        = run(number, "vera",
              { QStringLiteral("sign"), QStringLiteral("--as-form"), QStringLiteral("Plh.") });
    QCOMPARE(plh.status, 1);
    QCOMPARE(plh.err.trimmed(),
             Permissions::check(m_f->user(QStringLiteral("vera")), Action::SignAsStandIn));
    QCOMPARE(run(number, "kadis",
                 { QStringLiteral("sign"), QStringLiteral("--as-form"), QStringLiteral("u.b.") })
                 .status,
             1);
    // Signing takes the letter number and freezes the document: verifiable by its code.
    const Result result = run(number, "kadis", { QStringLiteral("sign") });
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QCOMPARE(m_f->status(number), QStringLiteral("product-ready"));
    QVERIFY(result.out.contains(QStringLiteral("DINSOS")));
    const QList<StoredDocument> issued
        = IssuedDocuments(*m_f->database).forCase(*CaseQueries(*m_f->database).idOf(number));
    QCOMPARE(issued.size(), 1);
    QVERIFY(issued.first().intact());
    QProcess verify;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOKET_LANG"), QStringLiteral("en"));
    verify.setProcessEnvironment(environment);
    verify.start(QStringLiteral(LOKETCTL_PATH),
                 { QStringLiteral("verify"), issued.first().verificationCode,
                   QStringLiteral("--db"), m_f->database->location(), QStringLiteral("--json") });
    QVERIFY(verify.waitForFinished(60000));
    QCOMPARE(verify.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(verify.readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("number")).toString(), issued.first().number);
    QCOMPARE(json.value(QStringLiteral("intact")).toBool(), true);
    QVERIFY(json.value(QStringLiteral("text")).toString().contains(QStringLiteral("Nomor")));
    // An unknown code is not an office document.
    verify.start(QStringLiteral(LOKETCTL_PATH),
                 { QStringLiteral("verify"), QStringLiteral("ZZZZ-9999"), QStringLiteral("--db"),
                   m_f->database->location() });
    QVERIFY(verify.waitForFinished(60000));
    QCOMPARE(verify.exitCode(), 1);
}

void TestLoketctlWorkflow::handover()
{
    FakeIssuer issuer(*m_f->database);
    CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QVERIFY(m_f->bringTo(flow, number, CaseStatus::ProductReady));
    const QStringList collected { QStringLiteral("handover"),
                                  QStringLiteral("--name"),
                                  QStringLiteral("Sari Dewi"),
                                  QStringLiteral("--nik"),
                                  QStringLiteral("6271014503900002"),
                                  QStringLiteral("--relation"),
                                  QStringLiteral("istri") };
    const Result refused = run(number, "budi", collected);
    QCOMPARE(refused.status, 1);
    QCOMPARE(refused.err.trimmed(),
             Permissions::check(m_f->user(QStringLiteral("budi")), Action::HandOver));
    const Result done = run(number, "siti", collected);
    QCOMPARE(done.status, 0);
    QVERIFY2(done.out.contains(QStringLiteral("status: Handed over")), qPrintable(done.out));
    const std::optional<Handover> recorded
        = WorkflowQueries(*m_f->database, *m_f->catalog)
              .handover(CaseQueries(*m_f->database).idOf(number).value());
    QVERIFY(recorded);
    QCOMPARE(recorded->relation, QStringLiteral("istri"));
    QCOMPARE(recorded->handedOverBy, m_f->user(QStringLiteral("siti")).id);
}

QTEST_GUILESS_MAIN(TestLoketctlWorkflow)
#include "tst_loketctlworkflow.moc"
