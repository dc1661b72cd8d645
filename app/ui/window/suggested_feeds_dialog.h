#pragma once

// The suggested feeds by region, each with a Subscribe button. Not modal:
// the reader can keep reading while it is open. It only asks; the
// SubscriptionController subscribes and says so back (markSubscribed).

#include "models/suggested_feeds.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QPushButton;

namespace Ui {

class SuggestedFeedsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestedFeedsDialog)

public:
    // `isSubscribed` tells which feeds are already in the reader's list.
    SuggestedFeedsDialog(const QList<SuggestedRegion> &regions,
        const std::function<bool(const QString &url)> &isSubscribed, QWidget *parent = nullptr);
    ~SuggestedFeedsDialog() override;

    // The feed's button turns into a disabled "Subscribed".
    void markSubscribed(const QString &url);
    // For tests: the button of a feed (null when it is not listed).
    QPushButton *button(const QString &url) const;

Q_SIGNALS:
    void subscribeRequested(const QString &url, const QString &title);

private:
    QHash<QString, QPushButton *> m_buttons;
};

} // namespace Ui
