#pragma once
// What the workflow suites share: a fresh office database per test with users of every role,
// the workflow on it, and short ways to register a case and name a user.
#include "CaseQueries.h"
#include "WorkflowFixture.h"

#include <memory>

namespace loket::test {

class CaseTestBase
{
protected:
    void setUp() { m_f = std::make_unique<WorkflowFixture>(); }
    void tearDown()
    {
        m_flow.reset();
        m_f.reset();
    }
    bool open(const QString& office = QStringLiteral("palangka-raya"))
    {
        if (!m_f->open(office))
            return false;
        m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog);
        return true;
    }
    QString newCase(const QString& service = QStringLiteral("PKY-08"))
    {
        return m_f->registerCase(service, at("2024-01-02T09:00:00+07:00"));
    }
    qint64 caseId(const QString& number) const
    {
        return CaseQueries(*m_f->database).idOf(number).value_or(0);
    }
    User as(const char* name) const { return m_f->user(QString::fromLatin1(name)); }

    std::unique_ptr<WorkflowFixture> m_f;
    std::unique_ptr<CaseWorkflow> m_flow;
};

} // namespace loket::test
