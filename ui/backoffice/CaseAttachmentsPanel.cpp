#include "CaseAttachmentsPanel.h"

#include "Attachments.h"
#include "Permissions.h"
#include "ui_caseattachmentspanel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace loket::ui {
namespace {

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return CaseAttachmentsPanel::tr("%1 KB").arg((bytes + 1023) / 1024);
    return CaseAttachmentsPanel::tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

} // namespace

CaseAttachmentsPanel::CaseAttachmentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseAttachmentsPanel>())
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->attachmentsTableWidget;
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        { tr("File"), tr("Type"), tr("Size"), tr("Attached by"), tr("When") });
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    m_ui->limitLabel->setText(tr("Scans as PDF, JPEG or PNG, at most %1 MB each.")
                                  .arg(Attachments::MaxSize / (1024 * 1024)));
    m_ui->openAttachmentButton->setToolTip(tr("Open the selected file (Ctrl+Shift+O)"));
    m_ui->saveAttachmentButton->setToolTip(tr("Save a copy of the selected file (Ctrl+Shift+Y)"));
    m_openChooser = [](QWidget* dialogParent) {
        return QFileDialog::getOpenFileName(
            dialogParent, tr("Attach a scan"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Scans (*.pdf *.jpg *.jpeg *.png)"));
    };
    m_saveChooser = [](QWidget* dialogParent, const QString& suggestedName) {
        return QFileDialog::getSaveFileName(
            dialogParent, tr("Save a copy"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                + suggestedName);
    };
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this,
            &CaseAttachmentsPanel::requestAttach);
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this,
            &CaseAttachmentsPanel::openSelected);
    connect(m_ui->saveAttachmentButton, &QPushButton::clicked, this, [this] { saveSelected(); });
    connect(table, &QTableWidget::itemActivated, this, &CaseAttachmentsPanel::openSelected);
}

CaseAttachmentsPanel::~CaseAttachmentsPanel() = default;

void CaseAttachmentsPanel::clear()
{
    m_attachments.clear();
    m_ui->attachmentsTableWidget->setRowCount(0);
    m_ui->openAttachmentButton->setEnabled(false);
    m_ui->saveAttachmentButton->setEnabled(false);
}

int CaseAttachmentsPanel::rowCount() const
{
    return m_ui->attachmentsTableWidget->rowCount();
}

void CaseAttachmentsPanel::setAttachments(const QList<AttachmentInfo>& attachments,
                                          const User& user, bool caseOpen, const QTimeZone& zone)
{
    m_attachments = attachments;
    QTableWidget* table = m_ui->attachmentsTableWidget;
    table->setRowCount(int(attachments.size()));
    for (int row = 0; row < attachments.size(); ++row) {
        const AttachmentInfo& info = attachments.at(row);
        const QStringList cells {
            info.fileName, info.mediaType, sizeText(info.size), info.attachedByName,
            info.attachedAt.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm"))
        };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!attachments.isEmpty())
        table->selectRow(int(attachments.size()) - 1);
    m_ui->openAttachmentButton->setEnabled(!attachments.isEmpty());
    m_ui->saveAttachmentButton->setEnabled(!attachments.isEmpty());
    const QString refusal
        = caseOpen ? Permissions::check(user, Action::AttachFile) : tr("The case is closed.");
    m_ui->addAttachmentButton->setEnabled(refusal.isEmpty());
    m_ui->addAttachmentButton->setToolTip(refusal.isEmpty()
                                              ? tr("Attach a scan from a file (Ctrl+U)")
                                              : tr("%1 (Ctrl+U)").arg(refusal));
}

void CaseAttachmentsPanel::requestAttach()
{
    const QString path = m_openChooser(this);
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    // Refused before reading: a 2 GB video picked by mistake is not loaded into memory.
    if (const QString tooBig = Attachments::checkSize(path, info.size()); !tooBig.isEmpty()) {
        emit problem(tooBig);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit problem(tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
        return;
    }
    emit attachRequested(info.fileName(), file.readAll());
}

const AttachmentInfo* CaseAttachmentsPanel::selected() const
{
    const int row = m_ui->attachmentsTableWidget->currentRow();
    return row >= 0 && row < m_attachments.size() ? &m_attachments.at(row) : nullptr;
}

bool CaseAttachmentsPanel::openSelected()
{
    const AttachmentInfo* info = selected();
    if (!info || !m_content)
        return false;
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    const std::optional<QByteArray> bytes = content(*info);
    if (!bytes)
        return false;
    QFile file(m_openDir->filePath(QStringLiteral("%1-%2").arg(info->id).arg(info->fileName)));
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) < 0) {
        emit problem(tr("Cannot open %1: %2").arg(info->fileName, file.errorString()));
        return false;
    }
    file.close();
    return QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

std::optional<QByteArray> CaseAttachmentsPanel::content(const AttachmentInfo& info)
{
    QString error;
    const QByteArray bytes = m_content(info.id, &error);
    if (error.isEmpty())
        return bytes;
    emit problem(tr("Cannot open %1: %2").arg(info.fileName, error));
    return std::nullopt;
}

bool CaseAttachmentsPanel::saveSelected(QString* writtenPath)
{
    const AttachmentInfo* info = selected();
    if (!info || !m_content)
        return false;
    const QString path = m_saveChooser(this, info->fileName);
    if (path.isEmpty())
        return false;
    const std::optional<QByteArray> bytes = content(*info);
    if (!bytes)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) < 0 || !file.commit()) {
        emit problem(tr("Cannot save %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (writtenPath)
        *writtenPath = path;
    return true;
}

} // namespace loket::ui
