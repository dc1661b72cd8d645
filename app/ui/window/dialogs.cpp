#include "window/dialogs.h"

#include "pipeline/web_address.h"
#include "widgets/themed_icon.h"
#include "widgets/unit_spin_box.h"
#include "window/settings.h"
#include "window/tray_icon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

AddSubscriptionDialog::AddSubscriptionDialog(
    const QList<Core::Folder> &folders, Core::FolderId preselected, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_accountLabel(nullptr)
    , m_folder(new QComboBox(this))
    , m_allFolders(folders)
    , m_preselected(preselected)
    , m_hint(nullptr)
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addSubscriptionDialog"));
    setWindowTitle(tr("Add Subscription"));
    m_url->setObjectName(QStringLiteral("subscriptionUrl"));
    m_url->setPlaceholderText(tr("https://example.org/feed.xml or a site address"));
    m_url->setMinimumWidth(380);
    m_folder->setObjectName(QStringLiteral("subscriptionFolder"));
    m_account->setObjectName(QStringLiteral("subscriptionAccount"));
    m_account->addItem(tr("On This Computer"), QString(Core::LocalAccountId));
    fillFolders();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Subscribe"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    m_accountLabel = new QLabel(tr("A&ccount:"), this);
    m_accountLabel->setBuddy(m_account);
    form->addRow(m_accountLabel, m_account);
    m_account->hide();
    m_accountLabel->hide();
    form->addRow(tr("&Folder:"), m_folder);
    m_hint = new QLabel(tr("Tidings finds the feed of a site by itself."), this);
    auto *hint = m_hint;
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("subscriptionError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("subscriptionProgress"));
    m_progress->setRange(0, 0); // busy: how long a fetch takes is unknown
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSubscriptionDialog::subscribe);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &AddSubscriptionDialog::validate);
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        fillFolders();
        m_hint->setText(accountId() == Core::LocalAccountId
                ? tr("Tidings finds the feed of a site by itself.")
                : tr("The server subscribes to the feed and fetches it; give the feed's own address."));
    });
    validate();
}

void AddSubscriptionDialog::fillFolders()
{
    const QString account = accountId();
    const Core::FolderId keep = m_folder->count() > 0 ? folderId() : m_preselected;
    m_folder->clear();
    m_folder->addItem(tr("(Top level)"), 0);
    for (const Core::Folder &folder : std::as_const(m_allFolders)) {
        if (folder.accountId != account)
            continue;
        m_folder->addItem(themedIcon(QStringLiteral(":/icons/folder.svg")), folder.name, folder.id);
        if (folder.id == keep)
            m_folder->setCurrentIndex(m_folder->count() - 1);
    }
}

void AddSubscriptionDialog::setPlaces(const QList<Place> &places, const QList<Core::Folder> &folders)
{
    const QString current = accountId();
    m_allFolders = folders;
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        for (const Place &place : places)
            m_account->addItem(
                themedIcon(place.accountId == Core::LocalAccountId ? QStringLiteral(":/icons/tidings.svg")
                                                                   : QStringLiteral(":/icons/server.svg")),
                place.name, place.accountId);
        if (m_account->count() == 0)
            m_account->addItem(tr("On This Computer"), QString(Core::LocalAccountId));
        const int keep = m_account->findData(current);
        m_account->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    const bool choice = m_account->count() > 1;
    m_account->setVisible(choice);
    m_accountLabel->setVisible(choice);
    m_folder->clear();
    fillFolders();
}

QString AddSubscriptionDialog::accountId() const
{
    const QString id = m_account->currentData().toString();
    return id.isEmpty() ? QString(Core::LocalAccountId) : id;
}

void AddSubscriptionDialog::setAccountId(const QString &accountId)
{
    const int index = m_account->findData(accountId);
    if (index >= 0)
        m_account->setCurrentIndex(index);
}

AddSubscriptionDialog::~AddSubscriptionDialog() = default;

QString AddSubscriptionDialog::url() const
{
    return m_url->text().trimmed();
}

Core::FolderId AddSubscriptionDialog::folderId() const
{
    return m_folder->currentData().toLongLong();
}

void AddSubscriptionDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

bool AddSubscriptionDialog::isBusy() const
{
    return !m_progress->isHidden();
}

QString AddSubscriptionDialog::errorShown() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddSubscriptionDialog::showError(const QString &text)
{
    setBusy(false);
    m_error->setText(text);
    m_error->show();
    m_url->setFocus();
    m_url->selectAll();
}

void AddSubscriptionDialog::subscribe()
{
    if (isBusy() || Core::webAddressCandidates(url()).isEmpty())
        return;
    m_error->hide();
    setBusy(true);
    Q_EMIT subscribeRequested(url(), folderId());
}

void AddSubscriptionDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_url->setReadOnly(busy);
    m_folder->setEnabled(!busy);
    m_account->setEnabled(!busy);
    validate();
}

void AddSubscriptionDialog::validate()
{
    const bool ok = !isBusy() && !Core::webAddressCandidates(url()).isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_refreshMinutes(new QSpinBox(this))
    , m_browser(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_markRead(new QCheckBox(tr("&Mark a story read when it is selected"), this))
    , m_markReadDelay(new QSpinBox(this))
    , m_images(new QCheckBox(tr("Load remote &images in every story"), this))
    , m_customFont(new QCheckBox(tr("Use this &font:"), this))
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_keepDays(new QSpinBox(this))
    , m_keepCount(new QSpinBox(this))
    , m_proxySystem(new QRadioButton(tr("Use the &system's proxy settings"), this))
    , m_proxyNone(new QRadioButton(tr("&No proxy"), this))
    , m_proxyManual(new QRadioButton(tr("&Manual HTTP proxy:"), this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_notify(new QCheckBox(tr("Show a desktop &notification when new stories arrive"), this))
    , m_notifyFeeds(new QComboBox(this))
    , m_notifyTopics(new QCheckBox(tr("And for new stories on &followed topics"), this))
    , m_trayIcon(new QCheckBox(tr("Show an icon in the system &tray with the unread count"), this))
    , m_closeToTray(new QCheckBox(tr("&Closing the window leaves Tidings running in the tray"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const auto note = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        return label;
    };

    // ---- General ----
    m_refreshMinutes->setObjectName(QStringLiteral("refreshMinutes"));
    m_refreshMinutes->setRange(1, 1440);
    showUnit(m_refreshMinutes, [](int n) { return tr("%n min", "a refresh interval in minutes", n); });
    m_refreshMinutes->setValue(settings->refreshMinutes());
    m_browser->setObjectName(QStringLiteral("browserCommand"));
    m_browser->setPlaceholderText(tr("The desktop's default browser"));
    m_browser->setText(settings->browserCommand());
    m_browser->setMinimumWidth(300);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language in its own words, as people look for it.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->addItem(QStringLiteral("اردو"), QStringLiteral("ur"));
    const int language = m_language->findData(settings->language());
    if (language >= 0) {
        m_language->setCurrentIndex(language);
    } else {
        m_language->addItem(settings->language(), settings->language());
        m_language->setCurrentIndex(m_language->count() - 1);
    }
    auto *general = new QWidget(m_tabs);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Refresh feeds every:"), m_refreshMinutes);
    generalForm->addRow(QString(), note(tr("A feed's own properties may set another interval.")));
    generalForm->addRow(tr("Open links &with:"), m_browser);
    generalForm->addRow(QString(), note(tr("A command such as “firefox --new-tab”; the link is added at its end.")));
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), note(tr("A new language takes effect the next time Tidings starts.")));
    m_tabs->addTab(general, tr("General"));

    // ---- Reading ----
    m_markRead->setObjectName(QStringLiteral("markReadOnSelect"));
    m_markRead->setChecked(settings->markReadOnSelect());
    m_markReadDelay->setObjectName(QStringLiteral("markReadDelay"));
    m_markReadDelay->setAccessibleName(tr("Delay before a story is marked read"));
    m_markReadDelay->setRange(0, 3600);
    showUnit(m_markReadDelay, [](int n) { return tr("%n s", "a delay in seconds", n); });
    m_markReadDelay->setSpecialValueText(tr("at once"));
    m_markReadDelay->setValue(settings->markReadDelaySeconds());
    auto *delayRow = new QHBoxLayout;
    delayRow->addSpacing(24);
    delayRow->addWidget(new QLabel(tr("after:"), this));
    delayRow->addWidget(m_markReadDelay);
    delayRow->addStretch(1);
    m_images->setObjectName(QStringLiteral("loadImagesEverywhere"));
    m_images->setChecked(settings->loadImagesEverywhere());
    m_customFont->setObjectName(QStringLiteral("customReadingFont"));
    m_fontFamily->setObjectName(QStringLiteral("readingFontFamily"));
    m_fontFamily->setAccessibleName(tr("Reading font"));
    m_fontFamily->lineEdit()->setAccessibleName(m_fontFamily->accessibleName());
    m_fontSize->setObjectName(QStringLiteral("readingFontSize"));
    m_fontSize->setAccessibleName(tr("Reading font size"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    const bool customFont = !settings->readingFontFamily().isEmpty() || settings->readingFontSize() > 0;
    m_customFont->setChecked(customFont);
    m_fontFamily->setCurrentFont(QFont(
        settings->readingFontFamily().isEmpty() ? QStringLiteral("DejaVu Serif") : settings->readingFontFamily()));
    m_fontSize->setValue(settings->readingFontSize() > 0 ? settings->readingFontSize() : 12);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_customFont);
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("The system's colours"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(Settings::Theme::HighContrast));
    m_theme->setCurrentIndex(m_theme->findData(int(settings->theme())));
    auto *reading = new QWidget(m_tabs);
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->addWidget(m_markRead);
    readingLayout->addLayout(delayRow);
    readingLayout->addSpacing(8);
    readingLayout->addWidget(m_images);
    readingLayout->addWidget(note(tr("Remote images tell the sites that you read their story. "
                                     "Without this, images load only when you ask, per story or per feed.")));
    readingLayout->addSpacing(8);
    readingLayout->addLayout(fontRow);
    auto *themeForm = new QFormLayout;
    themeForm->addRow(tr("&Theme:"), m_theme);
    readingLayout->addLayout(themeForm);
    readingLayout->addStretch(1);
    m_tabs->addTab(reading, tr("Reading"));

    // ---- Storage ----
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_keepDays->setRange(0, 36500);
    showUnit(m_keepDays, [](int n) { return n == 1 ? tr("%n day", nullptr, n) : tr("%n days", nullptr, n); });
    m_keepDays->setSpecialValueText(tr("No limit"));
    m_keepDays->setValue(settings->keepDays());
    m_keepCount->setObjectName(QStringLiteral("keepCount"));
    m_keepCount->setRange(0, 1000000);
    showUnit(m_keepCount, [](int n) { return n == 1 ? tr("%n story", nullptr, n) : tr("%n stories", nullptr, n); });
    m_keepCount->setSpecialValueText(tr("No limit"));
    m_keepCount->setValue(settings->keepCount());
    auto *storage = new QWidget(m_tabs);
    auto *storageForm = new QFormLayout(storage);
    storageForm->addRow(tr("Keep stories &for:"), m_keepDays);
    storageForm->addRow(tr("Keep at most, &per feed:"), m_keepCount);
    storageForm->addRow(
        QString(), note(tr("Starred stories are always kept. A feed's own properties may set other limits.")));
    m_tabs->addTab(storage, tr("Storage"));

    // ---- Network ----
    m_proxySystem->setObjectName(QStringLiteral("proxySystem"));
    m_proxyNone->setObjectName(QStringLiteral("proxyNone"));
    m_proxyManual->setObjectName(QStringLiteral("proxyManual"));
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.org"));
    m_proxyHost->setText(settings->proxyHost());
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(settings->proxyPort() > 0 ? settings->proxyPort() : 8080);
    switch (settings->proxyMode()) {
    case Settings::ProxyMode::System:
        m_proxySystem->setChecked(true);
        break;
    case Settings::ProxyMode::None:
        m_proxyNone->setChecked(true);
        break;
    case Settings::ProxyMode::Manual:
        m_proxyManual->setChecked(true);
        break;
    }
    auto *manualRow = new QHBoxLayout;
    manualRow->addSpacing(24);
    manualRow->addWidget(m_proxyHost, 1);
    manualRow->addWidget(new QLabel(tr("Port:"), this));
    manualRow->addWidget(m_proxyPort);
    auto *network = new QWidget(m_tabs);
    auto *networkLayout = new QVBoxLayout(network);
    networkLayout->addWidget(m_proxySystem);
    networkLayout->addWidget(m_proxyNone);
    networkLayout->addWidget(m_proxyManual);
    networkLayout->addLayout(manualRow);
    networkLayout->addStretch(1);
    m_tabs->addTab(network, tr("Network"));

    // ---- Notifications ----
    m_notify->setObjectName(QStringLiteral("notifyNewStories"));
    m_notify->setChecked(settings->notifyNewStories());
    m_notifyFeeds->setObjectName(QStringLiteral("notifyFeeds"));
    m_notifyFeeds->setAccessibleName(tr("Feeds that notify"));
    m_notifyFeeds->addItem(tr("From every feed"), int(Settings::NotifyFeeds::All));
    m_notifyFeeds->addItem(tr("From the feeds chosen in their properties"), int(Settings::NotifyFeeds::Chosen));
    m_notifyFeeds->setCurrentIndex(m_notifyFeeds->findData(int(settings->notifyFeeds())));
    m_notifyTopics->setObjectName(QStringLiteral("notifyTopics"));
    m_notifyTopics->setChecked(settings->notifyTopics());
    m_trayIcon->setObjectName(QStringLiteral("trayIcon"));
    m_trayIcon->setChecked(settings->trayIcon());
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setChecked(settings->closeToTray());
    auto *notifyFeedsRow = new QHBoxLayout;
    notifyFeedsRow->addSpacing(24);
    notifyFeedsRow->addWidget(m_notifyFeeds, 1);
    auto *notifyTopicsRow = new QHBoxLayout;
    notifyTopicsRow->addSpacing(24);
    notifyTopicsRow->addWidget(m_notifyTopics, 1);
    auto *closeRow = new QHBoxLayout;
    closeRow->addSpacing(24);
    closeRow->addWidget(m_closeToTray, 1);
    auto *notifications = new QWidget(m_tabs);
    auto *notificationsLayout = new QVBoxLayout(notifications);
    notificationsLayout->addWidget(m_notify);
    notificationsLayout->addLayout(notifyFeedsRow);
    notificationsLayout->addLayout(notifyTopicsRow);
    notificationsLayout->addWidget(note(tr("One notification per refresh, however many stories it brings.")));
    notificationsLayout->addSpacing(8);
    notificationsLayout->addWidget(m_trayIcon);
    notificationsLayout->addLayout(closeRow);
    if (!TrayIcon::isAvailable()) {
        auto *noTray = note(tr("This desktop has no system tray."));
        noTray->setObjectName(QStringLiteral("noTrayNote"));
        notificationsLayout->addWidget(noTray);
    }
    notificationsLayout->addStretch(1);
    m_tabs->addTab(notifications, tr("Notifications"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_markRead, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_customFont, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_proxyManual, &QRadioButton::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_notify, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_trayIcon, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    updateEnabled();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::updateEnabled()
{
    m_markReadDelay->setEnabled(m_markRead->isChecked());
    m_fontFamily->setEnabled(m_customFont->isChecked());
    m_fontSize->setEnabled(m_customFont->isChecked());
    m_proxyHost->setEnabled(m_proxyManual->isChecked());
    m_proxyPort->setEnabled(m_proxyManual->isChecked());
    m_notifyFeeds->setEnabled(m_notify->isChecked());
    m_notifyTopics->setEnabled(m_notify->isChecked());
    // Without a system tray there is nothing to show an icon in.
    const bool tray = TrayIcon::isAvailable();
    m_trayIcon->setEnabled(tray);
    m_closeToTray->setEnabled(tray && m_trayIcon->isChecked());
}

void PreferencesDialog::accept()
{
    m_settings->setRefreshMinutes(m_refreshMinutes->value());
    m_settings->setBrowserCommand(m_browser->text());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setMarkReadOnSelect(m_markRead->isChecked());
    m_settings->setMarkReadDelaySeconds(m_markReadDelay->value());
    m_settings->setLoadImagesEverywhere(m_images->isChecked());
    m_settings->setReadingFontFamily(m_customFont->isChecked() ? m_fontFamily->currentFont().family() : QString());
    m_settings->setReadingFontSize(m_customFont->isChecked() ? m_fontSize->value() : 0);
    m_settings->setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings->setKeepDays(m_keepDays->value());
    m_settings->setKeepCount(m_keepCount->value());
    m_settings->setProxyMode(m_proxyManual->isChecked() ? Settings::ProxyMode::Manual
            : m_proxyNone->isChecked()                  ? Settings::ProxyMode::None
                                                        : Settings::ProxyMode::System);
    m_settings->setProxyHost(m_proxyHost->text());
    m_settings->setProxyPort(m_proxyPort->value());
    m_settings->setNotifyNewStories(m_notify->isChecked());
    m_settings->setNotifyFeeds(Settings::NotifyFeeds(m_notifyFeeds->currentData().toInt()));
    m_settings->setNotifyTopics(m_notifyTopics->isChecked());
    m_settings->setTrayIcon(m_trayIcon->isChecked());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->sync();
    QDialog::accept();
}

void showShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
{
    QStringList rows;
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        rows << QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>")
                    .arg(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")).toHtmlEscaped(),
                        keys.join(QStringLiteral(", ")));
    }
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("Ui::MainWindow", "Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    box.exec();
}

void showAboutDialog(const QString &profileDir, QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("Ui::MainWindow", "About Tidings"),
        QCoreApplication::translate("Ui::MainWindow",
            "<h3>Tidings %1</h3><p>A calm reader for news feeds: it cleans each story into "
            "readable text and links stories by topic.</p><p>Profile: %2</p>")
            .arg(QApplication::applicationVersion(), profileDir.toHtmlEscaped()));
}

} // namespace Ui
