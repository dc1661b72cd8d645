#include "models/story_list_model.h"

#include "widgets/relative_time.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Ui {

StoryListModel::StoryListModel(Core::Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

StoryListModel::~StoryListModel() = default;

// The Store's order: newest first, ties by id; or all of it the other way.
bool StoryListModel::comesBefore(const Core::StoryRow &a, const Core::StoryRow &b) const
{
    if (m_filter.oldestFirst)
        return a.published != b.published ? a.published < b.published : a.id < b.id;
    return a.published != b.published ? a.published > b.published : a.id > b.id;
}

void StoryListModel::setFilter(const Core::StoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void StoryListModel::reload()
{
    Core::Error error;
    beginResetModel();
    const QList<Core::StoryRow> page = m_store->stories(m_filter, std::nullopt, PageSize, &error);
    m_rows.assign(page.cbegin(), page.cend());
    m_atEnd = page.size() < PageSize || error.code != Core::ErrorCode::None;
    rebuildIndex();
    endResetModel();
    if (error.code != Core::ErrorCode::None)
        Q_EMIT loadFailed(error);
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Core::StoryRow &row = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return row.title.isEmpty() ? tr("(untitled)") : row.title;
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the row: all the delegate draws.
        const QString title = row.title.isEmpty() ? tr("(untitled)") : row.title;
        QString text
            = tr("%1, %2, %3, %4")
                  .arg(title, row.subscriptionTitle, longDateTime(row.published), row.read ? tr("read") : tr("unread"));
        if (row.starred)
            text = tr("%1, starred").arg(text);
        return text;
    }
    case Qt::AccessibleDescriptionRole:
        return row.excerpt;
    case Qt::ToolTipRole: {
        const QString date = longDateTime(row.published);
        return QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(row.title.toHtmlEscaped(), row.subscriptionTitle.toHtmlEscaped(), date.toHtmlEscaped());
    }
    case IdRole:
        return row.id;
    case FeedRole:
        return row.subscriptionTitle;
    case PublishedRole:
        return row.published;
    case ExcerptRole:
        return row.excerpt;
    case ReadRole:
        return row.read;
    case StarredRole:
        return row.starred;
    case CleanedRole:
        return row.cleaned;
    case LinkRole:
        return row.link;
    default:
        return {};
    }
}

bool StoryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void StoryListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.empty())
        return;
    const Core::StoryRow &last = m_rows.back();
    Core::Error error;
    QList<Core::StoryRow> page
        = m_store->stories(m_filter, Core::PageKey { last.published, last.id }, PageSize, &error);
    if (error.code != Core::ErrorCode::None) {
        m_atEnd = true; // a later reload tries again
        Q_EMIT loadFailed(error);
        return;
    }
    m_atEnd = page.size() < PageSize;
    // A story inserted live may already be here; keep one copy.
    page.removeIf([this](const Core::StoryRow &row) { return m_rowOf.contains(row.id); });
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const Core::StoryRow &row : std::as_const(page)) {
        m_rowOf.insert(row.id, int(m_rows.size()));
        m_rows.push_back(row);
    }
    endInsertRows();
}

int StoryListModel::rowOf(Core::StoryId id) const
{
    return m_rowOf.value(id, -1);
}

int StoryListModel::ensureLoaded(Core::StoryId id, int maxPages)
{
    for (int page = 0; rowOf(id) < 0 && !m_atEnd && page < maxPages; ++page)
        fetchMore({});
    return rowOf(id);
}

void StoryListModel::setReadLocal(const QList<Core::StoryId> &ids, bool read)
{
    for (Core::StoryId id : ids) {
        const int row = rowOf(id);
        if (row < 0 || m_rows[size_t(row)].read == read)
            continue;
        m_rows[size_t(row)].read = read;
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, { ReadRole, Qt::FontRole });
    }
}

void StoryListModel::setStarredLocal(Core::StoryId id, bool starred)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[size_t(row)].starred = starred;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { StarredRole });
}

