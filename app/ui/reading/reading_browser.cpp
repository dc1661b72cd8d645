#include "reading/reading_browser.h"

#include "reading/image_loader.h"

#include <QImage>
#include <QTextDocument>

namespace Ui {

ReadingBrowser::ReadingBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
}

ReadingBrowser::~ReadingBrowser() = default;

void ReadingBrowser::setImageLoader(ImageLoader *loader)
{
    m_loader = loader;
}

void ReadingBrowser::setImagesAllowed(bool allowed)
{
    m_imagesAllowed = allowed;
}

QVariant ReadingBrowser::loadResource(int type, const QUrl &name)
{
    // Style sheets, other documents, fonts: never.
    if (type != QTextDocument::ImageResource || !m_imagesAllowed || !m_loader)
        return {};
    const QUrl url = name.isRelative() ? document()->baseUrl().resolved(name) : name;
    QImage image = m_loader->cached(url);
    if (image.isNull()) {
        m_loader->request(url); // the pane re-renders when it arrives
        return {};
    }
    const int maxWidth = qMax(64, m_maxImageWidth);
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    return image;
}

} // namespace Ui
