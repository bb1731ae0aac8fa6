// Qt's own dialogs speak Indonesian: translations/qt_id.ts is complete, and once
// installTranslations() has run, real print preview, print, file and message dialogs and the
// standard context menus show its texts instead of Qt's English.
#include "Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>
#include <QtPrintSupport/qtprintsupportglobal.h>

#if QT_CONFIG(printpreviewdialog)
#include <QPrintPreviewDialog>
#endif
#if QT_CONFIG(printdialog)
#include <QPrintDialog>
#endif
#if QT_CONFIG(printer)
#include <QPrinter>
#endif

class TestQtTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogueIsComplete();
    void printPreviewDialog();
    void printDialog();
    void standardButtons();
    void messageBoxDetails();
    void lineEditContextMenu();
    void fileDialog();
};

namespace {

QString withoutMnemonic(QString text)
{
    // "&Ya" -> "Ya", "Batal" stays; "&&" is a literal ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

int mnemonicCount(const QString& text)
{
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return int(plain.count(QLatin1Char('&')));
}

QSet<QString> placeholders(const QString& text)
{
    QSet<QString> found;
    static const QRegularExpression marker(QStringLiteral("%\\d"));
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

} // namespace

void TestQtTranslations::initTestCase()
{
    loket::installTranslations(*qApp, QStringLiteral("id"));
    // The catalogue is in the resource and really answers Qt's contexts.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/qt_id.qm")));
    QCOMPARE(QCoreApplication::translate("QPrintPreviewDialog", "Print Preview"),
             QStringLiteral("Pratinjau Cetak"));
}

void TestQtTranslations::catalogueIsComplete()
{
    QFile file(QStringLiteral(LOKET_SOURCE_DIR "/translations/qt_id.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("TS"));
    QCOMPARE(xml.attributes().value(QLatin1String("language")), QLatin1String("id_ID"));
    QString context, source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString where = context + QStringLiteral(": ") + source;
            if (!type.isEmpty() || text.trimmed().isEmpty())
                problems << QStringLiteral("not finished: ") + where;
            else if (mnemonicCount(text) != mnemonicCount(source))
                problems << QStringLiteral("accelerators differ: ") + where;
            else if (placeholders(text) != placeholders(source))
                problems << QStringLiteral("placeholders differ: ") + where;
            else if (text.count(QLatin1Char('\n')) != source.count(QLatin1Char('\n')))
                problems << QStringLiteral("line breaks differ: ") + where;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestQtTranslations::printPreviewDialog()
{
#if QT_CONFIG(printpreviewdialog)
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Pratinjau Cetak"));

    QHash<QString, QAction*> byText;
    const auto actions = dialog.findChildren<QAction*>();
    for (QAction* action : actions)
        byText.insert(action->text(), action);
    const QStringList expected {
        QStringLiteral("Halaman berikutnya"),
        QStringLiteral("Halaman sebelumnya"),
        QStringLiteral("Halaman pertama"),
        QStringLiteral("Halaman terakhir"),
        QStringLiteral("Sesuaikan lebar"),
        QStringLiteral("Sesuaikan halaman"),
        QStringLiteral("Perbesar"),
        QStringLiteral("Perkecil"),
        QStringLiteral("Potret"),
        QStringLiteral("Lanskap"),
        QStringLiteral("Tampilkan satu halaman"),
        QStringLiteral("Tampilkan halaman berhadapan"),
        QStringLiteral("Tampilkan ikhtisar semua halaman"),
        QStringLiteral("Cetak"),
        QStringLiteral("Pengaturan halaman"),
    };
    for (const QString& text : expected) {
        QAction* action = byText.value(text);
        QVERIFY2(action,
                 qPrintable(QStringLiteral("no action \"%1\" among: %2")
                                .arg(text, QStringList(byText.keys()).join(u", "))));
        QCOMPARE(action->toolTip(), text);
    }
    for (const QString& english : { QStringLiteral("Next page"), QStringLiteral("Zoom in"),
                                    QStringLiteral("Print"), QStringLiteral("Page setup") })
        QVERIFY2(!byText.contains(english), qPrintable(english));
#else
    QSKIP("Qt was built without the print preview dialog");
#endif
}

void TestQtTranslations::printDialog()
{
#if QT_CONFIG(printdialog)
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Cetak"));
    dialog.show(); // the printer list is filled when the dialog is shown
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QStringList groupTitles;
    for (const QGroupBox* box : dialog.findChildren<QGroupBox*>())
        groupTitles << box->title();
    QVERIFY2(groupTitles.contains(QStringLiteral("Pencetak")), qPrintable(groupTitles.join(u", ")));
    QVERIFY2(groupTitles.contains(QStringLiteral("Rentang cetak")),
             qPrintable(groupTitles.join(u", ")));

    QStringList tabs;
    for (const QTabWidget* tabWidget : dialog.findChildren<QTabWidget*>())
        for (int i = 0; i < tabWidget->count(); ++i)
            tabs << tabWidget->tabText(i);
    QVERIFY2(tabs.contains(QStringLiteral("Salinan")), qPrintable(tabs.join(u", ")));
    QVERIFY2(tabs.contains(QStringLiteral("Opsi")), qPrintable(tabs.join(u", ")));

    QStringList printers;
    for (const QComboBox* combo : dialog.findChildren<QComboBox*>())
        for (int i = 0; i < combo->count(); ++i)
            printers << combo->itemText(i);
    QVERIFY2(printers.contains(QStringLiteral("Cetak ke Berkas (PDF)")),
             qPrintable(printers.join(u", ")));

    QStringList buttons;
    for (const QPushButton* button : dialog.findChildren<QPushButton*>())
        buttons << button->text();
    QVERIFY2(buttons.contains(QStringLiteral("&Cetak")), qPrintable(buttons.join(u", ")));
    QVERIFY2(buttons.contains(QStringLiteral("P&roperti")), qPrintable(buttons.join(u", ")));
#else
    QSKIP("Qt was built without the print dialog");
#endif
}

void TestQtTranslations::standardButtons()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close
                         | QDialogButtonBox::Save | QDialogButtonBox::Yes | QDialogButtonBox::No);
    // The GNOME theme adds its own mnemonics; compare without them.
    QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::Ok)->text()), QStringLiteral("OK"));
    QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::Cancel)->text()),
             QStringLiteral("Batal"));
    QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::Close)->text()), QStringLiteral("Tutup"));
    QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::Save)->text()), QStringLiteral("Simpan"));
    QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::Yes)->text()), QStringLiteral("Ya"));
    QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::No)->text()), QStringLiteral("Tidak"));
}

