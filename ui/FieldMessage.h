#pragma once

#include <QLabel>

namespace loket::ui {

// A message under a form field: red, hidden when there is nothing to say.
inline void showFieldMessage(QLabel* label, const QString& message)
{
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace loket::ui
