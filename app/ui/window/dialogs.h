#pragma once

#include "storage/store.h"
#include "widgets/error_text.h" // errorText, for the windows that include this

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QDialogButtonBox;
class QFontComboBox;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace Ui {

class Settings;

// Add subscription: a feed or site URL, and a folder.
class AddSubscriptionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSubscriptionDialog)

public:
    AddSubscriptionDialog(const QList<Core::Folder> &folders, Core::FolderId preselected, QWidget *parent = nullptr);
    ~AddSubscriptionDialog() override;

    QString url() const;
    Core::FolderId folderId() const;
    void setUrl(const QString &url);

private:
    void validate();

    QLineEdit *m_url;
    QComboBox *m_folder;
    QDialogButtonBox *m_buttons;
};

// Every preference, on tabs: General (refresh, browser, language), Reading
// (mark read, images, font, theme), Storage (retention) and Network (proxy).
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
};

// The shortcuts of these actions, one row each (actions without one are left out).
void showShortcutsDialog(const QList<QAction *> &actions, QWidget *parent);
// The version, what Tidings is, and the profile folder.
void showAboutDialog(const QString &profileDir, QWidget *parent);

} // namespace Ui
