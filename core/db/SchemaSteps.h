#pragma once
// The migrations themselves, one function each, in files by subject; Schema.cpp lists them.
#include "Schema.h"

#include <initializer_list>

namespace loket::schema {

QStringList statements(std::initializer_list<const char*> list);

Migration initialSchema();
Migration counterIntake();
Migration letterNumbers();
Migration backOfficeWorkflow();
Migration issuedDocuments();
Migration complaints();
Migration satisfactionSurvey();
Migration dtksExtracts();
Migration guestBook();
Migration dtsenExtracts();
Migration notifications();
Migration complaintSmsConsent();

} // namespace loket::schema
