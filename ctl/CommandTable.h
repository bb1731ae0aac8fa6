#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace loket::ctl {

// Every loketctl command, in the order the overall usage lists them.
const std::vector<std::unique_ptr<Command>>& commands();
// The command of that name, or null.
const Command* findCommand(const QString& name);
// `loketctl --help`: the commands with what each does, generated from the table.
QString overallUsage();

} // namespace loket::ctl
