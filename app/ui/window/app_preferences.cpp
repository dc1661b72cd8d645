#include "window/app_preferences.h"

#include <QApplication>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QStyle>

namespace Ui {

namespace {

// A theme's colours, one per palette role it sets; the disabled text of
// every kind shares one colour.
struct ThemeColours {
    QColor window, windowText, base, alternateBase, text, button, buttonText, brightText;
    QColor toolTipBase, toolTipText, placeholderText, highlight, highlightedText, link, linkVisited;
    QColor light, midlight, mid, dark, shadow, disabledText;
};

QPalette paletteOf(const ThemeColours &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, c.brightText);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    p.setColor(QPalette::PlaceholderText, c.placeholderText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::Disabled, QPalette::Text, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabledText);
    return p;
}

QPalette lightPalette()
{
    const QColor text(0x1f, 0x1f, 0x1f);
    return paletteOf({ .window = QColor(0xf4, 0xf3, 0xf0),
        .windowText = text,
        .base = Qt::white,
        .alternateBase = QColor(0xf7, 0xf6, 0xf3),
        .text = text,
        .button = QColor(0xec, 0xeb, 0xe7),
        .buttonText = text,
        .brightText = Qt::white,
        .toolTipBase = QColor(0xff, 0xfd, 0xe8),
        .toolTipText = text,
        .placeholderText = QColor(0x6b, 0x6b, 0x6b),
        .highlight = QColor(0x2f, 0x6f, 0xb3),
        .highlightedText = Qt::white,
        .link = QColor(0x1d, 0x5f, 0xa8),
        .linkVisited = QColor(0x6a, 0x3f, 0x9c),
        .light = Qt::white,
        .midlight = QColor(0xe2, 0xe1, 0xdc),
        .mid = QColor(0xb8, 0xb6, 0xb0),
        .dark = QColor(0x8a, 0x88, 0x82),
        .shadow = QColor(0x40, 0x40, 0x40),
        .disabledText = QColor(0x9a, 0x9a, 0x9a) });
}

QPalette darkPalette()
{
    const QColor text(0xe6, 0xe4, 0xdf);
    return paletteOf({ .window = QColor(0x26, 0x27, 0x29),
        .windowText = text,
        .base = QColor(0x1c, 0x1d, 0x1f),
        .alternateBase = QColor(0x2b, 0x2c, 0x2f),
        .text = text,
        .button = QColor(0x33, 0x34, 0x37),
        .buttonText = text,
        .brightText = Qt::white,
        .toolTipBase = QColor(0x33, 0x34, 0x37),
        .toolTipText = text,
        .placeholderText = QColor(0x9a, 0x98, 0x93),
        .highlight = QColor(0x3d, 0x7a, 0xc0),
        .highlightedText = Qt::white,
        .link = QColor(0x7d, 0xb4, 0xf0),
        .linkVisited = QColor(0xb3, 0x9d, 0xe0),
        .light = QColor(0x45, 0x46, 0x4a),
        .midlight = QColor(0x3a, 0x3b, 0x3e),
        .mid = QColor(0x2e, 0x2f, 0x32),
        .dark = QColor(0x18, 0x18, 0x1a),
        .shadow = Qt::black,
        .disabledText = QColor(0x7a, 0x79, 0x76) });
}

// Every text colour against its background at a contrast of 7:1 or more
// (WCAG AAA); focus and selection in yellow, links in cyan; frames and
// separators drawn in white, so every edge shows.
QPalette highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    return paletteOf({ .window = black,
        .windowText = white,
        .base = black,
        .alternateBase = QColor(0x1a, 0x1a, 0x1a),
        .text = white,
        .button = black,
        .buttonText = white,
        .brightText = yellow,
        .toolTipBase = black,
        .toolTipText = yellow,
        .placeholderText = QColor(0xc8, 0xc8, 0xc8),
        .highlight = yellow,
        .highlightedText = black,
        .link = QColor(0x6c, 0xe8, 0xff),
        .linkVisited = QColor(0xe0, 0xb0, 0xff),
        .light = white,
        .midlight = QColor(0xc8, 0xc8, 0xc8),
        .mid = white,
        .dark = white,
        .shadow = white,
        .disabledText = QColor(0xa0, 0xa0, 0xa0) });
}

} // namespace

QPalette themePalette(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::Light:
        return lightPalette();
    case Settings::Theme::Dark:
        return darkPalette();
    case Settings::Theme::HighContrast:
        return highContrastPalette();
    case Settings::Theme::System:
        break;
    }
    return QApplication::style()->standardPalette();
}

void applyTheme(Settings::Theme theme)
{
    if (theme == Settings::Theme::System)
        QApplication::setPalette(QPalette()); // back to the platform's
    else
        QApplication::setPalette(themePalette(theme));
}

void applyProxy(Settings::ProxyMode mode, const QString &host, int port)
{
    switch (mode) {
    case Settings::ProxyMode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    case Settings::ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    case Settings::ProxyMode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(host.isEmpty()
                ? QNetworkProxy(QNetworkProxy::NoProxy)
                : QNetworkProxy(QNetworkProxy::HttpProxy, host, quint16(qBound(1, port, 65535))));
        return;
    }
}

void applyAppPreferences(const Settings &settings)
{
    applyTheme(settings.theme());
    applyProxy(settings.proxyMode(), settings.proxyHost(), settings.proxyPort());
}

} // namespace Ui
