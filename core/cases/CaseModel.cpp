#include "CaseModel.h"

#include <QCoreApplication>

namespace loket {
namespace {

struct StatusKey
{
    CaseStatus status;
    const char* key;
    const char* title;
};

const StatusKey kStatuses[] = {
    { CaseStatus::Registered, "registered", QT_TRANSLATE_NOOP("loket::CaseStatus", "Registered") },
    { CaseStatus::WaitingDocuments, "waiting-documents",
      QT_TRANSLATE_NOOP("loket::CaseStatus", "Waiting for documents") },
    { CaseStatus::InVerification, "in-verification",
      QT_TRANSLATE_NOOP("loket::CaseStatus", "In verification") },
    { CaseStatus::InProcess, "in-process", QT_TRANSLATE_NOOP("loket::CaseStatus", "In process") },
    { CaseStatus::AwaitingSignoff, "awaiting-signoff",
      QT_TRANSLATE_NOOP("loket::CaseStatus", "Awaiting sign-off") },
    { CaseStatus::ProductReady, "product-ready",
      QT_TRANSLATE_NOOP("loket::CaseStatus", "Product ready") },
    { CaseStatus::HandedOver, "handed-over",
      QT_TRANSLATE_NOOP("loket::CaseStatus", "Handed over") },
    { CaseStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("loket::CaseStatus", "Rejected") },
};

} // namespace

QString caseStatusKey(CaseStatus status)
{
    for (const StatusKey& entry : kStatuses) {
        if (entry.status == status)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

bool caseStatusFromKey(const QString& key, CaseStatus* status)
{
    for (const StatusKey& entry : kStatuses) {
        if (key == QLatin1String(entry.key)) {
            *status = entry.status;
            return true;
        }
    }
    return false;
}

QString caseStatusTitle(CaseStatus status)
{
    for (const StatusKey& entry : kStatuses) {
        if (entry.status == status)
            return QCoreApplication::translate("loket::CaseStatus", entry.title);
    }
    return {};
}

bool isOpen(CaseStatus status)
{
    return status != CaseStatus::HandedOver && status != CaseStatus::Rejected;
}

QString checklistStateKey(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Present:
        return QStringLiteral("present");
    case ChecklistItem::State::Missing:
        return QStringLiteral("missing");
    case ChecklistItem::State::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

bool checklistStateFromKey(const QString& key, ChecklistItem::State* state)
{
    for (auto candidate : { ChecklistItem::State::Present, ChecklistItem::State::Missing,
                            ChecklistItem::State::NotApplicable }) {
        if (checklistStateKey(candidate) == key) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString checklistStateTitle(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Present:
        return QCoreApplication::translate("loket::CaseStatus", "present");
    case ChecklistItem::State::Missing:
        return QCoreApplication::translate("loket::CaseStatus", "missing");
    case ChecklistItem::State::NotApplicable:
        return QCoreApplication::translate("loket::CaseStatus", "not applicable");
    }
    return {};
}

bool Case::isComplete() const
{
    for (const ChecklistItem& item : checklist) {
        if (item.state == ChecklistItem::State::Missing)
            return false;
    }
    return true;
}

} // namespace loket
