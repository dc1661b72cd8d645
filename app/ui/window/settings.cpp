#include "window/settings.h"

#include <QDir>
#include <QVariant>

namespace Ui {

Settings::Settings(const QString &profileDir)
    : m_settings(QDir(profileDir).filePath(QStringLiteral("tidings-ui.ini")), QSettings::IniFormat)
{
}

bool Settings::markReadOnSelect() const
{
    return m_settings.value(QStringLiteral("reading/markReadOnSelect"), true).toBool();
}

void Settings::setMarkReadOnSelect(bool on)
{
    m_settings.setValue(QStringLiteral("reading/markReadOnSelect"), on);
}

bool Settings::loadImagesEverywhere() const
{
    return m_settings.value(QStringLiteral("reading/loadImagesEverywhere"), false).toBool();
}

void Settings::setLoadImagesEverywhere(bool on)
{
    m_settings.setValue(QStringLiteral("reading/loadImagesEverywhere"), on);
}

int Settings::fontDelta() const
{
    return qBound(-6, m_settings.value(QStringLiteral("reading/fontDelta"), 0).toInt(), 16);
}

void Settings::setFontDelta(int delta)
{
    m_settings.setValue(QStringLiteral("reading/fontDelta"), delta);
}

int Settings::refreshMinutes() const
{
    return qBound(1, m_settings.value(QStringLiteral("refresh/minutes"), 30).toInt(), 1440);
}

void Settings::setRefreshMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("refresh/minutes"), qBound(1, minutes, 1440));
}

int Settings::markReadDelaySeconds() const
{
    return qBound(0, m_settings.value(QStringLiteral("reading/markReadDelay"), 0).toInt(), 3600);
}

void Settings::setMarkReadDelaySeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("reading/markReadDelay"), qBound(0, seconds, 3600));
}

QString Settings::readingFontFamily() const
{
    return m_settings.value(QStringLiteral("reading/fontFamily")).toString();
}

void Settings::setReadingFontFamily(const QString &family)
{
    m_settings.setValue(QStringLiteral("reading/fontFamily"), family.trimmed());
}

int Settings::readingFontSize() const
{
    const int points = m_settings.value(QStringLiteral("reading/fontSize"), 0).toInt();
    return points == 0 ? 0 : qBound(6, points, 48);
}

void Settings::setReadingFontSize(int points)
{
    m_settings.setValue(QStringLiteral("reading/fontSize"), points == 0 ? 0 : qBound(6, points, 48));
}

Settings::Theme Settings::theme() const
{
    const QString name = m_settings.value(QStringLiteral("appearance/theme")).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    if (name == QLatin1String("high-contrast"))
        return Theme::HighContrast;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    const char *name = theme == Theme::Light ? "light"
        : theme == Theme::Dark               ? "dark"
        : theme == Theme::HighContrast       ? "high-contrast"
                                             : "system";
    m_settings.setValue(QStringLiteral("appearance/theme"), QLatin1String(name));
}

QString Settings::browserCommand() const
{
    return m_settings.value(QStringLiteral("links/browser")).toString();
}

void Settings::setBrowserCommand(const QString &command)
{
    m_settings.setValue(QStringLiteral("links/browser"), command.trimmed());
}

int Settings::keepDays() const
{
    return qMax(0, m_settings.value(QStringLiteral("retention/days"), 0).toInt());
}

void Settings::setKeepDays(int days)
{
    m_settings.setValue(QStringLiteral("retention/days"), qMax(0, days));
}

int Settings::keepCount() const
{
    return qMax(0, m_settings.value(QStringLiteral("retention/count"), 0).toInt());
}

void Settings::setKeepCount(int count)
{
    m_settings.setValue(QStringLiteral("retention/count"), qMax(0, count));
}

bool Settings::unreadOnly() const
{
    return m_settings.value(QStringLiteral("list/unreadOnly"), false).toBool();
}

void Settings::setUnreadOnly(bool on)
{
    m_settings.setValue(QStringLiteral("list/unreadOnly"), on);
}

bool Settings::oldestFirst() const
{
    return m_settings.value(QStringLiteral("list/oldestFirst"), false).toBool();
}

