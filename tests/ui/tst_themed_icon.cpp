// Ui::themedIcon: monochrome icons stay visible on the selection colour.

#include "widgets/themed_icon.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

class TestThemedIcon final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selectedModeUsesHighlightedText();
    void colourIconsAreLeftAlone();

private:
    // How many opaque pixels are within a small distance of the colour.
    static int pixelsNear(const QImage &image, const QColor &colour);
};

int TestThemedIcon::pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && qAbs(c.red() - colour.red()) < 24 && qAbs(c.green() - colour.green()) < 24
                && qAbs(c.blue() - colour.blue()) < 24)
                ++count;
        }
    return count;
}

void TestThemedIcon::selectedModeUsesHighlightedText()
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::HighlightedText, QColor(QStringLiteral("#ffffff")));
    QApplication::setPalette(palette);
    const QString path = QStringLiteral(":/icons/all.svg");
    QVERIFY2(QFile::exists(path), "the app's icon resources are not linked into the test");
    const QIcon icon = Ui::themedIcon(path);
    const QColor grey(QStringLiteral("#6b7280"));
    const QColor white(QStringLiteral("#ffffff"));
    for (const int size : { 16, 32 }) {
        const QImage normal = icon.pixmap(size, size, QIcon::Normal).toImage();
        const QImage selected = icon.pixmap(size, size, QIcon::Selected).toImage();
        QVERIFY(!normal.isNull() && !selected.isNull());
        QVERIFY2(pixelsNear(normal, grey) > 4, "the normal icon is drawn in the grey stroke");
        QCOMPARE(pixelsNear(normal, white), 0);
        QVERIFY2(pixelsNear(selected, white) > 4, "the selected icon is drawn in the highlighted-text colour");
        QCOMPARE(pixelsNear(selected, grey), 0);
    }
}

void TestThemedIcon::colourIconsAreLeftAlone()
{
    // The feed icon has its own colours: both modes keep its orange.
    const QIcon icon = Ui::themedIcon(QStringLiteral(":/icons/feed.svg"));
    const QColor orange(QStringLiteral("#f28c28"));
    QVERIFY(pixelsNear(icon.pixmap(16, 16, QIcon::Normal).toImage(), orange) > 20);
}

QTEST_MAIN(TestThemedIcon)
#include "tst_themed_icon.moc"
