#include "window/first_run.h"

#include "models/story_list_model.h"
#include "models/welcome_feed.h"
#include "storage/store.h"
#include "window/main_window.h"
#include "window/subscription_pane.h"

namespace Ui {

void showWelcomeFeed(MainWindow *window, Core::Store *store)
{
    const std::optional<Core::Subscription> welcome = store->subscriptionByUrl(QString::fromLatin1(WelcomeFeedUrl));
    if (!welcome)
        return;
    window->subscriptionPane()->selectSubscription(welcome->id);
    if (window->storyModel()->rowCount() > 0)
        window->selectStory(window->storyModel()->storyAt(0).id);
}

} // namespace Ui
