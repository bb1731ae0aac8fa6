// The office's modem path for real: Loket queues SMS, hands them to gammu-smsd-inject, a real
// gammu-smsd (Gammu's dummy phone, files service, no modem) sends them, and Loket reads the
// result back. gammu-smsd must be installed (scripts/install-deps.sh): without it this FAILS.
#include "GammuGateway.h"
#include "NotificationSettings.h"
#include "NotificationStore.h"
#include "Notifier.h"
#include "SmsLength.h"
#include "WorkflowFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;
using namespace loket::test;

namespace {

// An SMS backup file as gammu writes it: the number, and the text of all its parts.
struct SmsFile
{
    QString number;
    QString text;
    int parts = 0;
};

SmsFile readSmsFile(const QString& path)
{
    QFile file(path);
    SmsFile sms;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return sms;
    QString hex; // Text00, Text01… of one part: UCS-2 big-endian in hex
    const auto flush = [&] {
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            sms.text += QChar(ushort((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
        hex.clear();
    };
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("[SMSBackup"))) {
            flush();
            // The daemon appends the sent copy to the outbox's: read the last copy only.
            if (line == QLatin1String("[SMSBackup000]")) {
                sms.text.clear();
                sms.parts = 0;
            }
            ++sms.parts;
        } else if (line.startsWith(QLatin1String("Number = ")))
            sms.number = line.section(QLatin1Char('"'), 1, 1);
        else if (line.startsWith(QLatin1String("Text")) && line.contains(QLatin1Char('=')))
            hex += line.section(QLatin1Char('='), 1).trimmed();
    }
    flush();
    return sms;
}

} // namespace

class TestGammuSmsd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void queuedSmsGoThroughTheDaemon();

private:
    QString writeConfig();
    qint64 queueFor(const QString& phone, const QString& templateText);
    QString folder(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkflowFixture> m_f;
    QString m_config;
    QDateTime m_now = at("2024-01-02T09:00:00+07:00");
    QProcess m_daemon;
};

void TestGammuSmsd::initTestCase()
{
    // The brief's rule: the gateway test is never skipped.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gammu-smsd")).isEmpty(),
             "gammu-smsd is not installed (Debian package gammu-smsd)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gammu-smsd-inject")).isEmpty(),
             "gammu-smsd-inject is not installed (Debian package gammu-smsd)");
}

void TestGammuSmsd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
    m_config = writeConfig();
    QString error;
    QVERIFY2(NotificationSettings(*m_f->database).setGammuConfig(m_config, &error),
             qPrintable(error));
}

void TestGammuSmsd::cleanup()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(10000))
            m_daemon.kill();
        m_daemon.waitForFinished();
    }
    m_f.reset();
    m_dir.reset();
}

