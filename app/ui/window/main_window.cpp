#include "window/main_window.h"

#include "models/pipeline_link.h"
#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "pipeline/account_sync.h"
#include "pipeline/pipeline.h"
#include "pipeline/refresh_scheduler.h"
#include "pipeline/storage_writer.h"
#include "reading/chip_bar.h"
#include "reading/image_loader.h"
#include "reading/reading_pane.h"
#include "widgets/search_field.h"
#include "widgets/story_delegate.h"
#include "widgets/themed_icon.h"
#include "window/account_controller.h"
#include "window/app_preferences.h"
#include "window/dialogs.h"
#include "window/main_actions.h"
#include "window/notifications.h"
#include "window/read_state.h"
#include "window/status_panel.h"
#include "window/story_list_actions.h"
#include "window/story_reader.h"
#include "window/subscription_controller.h"
#include "window/subscription_pane.h"
#include "window/topic_controller.h"
#include "window/topic_header.h"
#include "window/tray_icon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWindow>

// The icons live in the static UI library: make sure its resources are linked in.
static void initUiResources()
{
    Q_INIT_RESOURCE(tidings);
}

namespace Ui {

using Kind = Core::StoryFilter::Kind;

MainWindow::MainWindow(Core::Store *store, PipelineLink *pipeline, QWidget *parent)
    : MainWindow(store, nullptr, pipeline, parent)
{
}

MainWindow::MainWindow(Core::Store *store, Core::StorageWriter *writer, PipelineLink *pipeline, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_ownWriter(
          writer ? std::unique_ptr<Core::StorageWriter>() : std::make_unique<Core::StorageWriter>(store->profileDir()))
    , m_writer(writer ? writer : m_ownWriter.get())
    , m_pipeline(pipeline)
    , m_settings(store->profileDir())
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tidings"));
    m_readState = new ReadState(m_writer, this);
    m_subscriptions = new SubscriptionController(m_store, m_writer, pipeline, this);
    m_topics = new TopicController(m_store, m_writer, this);
    m_accounts = new AccountController(store->profileDir(), m_writer, this);
    m_subscriptions->setAccounts(m_accounts);
    m_imageLoader = new ImageLoader(QDir(store->profileDir()).filePath(QStringLiteral("cache/images")), this);
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(250);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        m_treeModel->refreshCounts();
        updateFailing();
        refreshTopicHeader();
    });

    buildCentral();
    m_actions = std::make_unique<MainActions>(this);
    m_tree->setActions(m_actions.get());
    m_storyActions = new StoryListActions(
        { m_storyModel, m_list, m_reader, m_readState, m_tree, m_treeModel, m_actions.get() }, this);
    connectActions();
    buildToolBar();
    m_status = new StatusPanel(this);
    connectParts();
    connectTopics();
    connectPipeline();
    connectScheduler();
    connectNotificationsAndTray();
    connectAccounts();
    restoreState();
    applyPreferences();

    showAllStories();
    // Back where the reader left off, without marking anything read.
    m_reader->restoreStory(m_settings.lastStory());
    updateFailing();
}

MainWindow::~MainWindow()
{
    // Its syncs write through the writer, which may be this window's own.
    delete m_accounts;
}

// ---- construction ----

