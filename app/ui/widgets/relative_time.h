#pragma once

#include <QDateTime>
#include <QString>

namespace Ui {

// "now", "5 min", "3 h", "Yesterday", "12 Mar", "12 Mar 2023": short enough
// for a list row.
QString relativeTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

// A full local date and time without seconds ("28 Nov 2026, 18:04" in English).
QString longDateTime(const QDateTime &when);
// A local time of day without seconds.
QString shortTime(const QTime &time);

} // namespace Ui
