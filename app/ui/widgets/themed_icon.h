#pragma once

#include <QIcon>
#include <QString>

namespace Ui {

// An icon from one of the app's SVG resources. The monochrome icons are drawn
// in a mid grey that vanishes on the selection colour, so their Selected mode
// is redrawn in the palette's highlighted-text colour.
QIcon themedIcon(const QString &resource);

} // namespace Ui
