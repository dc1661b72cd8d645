#pragma once

#include <QString>

#include <functional>

class QSpinBox;

namespace Ui {

// Shows a spin box's value with its unit in the right plural form for the
// value shown ("1 day", "2 days"; "1 Tag", "2 Tage"; Arabic's six forms):
// `text` gives the whole phrase for a count (a tr("%n day(s)", …, n)), and
// the words around the number become the box's prefix and suffix, so a
// language may put its unit before the number too.
// Showing a unit again replaces the one shown before.
void showUnit(QSpinBox *box, std::function<QString(int)> text);

// Applies the phrase again, for a `text` that reads other state (a unit
// the dialog lets the user switch).
void updateUnit(QSpinBox *box);

} // namespace Ui
