#pragma once

#include "storage/store.h"
#include "widgets/error_text.h" // errorText, for the windows that include this

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;
class QFontComboBox;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QProgressBar;

namespace Ui {

class Settings;

// Add subscription: a feed or site URL, and a folder. Subscribe does not
// close it: it asks (subscribeRequested) and shows progress until whoever
// adds says it failed (showError: the dialog stays, with what was typed) or
// succeeded (accept()).
class AddSubscriptionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSubscriptionDialog)

public:
    AddSubscriptionDialog(const QList<Core::Folder> &folders, Core::FolderId preselected, QWidget *parent = nullptr);
    ~AddSubscriptionDialog() override;

    // What was typed, trimmed (an address without a scheme stays so: the
    // pipeline tries https, then http).
    QString url() const;
    Core::FolderId folderId() const;
    void setUrl(const QString &url);
    // Where the feed goes: this computer or a feed server account, each with
    // its own folders (`folders`: every folder, of every account). The
    // choice shows only when there is a server account.
    struct Place {
        QString accountId;
        QString name;
    };
    void setPlaces(const QList<Place> &places, const QList<Core::Folder> &folders);
    QString accountId() const; // Core::LocalAccountId unless a server account is chosen
    void setAccountId(const QString &accountId);
    bool isBusy() const;
    QString errorShown() const; // empty when none

    // Back to editing, with the failure in plain words.
    void showError(const QString &text);

Q_SIGNALS:
    void subscribeRequested(const QString &url, Core::FolderId folder);

private:
    void subscribe();
    void setBusy(bool busy);
    void validate();

    void fillFolders();

    QLineEdit *m_url;
    QComboBox *m_account;
    QLabel *m_accountLabel;
    QComboBox *m_folder;
    QList<Core::Folder> m_allFolders;
    Core::FolderId m_preselected = 0;
    QLabel *m_hint;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
};

// Every preference, on tabs: General (refresh, browser, language), Reading
// (mark read, images, font, theme), Storage (retention), Network (proxy) and
// Notifications (new stories, the tray icon).
// accept() writes them; the window applies them.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void updateEnabled();

    Settings *m_settings;
    QTabWidget *m_tabs;
    // General
    QSpinBox *m_refreshMinutes;
    QLineEdit *m_browser;
    QComboBox *m_language;
    // Reading
    QCheckBox *m_markRead;
    QSpinBox *m_markReadDelay;
    QCheckBox *m_images;
    QCheckBox *m_customFont;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
    // Storage
    QSpinBox *m_keepDays;
    QSpinBox *m_keepCount;
    // Network
    QRadioButton *m_proxySystem;
    QRadioButton *m_proxyNone;
    QRadioButton *m_proxyManual;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    // Notifications and tray
    QCheckBox *m_notify;
    QComboBox *m_notifyFeeds;
    QCheckBox *m_notifyTopics;
    QCheckBox *m_trayIcon;
    QCheckBox *m_closeToTray;
};

// The shortcuts of these actions, one row each (actions without one are left out).
void showShortcutsDialog(const QList<QAction *> &actions, QWidget *parent);
// The version, what Tidings is, and the profile folder.
void showAboutDialog(const QString &profileDir, QWidget *parent);

} // namespace Ui
