#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>

namespace Ui {

// The app's preferences, kept in <profile>/tidings-ui.ini so that one
// profile folder holds everything (and tests never touch the user's files).
class Settings final {
public:
    explicit Settings(const QString &profileDir);

    bool markReadOnSelect() const;
    void setMarkReadOnSelect(bool on);
    bool loadImagesEverywhere() const;
    void setLoadImagesEverywhere(bool on);
    int fontDelta() const; // points added to the reading font
    void setFontDelta(int delta);

    // Refreshing on its own: minutes between refreshes of a feed that sets
    // none of its own (feed properties); 30 by default, 1 to 1440.
    int refreshMinutes() const;
    void setRefreshMinutes(int minutes);
    // Seconds a selected story stays unread before it is marked read (with
    // markReadOnSelect); 0: at once.
    int markReadDelaySeconds() const;
    void setMarkReadDelaySeconds(int seconds);
    // The reading pane's font: empty family / size 0 are the built-in ones.
    QString readingFontFamily() const;
    void setReadingFontFamily(const QString &family);
    int readingFontSize() const; // points
    void setReadingFontSize(int points);
    // HighContrast: white on black, yellow selection (readable at low vision).
    enum class Theme { System, Light, Dark, HighContrast };
    Theme theme() const;
    void setTheme(Theme theme);
    // The command that opens links (the URL is its last argument); empty:
    // the desktop's default browser.
    QString browserCommand() const;
    void setBrowserCommand(const QString &command);
    // Retention for feeds that set none of their own; 0: no limit.
    int keepDays() const;
    void setKeepDays(int days);
    int keepCount() const; // stories per feed
    void setKeepCount(int count);
    // The interface language as a locale name ("de", "pt_BR"); empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);
    // The proxy for every request; System by default.
    enum class ProxyMode { System, None, Manual };
    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    QString proxyHost() const;
    void setProxyHost(const QString &host);
    int proxyPort() const;
    void setProxyPort(int port);

    // Desktop notifications of new stories, off by default: from every feed
    // or only from the feeds chosen in their properties, and on followed topics.
    bool notifyNewStories() const;
    void setNotifyNewStories(bool on);
    enum class NotifyFeeds { All, Chosen };
    NotifyFeeds notifyFeeds() const;
    void setNotifyFeeds(NotifyFeeds feeds);
    bool notifyTopics() const;
    void setNotifyTopics(bool on);
    // The feeds chosen in Feed Properties (kept here by subscription id).
    bool notifiesFeed(qint64 subscription) const;
    void setNotifiesFeed(qint64 subscription, bool on);
    // The tray icon (unread count, menu), and whether closing the window
    // leaves Tidings running there; both off by default.
    bool trayIcon() const;
    void setTrayIcon(bool on);
    bool closeToTray() const;
    void setCloseToTray(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QList<qint64> expandedFolders() const;
    void setExpandedFolders(const QList<qint64> &ids);

    // The story list: only unread stories in every view, and oldest first.
    bool unreadOnly() const;
    void setUnreadOnly(bool on);
    bool oldestFirst() const;
    void setOldestFirst(bool on);

    qint64 lastStory() const;
    void setLastStory(qint64 id);

    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace Ui