QString TestGammuSmsd::writeConfig()
{
    for (const char* name : { "phone", "inbox", "outbox", "sent", "error" })
        QDir(m_dir->path()).mkpath(QString::fromLatin1(name));
    const QString path = m_dir->filePath(QStringLiteral("smsdrc"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return {};
    // Gammu's dummy phone keeps its "SIM" in a folder: gammu-smsd runs without a modem.
    file.write(QStringLiteral("[gammu]\ndevice = %1/\nconnection = none\nmodel = dummy\n\n"
                              "[smsd]\nservice = files\ninboxpath = %2/\noutboxpath = %3/\n"
                              "sentsmspath = %4/\nerrorsmspath = %5/\nlogfile = %6\n"
                              "commtimeout = 1\nsendtimeout = 5\nloopsleep = 1\n")
                   .arg(folder("phone"), folder("inbox"), folder("outbox"), folder("sent"),
                        folder("error"), m_dir->filePath(QStringLiteral("smsd.log")))
                   .toUtf8());
    return path;
}

// A case whose applicant agreed, with `phone`; its product-ready message in `templateText`.
qint64 TestGammuSmsd::queueFor(const QString& phone, const QString& templateText)
{
    CaseDraft draft;
    draft.serviceCode = QStringLiteral("PKY-08");
    draft.person.nik = QStringLiteral("62710105039000%1").arg(phone.right(2));
    draft.person.fullName = QStringLiteral("Budi Santoso");
    draft.person.phone = phone;
    draft.smsConsent = true;
    const Service* service = m_f->catalog->service(draft.serviceCode);
    for (int i = 0; i < service->requirements.size(); ++i)
        draft.checklist << ChecklistItem { i, {}, ChecklistItem::State::Present, {}, {} };
    QString error, reason;
    const auto registered
        = CaseStore(*m_f->database, *m_f->catalog, m_f->calendar)
              .registerCase(draft, m_f->user(QStringLiteral("siti")), m_now, &error);
    if (!registered
        || !NotificationSettings(*m_f->database)
                .setTemplateText(NotificationEvent::ProductReady, templateText, &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    Notifier notifier(*m_f->database, *m_f->catalog, [this] { return m_now; });
    const qint64 id
        = notifier.notifyCase(registered->id, NotificationEvent::ProductReady, &reason, &error);
    if (id == 0)
        qWarning("%s%s", qPrintable(reason), qPrintable(error));
    return id;
}

void TestGammuSmsd::queuedSmsGoThroughTheDaemon()
{
    const qint64 shortId = queueFor(QStringLiteral("0812-3456-7801"),
                                    QStringLiteral("{nomor} sudah selesai. {kantor}"));
    // Longer than one part and not GSM-7 (the ✓): split into UCS-2 parts of 67.
    const QString longText
        = QStringLiteral("Produk {nomor} siap ✓ ") + QString(QLatin1Char('x')).repeated(120);
    const qint64 longId = queueFor(QStringLiteral("+62 813 4567 8902"), longText);
    QVERIFY(shortId > 0 && longId > 0);
    QString error;
    NotificationStore store(*m_f->database);
    const Notification shortSms = *store.find(shortId, &error);
    const Notification longSms = *store.find(longId, &error);
    QCOMPARE(shortSms.channel, NotificationChannel::Sms);
    QCOMPARE(SmsLength::of(longSms.text).parts, 3);

    // Loket hands them over: they wait in the daemon's outbox.
    GammuGateway gateway(*m_f->database, m_config, [this] { return m_now.addSecs(300); });
    QSignalSpy finished(&gateway, &GammuGateway::finished);
    QVERIFY2(gateway.sendQueued(&error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QVERIFY2(finished.first().at(1).toStringList().isEmpty(),
             qPrintable(finished.first().at(1).toStringList().join(QLatin1Char('\n'))));
    const Notification handedShort = *store.find(shortId, &error);
    const Notification handedLong = *store.find(longId, &error);
    QVERIFY(handedShort.isWithGateway());
    QVERIFY(handedShort.gatewayRef.contains(QStringLiteral("+6281234567801")));
    const SmsFile waiting = readSmsFile(QDir(folder("outbox")).filePath(handedShort.gatewayRef));
    QCOMPARE(waiting.number, QStringLiteral("+6281234567801"));
    QCOMPARE(waiting.text, shortSms.text);
    QVERIFY(QFile::exists(QDir(folder("outbox")).filePath(handedLong.gatewayRef)));
    QCOMPARE(gateway.readStatus(&error), 0); // nothing sent yet
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The daemon sends them through the (dummy) phone and files them as sent.
    m_daemon.start(QStringLiteral("gammu-smsd"), { QStringLiteral("-c"), m_config });
    QVERIFY2(m_daemon.waitForStarted(), qPrintable(m_daemon.errorString()));
    const QString sentShort = QDir(folder("sent")).filePath(handedShort.gatewayRef);
    const QString sentLong = QDir(folder("sent")).filePath(handedLong.gatewayRef);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sentShort) && QFile::exists(sentLong), 30000);
    const SmsFile sent = readSmsFile(sentShort);
    QCOMPARE(sent.number, QStringLiteral("+6281234567801"));
    QCOMPARE(sent.text, shortSms.text);
    QCOMPARE(sent.parts, 1);
    const SmsFile sentParts = readSmsFile(sentLong);
    QCOMPARE(sentParts.number, QStringLiteral("+6281345678902"));
    QCOMPARE(sentParts.text, longSms.text);
    QCOMPARE(sentParts.parts, 3);

    // Loket reads it back.
    QCOMPARE(gateway.readStatus(&error), 2);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Notification reported = *store.find(shortId, &error);
    QCOMPARE(reported.state, NotificationState::Sent);
    QCOMPARE(reported.statusReadAt, m_now.addSecs(300));
    QCOMPARE(store.find(longId, &error)->state, NotificationState::Sent);
    QCOMPARE(gateway.readStatus(&error), 0); // told once
}

QTEST_GUILESS_MAIN(TestGammuSmsd)
#include "tst_gammusmsd.moc"
