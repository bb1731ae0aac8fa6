#pragma once

#include <QString>
#include <functional>

namespace loket {

// How far a backup or a restore has come, for a progress bar.
struct BackupProgress
{
    QString table; // the table being copied
    int tablesDone = 0; // tables copied so far
    int tableCount = 0;
    qint64 rowsDone = 0; // rows copied so far, all tables
};

// Called as the work goes on; returning false cancels it (nothing is left behind).
using BackupProgressCallback = std::function<bool(const BackupProgress&)>;

} // namespace loket
