// Complaints: numbering, the one-working-day response across weekends and holidays, validation,
// the timeline's order and permissions, anonymity, the LAPOR ticket rule, the answer letter.
#include "ComplaintQueries.h"
#include "ComplaintRegisterReport.h"
#include "ComplaintStore.h"
#include "ComplaintTestSupport.h"
#include "IssuedDocuments.h"

#include <QFile>
#include <QTest>

using namespace loket;
using loket::test::at;

class TestComplaintStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void responseDue_data();
    void responseDue();
    void timelineAcrossHolidays();
    void validation_data();
    void validation();
    void refusedOutOfOrder_data();
    void refusedOutOfOrder();
    void permissions();
    void anonymousStoresNoIdentity();
    void numberingPerYear();
    void answerLetterEscapesText();
    void answerDueDateWhenTheStandardSetsOne();

private:
    static ComplaintDraft draft() { return test::ComplaintFixture::draft(); }
    QString record(const QDateTime& when, const ComplaintDraft& d) { return m_f->record(when, d); }
    int count(const char* sql) const { return m_f->count(QString::fromLatin1(sql)); }
    ComplaintStore store() const { return m_f->store(); }
    ComplaintQueries queries() const { return m_f->queries(); }

    std::unique_ptr<test::ComplaintFixture> m_f;
};

void TestComplaintStore::init()
{
    m_f = std::make_unique<test::ComplaintFixture>();
    QVERIFY(m_f->open());
}

void TestComplaintStore::responseDue_data()
{
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QDateTime>("due");
    // The shipped calendar: Thu 8 Feb 2024 Isra Mikraj, Fri 9 Feb cuti bersama Imlek, Sat 10 Feb
    // Imlek, Wed 14 Feb election day; 8–15 April Idul Fitri with its cuti bersama.
    QTest::addRow("Wednesday after closing, holiday and cuti bersama, weekend")
        << at("2024-02-07T16:30:00+07:00") << at("2024-02-12T16:00:00+07:00");
    QTest::addRow("Wednesday morning: the same day")
        << at("2024-02-07T10:00:00+07:00") << at("2024-02-07T16:00:00+07:00");
    QTest::addRow("on the holiday itself")
        << at("2024-02-08T09:00:00+07:00") << at("2024-02-12T16:00:00+07:00");
    QTest::addRow("Friday afternoon: the same day")
        << at("2024-02-02T14:00:00+07:00") << at("2024-02-02T16:00:00+07:00");
    QTest::addRow("Friday after closing: Monday")
        << at("2024-02-02T17:00:00+07:00") << at("2024-02-05T16:00:00+07:00");
    QTest::addRow("Saturday: Monday")
        << at("2024-02-03T10:00:00+07:00") << at("2024-02-05T16:00:00+07:00");
    QTest::addRow("before opening: the same day")
        << at("2024-02-05T07:00:00+07:00") << at("2024-02-05T16:00:00+07:00");
    QTest::addRow("evening before election day")
        << at("2024-02-13T16:05:00+07:00") << at("2024-02-15T16:00:00+07:00");
    QTest::addRow("Friday before Idul Fitri: after the long leave")
        << at("2024-04-05T16:30:00+07:00") << at("2024-04-16T16:00:00+07:00");
}

void TestComplaintStore::responseDue()
{
    QFETCH(QDateTime, received);
    QFETCH(QDateTime, due);
    QCOMPARE(store().dueDates(received).responseDue, due);
    // No decree of the offices promises a completion time: no answer due date.
    QVERIFY(!store().dueDates(received).due.isValid());
    const QString number = record(received, draft());
    const auto complaint = queries().find(number);
    QVERIFY(complaint);
    QCOMPARE(complaint->responseDueAt, due);
    QVERIFY(!complaint->answerDueAt.isValid());
}