void StoryListModel::storiesAdded(const QList<Core::StoryId> &ids)
{
    // Where the store decides, ask it which of the stories this view lists.
    const bool storyDecides = storeDecidesMembership();
    QList<Core::StoryId> unseen;
    for (Core::StoryId id : ids)
        if (!m_rowOf.contains(id))
            unseen.append(id);
    const QSet<Core::StoryId> listed
        = storyDecides ? m_store->storiesMatching(m_filter, unseen) : QSet<Core::StoryId>();
    QList<Core::StoryRow> fresh;
    for (Core::StoryId id : std::as_const(unseen)) {
        if (storyDecides && !listed.contains(id))
            continue;
        const std::optional<Core::StoryDetail> detail = m_store->story(id);
        if (detail && (storyDecides || matches(detail->row)))
            fresh.append(detail->row);
    }
    std::sort(fresh.begin(), fresh.end(),
        [this](const Core::StoryRow &a, const Core::StoryRow &b) { return comesBefore(a, b); });
    for (const Core::StoryRow &row : std::as_const(fresh)) {
        const int at = insertPosition(row);
        // Older than everything loaded while more pages wait: paging brings it.
        if (at == int(m_rows.size()) && !m_atEnd)
            continue;
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, row);
        rebuildIndex();
        endInsertRows();
    }
}

void StoryListModel::storiesRemoved(const QList<Core::StoryId> &ids)
{
    QList<int> rows;
    for (Core::StoryId id : ids) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    // From the bottom up, so the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        rebuildIndex();
}

void StoryListModel::storyChanged(Core::StoryId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const std::optional<Core::StoryDetail> detail = m_store->story(id);
    if (!detail)
        return;
    m_rows[size_t(row)] = detail->row;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void StoryListModel::storyCleaned(Core::StoryId id)
{
    storyChanged(id);
    if (storeDecidesMembership())
        storiesAdded({ id });
}

bool StoryListModel::storeDecidesMembership() const
{
    // Topic and search views depend on topics and text only the store knows.
    return m_filter.kind == Core::StoryFilter::Kind::Topic || m_filter.kind == Core::StoryFilter::Kind::Search;
}

bool StoryListModel::matches(const Core::StoryRow &row) const
{
    using Kind = Core::StoryFilter::Kind;
    if (m_filter.unreadOnly && row.read)
        return false;
    switch (m_filter.kind) {
    case Kind::All:
        return true;
    case Kind::Unread:
        return !row.read;
    case Kind::Starred:
        return row.starred;
    case Kind::Today:
        return row.published.toLocalTime().date() == QDate::currentDate();
    case Kind::Subscription:
        return row.subscriptionId == m_filter.id;
    case Kind::Folder: {
        const std::optional<Core::Subscription> sub = m_store->subscription(row.subscriptionId);
        if (!sub)
            return false;
        // Nested folders: walk up from the feed's folder.
        const QList<Core::Folder> folders = m_store->folders();
        Core::FolderId folder = sub->folderId;
        for (int depth = 0; folder != 0 && depth < 64; ++depth) {
            if (folder == m_filter.id)
                return true;
            const auto it = std::find_if(
                folders.cbegin(), folders.cend(), [folder](const Core::Folder &f) { return f.id == folder; });
            folder = it == folders.cend() ? 0 : it->parentId;
        }
        return false;
    }
    case Kind::Account: {
        const std::optional<Core::Subscription> sub = m_store->subscription(row.subscriptionId);
        return sub && sub->accountId == m_filter.account;
    }
    case Kind::Topic:
    case Kind::Search:
        return false;
    }
    return false;
}

int StoryListModel::insertPosition(const Core::StoryRow &row) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
        [this](const Core::StoryRow &a, const Core::StoryRow &b) { return comesBefore(a, b); });
    return int(it - m_rows.cbegin());
}

void StoryListModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_rows.size()));
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rowOf.insert(m_rows.at(size_t(i)).id, i);
}

} // namespace Ui
