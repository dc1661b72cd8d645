#pragma once

// One feed's properties: its title, address and folder, how often it is
// refreshed, whether its stories are cleaned from the web page or read as the
// feed carries them, remote images, how long its stories are kept, and an
// HTTP login. The dialog only gathers; SubscriptionController writes.

#include "storage/store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Ui {

class FeedPropertiesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedPropertiesDialog)

public:
    // `appRefreshMinutes` is shown as what "the app's setting" means.
    FeedPropertiesDialog(const Core::Subscription &subscription, const QList<Core::Folder> &folders,
        int appRefreshMinutes, QWidget *parent = nullptr);
    ~FeedPropertiesDialog() override;

    // What the reader chose.
    QString title() const;
    QString url() const;
    Core::FolderId folderId() const;
    bool allowImages() const;
    // A desktop notification for this feed's new stories (Preferences' choice
    // "from the feeds chosen in their properties"); kept in Ui::Settings.
    void setNotify(bool on);
    bool notify() const;
    Core::SubscriptionSettings settings() const;
    // The password field, once the stored password has been read into it
    // (setStoredPassword); whether the reader changed it.
    void setStoredPassword(const QString &password);
    QString password() const;
    bool passwordEdited() const;

    enum class Refresh { AppSetting, Every };
    enum class Keep { AppSetting, Days, Count, NoLimit };

private:
    void updateEnabled();

    QLineEdit *m_title;
    QLineEdit *m_url;
    QComboBox *m_folder;
    QComboBox *m_refresh;
    QSpinBox *m_refreshMinutes;
    QRadioButton *m_clean;
    QRadioButton *m_fullText;
    QCheckBox *m_images;
    QCheckBox *m_notify;
    QComboBox *m_keep;
    QSpinBox *m_keepNumber;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_loginNote;
    QDialogButtonBox *m_buttons;
    bool m_passwordEdited = false;
    bool m_settingPassword = false;
};

} // namespace Ui
