#pragma once

#include "Worklist.h"

#include <QVariant>

namespace loket::ui {

// How lists show what is late or due today — the worklist, the complaints and the reminders
// alike: a light fill with dark text, and an icon in the due column, besides the words.
// Returns the value of `role` (decoration only when `dueColumn`), or an invalid QVariant when
// the urgency has no look of its own.
QVariant urgencyData(TimeLeft::Urgency urgency, int role, bool dueColumn);

} // namespace loket::ui
