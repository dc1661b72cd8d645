#include "widgets/themed_icon.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>

// The icons live in tidings_ui's resources, a static library: make sure they
// are registered even when no main window has been made yet.
static void initTidingsResources()
{
    Q_INIT_RESOURCE(tidings);
}

namespace Ui {

namespace {

// The stroke colour every monochrome icon in resources/icons uses.
constexpr char MonoColor[] = "#6b7280";

QPixmap render(QByteArray svg, int size)
{
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size));
    return QPixmap::fromImage(reader.read());
}

} // namespace

QIcon themedIcon(const QString &resource)
{
    // The tree sets an icon on every feed at each count refresh: build each once
    // per selection colour.
    static QHash<QString, QIcon> cache;
    static const bool resourcesReady = (initTidingsResources(), true);
    Q_UNUSED(resourcesReady);
    const QByteArray selected = QApplication::palette().color(QPalette::HighlightedText).name().toLatin1();
    const QString key = resource + QLatin1Char('|') + QLatin1String(selected);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();
    QFile file(resource);
    const QByteArray svg = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (!svg.contains(MonoColor)) {
        const QIcon icon(resource);
        cache.insert(key, icon);
        return icon;
    }
    // Pixmaps for both modes: Qt's SVG icon engine only uses an added
    // Selected pixmap at exactly the requested size, so it would mostly ignore it.
    QByteArray selectedSvg = svg;
    selectedSvg.replace(MonoColor, selected);
    QIcon icon;
    for (const int size : { 16, 20, 24, 32, 40, 48, 64 }) {
        icon.addPixmap(render(svg, size), QIcon::Normal);
        icon.addPixmap(render(selectedSvg, size), QIcon::Selected);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace Ui
