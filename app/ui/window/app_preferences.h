#pragma once

// The preferences that act on the whole application rather than one
// window: the colour theme (a palette on the QApplication) and the network
// proxy (Qt's application proxy). Applied at start and after Preferences.

#include "window/settings.h"

#include <QPalette>

namespace Ui {

// System: the style's own palette; Light and Dark: Tidings' palettes.
QPalette themePalette(Settings::Theme theme);
void applyTheme(Settings::Theme theme);
// System: the desktop's proxy settings; None: direct; Manual: an HTTP proxy
// at host:port (direct when no host is given).
void applyProxy(Settings::ProxyMode mode, const QString &host, int port);
void applyAppPreferences(const Settings &settings);

} // namespace Ui
