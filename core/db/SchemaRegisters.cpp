// Migration 9: the guest book (buku tamu) for visitors who only ask for information; the
// register of service recipients is read from the cases themselves, by the time each file was
// received (a range on cases_received for a day, month or year).
#include "SchemaSteps.h"

namespace loket::schema {

Migration guestBook()
{
    return { 9, QStringLiteral("guest book"),
             statements({
                 "CREATE TABLE guest_book ("
                 " id {id},"
                 " visited_at TEXT NOT NULL,"
                 " name TEXT NOT NULL,"
                 " nik TEXT,"
                 " phone TEXT,"
                 " origin TEXT,"
                 " purpose TEXT NOT NULL,"
                 " service_code TEXT,"
                 " outcome TEXT,"
                 " served_by {ref} NOT NULL REFERENCES users(id),"
                 " created_at TEXT NOT NULL)",
                 "CREATE INDEX guest_book_visited ON guest_book(visited_at)",
                 "CREATE INDEX cases_received ON cases(received_at)",
             }) };
}

} // namespace loket::schema
