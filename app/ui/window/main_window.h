#pragma once

#include "storage/store.h"
#include "window/settings.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;

namespace Core {
class StorageWriter;
struct RefreshProgress;
}

namespace Ui {

class ImageLoader;
class PipelineLink;
class ReadingPane;
class SearchField;
class StoryListModel;
class SubscriptionTreeModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The store must outlive the window; the window only reads through it
    // (it may be read-only). Every write goes through the writer, which must
    // outlive the window too. The pipeline may be null (tests, or a build
    // without one): then refreshing does nothing.
    MainWindow(Core::Store *store, Core::StorageWriter *writer, PipelineLink *pipeline, QWidget *parent = nullptr);
    // With a writer of its own on store->profileDir() (tests, benchmarks).
    explicit MainWindow(Core::Store *store, PipelineLink *pipeline = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the app: what the middle pane shows.
    StoryListModel *storyModel() const { return m_storyModel; }
    SubscriptionTreeModel *treeModel() const { return m_treeModel; }
    ReadingPane *readingPane() const { return m_pane; }
    QListView *storyList() const { return m_list; }
    QTreeView *subscriptionTree() const { return m_tree; }
    SearchField *searchField() const { return m_search; }
    QString viewTitle() const;
    Settings &settings() { return m_settings; }

    void showTopic(const QString &topic);
    void search(const QString &query);
    void selectStory(Core::StoryId id);
    bool goBack();
    void markAllRead(const Core::StoryFilter &filter);
    void undoMarkRead();
    bool canUndo() const { return !m_undoIds.isEmpty(); }
    Core::StorageWriter *writer() const { return m_writer; }
    // OPML without the file dialogs; `summary` says what happened. The
    // import is written on the storage thread: done(ok, summary) follows.
    using ImportDone = std::function<void(bool ok, const QString &summary)>;
    void importOpmlFile(const QString &path, const ImportDone &done);
    bool exportOpmlFile(const QString &path, QString *summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ViewState {
        Core::StoryFilter filter;
        QString title;
        Core::StoryId story = 0;
    };

    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildCentral();
    void buildStatusBar();
    void connectPipeline();
    void restoreState();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &key, void (MainWindow::*slot)());

    void showView(const ViewState &state, bool remember);
    ViewState currentState() const;
    void treeSelectionChanged();
    void selectTreeFor(const Core::StoryFilter &filter);
    void currentStoryChanged();
    void showCurrentStory(bool fromSelection);
    Core::StoryId currentStoryId() const;
    bool imagesAllowedFor(const Core::StoryDetail &story) const;
    void updateViewTitle();
    void scheduleCounts();
    void updateFailing();
    void showLoadError(const Core::Error &error);
    void setReadNow(Core::StoryId id, Core::SubscriptionId subscription, bool read);
    void markedAllRead(const Core::Result<QList<Core::StoryId>> &changed);
    void undoneMarkRead(const QList<Core::StoryId> &ids, const Core::Status &status);

    // Actions.
    void nextStory();
    void previousStory();
    void moveSelection(int delta);
    void spacePressed();
    void toggleRead();
    void toggleStar();
    void openOriginal();
    void refreshAll();
    void refreshSelected();
    void markSelectedRead();
    void markEverythingRead();
    void addSubscription();
    void newFolder();
    void renameSelected();
    void deleteSelected();
    void importOpml();
    void exportOpml();
    void focusSearch();
    void back();
    void zoomIn();
    void zoomOut();
    void zoomReset();
    void showPreferences();
    void showShortcuts();
    void showAbout();
    void showFailing();
    void treeContextMenu(const QPoint &pos);
    void rebuildTree();

    // Pipeline events.
    void onStoriesAdded(Core::SubscriptionId id, const QList<Core::StoryId> &ids);
    void onCleaningStarted(Core::StoryId id);
    void onArticleSaved(Core::StoryId id);
    void onCleaningFailed(Core::StoryId id, const Core::Error &reason);
    void onProgress(const Core::RefreshProgress &progress);
    void onIdle();
    void onSubscriptionAdded(Core::SubscriptionId id);
    void onSubscriptionFailed(const QString &url, const Core::Error &error);

    Core::Store *m_store;
    std::unique_ptr<Core::StorageWriter> m_ownWriter;
    Core::StorageWriter *m_writer;
    QPointer<PipelineLink> m_pipeline;
    Settings m_settings;
    ImageLoader *m_imageLoader = nullptr;

    SubscriptionTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    StoryListModel *m_storyModel = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_viewTitle = nullptr;
    ReadingPane *m_pane = nullptr;
    SearchField *m_search = nullptr;
    QSplitter *m_splitter = nullptr;

    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_failingButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QTimer *m_countsTimer = nullptr;
    QTimer *m_undoTimer = nullptr;

    QAction *m_backAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_refreshAction = nullptr;

    ViewState m_view;
    QList<ViewState> m_history;
    QSet<Core::StoryId> m_cleaning;
    QSet<Core::StoryId> m_imagesAllowedStories;
    QList<Core::StoryId> m_undoIds;
    bool m_restoring = false;
    bool m_restoringStory = false;
};

} // namespace Ui