void MainWindow::buildCentral()
{
    m_treeModel = new SubscriptionTreeModel(m_store, m_writer, this);
    m_tree = new SubscriptionPane({ m_store, m_treeModel, m_subscriptions, m_readState, m_pipeline, m_topics }, this);
    connect(
        m_tree, &SubscriptionPane::viewChosen, this, [this](const ListView &view) { showView(view, Remember::Yes); });
    // Rebuild once the drop has returned: the view still holds the dragged rows.
    connect(m_treeModel, &SubscriptionTreeModel::moved, this, &MainWindow::rebuildTree, Qt::QueuedConnection);
    connect(m_treeModel, &SubscriptionTreeModel::moveFailed, this,
        [this](const Core::Error &error) { QMessageBox::warning(this, tr("Move"), errorText(error)); });

    m_storyModel = new StoryListModel(m_store, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setAccessibleName(tr("Stories"));
    m_list->setModel(m_storyModel);
    auto *delegate = new StoryDelegate(m_list);
    delegate->setIconLookup([this](const QModelIndex &index) {
        return m_treeModel->siteIcon(m_storyModel->storyAt(index.row()).subscriptionId);
    });
    m_list->setItemDelegate(delegate);
    m_list->setUniformItemSizes(true);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(200);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::doubleClicked, this, [this] { m_reader->openOriginal(); });
    m_emptyNotice = new QLabel(m_list->viewport());
    m_emptyNotice->setObjectName(QStringLiteral("emptyListNotice"));
    m_emptyNotice->setAlignment(Qt::AlignCenter);
    m_emptyNotice->setWordWrap(true);
    m_emptyNotice->setTextFormat(Qt::PlainText);
    m_emptyNotice->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNotice->setContentsMargins(16, 24, 16, 24);
    m_emptyNotice->hide();
    connect(m_storyModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyNotice);
    connect(m_storyModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyNotice);
    connect(m_storyModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyNotice);

    m_viewTitle = new QLabel(this);
    m_viewTitle->setObjectName(QStringLiteral("viewTitle"));
    m_viewTitle->setAccessibleName(tr("View"));
    m_viewTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_viewTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_viewTitle->setFont(titleFont);
    m_viewTitle->setContentsMargins(12, 8, 12, 8);
    m_viewTitle->setWordWrap(false);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(0);
    m_topicHeader = new TopicHeader(this);
    m_topicHeader->hide();
    middleLayout->addWidget(m_viewTitle);
    middleLayout->addWidget(m_topicHeader);
    middleLayout->addWidget(m_list, 1);

    m_pane = new ReadingPane(this);
    m_pane->setImageLoader(m_imageLoader);
    m_pane->setFontDelta(m_settings.fontDelta());
    connect(m_pane, &ReadingPane::topicClicked, this, &MainWindow::showTopic);
    connect(m_pane, &ReadingPane::openOriginalRequested, this, [this] { m_reader->openOriginal(); });
    // The welcome feed's own links (tidings:suggested-feeds).
    connect(m_pane, &ReadingPane::appLinkClicked, this, [this](const QUrl &url) {
        if (url.path() == QLatin1String("suggested-feeds"))
            m_subscriptions->showSuggestedFeeds();
    });
    connect(m_pane, &ReadingPane::imagesAllowedForFeed, this,
        [this](Core::SubscriptionId id) { m_subscriptions->setImages(id, SubscriptionController::Images::Load); });
    connect(m_pane, &ReadingPane::fontDeltaChanged, this, [this](int delta) { m_settings.setFontDelta(delta); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree->view());
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_pane);
    // When the window narrows the reading pane gives way first; the tree
    // and the list keep room for their titles.
    m_tree->view()->setMinimumWidth(TreeMinWidth);
    middle->setMinimumWidth(ListMinWidth);
    m_pane->setMinimumWidth(PaneMinWidth);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 230, 390, 780 });
    setCentralWidget(m_splitter);
    m_reader = new StoryReader(
        { m_store, m_storyModel, m_treeModel, m_list, m_pane, m_readState, &m_settings, m_pipeline }, this);
    resize(1400, 900);
    fitToScreen();
}

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    connect(a.addSubscription, &QAction::triggered, this, &MainWindow::addSubscription);
    connect(a.newFolder, &QAction::triggered, m_subscriptions, &SubscriptionController::newFolder);
    connect(a.suggestedFeeds, &QAction::triggered, m_subscriptions, &SubscriptionController::showSuggestedFeeds);
    connect(a.importOpml, &QAction::triggered, m_subscriptions, &SubscriptionController::importOpml);
    connect(a.exportOpml, &QAction::triggered, m_subscriptions, &SubscriptionController::exportOpml);
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        const bool inTray = m_tray->isShown();
        if (close() && inTray)
            QApplication::quit(); // the tray kept the app running
        m_quitting = false;
    });
    connect(a.undoMarkRead, &QAction::triggered, m_readState, &ReadState::undo);
    connect(a.search, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(a.back, &QAction::triggered, this, &MainWindow::goBack);
    connect(a.zoomIn, &QAction::triggered, this, [this] { m_pane->setFontDelta(m_pane->fontDelta() + 1); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { m_pane->setFontDelta(m_pane->fontDelta() - 1); });
    connect(a.zoomReset, &QAction::triggered, this, [this] { m_pane->setFontDelta(0); });
    connect(a.nextStory, &QAction::triggered, m_reader, [this] { m_reader->moveSelection(+1); });
    connect(a.previousStory, &QAction::triggered, m_reader, [this] { m_reader->moveSelection(-1); });
    connect(a.pageDown, &QAction::triggered, m_reader, &StoryReader::pageDownOrNext);
    connect(a.toggleRead, &QAction::triggered, m_reader, &StoryReader::toggleRead);
    connect(a.toggleStar, &QAction::triggered, m_reader, &StoryReader::toggleStar);
    connect(a.openOriginal, &QAction::triggered, m_reader, &StoryReader::openOriginal);
    a.unreadOnly->setChecked(m_settings.unreadOnly());
    a.oldestFirst->setChecked(m_settings.oldestFirst());
    connect(a.unreadOnly, &QAction::toggled, this, &MainWindow::listOptionsChanged);
    connect(a.oldestFirst, &QAction::toggled, this, &MainWindow::listOptionsChanged);
    connect(a.refreshAll, &QAction::triggered, this, [this] {
        m_accounts->syncAll(); // the servers' feeds too
        if (m_pipeline)
            m_pipeline->refreshAll();
        else if (!m_accounts->hasServerAccounts())
            m_status->showMessage(tr("Refreshing is not available in this build."), StatusPanel::Linger::Short);
    });
    connect(a.refreshSelected, &QAction::triggered, m_tree, &SubscriptionPane::refreshSelected);
    connect(a.markSelectedRead, &QAction::triggered, this, &MainWindow::markSelectedRead);
    connect(a.markEverythingRead, &QAction::triggered, this, &MainWindow::markEverythingRead);
    // On a followed topic: rename it, or stop following it.
    const auto topicNode = [this] {
        const QModelIndex node = m_tree->currentNode();
        return node.data(SubscriptionTreeModel::KindRole).toInt() == int(SubscriptionTreeModel::NodeKind::Topic)
            ? node.data(Qt::DisplayRole).toString()
            : QString();
    };
    connect(a.rename, &QAction::triggered, this, [this, topicNode] {
        if (const QString topic = topicNode(); !topic.isEmpty())
            m_topics->rename(topic);
        else
            m_subscriptions->rename(m_tree->currentNode());
    });
    connect(a.remove, &QAction::triggered, this, [this, topicNode] {
        if (const QString topic = topicNode(); !topic.isEmpty())
            m_topics->setFollowed(topic, false);
        else
            m_subscriptions->remove(m_tree->currentNode());
    });
    connect(a.feedProperties, &QAction::triggered, this, [this] {
        const QModelIndex node = m_tree->currentNode();
        if (node.data(SubscriptionTreeModel::KindRole).toInt() == int(SubscriptionTreeModel::NodeKind::Subscription))
            m_subscriptions->editProperties(node.data(SubscriptionTreeModel::IdRole).toLongLong());
        else
            m_status->showMessage(tr("Select a feed to see its properties."), StatusPanel::Linger::Short);
    });
    connect(a.shortcuts, &QAction::triggered, this, [this] { showShortcutsDialog(m_actions->all(), this); });
    connect(a.about, &QAction::triggered, this, [this] { showAboutDialog(m_store->profileDir(), this); });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_actions->back);
    bar->addAction(m_actions->refreshAll);
    m_actions->addSubscription->setIcon(themedIcon(QStringLiteral(":/icons/add.svg")));
    m_actions->addSubscription->setIconText(tr("Add"));
    bar->addAction(m_actions->addSubscription);
    m_actions->markSelectedRead->setIcon(themedIcon(QStringLiteral(":/icons/mark-read.svg")));
    m_actions->markSelectedRead->setIconText(tr("Mark Read"));
    bar->addAction(m_actions->markSelectedRead);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new SearchField(m_store, bar);
    bar->addWidget(m_search);
    connect(m_search, &SearchField::searchRequested, this, &MainWindow::search);
    connect(m_search, &SearchField::searchCleared, this, [this] {
        m_pane->setHighlightTerms({});
        if (m_view.filter.kind == Kind::Search)
            goBack();
    });
}