void TestQtTranslations::messageBoxDetails()
{
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Loket"), QStringLiteral("Gagal"),
                    QMessageBox::Ok);
    box.setDetailedText(QStringLiteral("rincian"));
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QPushButton* details = nullptr;
    for (QPushButton* button : box.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Tampilkan Rincian..."))
            details = button;
    QVERIFY(details);
    details->click();
    QCOMPARE(details->text(), QStringLiteral("Sembunyikan Rincian..."));
    box.close();
}

void TestQtTranslations::lineEditContextMenu()
{
    QLineEdit edit(QStringLiteral("teks"));
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (const QAction* action : menu->actions())
        if (!action->isSeparator())
            texts << action->text().section(QLatin1Char('\t'), 0, 0);
    const QStringList expected { QStringLiteral("&Urungkan"),  QStringLiteral("U&langi"),
                                 QStringLiteral("Po&tong"),    QStringLiteral("&Salin"),
                                 QStringLiteral("Tem&pel"),    QStringLiteral("Hapus"),
                                 QStringLiteral("Pilih Semua") };
    for (const QString& text : expected)
        QVERIFY2(texts.contains(text), qPrintable(texts.join(u", ")));
}

void TestQtTranslations::fileDialog()
{
    QFileDialog dialog(nullptr, QString(), QDir::tempPath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    QStringList labels;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        labels << label->text();
    for (const QString& text : { QStringLiteral("Lihat di:"), QStringLiteral("&Nama berkas:"),
                                 QStringLiteral("Jenis berkas:") })
        QVERIFY2(labels.contains(text), qPrintable(labels.join(u", ")));
    QCOMPARE(
        QCoreApplication::translate("QFileDialog", "%1 already exists.\nDo you want to replace it?")
            .arg(QStringLiteral("a.pdf")),
        QStringLiteral("a.pdf sudah ada.\nApakah Anda ingin menggantinya?"));
}

QTEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
