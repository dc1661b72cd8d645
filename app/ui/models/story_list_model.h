#pragma once

#include "storage/store.h"

#include <QAbstractListModel>
#include <QHash>

#include <deque>

namespace Ui {

// The middle pane's rows. Pages from the Store with keyset paging, 100 rows
// at a time, as the view scrolls (canFetchMore/fetchMore). data() only reads
// the rows already loaded: it never runs SQL.
class StoryListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FeedRole,
        PublishedRole,
        ExcerptRole,
        ReadRole,
        StarredRole,
        CleanedRole,
        LinkRole,
    };
    static constexpr int PageSize = 100;

    explicit StoryListModel(Core::Store *store, QObject *parent = nullptr);
    ~StoryListModel() override;

    void setFilter(const Core::StoryFilter &filter);
    const Core::StoryFilter &filter() const { return m_filter; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Core::StoryRow &storyAt(int row) const { return m_rows.at(size_t(row)); }
    int rowOf(Core::StoryId id) const;
    // Loads pages until the story is found (or the list ends); -1 if absent.
    int ensureLoaded(Core::StoryId id, int maxPages = 50);

    // Local state changes after the Store was updated.
    void setReadLocal(const QList<Core::StoryId> &ids, bool read);
    void setStarredLocal(Core::StoryId id, bool starred);
    // Pipeline events.
    void storiesAdded(const QList<Core::StoryId> &ids);
    // Retention removed them from the store: their rows go.
    void storiesRemoved(const QList<Core::StoryId> &ids);
    void storyChanged(Core::StoryId id);
    // Its article was saved: the row changes, and a topic or search view may
    // now list it (no other view's membership depends on cleaning).
    void storyCleaned(Core::StoryId id);

Q_SIGNALS:
    // Reading the list failed: it shows what it had (empty after a reload).
    void loadFailed(const Core::Error &error);

private:
    bool matches(const Core::StoryRow &row) const;
    bool comesBefore(const Core::StoryRow &a, const Core::StoryRow &b) const; // the filter's order
    bool storeDecidesMembership() const;
    int insertPosition(const Core::StoryRow &row) const;
    void rebuildIndex();

    Core::Store *m_store;
    Core::StoryFilter m_filter;
    // A deque: growing never moves the rows already loaded. A QList copied
    // every row each time it doubled, 74 ms of the GUI thread at 131,072 rows
    // of one feed (and it only grows as the list is scrolled down).
    std::deque<Core::StoryRow> m_rows;
    QHash<Core::StoryId, int> m_rowOf;
    bool m_atEnd = true;
};

} // namespace Ui
