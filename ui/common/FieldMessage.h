#pragma once

#include <QLabel>

namespace loket::ui {

// A message under a form field: red for what must change, grey for a note; hidden when there
// is nothing to say. Plain text: messages quote what was typed, which is never markup.
inline void showFieldMessage(QLabel* label, const QString& message, bool note = false)
{
    label->setStyleSheet(note ? QStringLiteral("color: #555555;")
                              : QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

inline void showFieldNote(QLabel* label, const QString& note)
{
    showFieldMessage(label, note, true);
}

} // namespace loket::ui
