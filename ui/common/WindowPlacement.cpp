#include "WindowPlacement.h"

namespace loket::ui {

WindowPlacement WindowPlacement::choose(const QRect& available,
                                        const std::optional<WindowPlacement>& remembered)
{
    if (remembered && available.contains(remembered->geometry))
        return *remembered;
    WindowPlacement placement;
    placement.maximised
        = available.width() <= SmallScreen.width() || available.height() <= SmallScreen.height();
    // Not bigger than the free area, so that leaving the maximised state keeps it on screen.
    const QSize size = ComfortableSize.boundedTo(available.size());
    placement.geometry = QRect(QPoint(0, 0), size);
    placement.geometry.moveCenter(available.center());
    return placement;
}

} // namespace loket::ui
