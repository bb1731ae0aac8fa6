// Whether a person can reach every control of a window: for the small-screen tests.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSet>
#include <QTabWidget>

namespace loket::test {

inline QString describe(const QWidget* widget)
{
    const QString name = widget->objectName().isEmpty()
        ? QString::fromLatin1(widget->metaObject()->className())
        : widget->objectName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return QStringLiteral("%1 \"%2\"").arg(name, button->text());
    return name;
}

// Why `control` cannot be reached in `window`, or empty. A control inside a scroll area (a
// list, a table, a scrolled form) is reached by scrolling, so there the area must show.
inline QString unreachable(const QWidget* control, const QWidget* window)
{
    const QWidget* shown = control;
    for (const QWidget* parent = control->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(parent)) {
            shown = parent;
            break;
        }
    }
    const QRect onWindow(shown->mapTo(window, QPoint(0, 0)), shown->size());
    if (!window->rect().contains(onWindow))
        return QStringLiteral("%1 lies outside the window").arg(describe(shown));
    for (const QWidget* parent = shown->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        const QRect parentOnWindow(parent->mapTo(window, QPoint(0, 0)), parent->size());
        if (!parentOnWindow.contains(onWindow))
            return QStringLiteral("%1 is cut off by %2").arg(describe(shown), describe(parent));
    }
    // As layouts do: a minimum size the form sets wins over the widget's own hint.
    const QSize hint = control->minimumSizeHint();
    const QSize set = control->minimumSize();
    const QSize needed = shown != control ? QSize(48, 48)
                                          : QSize(set.width() > 0 ? set.width() : hint.width(),
                                                  set.height() > 0 ? set.height() : hint.height());
    if (shown->width() < needed.width() || shown->height() < needed.height())
        return QStringLiteral("%1 is squeezed to %2×%3")
            .arg(describe(shown))
            .arg(shown->width())
            .arg(shown->height());
    return {};
}

// Every page of `tabs`, and of the tab widgets inside them, shown in turn: what cannot be
// reached on each.
inline QStringList unreachableControls(QTabWidget* tabs, QWidget* window)
{
    QSet<QString> problems;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        const QString where
            = tabs->tabText(page).replace(QStringLiteral("&&"), QStringLiteral("&"));
        for (QWidget* control : window->findChildren<QWidget*>()) {
            const bool isControl = qobject_cast<QAbstractButton*>(control)
                || qobject_cast<QComboBox*>(control) || qobject_cast<QLineEdit*>(control)
                || qobject_cast<QAbstractSpinBox*>(control);
            // A date field's or an editable list's own line edit is checked with the field.
            const bool isPart = qobject_cast<QAbstractSpinBox*>(control->parentWidget())
                || qobject_cast<QComboBox*>(control->parentWidget());
            if (!isControl || isPart || !control->isVisible())
                continue;
            const QString why = unreachable(control, window);
            if (!why.isEmpty())
                problems.insert(QStringLiteral("%1: %2").arg(where, why));
        }
        for (QTabWidget* inner : tabs->widget(page)->findChildren<QTabWidget*>()) {
            if (inner->isVisible()) {
                for (const QString& problem : unreachableControls(inner, window))
                    problems.insert(QStringLiteral("%1 › %2").arg(where, problem));
            }
        }
    }
    QStringList sorted(problems.cbegin(), problems.cend());
    sorted.sort();
    return sorted;
}

} // namespace loket::test