void Settings::setOldestFirst(bool on)
{
    m_settings.setValue(QStringLiteral("list/oldestFirst"), on);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("appearance/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("appearance/language"), language.trimmed());
}

Settings::ProxyMode Settings::proxyMode() const
{
    const QString name = m_settings.value(QStringLiteral("network/proxy")).toString();
    if (name == QLatin1String("none"))
        return ProxyMode::None;
    if (name == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::System;
}

void Settings::setProxyMode(ProxyMode mode)
{
    const char *name = mode == ProxyMode::None ? "none" : mode == ProxyMode::Manual ? "manual" : "system";
    m_settings.setValue(QStringLiteral("network/proxy"), QLatin1String(name));
}

QString Settings::proxyHost() const
{
    return m_settings.value(QStringLiteral("network/proxyHost")).toString();
}

void Settings::setProxyHost(const QString &host)
{
    m_settings.setValue(QStringLiteral("network/proxyHost"), host.trimmed());
}

int Settings::proxyPort() const
{
    return qBound(0, m_settings.value(QStringLiteral("network/proxyPort"), 0).toInt(), 65535);
}

void Settings::setProxyPort(int port)
{
    m_settings.setValue(QStringLiteral("network/proxyPort"), qBound(0, port, 65535));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(QStringLiteral("window/splitter")).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter"), state);
}

QList<qint64> Settings::expandedFolders() const
{
    QList<qint64> ids;
    const QStringList values = m_settings.value(QStringLiteral("tree/expandedFolders")).toStringList();
    for (const QString &value : values)
        ids.append(value.toLongLong());
    return ids;
}

void Settings::setExpandedFolders(const QList<qint64> &ids)
{
    QStringList values;
    for (qint64 id : ids)
        values.append(QString::number(id));
    m_settings.setValue(QStringLiteral("tree/expandedFolders"), values);
}

qint64 Settings::lastStory() const
{
    return m_settings.value(QStringLiteral("window/lastStory"), 0).toLongLong();
}

void Settings::setLastStory(qint64 id)
{
    m_settings.setValue(QStringLiteral("window/lastStory"), id);
}

void Settings::sync()
{
    m_settings.sync();
}

bool Settings::notifyNewStories() const
{
    return m_settings.value(QStringLiteral("notifications/enabled"), false).toBool();
}

void Settings::setNotifyNewStories(bool on)
{
    m_settings.setValue(QStringLiteral("notifications/enabled"), on);
}

Settings::NotifyFeeds Settings::notifyFeeds() const
{
    return m_settings.value(QStringLiteral("notifications/feeds")).toString() == QLatin1String("chosen")
        ? NotifyFeeds::Chosen
        : NotifyFeeds::All;
}

void Settings::setNotifyFeeds(NotifyFeeds feeds)
{
    m_settings.setValue(
        QStringLiteral("notifications/feeds"), QLatin1String(feeds == NotifyFeeds::Chosen ? "chosen" : "all"));
}

bool Settings::notifyTopics() const
{
    return m_settings.value(QStringLiteral("notifications/topics"), true).toBool();
}

void Settings::setNotifyTopics(bool on)
{
    m_settings.setValue(QStringLiteral("notifications/topics"), on);
}

bool Settings::notifiesFeed(qint64 subscription) const
{
    return m_settings.value(QStringLiteral("notifications/feed-%1").arg(subscription), false).toBool();
}

void Settings::setNotifiesFeed(qint64 subscription, bool on)
{
    const QString key = QStringLiteral("notifications/feed-%1").arg(subscription);
    if (on)
        m_settings.setValue(key, true);
    else
        m_settings.remove(key);
}

bool Settings::trayIcon() const
{
    return m_settings.value(QStringLiteral("tray/enabled"), false).toBool();
}

void Settings::setTrayIcon(bool on)
{
    m_settings.setValue(QStringLiteral("tray/enabled"), on);
}

bool Settings::closeToTray() const
{
    return m_settings.value(QStringLiteral("tray/closeToTray"), false).toBool();
}

void Settings::setCloseToTray(bool on)
{
    m_settings.setValue(QStringLiteral("tray/closeToTray"), on);
}

} // namespace Ui
