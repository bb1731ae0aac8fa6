#pragma once

#include "Users.h"
#include "WorkflowModel.h"

#include <QTimeZone>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace Ui {
class CaseAttachmentsPanel;
}

namespace loket::ui {

// The scans kept with a case (PDF, JPEG, PNG up to Attachments::MaxSize): attach one from a
// file, open one, or save a copy. A file past the limit is refused with core's sentence before
// it is read. The file dialogs can be replaced (tests).
class CaseAttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    using OpenChooser = std::function<QString(QWidget* parent)>;
    using SaveChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;
    // Sets `errorMessage` when the file cannot be read from the database.
    using ContentSource = std::function<QByteArray(qint64 attachmentId, QString* errorMessage)>;

    explicit CaseAttachmentsPanel(QWidget* parent = nullptr);
    ~CaseAttachmentsPanel() override;

    void setOpenChooser(OpenChooser chooser) { m_openChooser = std::move(chooser); }
    void setSaveChooser(SaveChooser chooser) { m_saveChooser = std::move(chooser); }
    void setContentSource(ContentSource source) { m_content = std::move(source); }

    void setAttachments(const QList<AttachmentInfo>& attachments, const User& user, bool caseOpen,
                        const QTimeZone& zone);
    void clear();
    int rowCount() const;

    void requestAttach(); // asks for a file, checks its size, reads it: attachRequested
    bool openSelected();
    bool saveSelected(QString* writtenPath = nullptr);

signals:
    void attachRequested(const QString& fileName, const QByteArray& content);
    void problem(const QString& message);

private:
    const AttachmentInfo* selected() const;
    // The stored file, or nothing (and a problem() signal) when it cannot be read.
    std::optional<QByteArray> content(const AttachmentInfo& info);

    std::unique_ptr<Ui::CaseAttachmentsPanel> m_ui;
    QList<AttachmentInfo> m_attachments;
    OpenChooser m_openChooser;
    SaveChooser m_saveChooser;
    ContentSource m_content;
    std::unique_ptr<QTemporaryDir> m_openDir; // copies opened in a viewer live here
};

} // namespace loket::ui
