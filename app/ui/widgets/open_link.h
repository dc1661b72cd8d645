#pragma once

#include <QString>

class QUrl;

namespace Ui {

// Opens a web link with the reader's browser command (Preferences: the URL
// is appended as its last argument), or with the desktop's default browser
// when the command is empty or cannot start. Other schemes (mailto) always
// go to the desktop.
void openLink(const QUrl &url, const QString &browserCommand);

} // namespace Ui
