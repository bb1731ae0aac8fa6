#pragma once

#include "CommandLine.h"

#include <optional>

namespace loket::ctl {

// Reads a new password the way a server administrator types or pipes it, never from an
// argument (which the process list and the shell's history would show to others). On a
// terminal it asks twice with the echo off; otherwise it takes one line of standard input
// (`echo "$PW" | loketctl user passwd …`). Prints why and returns nothing when the two typings
// differ or nothing could be read.
std::optional<QString> readNewPassword(Output& io);

} // namespace loket::ctl
