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
    const QUrl url = name.isRelative() ? document()->baseUrl().resolved(name) : name;
    const QString scheme = url.scheme().toLower();
    // Whatever this answers with a null variant, QTextDocument then tries by
    // itself: a data: URL it decodes, any other name it reads as a local
    // file. So a refusal is an empty answer, not a null one; only an inline
    // picture the reader allowed goes on to be decoded there.
    const QVariant refused = QVariant::fromValue(QByteArray());
    if (type != QTextDocument::ImageResource || !m_imagesAllowed)
        return refused;
    if (scheme == QLatin1String("data"))
        return url.toString().startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive) ? QVariant() : refused;
    // Style sheets, other documents, fonts, local files: never.
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || !m_loader)
        return refused;
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
