#include "window/feed_properties_dialog.h"

#include "widgets/themed_icon.h"
#include "widgets/unit_spin_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

FeedPropertiesDialog::FeedPropertiesDialog(
    const Core::Subscription &subscription, const QList<Core::Folder> &folders, int appRefreshMinutes, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(subscription.title, this))
    , m_url(new QLineEdit(subscription.url, this))
    , m_folder(new QComboBox(this))
    , m_refresh(new QComboBox(this))
    , m_refreshMinutes(new QSpinBox(this))
    , m_clean(new QRadioButton(tr("&Clean the web page of each story"), this))
    , m_fullText(new QRadioButton(tr("The feed has the &full text"), this))
    , m_images(new QCheckBox(tr("Load remote &images in this feed"), this))
    , m_notify(new QCheckBox(tr("&Notify me of new stories in this feed"), this))
    , m_keep(new QComboBox(this))
    , m_keepNumber(new QSpinBox(this))
    , m_user(new QLineEdit(subscription.settings.authUser, this))
    , m_password(new QLineEdit(this))
    , m_loginNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("feedPropertiesDialog"));
    setWindowTitle(tr("Feed Properties"));
    const Core::SubscriptionSettings &settings = subscription.settings;

    m_title->setObjectName(QStringLiteral("feedTitle"));
    m_title->setPlaceholderText(subscription.url);
    m_url->setObjectName(QStringLiteral("feedUrl"));
    m_url->setMinimumWidth(380);
    // The built-in welcome feed has no address to change.
    m_url->setReadOnly(Core::isBuiltInFeed(subscription.url));
    m_folder->setObjectName(QStringLiteral("feedFolder"));
    m_folder->addItem(tr("(Top level)"), 0);
    for (const Core::Folder &folder : folders) {
        m_folder->addItem(themedIcon(QStringLiteral(":/icons/folder.svg")), folder.name, folder.id);
        if (folder.id == subscription.folderId)
            m_folder->setCurrentIndex(m_folder->count() - 1);
    }

    m_refresh->setObjectName(QStringLiteral("feedRefresh"));
    m_refresh->addItem(
        tr("The app's setting (every %n minutes)", nullptr, appRefreshMinutes), int(Refresh::AppSetting));
    m_refresh->addItem(tr("Every"), int(Refresh::Every));
    m_refreshMinutes->setObjectName(QStringLiteral("feedRefreshMinutes"));
    m_refreshMinutes->setAccessibleName(tr("Minutes between refreshes"));
    m_refreshMinutes->setRange(1, 1440);
    showUnit(m_refreshMinutes, [](int n) { return tr("%n min", "a refresh interval in minutes", n); });
    m_refreshMinutes->setValue(settings.refreshMinutes > 0 ? settings.refreshMinutes : appRefreshMinutes);
    m_refresh->setCurrentIndex(settings.refreshMinutes > 0 ? 1 : 0);
    auto *refreshRow = new QHBoxLayout;
    refreshRow->addWidget(m_refresh, 1);
    refreshRow->addWidget(m_refreshMinutes);

    m_clean->setObjectName(QStringLiteral("feedCleanPage"));
    m_fullText->setObjectName(QStringLiteral("feedFullText"));
    (settings.fullText ? m_fullText : m_clean)->setChecked(true);
    m_images->setObjectName(QStringLiteral("feedImages"));
    m_images->setChecked(subscription.allowImages);

    m_keep->setObjectName(QStringLiteral("feedKeep"));
    m_keep->addItem(tr("The app's setting"), int(Keep::AppSetting));
    m_keep->addItem(tr("Keep stories for"), int(Keep::Days));
    m_keep->addItem(tr("Keep only the newest"), int(Keep::Count));
    m_keep->addItem(tr("Keep every story"), int(Keep::NoLimit));
    m_keepNumber->setObjectName(QStringLiteral("feedKeepNumber"));
    m_keepNumber->setAccessibleName(tr("Days or stories to keep"));
    Keep keep = Keep::AppSetting;
    if (settings.keepDays > 0)
        keep = Keep::Days;
    else if (settings.keepCount > 0)
        keep = Keep::Count;
    else if (settings.keepDays < 0 && settings.keepCount < 0)
        keep = Keep::NoLimit;
    m_keep->setCurrentIndex(m_keep->findData(int(keep)));
    m_keepNumber->setRange(1, 100000);
    m_keepNumber->setValue(keep == Keep::Days ? settings.keepDays : keep == Keep::Count ? settings.keepCount : 30);
    showUnit(m_keepNumber, [this](int n) {
        // The singular has a source of its own, so English reads right
        // without a translation; other languages get every plural form.
        if (Keep(m_keep->currentData().toInt()) == Keep::Days)
            return n == 1 ? tr("%n day", nullptr, n) : tr("%n days", nullptr, n);
        return n == 1 ? tr("%n story", nullptr, n) : tr("%n stories", nullptr, n);
    });
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep, 1);
    keepRow->addWidget(m_keepNumber);
    auto *keepNote = new QLabel(tr("Starred stories are always kept."), this);
    keepNote->setForegroundRole(QPalette::PlaceholderText);

    m_user->setObjectName(QStringLiteral("feedUser"));
    m_user->setPlaceholderText(tr("No login"));
    m_password->setObjectName(QStringLiteral("feedPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_loginNote->setObjectName(QStringLiteral("feedLoginNote"));
    m_loginNote->setText(tr("The password is kept in the system keyring, never in Tidings' own files."));
    m_loginNote->setWordWrap(true);
    m_loginNote->setForegroundRole(QPalette::PlaceholderText);

    auto *general = new QFormLayout;
    general->addRow(tr("&Title:"), m_title);
    general->addRow(tr("&Address:"), m_url);
    general->addRow(tr("F&older:"), m_folder);
    // A row whose field is a layout needs its label's buddy set by hand.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *made = new QLabel(text, this);
        made->setBuddy(buddy);
        return made;
    };
    general->addRow(label(tr("&Refresh:"), m_refresh), refreshRow);
    // A feed server's feed: the server fetches it; its name and folder
    // change through the server (the list holds only that server's
    // folders), its address stays the server's. What is Tidings' own stays
    // editable.
    if (subscription.isRemote()) {
        m_url->setReadOnly(true);
        m_url->setToolTip(tr("The feed server fetches this address; to follow another, subscribe to it."));
        m_refresh->setEnabled(false);
        m_refreshMinutes->setEnabled(false);
        m_user->setEnabled(false);
        m_password->setEnabled(false);
        auto *serverNote = new QLabel(
            tr("This feed comes from a feed server: a new name or folder is made there, then synced here."), this);
        serverNote->setObjectName(QStringLiteral("feedServerNote"));
        serverNote->setWordWrap(true);
        serverNote->setForegroundRole(QPalette::PlaceholderText);
        general->addRow(QString(), serverNote);
    }

    auto *reading = new QGroupBox(tr("Reading"), this);
    auto *readingLayout = new QFormLayout(reading);
    auto *stories = new QVBoxLayout;
    stories->addWidget(m_clean);
    stories->addWidget(m_fullText);
    readingLayout->addRow(tr("Stories:"), stories);
    readingLayout->addRow(QString(), m_images);
    m_notify->setObjectName(QStringLiteral("feedNotify"));
    readingLayout->addRow(QString(), m_notify);
    readingLayout->addRow(label(tr("&Keep:"), m_keep), keepRow);
    readingLayout->addRow(QString(), keepNote);

    auto *login = new QGroupBox(tr("HTTP Login"), this);
    auto *loginLayout = new QFormLayout(login);
    loginLayout->addRow(tr("&User name:"), m_user);
    loginLayout->addRow(tr("&Password:"), m_password);
    loginLayout->addRow(QString(), m_loginNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(reading);
    layout->addWidget(login);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QComboBox::currentIndexChanged, this, &FeedPropertiesDialog::updateEnabled);
    connect(m_keep, &QComboBox::currentIndexChanged, this, &FeedPropertiesDialog::updateEnabled);
    connect(m_url, &QLineEdit::textChanged, this, &FeedPropertiesDialog::updateEnabled);
    connect(m_user, &QLineEdit::textChanged, this, &FeedPropertiesDialog::updateEnabled);
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        if (!m_settingPassword)
            m_passwordEdited = true;
    });
    updateEnabled();
}