void TestComplaintStore::timelineAcrossHolidays()
{
    const QString number = record(at("2024-02-07T16:30:00+07:00"), draft());
    QCOMPARE(number, QStringLiteral("ADU/2024/0001"));
    const qint64 siti = m_f->user(QStringLiteral("siti")).id;
    const qint64 kadis = m_f->user(QStringLiteral("kadis")).id;
    // On the cuti bersama and the Saturday nothing is late yet; Monday it is due today.
    for (const char* moment : { "2024-02-09T10:00:00+07:00", "2024-02-10T10:00:00+07:00" }) {
        QVERIFY(!queries().find(number)->responseOverdue(at(moment)));
        QVERIFY(queries().dueTodayOrOverdue(siti, at(moment)).isEmpty());
    }
    auto reminders = queries().dueTodayOrOverdue(siti, at("2024-02-12T09:00:00+07:00"));
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.first().timeLeft.urgency, TimeLeft::Urgency::DueToday);
    QVERIFY(!reminders.first().answer);
    // The head of office gives no initial responses: not theirs.
    QVERIFY(queries().dueTodayOrOverdue(kadis, at("2024-02-12T09:00:00+07:00")).isEmpty());
    reminders = queries().dueTodayOrOverdue(siti, at("2024-02-13T09:00:00+07:00"));
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.first().timeLeft.urgency, TimeLeft::Urgency::Overdue);
    QCOMPARE(reminders.first().timeLeft.workingDays, -1);

    QString error;
    ComplaintStore s = store();
    const User& budi = m_f->user(QStringLiteral("budi"));
    QVERIFY2(s.respond(number, QStringLiteral("Diterima, sedang ditelaah."),
                       m_f->user(QStringLiteral("siti")), at("2024-02-13T09:30:00+07:00"), &error),
             qPrintable(error));
    QVERIFY(queries().dueTodayOrOverdue(siti, at("2024-02-13T10:00:00+07:00")).isEmpty());
    QVERIFY2(s.forward(number, m_f->user(QStringLiteral("hadi")).id, QString(), budi,
                       at("2024-02-13T11:00:00+07:00"), &error),
             qPrintable(error));
    QVERIFY2(s.followUp(number, QStringLiteral("Dicek ke bidang."),
                        m_f->user(QStringLiteral("hadi")), at("2024-02-15T09:00:00+07:00"), &error),
             qPrintable(error));
    QVERIFY2(s.followUp(number, QStringLiteral("Petugas dikonfirmasi."), budi,
                        at("2024-02-15T10:00:00+07:00"), &error),
             qPrintable(error));
    const auto letter = s.answer(number, QStringLiteral("Berkas telah selesai."), budi,
                                 at("2024-02-16T10:00:00+07:00"), &error);
    QVERIFY2(letter, qPrintable(error));
    QVERIFY2(s.close(number, QString(), budi, at("2024-02-19T10:00:00+07:00"), &error),
             qPrintable(error));

    const auto complaint = queries().find(number);
    QCOMPARE(complaint->status, ComplaintStatus::Closed);
    QCOMPARE(complaint->forwardedToName, m_f->user(QStringLiteral("hadi")).fullName);
    QCOMPARE(complaint->letterNumber, letter->number);
    QStringList events;
    for (const ComplaintEvent& event : complaint->events)
        events << event.event;
    QCOMPARE(events,
             QStringList({ QStringLiteral("recorded"), QStringLiteral("responded"),
                           QStringLiteral("forwarded"), QStringLiteral("follow-up"),
                           QStringLiteral("follow-up"), QStringLiteral("answered"),
                           QStringLiteral("closed") }));
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE table_name = 'complaints'"), 7);
    // Responded on Tuesday, a working day after the Monday it was due.
    QCOMPARE(ComplaintRegisterReport::lateness(*complaint, at("2024-02-20T10:00:00+07:00")),
             QStringLiteral("tanggapan awal terlambat"));
}

void TestComplaintStore::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addRow("empty subject") << "subject"
                                   << "  "
                                   << "subject.empty";
    QTest::addRow("empty description") << "description"
                                       << ""
                                       << "description.empty";
    QTest::addRow("LAPOR without ticket") << "channel"
                                          << "lapor"
                                          << "lapor.ticket-missing";
    QTest::addRow("ticket on the phone channel") << "ticket"
                                                 << "LAPOR-123"
                                                 << "lapor.ticket-other-channel";
    QTest::addRow("LAPOR with a bad ticket") << "lapor-ticket"
                                             << "#1"
                                             << "lapor.ticket-format";
    QTest::addRow("LAPOR with its ticket") << "lapor-ticket"
                                           << "LAPOR-4827195"
                                           << "";
    QTest::addRow("no name") << "name"
                             << ""
                             << "name.empty";
    QTest::addRow("anonymous without name") << "anonymous"
                                            << ""
                                            << "";
    QTest::addRow("short NIK") << "nik"
                               << "62710105"
                               << "nik.format";
    QTest::addRow("letters in the phone") << "phone"
                                          << "tanya pak RT"
                                          << "phone.format";
    QTest::addRow("unknown case") << "case"
                                  << "9999/PKY-08/I/2024"
                                  << "case.unknown";
    QTest::addRow("received tomorrow") << "received"
                                       << "2024-02-08T10:00:00+07:00"
                                       << "received.future";
}

