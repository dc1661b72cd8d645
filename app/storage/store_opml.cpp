#include "storage/store_opml.h"

#include "storage/store.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Core {

namespace {

// Folder id -> its path of names from the top; a broken parent chain (a
// cycle) ends the path instead of looping.
QHash<FolderId, QStringList> folderPaths(const QList<Folder> &folders)
{
    QHash<FolderId, Folder> byId;
    for (const Folder &folder : folders)
        byId.insert(folder.id, folder);
    QHash<FolderId, QStringList> paths;
    for (const Folder &folder : folders) {
        QStringList path;
        QSet<FolderId> seen;
        for (FolderId id = folder.id; id != 0 && byId.contains(id) && !seen.contains(id);
             id = byId.value(id).parentId) {
            seen.insert(id);
            path.prepend(byId.value(id).name);
        }
        paths.insert(folder.id, path);
    }
    return paths;
}

QString pathKey(const QStringList &path)
{
    return path.join(QChar(0x1F));
}

class FolderMaker final {
public:
    FolderMaker(Store &store, OpmlImportReport &report)
        : m_store(store)
        , m_report(report)
    {
        const QHash<FolderId, QStringList> paths = folderPaths(store.folders());
        for (auto it = paths.begin(); it != paths.end(); ++it)
            m_known.insert(pathKey(it.value()), it.key());
    }

    // The folder at `path`, created with its parents when missing.
    Result<FolderId> ensure(const QStringList &path)
    {
        FolderId parent = 0;
        for (qsizetype depth = 1; depth <= path.size(); ++depth) {
            const QString key = pathKey(path.mid(0, depth));
            if (const auto found = m_known.constFind(key); found != m_known.constEnd()) {
                parent = found.value();
                continue;
            }
            const Result<FolderId> added = m_store.addFolder(path.at(depth - 1), parent);
            if (!added)
                return added.error();
            ++m_report.folders;
            m_known.insert(key, *added);
            parent = *added;
        }
        return parent;
    }

private:
    Store &m_store;
    OpmlImportReport &m_report;
    QHash<QString, FolderId> m_known;
};

} // namespace

Result<OpmlImportReport> importOpml(Store &store, const Opml::Document &document)
{
    OpmlImportReport report;
    FolderMaker folders(store, report);
    for (const QStringList &path : document.folders) {
        if (const auto made = folders.ensure(path); !made)
            return made.error();
    }
    QSet<QString> seen;
    for (const Opml::Outline &feed : document.feeds) {
        if (seen.contains(feed.xmlUrl) || store.subscriptionByUrl(feed.xmlUrl)) {
            ++report.duplicates;
            continue;
        }
        seen.insert(feed.xmlUrl);
        const Result<FolderId> folder = folders.ensure(feed.folderPath);
        if (!folder)
            return folder.error();
        const Result<SubscriptionId> added = store.addSubscription(feed.xmlUrl, feed.title, *folder);
        if (!added
            && (added.error().code == ErrorCode::DiskFull || added.error().code == ErrorCode::ReadOnlyDatabase)) {
            // Nothing more can be saved: stop, saying how far it got.
            return Error { added.error().code,
                QStringLiteral("%1 (%2 of the list were added before)").arg(added.error().detail).arg(report.added),
                {} };
        }
        if (!added) {
            report.errors.append(feed.xmlUrl + QStringLiteral(": ") + added.error().detail);
            continue;
        }
        if (!feed.htmlUrl.isEmpty())
            (void)store.setSubscriptionSiteUrl(*added, feed.htmlUrl);
        ++report.added;
    }
    return report;
}

Opml::Document opmlDocument(const Store &store)
{
    Opml::Document document;
    document.title = QStringLiteral("Tidings subscriptions");
    document.dateCreated = QDateTime::currentDateTimeUtc();
    const QHash<FolderId, QStringList> paths = folderPaths(store.folders());
    // Parents before children, as Document promises.
    QList<QStringList> folderList = paths.values();
    std::sort(folderList.begin(), folderList.end(),
        [](const QStringList &a, const QStringList &b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    document.folders = folderList;
    for (const Subscription &sub : store.subscriptions())
        document.feeds.append(Opml::Outline { sub.title, sub.url, sub.siteUrl, paths.value(sub.folderId) });
    return document;
}

} // namespace Core