// The answers of the parts that are not widgets.
void MainWindow::connectParts()
{
    // A list could not be read: say so instead of showing an empty view as if it were true.
    const auto loadFailed = [this](const Core::Error &error) {
        m_status->showMessage(tr("Could not read the list: %1").arg(errorText(error)), StatusPanel::Linger::Long);
    };
    connect(m_treeModel, &SubscriptionTreeModel::loadFailed, this, loadFailed);
    connect(m_storyModel, &StoryListModel::loadFailed, this, loadFailed);

    connect(m_status, &StatusPanel::failingClicked, this,
        [this] { m_status->showFailingMenu(m_treeModel->failingSubscriptions()); });
    connect(m_status, &StatusPanel::failingFeedChosen, m_tree, &SubscriptionPane::selectSubscription);
    connect(m_tree, &SubscriptionPane::imagesSwitched, m_reader,
        [this] { m_reader->showCurrentStory(StoryReader::Shown::Again); });
    connect(m_reader, &StoryReader::message, m_status, qOverload<const QString &, int>(&StatusPanel::showMessage));
    connect(m_storyActions, &StoryListActions::message, m_status,
        qOverload<const QString &, int>(&StatusPanel::showMessage));
    connect(m_status, &StatusPanel::undoClicked, m_readState, &ReadState::undo);

    // One story's read or starred mark is shown at once; a failed write takes it back.
    connect(m_readState, &ReadState::readReverted, this,
        [this](Core::StoryId id, Core::SubscriptionId subscription, ReadState::Mark mark) {
            m_storyModel->setReadLocal({ id }, mark == ReadState::Mark::Read);
            m_treeModel->adjustUnread(subscription, mark == ReadState::Mark::Read ? -1 : +1, id);
        });
    connect(m_readState, &ReadState::starReverted, this, [this](Core::StoryId id, ReadState::Star star) {
        m_storyModel->setStarredLocal(id, star == ReadState::Star::Starred);
        m_treeModel->adjustStarred(star == ReadState::Star::Starred ? +1 : -1);
    });
    connect(m_readState, &ReadState::failed, m_status, &StatusPanel::showError);
    connect(m_readState, &ReadState::markedAllRead, this, &MainWindow::markedAllRead);
    connect(m_readState, &ReadState::undone, this, &MainWindow::undoneMarkRead);
    connect(m_readState, &ReadState::undoAvailableChanged, m_actions->undoMarkRead, &QAction::setEnabled);

    connect(m_subscriptions, &SubscriptionController::treeChanged, this, &MainWindow::rebuildTree);
    connect(m_subscriptions, &SubscriptionController::subscribed, this, &MainWindow::onSubscribed);
    connect(m_subscriptions, &SubscriptionController::showRequested, m_tree, &SubscriptionPane::selectSubscription);
    connect(m_subscriptions, &SubscriptionController::removed, this, [this] {
        m_history.clear();
        showAllStories();
    });
    connect(m_subscriptions, &SubscriptionController::imagesChanged, this,
        [this](Core::SubscriptionId id, SubscriptionController::Images images) {
            m_treeModel->setAllowsImages(id, images == SubscriptionController::Images::Load);
        });
    connect(m_subscriptions, &SubscriptionController::propertiesChanged, m_reader,
        [this] { m_reader->showCurrentStory(StoryReader::Shown::Again); });
    connect(m_subscriptions, &SubscriptionController::message, m_status,
        qOverload<const QString &, int>(&StatusPanel::showMessage));
    connect(m_subscriptions, &SubscriptionController::failed, m_status, &StatusPanel::showError);
}

