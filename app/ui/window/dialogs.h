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

    QLineEdit *m_url;
    QComboBox *m_folder;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
};

// The few preferences the reader has.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    Settings *m_settings;
    QCheckBox *m_markRead;
    QCheckBox *m_images;
};

// The shortcuts of these actions, one row each (actions without one are left out).
void showShortcutsDialog(const QList<QAction *> &actions, QWidget *parent);
// The version, what Tidings is, and the profile folder.
void showAboutDialog(const QString &profileDir, QWidget *parent);

} // namespace Ui
