#pragma once

#include <QRect>
#include <optional>

namespace loket::ui {

// Where the main window opens. On the screens most of these offices have (1366×768) and on
// anything not roomier, maximised: a window of its comfortable size would run off the screen.
// On a larger screen, at its comfortable size in the middle of the free area. The place the
// window was left at is taken again only while it still fits the screen's free area.
struct WindowPlacement
{
    static constexpr QSize ComfortableSize { 1280, 800 };
    // Free areas up to this size in either direction get a maximised window.
    static constexpr QSize SmallScreen { 1366, 800 };

    QRect geometry; // when not maximised: inside the free area
    bool maximised = false;

    // `available` is the screen's free area (QScreen::availableGeometry()).
    static WindowPlacement choose(const QRect& available,
                                  const std::optional<WindowPlacement>& remembered);
};

} // namespace loket::ui