// Chips' menus, the topic header and the followed topics in the tree.
void MainWindow::connectTopics()
{
    for (ChipBar *chips : { m_pane->chipBar(), m_topicHeader->related() }) {
        chips->setFollowedQuery([this](const QString &topic) { return m_topics->isFollowed(topic); });
        connect(chips, &ChipBar::followRequested, m_topics, &TopicController::setFollowed);
        connect(chips, &ChipBar::renameRequested, m_topics, &TopicController::rename);
        connect(chips, &ChipBar::blockRequested, m_topics, &TopicController::block);
    }
    connect(m_topicHeader, &TopicHeader::topicClicked, this, &MainWindow::showTopic);
    connect(m_topicHeader, &TopicHeader::followRequested, m_topics, &TopicController::setFollowed);
    connect(m_topics, &TopicController::followedChanged, this, [this] {
        rebuildTree();
        refreshTopicHeader();
    });
    connect(m_topics, &TopicController::renamed, this, [this](const QString &topic, const QString &name) {
        if (m_view.filter.kind == Kind::Topic && m_view.filter.topic == topic) {
            m_view.filter.topic = name;
            m_view.title = name;
            updateViewTitle();
        }
        rebuildTree();
        refreshTopicHeader();
        m_reader->showCurrentStory(StoryReader::Shown::Again);
    });
    connect(m_topics, &TopicController::blocked, this, [this] {
        rebuildTree();
        refreshTopicHeader();
    });
    connect(m_topics, &TopicController::unblocked, this, [this] {
        rebuildTree();
        refreshTopicHeader();
        m_reader->showCurrentStory(StoryReader::Shown::Again);
    });
    connect(m_actions->hiddenChips, &QAction::triggered, m_topics, &TopicController::showHiddenChips);
    connect(m_topics, &TopicController::message, m_status, qOverload<const QString &, int>(&StatusPanel::showMessage));
    connect(m_topics, &TopicController::failed, m_status, &StatusPanel::showError);
}