FeedPropertiesDialog::~FeedPropertiesDialog() = default;

void FeedPropertiesDialog::updateEnabled()
{
    m_refreshMinutes->setEnabled(m_refresh->isEnabled() && m_refresh->currentData().toInt() == int(Refresh::Every));
    const Keep keep = Keep(m_keep->currentData().toInt());
    m_keepNumber->setVisible(keep == Keep::Days || keep == Keep::Count);
    updateUnit(m_keepNumber);
    m_password->setEnabled(m_user->isEnabled() && !m_user->text().trimmed().isEmpty());
    const QUrl parsed(m_url->text().trimmed());
    const bool web = parsed.isValid() && !parsed.host().isEmpty()
        && (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"));
    const bool ok = m_url->isReadOnly() || web;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString FeedPropertiesDialog::title() const
{
    return m_title->text().trimmed();
}

QString FeedPropertiesDialog::url() const
{
    return m_url->text().trimmed();
}

Core::FolderId FeedPropertiesDialog::folderId() const
{
    return m_folder->currentData().toLongLong();
}

bool FeedPropertiesDialog::allowImages() const
{
    return m_images->isChecked();
}

Core::SubscriptionSettings FeedPropertiesDialog::settings() const
{
    Core::SubscriptionSettings settings;
    settings.refreshMinutes = m_refresh->currentData().toInt() == int(Refresh::Every) ? m_refreshMinutes->value() : 0;
    settings.fullText = m_fullText->isChecked();
    // One limit per feed: the other is lifted, so the app's does not apply either.
    switch (Keep(m_keep->currentData().toInt())) {
    case Keep::AppSetting:
        break;
    case Keep::Days:
        settings.keepDays = m_keepNumber->value();
        settings.keepCount = -1;
        break;
    case Keep::Count:
        settings.keepDays = -1;
        settings.keepCount = m_keepNumber->value();
        break;
    case Keep::NoLimit:
        settings.keepDays = -1;
        settings.keepCount = -1;
        break;
    }
    settings.authUser = m_user->text().trimmed();
    return settings;
}

void FeedPropertiesDialog::setStoredPassword(const QString &password)
{
    if (m_passwordEdited)
        return; // the reader typed first
    m_settingPassword = true;
    m_password->setText(password);
    m_settingPassword = false;
}

QString FeedPropertiesDialog::password() const
{
    return m_user->text().trimmed().isEmpty() ? QString() : m_password->text();
}

bool FeedPropertiesDialog::passwordEdited() const
{
    return m_passwordEdited;
}

void FeedPropertiesDialog::setNotify(bool on)
{
    m_notify->setChecked(on);
}

bool FeedPropertiesDialog::notify() const
{
    return m_notify->isChecked();
}

} // namespace Ui
