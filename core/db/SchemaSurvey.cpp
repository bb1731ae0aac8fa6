// Migration 7: the satisfaction survey (SKM, PermenPANRB 14/2017) — one row per respondent,
// nine answers on the 1–4 scale, taken on screen or from a printed questionnaire.
#include "SchemaSteps.h"

namespace loket::schema {

Migration satisfactionSurvey()
{
    return { 7, QStringLiteral("satisfaction survey"),
             statements({
                 "CREATE TABLE survey_responses ("
                 " id {id},"
                 " case_id {ref} UNIQUE REFERENCES cases(id),"
                 " service_code TEXT NOT NULL,"
                 " answered_on TEXT NOT NULL,"
                 " source TEXT NOT NULL CHECK (source IN ('screen', 'paper')),"
                 " u1 INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4),"
                 " u2 INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),"
                 " u3 INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4),"
                 " u4 INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),"
                 " u5 INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4),"
                 " u6 INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),"
                 " u7 INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4),"
                 " u8 INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),"
                 " u9 INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4),"
                 " gender TEXT CHECK (gender IN ('L', 'P')),"
                 " age INTEGER,"
                 " education TEXT,"
                 " occupation TEXT,"
                 " suggestion TEXT,"
                 " recorded_by {ref} NOT NULL REFERENCES users(id),"
                 " recorded_at TEXT NOT NULL)",
                 "CREATE INDEX survey_service_date ON survey_responses(service_code, answered_on)",
                 "CREATE INDEX survey_date ON survey_responses(answered_on)",
             }) };
}

} // namespace loket::schema
