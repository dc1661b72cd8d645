#include "widgets/relative_time.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ui {

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    const qint64 seconds = local.secsTo(localNow);
    if (seconds < 60 && seconds > -300)
        return QCoreApplication::translate("Ui::RelativeTime", "now");
    // (lupdate hangs on a cast inside the call: compute the numbers first.)
    const int minutes = static_cast<int>(seconds / 60);
    const int hours = static_cast<int>(seconds / 3600);
    if (seconds > 0 && seconds < 3600)
        return QCoreApplication::translate("Ui::RelativeTime", "%n min", nullptr, minutes);
    if (seconds > 0 && seconds < 12 * 3600)
        return QCoreApplication::translate("Ui::RelativeTime", "%n h", nullptr, hours);
    const qint64 days = local.date().daysTo(localNow.date());
    if (days == 0)
        return shortTime(local.time());
    if (days == 1)
        return QCoreApplication::translate("Ui::RelativeTime", "Yesterday");
    if (days > 1 && days < 7)
        return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    if (local.date().year() == localNow.date().year())
        return QLocale().toString(local.date(), QStringLiteral("d MMM"));
    return QLocale().toString(local.date(), QStringLiteral("d MMM yyyy"));
}

QString shortTime(const QTime &time)
{
    // Some locales (C among them) put seconds in the short format: a list needs none.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

QString longDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return QCoreApplication::translate("Ui::RelativeTime", "%1, %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("d MMM yyyy")), shortTime(local.time()));
}

} // namespace Ui
