#include "commands.h"
#include "pipeline/pipeline.h"
#include "pipeline/refresh_schedule.h"
#include "storage/store.h"

#include <QEventLoop>
#include <QObject>

#include <memory>

namespace Cli {

std::unique_ptr<Core::Store> openStore(const Context &context)
{
    Core::Result<std::unique_ptr<Core::Store>> store = Core::Store::open(context.profileDir);
    if (!store && store.error().code == Core::ErrorCode::ReadOnlyDatabase) {
        // A profile that cannot be written can still be read: reading
        // commands work, writing ones fail with a read-only error.
        Core::StoreOptions readOnly;
        readOnly.access = Core::StoreOptions::Access::ReadOnly;
        Core::Result<std::unique_ptr<Core::Store>> reader = Core::Store::open(context.profileDir, readOnly);
        if (reader) {
            err() << "tidings-cli: the profile is read-only, nothing will be saved: " << Core::describe(store.error())
                  << '\n';
            return std::move(*reader);
        }
    }
    if (!store) {
        err() << "tidings-cli: cannot open the profile: " << Core::describe(store.error()) << '\n';
        return nullptr;
    }
    return std::move(*store);
}

namespace {

// Runs the pipeline's event-driven work until it reports idle.
void runUntilIdle(Core::Pipeline &pipeline, const std::function<void()> &start)
{
    QEventLoop loop;
    QObject::connect(&pipeline, &Core::Pipeline::idle, &loop, &QEventLoop::quit);
    start();
    loop.exec();
}

struct PageCounts {
    int cleaned = 0;
    int notCleaned = 0;
};

void countPages(Core::Pipeline &pipeline, PageCounts &counts)
{
    QObject::connect(&pipeline, &Core::Pipeline::articleSaved, [&counts] { ++counts.cleaned; });
    QObject::connect(&pipeline, &Core::Pipeline::cleaningFailed, [&counts] { ++counts.notCleaned; });
}

} // namespace

int add(const Context &context, const QStringList &args)
{
    if (args.size() != 1 || args.constFirst().startsWith(QLatin1Char('-'))) {
        err() << "usage: tidings-cli add URL\n";
        return Usage;
    }
    const std::unique_ptr<Core::Store> store = openStore(context);
    if (!store)
        return SomeFailed;
    Core::Pipeline pipeline(store.get());
    int code = SomeFailed;
    PageCounts pages;
    countPages(pipeline, pages);
    QObject::connect(&pipeline, &Core::Pipeline::subscriptionAdded, [&](Core::SubscriptionId id) {
        const std::optional<Core::Subscription> subscription = store->subscription(id);
        out() << "added " << id << '\t' << (subscription ? subscription->title : QString()) << '\t'
              << (subscription ? subscription->url : QString()) << '\n';
        out().flush();
        code = Success;
    });
    QObject::connect(&pipeline, &Core::Pipeline::subscriptionFailed, [&](const QString &url, const Core::Error &error) {
        err() << "tidings-cli: cannot add " << url << ": " << Core::describe(error) << '\n';
        code = SomeFailed;
    });
    QObject::connect(
        &pipeline, &Core::Pipeline::storiesAdded, [](Core::SubscriptionId, const QList<Core::StoryId> &ids) {
            out() << ids.size() << " stories; cleaning their pages...\n";
            out().flush();
        });
    runUntilIdle(pipeline, [&] { pipeline.addSubscription(args.constFirst()); });
    if (code == Success && pages.cleaned + pages.notCleaned > 0)
        out() << "pages: " << pages.cleaned << " cleaned, " << pages.notCleaned << " kept as the feed gave them\n";
    return code;
}

int refresh(const Context &context, const QStringList &args)
{
    Core::RefreshPolicy policy = Core::RefreshPolicy::RespectBackoff;
    bool dueOnly = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--force")) {
            policy = Core::RefreshPolicy::Reload;
        } else if (arg == QLatin1String("--due")) {
            dueOnly = true;
        } else {
            err() << "usage: tidings-cli refresh [--due] [--force]\n";
            return Usage;
        }
    }
    const std::unique_ptr<Core::Store> store = openStore(context);
    if (!store)
        return SomeFailed;
    // --due: what the app's scheduler would fetch now, at its default interval.
    QList<Core::SubscriptionId> due;
    int notDue = 0;
    QDateTime nextDue;
    if (dueOnly) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Core::Subscription &subscription : store->subscriptions()) {
            const QDateTime when = Core::nextRefreshDue(subscription, Core::RefreshRules {});
            if (!when.isValid())
                continue; // built in: never fetched
            if (when <= now) {
                due.append(subscription.id);
            } else {
                ++notDue;
                nextDue = nextDue.isValid() ? std::min(nextDue, when) : when;
            }
        }
    }
    Core::Pipeline pipeline(store.get());
    PageCounts pages;
    countPages(pipeline, pages);
    int feeds = 0, failed = 0, skipped = 0, newStories = 0;
    QObject::connect(&pipeline, &Core::Pipeline::feedRefreshed, [&](const Core::FeedRefreshResult &result) {
        ++feeds;
        QTextStream &stream = out();
        if (result.skipped) {
            ++skipped;
            const std::optional<Core::Subscription> subscription = store->subscription(result.id);
            const QString lastError = subscription ? Core::describe(subscription->lastError) : QString();
            failed += !lastError.isEmpty(); // resting because it failed: still a failing feed
            stream << "skipped\t" << result.title << "\tresting until " << result.retryAfter.toString(Qt::ISODate)
                   << (lastError.isEmpty() ? QString() : QStringLiteral(" (last error: %1)").arg(lastError)) << '\n';
        } else if (result.error.code != Core::ErrorCode::None) {
            ++failed;
            stream << "failed\t" << result.title << '\t' << Core::describe(result.error) << '\n';
        } else if (result.notModified) {
            stream << "ok\t" << result.title << "\tnot modified\n";
        } else {
            newStories += result.newStories;
            stream << "ok\t" << result.title << '\t' << result.newStories << " new\n";
        }
        stream.flush();
    });
    runUntilIdle(pipeline, [&] {
        if (dueOnly)
            pipeline.refresh(due, policy);
        else
            pipeline.refreshAll(policy);
    });
    if (dueOnly && notDue > 0)
        out() << notDue << " feeds not due yet; the next at " << nextDue.toString(Qt::ISODate) << '\n';
    out() << feeds << " feeds, " << newStories << " new stories, " << failed << " failed, " << skipped
          << " skipped; pages: " << pages.cleaned << " cleaned, " << pages.notCleaned
          << " kept as the feed gave them\n";
    return failed > 0 ? SomeFailed : Success;
}

} // namespace Cli
