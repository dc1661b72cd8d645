#pragma once

#include "storage/store.h"
#include "window/navigation_history.h"
#include "window/settings.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListView;
class QSplitter;
class QTimer;

namespace Core {
class StorageWriter;
struct RefreshProgress;
}

namespace Ui {

class AccountController;
class CredentialStore;
class ImageLoader;
class NewStoriesNotifier;
class NotificationSink;
class PipelineLink;
class ReadingPane;
class ReadState;
class SearchField;
class StatusPanel;
class StoryListActions;
class StoryReader;
class StoryListModel;
class SubscriptionController;
class SubscriptionPane;
class SubscriptionTreeModel;
class TopicController;
class TopicHeader;
class TrayIcon;
struct MainActions;

// The window puts its parts together: the tree, the story list and the
// reading pane in the middle, the actions and menus (MainActions), the way
// back (NavigationHistory), read state with undo (ReadState), subscription
// editing (SubscriptionController) and the status bar (StatusPanel).
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

    // For tests and the app: the parts.
    StoryListModel *storyModel() const { return m_storyModel; }
    SubscriptionTreeModel *treeModel() const { return m_treeModel; }
    ReadingPane *readingPane() const { return m_pane; }
    QListView *storyList() const { return m_list; }
    SubscriptionPane *subscriptionPane() const { return m_tree; }
    SearchField *searchField() const { return m_search; }
    const MainActions &actions() const { return *m_actions; }
    ReadState *readState() const { return m_readState; }
    SubscriptionController *subscriptions() const { return m_subscriptions; }
    AccountController *accounts() const { return m_accounts; }
    TopicController *topics() const { return m_topics; }
    TopicHeader *topicHeader() const { return m_topicHeader; }
    StoryListActions *storyListActions() const { return m_storyActions; }
    StatusPanel *statusPanel() const { return m_status; }
    Core::StorageWriter *writer() const { return m_writer; }
    NewStoriesNotifier *notifier() const { return m_notifier; }
    TrayIcon *tray() const { return m_tray; }
    QString viewTitle() const;
    Settings &settings() { return m_settings; }
    // Where feed passwords are kept (the system keyring in the app); it must
    // outlive the window. Reads the stored ones for the pipeline at once.
    void setCredentialStore(CredentialStore *credentials);

    void showTopic(const QString &topic);
    void search(const QString &query);
    void selectStory(Core::StoryId id);
    bool goBack();
    // Shrinks and moves the window so that all of it, title bar and frame
    // included, lies on the screen it is on.
    void fitToScreen();
    // What the story list says when it is empty (hidden when it is not).
    QLabel *emptyNotice() const { return m_emptyNotice; }

    // The narrowest the tree and the story list become; the reading pane
    // gives way first, down to its own minimum.
    static constexpr int TreeMinWidth = 150;
    static constexpr int ListMinWidth = 250;
    static constexpr int PaneMinWidth = 220;

Q_SIGNALS:
    // Preferences were accepted and written (and applied here).
    void preferencesChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void startRefreshingWhenReady();
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Whether the view left behind can be gone back to.
    enum class Remember { Yes, No };

    void buildCentral();
    void connectActions();
    void buildToolBar();
    void connectParts();
    void connectPipeline();
    void connectScheduler();
    void connectNotificationsAndTray();
    void connectAccounts();
    void restoreState();

    void showView(const ListView &view, Remember remember);
    ListView currentView() const;
    void showAllStories();
    void updateViewTitle();
    void updateEmptyNotice();
    void refreshTopicHeader();
    void connectTopics();
    void scheduleCounts();
    void updateFailing();
    void rebuildTree();

    // What the actions do.
    void markSelectedRead();
    void markEverythingRead();
    void addSubscription();
    void focusSearch();
    void showPreferences();
    void applyPreferences();

    // Answers of the parts.
    void markedAllRead(const QList<Core::StoryId> &ids);
    void undoneMarkRead(const QList<Core::StoryId> &ids);
    void onSubscribed(Core::SubscriptionId id);

    // Pipeline events.
    void onStoriesAdded(Core::SubscriptionId id, const QList<Core::StoryId> &ids);
    void onStoriesRemoved(const QList<Core::StoryId> &ids);
    // The View menu's unread-only and order toggles changed: the view on show follows.
    void listOptionsChanged();
    void passRetentionDefaults();
    void onProgress(const Core::RefreshProgress &progress);
    void onIdle();

    Core::Store *m_store;
    std::unique_ptr<Core::StorageWriter> m_ownWriter;
    Core::StorageWriter *m_writer;
    QPointer<PipelineLink> m_pipeline;
    Settings m_settings;
    ImageLoader *m_imageLoader = nullptr;
    QLabel *m_emptyNotice = nullptr;

    SubscriptionTreeModel *m_treeModel = nullptr;
    SubscriptionPane *m_tree = nullptr;
    StoryListModel *m_storyModel = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_viewTitle = nullptr;
    ReadingPane *m_pane = nullptr;
    SearchField *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_countsTimer = nullptr;

    std::unique_ptr<MainActions> m_actions;
    StatusPanel *m_status = nullptr;
    ReadState *m_readState = nullptr;
    SubscriptionController *m_subscriptions = nullptr;
    AccountController *m_accounts = nullptr;
    TopicController *m_topics = nullptr;
    TopicHeader *m_topicHeader = nullptr;
    StoryReader *m_reader = nullptr;
    StoryListActions *m_storyActions = nullptr;
    std::unique_ptr<NotificationSink> m_notificationSink;
    NewStoriesNotifier *m_notifier = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false; // Quit: closing ends the app even with the tray

    ListView m_view;
    NavigationHistory m_history;
    bool m_restoring = false;
    bool m_shownOnce = false;
    bool m_waitingForPasswords = false;
    bool m_refreshingStarted = false;
    static constexpr int PasswordWaitMs = 10000;
};

} // namespace Ui