void MainWindow::connectPipeline()
{
    if (!m_pipeline)
        return;
    connect(m_pipeline, &PipelineLink::storiesAdded, this, &MainWindow::onStoriesAdded);
    connect(m_pipeline, &PipelineLink::storiesRemoved, this, &MainWindow::onStoriesRemoved);
    passRetentionDefaults();
    connect(m_pipeline, &PipelineLink::cleaningStarted, m_reader, &StoryReader::cleaningStarted);
    connect(m_pipeline, &PipelineLink::articleSaved, m_reader, &StoryReader::articleSaved);
    // A cleaned story brings its topics: followed topics count it.
    connect(m_pipeline, &PipelineLink::articleSaved, this, &MainWindow::scheduleCounts);
    connect(
        m_pipeline, &PipelineLink::cleaningFailed, m_reader, [this](Core::StoryId id) { m_reader->cleaningDone(id); });
    connect(m_pipeline, &PipelineLink::progressChanged, this, &MainWindow::onProgress);
    connect(m_pipeline, &PipelineLink::idle, this, &MainWindow::onIdle);
    connect(m_pipeline, &PipelineLink::subscriptionAdded, this, &MainWindow::onSubscribed);
    connect(m_pipeline, &PipelineLink::subscriptionFailed, this, [this](const QString &url, const Core::Error &error) {
        // The add dialog, still open, says it itself.
        if (m_subscriptions->addDialog() && m_subscriptions->addDialog()->isVisible())
            return;
        m_status->showMessage(
            tr("Could not subscribe to %1: %2").arg(url, errorText(error)), StatusPanel::Linger::Long);
    });
    connect(m_pipeline, &PipelineLink::subscriptionUpdated, this, &MainWindow::scheduleCounts);
    connect(m_pipeline, &PipelineLink::iconChanged, this, [this](Core::SubscriptionId id) {
        m_treeModel->reloadIcon(id);
        m_list->viewport()->update();
    });
}

// Feeds refresh on their own (the app's interval from the settings); the
// status bar says when next. Started once the window has painted.
void MainWindow::connectScheduler()
{
    Core::RefreshScheduler *scheduler = m_pipeline ? m_pipeline->scheduler() : nullptr;
    if (!scheduler)
        return;
    Core::RefreshRules rules = scheduler->rules();
    rules.defaultMinutes = m_settings.refreshMinutes();
    scheduler->setRules(rules);
    const auto show = [this, scheduler] { m_status->showNextRefresh(scheduler->nextDue(), scheduler->isPaused()); };
    connect(scheduler, &Core::RefreshScheduler::nextDueChanged, this, show);
    connect(scheduler, &Core::RefreshScheduler::pausedChanged, this, show);
    show();
}

// New stories raise one desktop notification per refresh (when the settings
// ask for it); the tray icon shows the unread count.
void MainWindow::connectNotificationsAndTray()
{
    m_notificationSink = std::make_unique<FreedesktopNotifications>();
    m_notifier = new NewStoriesNotifier(m_store, &m_settings, m_notificationSink.get(), this);
    if (m_pipeline) {
        connect(m_pipeline, &PipelineLink::subscriptionAdded, m_notifier, &NewStoriesNotifier::subscriptionAdded);
        connect(m_pipeline, &PipelineLink::storiesAdded, m_notifier, &NewStoriesNotifier::storiesAdded);
        connect(m_pipeline, &PipelineLink::idle, m_notifier, &NewStoriesNotifier::batchDone);
    }
    m_tray = new TrayIcon(this, m_actions->refreshAll, m_actions->quit);
    const auto updateUnread = [this] {
        m_tray->setUnread(m_treeModel->indexForSmart(Kind::Unread).data(SubscriptionTreeModel::UnreadRole).toInt());
    };
    // Queued: read once the tree has finished changing (a reset is signalled
    // before its rows are rebuilt).
    connect(m_treeModel, &QAbstractItemModel::dataChanged, m_tray, updateUnread, Qt::QueuedConnection);
    connect(m_treeModel, &QAbstractItemModel::modelReset, m_tray, updateUnread, Qt::QueuedConnection);
    updateUnread();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Once shown the real frame is known (after the window manager framed it).
    QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    startRefreshingWhenReady();
}

