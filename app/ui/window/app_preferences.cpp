#include "window/app_preferences.h"

#include <QApplication>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QStyle>

namespace Ui {

namespace {

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf4, 0xf3, 0xf0);
    const QColor text(0x1f, 0x1f, 0x1f);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf6, 0xf3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xec, 0xeb, 0xe7));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xa8));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3f, 0x9c));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe2, 0xe1, 0xdc));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xb6, 0xb0));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x88, 0x82));
    p.setColor(QPalette::Shadow, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x27, 0x29);
    const QColor text(0xe6, 0xe4, 0xdf);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1c, 0x1d, 0x1f));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2c, 0x2f));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x34, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x34, 0x37));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x98, 0x93));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7d, 0xb4, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xe0));
    p.setColor(QPalette::Light, QColor(0x45, 0x46, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3b, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x2e, 0x2f, 0x32));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x79, 0x76));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x79, 0x76));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x79, 0x76));
    return p;
}

// Every text colour against its background at a contrast of 7:1 or more
// (WCAG AAA); focus and selection in yellow, links in cyan.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    p.setColor(QPalette::Window, black);
    p.setColor(QPalette::WindowText, white);
    p.setColor(QPalette::Base, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Text, white);
    p.setColor(QPalette::Button, black);
    p.setColor(QPalette::ButtonText, white);
    p.setColor(QPalette::BrightText, yellow);
    p.setColor(QPalette::ToolTipBase, black);
    p.setColor(QPalette::ToolTipText, yellow);
    p.setColor(QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x6c, 0xe8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xe0, 0xb0, 0xff));
    // Frames and separators drawn in white, so every edge shows.
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, QColor(0xc8, 0xc8, 0xc8));
    p.setColor(QPalette::Mid, white);
    p.setColor(QPalette::Dark, white);
    p.setColor(QPalette::Shadow, white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    return p;
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
