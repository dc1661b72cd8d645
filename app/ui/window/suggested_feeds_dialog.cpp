#include "window/suggested_feeds_dialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Ui {

SuggestedFeedsDialog::SuggestedFeedsDialog(
    const QList<SuggestedRegion> &regions, const std::function<bool(const QString &url)> &isSubscribed, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("suggestedFeedsDialog"));
    setWindowTitle(tr("Suggested Feeds"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Well-known news sources, by region. One click subscribes; each can be removed "
                                "later like any other feed."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *list = new QWidget;
    auto *grid = new QGridLayout(list);
    int row = 0;
    for (const SuggestedRegion &region : regions) {
        auto *heading = new QLabel(region.name, list);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setContentsMargins(0, row == 0 ? 0 : 8, 0, 0);
        grid->addWidget(heading, row++, 0, 1, 3);
        for (const SuggestedFeed &feed : region.feeds) {
            auto *title = new QLabel(feed.title, list);
            title->setTextFormat(Qt::PlainText);
            title->setToolTip(feed.url);
            auto *language = new QLabel(QLocale(feed.language).nativeLanguageName(), list);
            language->setForegroundRole(QPalette::PlaceholderText);
            auto *subscribe = new QPushButton(tr("Subscribe"), list);
            subscribe->setAccessibleName(tr("Subscribe to %1").arg(feed.title));
            subscribe->setAutoDefault(false);
            m_buttons.insert(feed.url, subscribe);
            connect(subscribe, &QPushButton::clicked, this, [this, subscribe, feed] {
                subscribe->setEnabled(false);
                Q_EMIT subscribeRequested(feed.url, feed.title);
            });
            grid->addWidget(title, row, 0);
            grid->addWidget(language, row, 1);
            grid->addWidget(subscribe, row, 2);
            ++row;
            if (isSubscribed && isSubscribed(feed.url))
                markSubscribed(feed.url);
        }
    }
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(row, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

SuggestedFeedsDialog::~SuggestedFeedsDialog() = default;

void SuggestedFeedsDialog::markSubscribed(const QString &url)
{
    QPushButton *subscribe = m_buttons.value(url);
    if (!subscribe)
        return;
    subscribe->setText(tr("Subscribed"));
    subscribe->setEnabled(false);
}

QPushButton *SuggestedFeedsDialog::button(const QString &url) const
{
    return m_buttons.value(url);
}

} // namespace Ui