// Refreshing starts after the first paint (the scheduler's first look is
// queued behind it) and once the keyring has given the feeds' passwords, so
// a feed with a login is never first asked without one. A keyring that does
// not answer (locked, asking the user) holds it back at most PasswordWaitMs.
void MainWindow::connectAccounts()
{
    const MainActions &a = *m_actions;
    connect(a.addAccount, &QAction::triggered, m_accounts, &AccountController::showAddAccount);
    connect(a.accounts, &QAction::triggered, m_accounts, &AccountController::showAccounts);
    connect(a.syncAccounts, &QAction::triggered, this, [this] {
        if (!m_accounts->hasServerAccounts())
            m_status->showMessage(
                tr("There is no server account to sync. Add one with File ▸ Add Account…"), StatusPanel::Linger::Long);
        m_accounts->syncAll();
    });
    m_treeModel->setAccounts(m_accounts->accounts());
    if (m_accounts->hasServerAccounts())
        rebuildTree();
    const auto accountsChanged = [this] {
        m_treeModel->setAccounts(m_accounts->accounts());
        rebuildTree();
        showView(currentView(), Remember::No);
    };
    connect(m_accounts, &AccountController::accountAdded, this, accountsChanged);
    connect(m_accounts, &AccountController::accountRemoved, this, accountsChanged);
    connect(m_accounts, &AccountController::stateChanged, this, [this](const QString &id) {
        m_treeModel->setAccountState(id, m_accounts->isSyncing(id), m_accounts->lastError(id));
    });
    connect(m_accounts, &AccountController::progressText, this,
        [this](const QString &text) { m_status->showMessage(text); });
    connect(m_accounts, &AccountController::synced, this, [this](const Core::AccountSyncResult &result) {
        QString name = result.accountId;
        for (const Sync::AccountInfo &known : m_accounts->accounts()) {
            if (known.id == result.accountId)
                name = accountDisplayName(known);
        }
        if (!result.ok()) {
            const QString error = m_accounts->lastError(result.accountId);
            m_status->showMessage(tr("Sync of %1 failed: %2").arg(name, error), StatusPanel::Linger::Long);
        } else {
            m_status->showMessage(tr("Synced %1: %n new stories.", nullptr, int(result.added.size())).arg(name),
                StatusPanel::Linger::Short);
        }
        const Core::ServerFeedsApplied &feeds = result.feeds;
        if (!feeds.added.isEmpty() || !feeds.removed.isEmpty() || !feeds.changed.isEmpty() || feeds.foldersChanged > 0)
            rebuildTree();
        if (!result.added.isEmpty()) {
            if (m_pipeline)
                m_pipeline->cleanStories(result.added);
            onStoriesAdded(0, result.added);
        }
        for (const Core::StoryId id : result.stateChanged)
            m_storyModel->storyChanged(id); // read or starred on the server
        scheduleCounts();
    });
}

