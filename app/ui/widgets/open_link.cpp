#include "widgets/open_link.h"

#include <QDesktopServices>
#include <QProcess>
#include <QUrl>

namespace Ui {

void openLink(const QUrl &url, const QString &browserCommand)
{
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    QStringList arguments = QProcess::splitCommand(browserCommand);
    if (web && !arguments.isEmpty()) {
        const QString program = arguments.takeFirst();
        arguments.append(url.toString(QUrl::FullyEncoded));
        if (QProcess::startDetached(program, arguments))
            return;
        qWarning(
            "Tidings: the browser command %s did not start; using the desktop's browser", qPrintable(browserCommand));
    }
    QDesktopServices::openUrl(url);
}

} // namespace Ui
