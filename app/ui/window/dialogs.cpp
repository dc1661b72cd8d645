#include "window/dialogs.h"

#include "pipeline/web_address.h"
#include "widgets/themed_icon.h"
#include "window/settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

AddSubscriptionDialog::AddSubscriptionDialog(
    const QList<Core::Folder> &folders, Core::FolderId preselected, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_folder(new QComboBox(this))
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
    m_folder->addItem(tr("(Top level)"), 0);
    for (const Core::Folder &folder : folders) {
        m_folder->addItem(themedIcon(QStringLiteral(":/icons/folder.svg")), folder.name, folder.id);
        if (folder.id == preselected)
            m_folder->setCurrentIndex(m_folder->count() - 1);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Subscribe"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Folder:"), m_folder);
    auto *hint = new QLabel(tr("Tidings finds the feed of a site by itself."), this);
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
    validate();
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
    , m_markRead(new QCheckBox(tr("Mark a story read when it is selected"), this))
    , m_images(new QCheckBox(tr("Load remote images in every story"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_markRead->setObjectName(QStringLiteral("markReadOnSelect"));
    m_images->setObjectName(QStringLiteral("loadImagesEverywhere"));
    m_markRead->setChecked(settings->markReadOnSelect());
    m_images->setChecked(settings->loadImagesEverywhere());
    auto *note = new QLabel(tr("Remote images tell the sites that you read their story. "
                               "Without this, images load only when you ask, per story or per feed."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_markRead);
    layout->addWidget(m_images);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    m_settings->setMarkReadOnSelect(m_markRead->isChecked());
    m_settings->setLoadImagesEverywhere(m_images->isChecked());
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
