#pragma once

#include <QSet>
#include <QTextBrowser>

namespace Ui {

class ImageLoader;

// The article body view. It never loads anything by itself: links are handed
// to the caller (anchorClicked), and loadResource returns nothing except
// images the user allowed, which come from the app's ImageLoader.
class ReadingBrowser final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingBrowser)

public:
    explicit ReadingBrowser(QWidget *parent = nullptr);
    ~ReadingBrowser() override;

    void setImageLoader(ImageLoader *loader);
    void setImagesAllowed(bool allowed);
    bool imagesAllowed() const { return m_imagesAllowed; }
    void setMaxImageWidth(int width) { m_maxImageWidth = width; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    ImageLoader *m_loader = nullptr;
    bool m_imagesAllowed = false;
    int m_maxImageWidth = 640;
};

} // namespace Ui
