#pragma once

// Shared helpers of the GUI tests: a real Store in a temporary folder,
// filled through its own API.

#include "base/html_text.h"
#include "models/pipeline_link.h"
#include "storage/store.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace UiTest {

inline std::unique_ptr<Core::Store> openStore(const QTemporaryDir &dir)
{
    Core::Result<std::unique_ptr<Core::Store>> opened = Core::Store::open(dir.path());
    if (!opened) {
        qWarning("cannot open store: %s", qPrintable(opened.error().detail));
        return nullptr;
    }
    return std::move(*opened);
}

// The GUI's own connection, as the app opens it: read-only, a frame's busy
// timeout. A window given this store must write through its StorageWriter.
inline std::unique_ptr<Core::Store> openReader(const QTemporaryDir &dir)
{
    Core::Result<std::unique_ptr<Core::Store>> opened
        = Core::Store::open(dir.path(), Core::StoreOptions::readOnlyForGui());
    if (!opened) {
        qWarning("cannot open a reader: %s", qPrintable(opened.error().detail));
        return nullptr;
    }
    return std::move(*opened);
}

inline Core::ParsedItem item(const QString &id, const QString &title, const QDateTime &published,
    const QString &contentHtml, const QString &link = {})
{
    Core::ParsedItem item;
    item.id = id;
    item.title = title;
    item.link = link.isEmpty() ? QStringLiteral("https://example.org/") + id : link;
    item.published = published;
    item.updated = published;
    item.summaryHtml = contentHtml;
    item.contentHtml = contentHtml;
    return item;
}

inline Core::Article article(const QString &title, const QString &html, const QStringList &topics)
{
    Core::Article article;
    article.title = title;
    article.html = html;
    const QString text = Core::HtmlText::htmlToText(html);
    article.text = text;
    article.wordCount = int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    article.readingMinutes = qMax(1, article.wordCount / 230);
    article.topics = topics;
    for (const QString &topic : topics)
        article.rawTags.append({ Core::TagSource::Meta, topic });
    article.readerable = true;
    article.dir = QStringLiteral("ltr");
    article.lang = QStringLiteral("en");
    return article;
}

// Finds the id of the story with this title (titles are unique in the tests).
inline Core::StoryId storyByTitle(Core::Store *store, const QString &title)
{
    const QList<Core::StoryRow> rows = store->stories(Core::StoryFilter {}, std::nullopt, 1000);
    for (const Core::StoryRow &row : rows)
        if (row.title == title)
            return row.id;
    return 0;
}

// Stands in for Core::Pipeline: records what the window asks for, and lets
// a test emit the pipeline's signals.
class FakePipeline final : public Ui::PipelineLink {
public:
    void refreshAll() override { ++refreshes; }
    void refresh(Core::SubscriptionId) override { ++refreshes; }
    void addSubscription(const QString &url, Core::FolderId) override { added.append(url); }
    void cleanStory(Core::StoryId id) override { cleanRequests.append(id); }
    bool isBusy() const override { return false; }

    int refreshes = 0;
    QStringList added;
    QList<Core::StoryId> cleanRequests;
};

// Runs `answer` on the dialog of type T once it is open and modal.
template <typename T> void whenDialogOpens(const std::function<void(T *)> &answer)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

template <typename W> W *child(QWidget *parent, const char *name)
{
    W *widget = parent->findChild<W *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

} // namespace UiTest