void MainWindow::startRefreshingWhenReady()
{
    if (!m_shownOnce || m_waitingForPasswords || m_refreshingStarted)
        return;
    m_refreshingStarted = true;
    // The servers' accounts sync now and then with each refresh interval.
    QTimer::singleShot(0, m_accounts, &AccountController::syncAll);
    if (Core::RefreshScheduler *scheduler = m_pipeline ? m_pipeline->scheduler() : nullptr)
        QTimer::singleShot(0, scheduler, &Core::RefreshScheduler::start);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.windowState();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    const QByteArray splitter = m_settings.splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    // A geometry saved on a larger screen (or before a resolution change).
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    QScreen *on = screen();
    if (!on || isMaximized() || isFullScreen())
        return;
    const QRect available = on->availableGeometry();
    // The frame is known once the window is mapped; before, allow for the
    // usual title bar and border.
    QMargins frame = windowHandle() && isVisible() ? windowHandle()->frameMargins() : QMargins();
    if (!isVisible()) {
        const int border = style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 2;
        frame = QMargins(border, style()->pixelMetric(QStyle::PM_TitleBarHeight) + border, border, border);
    }
    const QSize room(
        available.width() - frame.left() - frame.right(), available.height() - frame.top() - frame.bottom());
    const QSize fitted = size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    if (fitted != size())
        resize(fitted);
    // pos() is where the frame starts.
    const QSize outer = size().grownBy(frame);
    QPoint topLeft = pos();
    topLeft.setX(qBound(available.left(), topLeft.x(), qMax(available.left(), available.right() + 1 - outer.width())));
    topLeft.setY(qBound(available.top(), topLeft.y(), qMax(available.top(), available.bottom() + 1 - outer.height())));
    if (topLeft != pos())
        move(topLeft);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setFontDelta(m_pane->fontDelta());
    m_settings.setLastStory(m_reader->currentStoryId());
    m_settings.sync();
    // With the tray icon shown, closing can leave Tidings running there.
    if (!m_quitting && m_tray->isShown() && m_settings.closeToTray()) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::Resize && m_emptyNotice->isVisible())
        m_emptyNotice->setGeometry(m_list->viewport()->rect());
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_reader->openOriginal();
            return true;
        }
        // No type-ahead in the list: a stray letter would jump to some story
        // and mark it read. Letters are commands here (j, k, m, s...).
        const bool plain = !(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
        if (plain && !key->text().isEmpty() && key->text().at(0).isPrint() && key->key() != Qt::Key_Space)
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---- views and navigation ----

QString MainWindow::viewTitle() const
{
    return m_view.title;
}

ListView MainWindow::currentView() const
{
    ListView view = m_view;
    view.story = m_reader->currentStoryId();
    return view;
}

void MainWindow::showView(const ListView &view, Remember remember)
{
    if (remember == Remember::Yes)
        m_history.leave(currentView());
    m_actions->back->setEnabled(m_history.canGoBack());
    m_view = view;
    m_view.story = 0;
    if (view.filter.kind != Kind::Search && !m_search->text().isEmpty()) {
        // Leaving a search (a feed, a topic, back): the field is cleared.
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_pane->setHighlightTerms({});
    }
    // The View menu's choices hold for every view.
    m_view.filter.unreadOnly = m_actions->unreadOnly->isChecked();
    m_view.filter.oldestFirst = m_actions->oldestFirst->isChecked();
    m_storyModel->setFilter(m_view.filter);
    updateEmptyNotice();
    refreshTopicHeader();
    updateViewTitle();
    m_tree->follow(view.filter);
    if (view.story != 0) {
        m_reader->selectStory(view.story);
    } else {
        m_pane->clear(m_storyModel->rowCount() == 0 ? tr("No stories here.") : QString());
    }
    m_list->scrollTo(m_list->currentIndex().isValid() ? m_list->currentIndex() : m_storyModel->index(0));
}

void MainWindow::showAllStories()
{
    ListView all;
    all.filter.kind = Kind::All;
    all.title = tr("All Stories");
    showView(all, Remember::No);
}

void MainWindow::updateEmptyNotice()
{
    if (m_storyModel->rowCount() > 0) {
        m_emptyNotice->hide();
        return;
    }
    if (m_view.filter.kind == Kind::Search)
        m_emptyNotice->setText(tr("No stories match “%1”.").arg(m_view.filter.query));
    else
        m_emptyNotice->setText(tr("No stories here."));
    m_emptyNotice->setGeometry(m_list->viewport()->rect());
    m_emptyNotice->show();
}

void MainWindow::updateViewTitle()
{
    // No count here: counting a big view would stall every switch.
    m_viewTitle->setText(m_view.title);
    m_list->setAccessibleDescription(m_view.title);
}

void MainWindow::refreshTopicHeader()
{
    const std::optional<Core::TopicSummary> summary
        = m_view.filter.kind == Kind::Topic ? m_store->topicSummary(m_view.filter.topic) : std::nullopt;
    if (!summary) {
        m_topicHeader->hide();
        return;
    }
    m_view.title = summary->topic.name;
    m_topicHeader->setSummary(*summary);
    m_topicHeader->show();
}

void MainWindow::showTopic(const QString &topic)
{
    if (topic.isEmpty())
        return;
    ListView view;
    view.filter.kind = Kind::Topic;
    view.filter.topic = topic;
    view.title = topic;
    showView(view, Remember::Yes);
    if (m_storyModel->rowCount() > 0)
        m_list->setCurrentIndex(m_storyModel->index(0));
}

void MainWindow::search(const QString &query)
{
    if (query.trimmed().isEmpty())
        return;
    ListView view;
    view.filter.kind = Kind::Search;
    view.filter.query = query.trimmed();
    view.title = tr("Search: %1").arg(query.trimmed());
    // A refined search replaces the previous one in the history.
    showView(view, m_view.filter.kind == Kind::Search ? Remember::No : Remember::Yes);
    if (m_search->text() != query)
        m_search->setText(query);
    m_pane->setHighlightTerms(SearchField::highlightTerms(query));
}

bool MainWindow::goBack()
{
    const std::optional<ListView> previous = m_history.back(currentView());
    if (!previous)
        return false;
    if (previous->filter.kind != Kind::Search) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_pane->setHighlightTerms({});
    }
    showView(*previous, Remember::No);
    return true;
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::selectStory(Core::StoryId id)
{
    m_reader->selectStory(id);
}

// ---- marking read, with undo ----

void MainWindow::markedAllRead(const QList<Core::StoryId> &ids)
{
    m_storyModel->setReadLocal(ids, true);
    scheduleCounts();
    if (ids.isEmpty()) {
        m_status->showMessage(tr("Nothing unread here."), StatusPanel::Linger::Short);
        return;
    }
    m_status->showMessage(tr("Marked %n stories as read.", nullptr, int(ids.size())), StatusPanel::Linger::Long);
    m_status->offerUndo();
}

void MainWindow::undoneMarkRead(const QList<Core::StoryId> &ids)
{
    m_storyModel->setReadLocal(ids, false);
    m_status->showMessage(tr("Marked %n stories as unread again.", nullptr, int(ids.size())), 5000);
    m_status->withdrawUndo();
    scheduleCounts();
}

void MainWindow::markSelectedRead()
{
    // The tree's selection, or the view on show (topic, search).
    const QModelIndex index = m_tree->selectedNode();
    m_readState->markAllRead(index.isValid() ? SubscriptionTreeModel::filterFor(index) : m_view.filter);
}

void MainWindow::markEverythingRead()
{
    Core::StoryFilter all;
    all.kind = Kind::All;
    m_readState->markAllRead(all);
}

void MainWindow::scheduleCounts()
{
    m_countsTimer->start();
}

void MainWindow::updateFailing()
{
    m_status->setFailingCount(int(m_treeModel->failingSubscriptions().size()));
}

// ---- subscriptions ----

void MainWindow::addSubscription()
{
    m_subscriptions->addSubscription(m_tree->currentFolder());
}

void MainWindow::rebuildTree()
{
    m_tree->rebuild(m_view.filter);
    // A feed or folder renamed (here or on its feed server) keeps its view:
    // the list's heading takes the new name.
    const QString title = m_tree->currentTitle(m_view.filter);
    if (!title.isEmpty() && title != m_view.title) {
        m_view.title = title;
        updateViewTitle();
    }
    updateFailing();
}

void MainWindow::onSubscribed(Core::SubscriptionId id)
{
    rebuildTree();
    const std::optional<Core::Subscription> sub = m_store->subscription(id);
    m_status->showMessage(
        tr("Subscribed to %1.").arg(sub ? (sub->title.isEmpty() ? sub->url : sub->title) : QString()), 6000);
    m_tree->selectSubscription(id);
}

// ---- pipeline events ----

void MainWindow::onStoriesAdded(Core::SubscriptionId, const QList<Core::StoryId> &ids)
{
    m_storyModel->storiesAdded(ids);
    scheduleCounts();
}

void MainWindow::onStoriesRemoved(const QList<Core::StoryId> &ids)
{
    // The story on show stays listed until the view changes: removing its
    // row would move the selection and mark the next story read.
    QList<Core::StoryId> rows = ids;
    rows.removeAll(m_reader->currentStoryId());
    m_storyModel->storiesRemoved(rows);
    scheduleCounts();
}

void MainWindow::listOptionsChanged()
{
    m_settings.setUnreadOnly(m_actions->unreadOnly->isChecked());
    m_settings.setOldestFirst(m_actions->oldestFirst->isChecked());
    showView(currentView(), Remember::No);
}

void MainWindow::passRetentionDefaults()
{
    if (m_pipeline)
        m_pipeline->setRetentionDefaults({ m_settings.keepDays(), m_settings.keepCount() });
}

void MainWindow::onProgress(const Core::RefreshProgress &progress)
{
    m_status->showProgress(progress);
    // Refresh All stays enabled: a scheduled refresh must not take the
    // user's away, and the pipeline skips feeds already in flight.
}

void MainWindow::onIdle()
{
    m_status->showIdle();
    scheduleCounts();
}

void MainWindow::setCredentialStore(CredentialStore *credentials)
{
    m_subscriptions->setCredentialStore(credentials);
    m_accounts->setCredentialStore(credentials);
    m_waitingForPasswords = true;
    const auto loaded = [this] {
        m_waitingForPasswords = false;
        startRefreshingWhenReady();
    };
    connect(m_subscriptions, &SubscriptionController::passwordsLoaded, this, loaded, Qt::SingleShotConnection);
    QTimer::singleShot(PasswordWaitMs, this, loaded);
    m_subscriptions->loadPasswords();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(&m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyPreferences();
    m_reader->showCurrentStory(StoryReader::Shown::Again);
    if (Core::RefreshScheduler *scheduler = m_pipeline ? m_pipeline->scheduler() : nullptr) {
        Core::RefreshRules rules = scheduler->rules();
        rules.defaultMinutes = m_settings.refreshMinutes();
        scheduler->setRules(rules); // looks again with the new interval
    }
    passRetentionDefaults();
    Q_EMIT preferencesChanged();
}

// What the window and the application take from Preferences (the refresh
// interval and retention are passed on in showPreferences).
void MainWindow::applyPreferences()
{
    applyAppPreferences(m_settings);
    m_pane->setReadingFont(m_settings.readingFontFamily(), m_settings.readingFontSize());
    m_pane->setBrowserCommand(m_settings.browserCommand());
    m_tray->setEnabled(m_settings.trayIcon());
    m_accounts->setInterval(m_settings.refreshMinutes());
}

} // namespace Ui