void TestComplaintStore::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    ComplaintDraft d = draft();
    if (field == QLatin1String("subject"))
        d.subject = value;
    else if (field == QLatin1String("description"))
        d.description = value;
    else if (field == QLatin1String("channel"))
        d.channel = ComplaintChannelKind::Lapor;
    else if (field == QLatin1String("ticket")) {
        d.channel = ComplaintChannelKind::Phone;
        d.laporTicket = value;
    } else if (field == QLatin1String("lapor-ticket")) {
        d.channel = ComplaintChannelKind::Lapor;
        d.laporTicket = value;
    } else if (field == QLatin1String("name"))
        d.name = value;
    else if (field == QLatin1String("anonymous")) {
        d.anonymous = true;
        d.name.clear();
        d.nik = QStringLiteral("bukan NIK"); // ignored: nothing of the identity is kept
    } else if (field == QLatin1String("nik"))
        d.nik = value;
    else if (field == QLatin1String("phone"))
        d.phone = value;
    else if (field == QLatin1String("case"))
        d.caseNumber = value;
    else if (field == QLatin1String("received"))
        d.receivedAt = QDateTime::fromString(value, Qt::ISODate);
    const QDateTime now = at("2024-02-07T10:00:00+07:00");
    const ValidationMessages problems = store().validate(d, now);
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, code);
    QVERIFY(!problems.first().text.isEmpty());
    // Recording refuses the same, with the same sentence, and writes nothing.
    QString error;
    QVERIFY(!store().record(d, m_f->user(QStringLiteral("siti")), now, &error));
    QCOMPARE(error, problems.first().text);
    QCOMPARE(count("SELECT COUNT(*) FROM complaints"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM complaint_counters"), 0);
}

void TestComplaintStore::refusedOutOfOrder_data()
{
    QTest::addColumn<int>("reached"); // steps done before: 0 received … 5 closed
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("says");
    QTest::addRow("forward before the response") << 0 << "forward"
                                                 << "initial response";
    QTest::addRow("follow-up before forwarding") << 1 << "follow-up"
                                                 << "Forward";
    QTest::addRow("answer before forwarding") << 1 << "answer"
                                              << "Forward";
    QTest::addRow("close before the answer") << 3 << "close"
                                             << "Answer";
    QTest::addRow("second response") << 1 << "respond"
                                     << "already";
    QTest::addRow("second forward") << 2 << "forward"
                                    << "already";
    QTest::addRow("follow-up after the answer") << 4 << "follow-up"
                                                << "answered";
    QTest::addRow("anything after closing") << 5 << "follow-up"
                                            << "closed";
    QTest::addRow("empty response") << 0 << "respond-empty"
                                    << "Write the initial response";
    QTest::addRow("empty follow-up") << 2 << "follow-up-empty"
                                     << "Write the follow-up";
    QTest::addRow("empty answer") << 2 << "answer-empty"
                                  << "Write the answer";
    QTest::addRow("forward to a clerk") << 1 << "forward-clerk"
                                        << "head of office";
}

void TestComplaintStore::refusedOutOfOrder()
{
    QFETCH(int, reached);
    QFETCH(QString, action);
    QFETCH(QString, says);
    const QString number = record(at("2024-02-05T09:00:00+07:00"), draft());
    ComplaintStore s = store();
    const User& budi = m_f->user(QStringLiteral("budi"));
    const qint64 hadi = m_f->user(QStringLiteral("hadi")).id;
    const QString note = QStringLiteral("catatan");
    QString error;
    QDateTime when = at("2024-02-05T10:00:00+07:00");
    QVERIFY(reached < 1 || s.respond(number, note, budi, when, &error));
    QVERIFY(reached < 2 || s.forward(number, hadi, QString(), budi, when, &error));
    QVERIFY(reached < 3 || s.followUp(number, note, budi, when, &error));
    QVERIFY(reached < 4 || s.answer(number, note, budi, when, &error));
    QVERIFY(reached < 5 || s.close(number, QString(), budi, when, &error));
    const int events = count("SELECT COUNT(*) FROM complaint_events");
    const int audit = count("SELECT COUNT(*) FROM audit_log");
    const int letters = count("SELECT COUNT(*) FROM letters");
    const ComplaintStatus before = queries().find(number)->status;

    bool ok = true;
    if (action == QLatin1String("forward"))
        ok = s.forward(number, hadi, QString(), budi, when, &error);
    else if (action == QLatin1String("forward-clerk"))
        ok = s.forward(number, budi.id, QString(), budi, when, &error);
    else if (action == QLatin1String("follow-up"))
        ok = s.followUp(number, note, budi, when, &error);
    else if (action == QLatin1String("follow-up-empty"))
        ok = s.followUp(number, QStringLiteral("  "), budi, when, &error);
    else if (action == QLatin1String("answer"))
        ok = s.answer(number, note, budi, when, &error).has_value();
    else if (action == QLatin1String("answer-empty"))
        ok = s.answer(number, QString(), budi, when, &error).has_value();
    else if (action == QLatin1String("close"))
        ok = s.close(number, QString(), budi, when, &error);
    else if (action == QLatin1String("respond"))
        ok = s.respond(number, note, budi, when, &error);
    else if (action == QLatin1String("respond-empty"))
        ok = s.respond(number, QString(), budi, when, &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(queries().find(number)->status, before);
    QCOMPARE(count("SELECT COUNT(*) FROM complaint_events"), events);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log"), audit);
    QCOMPARE(count("SELECT COUNT(*) FROM letters"), letters);
}

void TestComplaintStore::permissions()
{
    QString error;
    const QDateTime now = at("2024-02-05T09:00:00+07:00");
    QVERIFY(!store().record(draft(), m_f->user(QStringLiteral("admin")), now, &error));
    QVERIFY2(error.contains(QStringLiteral("front-office clerk")), qPrintable(error));
    QVERIFY(!store().record(draft(), m_f->user(QStringLiteral("nonaktif")), now, &error));
    QVERIFY(error.contains(QStringLiteral("disabled")));
    const QString number = record(now, draft());
    ComplaintStore s = store();
    const User& siti = m_f->user(QStringLiteral("siti"));
    QVERIFY(s.respond(number, QStringLiteral("ok"), siti, now, &error));
    QVERIFY(s.forward(number, m_f->user(QStringLiteral("kadis")).id, QString(), siti, now, &error));
    // The counter records and forwards; the answer is the back office's or a head's.
    QVERIFY(!s.answer(number, QStringLiteral("jawaban"), siti, now, &error));
    QVERIFY2(error.contains(QStringLiteral("back-office officer")), qPrintable(error));
    QVERIFY(!s.followUp(number, QStringLiteral("x"), siti, now, &error));
    QVERIFY(s.followUp(number, QStringLiteral("dari lapangan"), m_f->user(QStringLiteral("vera")),
                       now, &error));
    QVERIFY2(s.answer(number, QStringLiteral("jawaban"), m_f->user(QStringLiteral("kadis")), now,
                      &error),
             qPrintable(error));
    QVERIFY(ComplaintStore::mayView(siti));
    QVERIFY(!ComplaintStore::mayView(m_f->user(QStringLiteral("admin"))));
}

void TestComplaintStore::anonymousStoresNoIdentity()
{
    ComplaintDraft d = draft();
    d.anonymous = true;
    d.nik = QStringLiteral("6271010503900001");
    const QString number = record(at("2024-02-05T09:00:00+07:00"), d);
    const auto complaint = queries().find(number);
    QVERIFY(complaint->anonymous);
    QVERIFY(complaint->name.isEmpty() && complaint->nik.isEmpty() && complaint->phone.isEmpty()
            && complaint->address.isEmpty());
    QCOMPARE(complaint->complainant(), QStringLiteral("Anonim"));
    QCOMPARE(count("SELECT COUNT(*) FROM complaints WHERE complainant_name IS NULL AND "
                   "complainant_nik IS NULL AND complainant_phone IS NULL AND "
                   "complainant_address IS NULL"),
             1);
}

void TestComplaintStore::numberingPerYear()
{
    QCOMPARE(record(at("2024-12-31T10:00:00+07:00"), draft()), QStringLiteral("ADU/2024/0001"));
    QCOMPARE(record(at("2024-12-31T11:00:00+07:00"), draft()), QStringLiteral("ADU/2024/0002"));
    // 1 January 06:00 WIB is still 31 December in UTC: the office's date counts.
    QCOMPARE(record(at("2025-01-01T06:00:00+07:00"), draft()), QStringLiteral("ADU/2025/0001"));
}

void TestComplaintStore::answerLetterEscapesText()
{
    ComplaintDraft d = draft();
    d.channel = ComplaintChannelKind::Lapor;
    d.laporTicket = QStringLiteral("LAPOR-4827195");
    d.subject = QStringLiteral("Bantuan <b>tidak</b> diterima {{name}}");
    d.caseNumber = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-02-01T09:00:00+07:00"));
    QVERIFY(!d.caseNumber.isEmpty());
    const QString number = record(at("2024-02-05T09:00:00+07:00"), d);
    ComplaintStore s = store();
    const User& budi = m_f->user(QStringLiteral("budi"));
    QString error;
    const QDateTime when = at("2024-02-06T10:00:00+07:00");
    QVERIFY(s.respond(number, QStringLiteral("ok"), budi, when, &error));
    QVERIFY(s.forward(number, m_f->user(QStringLiteral("hadi")).id, QString(), budi, when, &error));
    const QString answer = QStringLiteral("Bantuan <b>sudah</b> disalurkan & diterima.\nBaris 2");
    const auto letter = s.answer(number, answer, budi, when, &error);
    QVERIFY2(letter, qPrintable(error));
    QVERIFY(letter->number.contains(QStringLiteral("/DINSOS/II/2024")));
    QCOMPARE(letter->documentType, QStringLiteral("complaint-answer"));
    QVERIFY(letter->intact());
    const QString html = letter->content;
    QVERIFY(html.contains(letter->number));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;sudah&lt;/b&gt; disalurkan &amp; diterima")));
    QVERIFY(!html.contains(QStringLiteral("<b>sudah</b>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;tidak&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("LAPOR-4827195")));
    QVERIFY(html.contains(number));
    QVERIFY(html.contains(d.caseNumber));
    QVERIFY(html.contains(QStringLiteral("Jawaban atas Pengaduan")));
    QVERIFY(!html.contains(QStringLiteral("KONSEP")));
    // Verifiable like every issued document; registered as a complaint answer of the case.
    const auto byCode = IssuedDocuments(*m_f->database).byCode(letter->verificationCode);
    QVERIFY(byCode);
    QCOMPARE(byCode->caseNumber, d.caseNumber);
    QCOMPARE(count("SELECT COUNT(*) FROM letters WHERE document_type = 'complaint-answer' AND "
                   "content_hash IS NOT NULL"),
             1);
    const auto complaint = queries().find(number);
    QCOMPARE(complaint->answerText, answer);
    QCOMPARE(s.answerLetter(*complaint)->number, letter->number);
    const QString pdf = qEnvironmentVariable("COMPLAINT_LETTER_PDF");
    if (!pdf.isEmpty())
        QVERIFY(s.renderer().writePdf(html, pdf, &error));
}

void TestComplaintStore::answerDueDateWhenTheStandardSetsOne()
{
    Catalog catalog = *m_f->catalog;
    for (Service& service : catalog.services) {
        if (service.code == QLatin1String("PKY-23"))
            service.serviceTime.followUp = Duration { 14, TimeUnit::WorkingDays };
    }
    ComplaintStore s(*m_f->database, catalog, m_f->calendar);
    QString error;
    ComplaintDraft d = draft();
    d.receivedAt = at("2024-02-07T16:30:00+07:00");
    const auto complaint = s.record(d, m_f->user(QStringLiteral("siti")), d.receivedAt, &error);
    QVERIFY2(complaint, qPrintable(error));
    QCOMPARE(complaint->responseDueAt, at("2024-02-12T16:00:00+07:00"));
    QVERIFY(complaint->answerDueAt > complaint->responseDueAt);
    QVERIFY(!complaint->answerOverdue(complaint->answerDueAt.addSecs(-60)));
    QVERIFY(complaint->answerOverdue(complaint->answerDueAt.addSecs(60)));
}

QTEST_MAIN(TestComplaintStore)
#include "tst_complaintstore.moc"
