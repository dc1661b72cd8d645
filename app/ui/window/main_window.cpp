#include "window/main_window.h"

#include "feeds/opml.h"
#include "models/pipeline_link.h"
#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "models/welcome_feed.h"
#include "pipeline/pipeline.h"
#include "pipeline/storage_writer.h"
#include "reading/image_loader.h"
#include "reading/reading_pane.h"
#include "storage/store_opml.h"
#include "widgets/relative_time.h"
#include "widgets/search_field.h"
#include "widgets/story_delegate.h"
#include "widgets/themed_icon.h"
#include "window/dialogs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

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
    m_imageLoader = new ImageLoader(QDir(store->profileDir()).filePath(QStringLiteral("cache/images")), this);
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(250);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        m_treeModel->refreshCounts();
        updateFailing();
    });

    buildCentral();
    buildActions();
    buildMenus();
    buildToolBar();
    buildStatusBar();
    connectPipeline();
    restoreState();

    ViewState start;
    start.filter.kind = Kind::All;
    start.title = tr("All Stories");
    showView(start, false);
    // Back where the reader left off, without marking anything read.
    if (const Core::StoryId last = m_settings.lastStory(); last != 0 && m_storyModel->ensureLoaded(last, 5) >= 0) {
        m_restoringStory = true;
        selectStory(last);
        m_restoringStory = false;
    }
    updateFailing();
}

MainWindow::~MainWindow() = default;

// ---- construction ----

void MainWindow::buildCentral()
{
    m_treeModel = new SubscriptionTreeModel(m_store, m_writer, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("subscriptionTree"));
    m_tree->setAccessibleName(tr("Subscriptions"));
    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegate(new SubscriptionDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setIndentation(14);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    // Rebuild once the drop has returned: the view still holds the dragged rows.
    connect(m_treeModel, &SubscriptionTreeModel::moved, this, &MainWindow::rebuildTree, Qt::QueuedConnection);
    connect(m_treeModel, &SubscriptionTreeModel::moveFailed, this,
        [this](const Core::Error &error) { QMessageBox::warning(this, tr("Move"), errorText(error)); });
    connect(m_treeModel, &SubscriptionTreeModel::loadFailed, this, &MainWindow::showLoadError);
    m_tree->expandAll();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::treeSelectionChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::treeContextMenu);

    m_storyModel = new StoryListModel(m_store, this);
    connect(m_storyModel, &StoryListModel::loadFailed, this, &MainWindow::showLoadError);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setAccessibleName(tr("Stories"));
    m_list->setModel(m_storyModel);
    m_list->setItemDelegate(new StoryDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(200);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->installEventFilter(this);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentStoryChanged);
    connect(m_list, &QListView::doubleClicked, this, &MainWindow::openOriginal);

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
    middleLayout->addWidget(m_viewTitle);
    middleLayout->addWidget(m_list, 1);

    m_pane = new ReadingPane(this);
    m_pane->setImageLoader(m_imageLoader);
    m_pane->setFontDelta(m_settings.fontDelta());
    connect(m_pane, &ReadingPane::topicClicked, this, &MainWindow::showTopic);
    connect(m_pane, &ReadingPane::openOriginalRequested, this, &MainWindow::openOriginal);
    connect(m_pane, &ReadingPane::imagesAllowedForStory, this,
        [this](Core::StoryId id) { m_imagesAllowedStories.insert(id); });
    connect(m_pane, &ReadingPane::imagesAllowedForFeed, this, [this](Core::SubscriptionId id) {
        m_writer->write([id](Core::Store &store) { return store.setAllowImages(id, true); }, this,
            [this, id](const Core::Status &status) {
                if (status)
                    m_treeModel->setAllowsImages(id, true);
                else
                    statusBar()->showMessage(errorText(status.error()), 8000);
            });
    });
    connect(m_pane, &ReadingPane::fontDeltaChanged, this, [this](int delta) { m_settings.setFontDelta(delta); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 230, 390, 780 });
    setCentralWidget(m_splitter);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
    resize(qMin(1400, available.width()), qMin(900, available.height()));
}

QAction *MainWindow::addAction(
    const QString &name, const QString &text, const QKeySequence &key, void (MainWindow::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    QMainWindow::addAction(action); // shortcuts work with the menu bar hidden too
    return action;
}

void MainWindow::buildActions()
{
    // Built lazily by buildMenus; the few kept as members are made there.
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(addAction(QStringLiteral("actionAddSubscription"), tr("&Add Subscription…"),
        QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::addSubscription));
    file->addAction(addAction(QStringLiteral("actionNewFolder"), tr("New &Folder…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newFolder));
    file->addSeparator();
    file->addAction(addAction(QStringLiteral("actionImportOpml"), tr("&Import OPML…"), {}, &MainWindow::importOpml));
    file->addAction(addAction(QStringLiteral("actionExportOpml"), tr("&Export OPML…"), {}, &MainWindow::exportOpml));
    file->addSeparator();
    QAction *prefs = addAction(QStringLiteral("actionPreferences"), tr("&Preferences…"), QKeySequence::Preferences,
        &MainWindow::showPreferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    file->addAction(prefs);
    file->addSeparator();
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMainWindow::addAction(quit);
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = addAction(
        QStringLiteral("actionUndo"), tr("&Undo Mark as Read"), QKeySequence::Undo, &MainWindow::undoMarkRead);
    m_undoAction->setEnabled(false);
    edit->addAction(m_undoAction);
    edit->addSeparator();
    QAction *find
        = addAction(QStringLiteral("actionSearch"), tr("&Search"), QKeySequence::Find, &MainWindow::focusSearch);
    find->setShortcuts({ QKeySequence::Find, QKeySequence(Qt::Key_Slash) });
    edit->addAction(find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_backAction
        = addAction(QStringLiteral("actionBack"), tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), &MainWindow::back);
    m_backAction->setIcon(themedIcon(QStringLiteral(":/icons/back.svg")));
    m_backAction->setEnabled(false);
    view->addAction(m_backAction);
    view->addSeparator();
    QAction *bigger = addAction(QStringLiteral("actionZoomIn"), tr("&Larger Text"),
        QKeySequence(Qt::CTRL | Qt::Key_Equal), &MainWindow::zoomIn);
    bigger->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) });
    view->addAction(bigger);
    view->addAction(addAction(QStringLiteral("actionZoomOut"), tr("&Smaller Text"),
        QKeySequence(Qt::CTRL | Qt::Key_Minus), &MainWindow::zoomOut));
    view->addAction(addAction(QStringLiteral("actionZoomReset"), tr("&Normal Text Size"),
        QKeySequence(Qt::CTRL | Qt::Key_0), &MainWindow::zoomReset));

    QMenu *go = menuBar()->addMenu(tr("&Story"));
    QAction *next
        = addAction(QStringLiteral("actionNext"), tr("&Next Story"), QKeySequence(Qt::Key_J), &MainWindow::nextStory);
    next->setShortcuts({ QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_N) });
    go->addAction(next);
    QAction *previous = addAction(
        QStringLiteral("actionPrevious"), tr("&Previous Story"), QKeySequence(Qt::Key_K), &MainWindow::previousStory);
    previous->setShortcuts({ QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P) });
    go->addAction(previous);
    go->addAction(addAction(QStringLiteral("actionPageDown"), tr("Page Down or Next Story"),
        QKeySequence(Qt::Key_Space), &MainWindow::spacePressed));
    go->addSeparator();
    go->addAction(addAction(QStringLiteral("actionToggleRead"), tr("Mark as &Read / Unread"), QKeySequence(Qt::Key_M),
        &MainWindow::toggleRead));
    go->addAction(addAction(
        QStringLiteral("actionToggleStar"), tr("&Star / Unstar"), QKeySequence(Qt::Key_S), &MainWindow::toggleStar));
    go->addAction(addAction(QStringLiteral("actionOpenOriginal"), tr("&Open Original"), QKeySequence(Qt::Key_O),
        &MainWindow::openOriginal));

    QMenu *subs = menuBar()->addMenu(tr("S&ubscriptions"));
    m_refreshAction = addAction(
        QStringLiteral("actionRefresh"), tr("&Refresh All"), QKeySequence(Qt::Key_R), &MainWindow::refreshAll);
    m_refreshAction->setIcon(themedIcon(QStringLiteral(":/icons/refresh.svg")));
    subs->addAction(m_refreshAction);
    subs->addAction(addAction(QStringLiteral("actionRefreshSelected"), tr("Refresh &Selected"),
        QKeySequence(Qt::SHIFT | Qt::Key_R), &MainWindow::refreshSelected));
    subs->addSeparator();
    subs->addAction(addAction(QStringLiteral("actionMarkSelectedRead"), tr("&Mark Selected as Read"),
        QKeySequence(Qt::SHIFT | Qt::Key_M), &MainWindow::markSelectedRead));
    subs->addAction(addAction(QStringLiteral("actionMarkAllRead"), tr("Mark &Everything as Read"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &MainWindow::markEverythingRead));
    subs->addSeparator();
    subs->addAction(addAction(
        QStringLiteral("actionRename"), tr("Re&name…"), QKeySequence(Qt::Key_F2), &MainWindow::renameSelected));
    subs->addAction(addAction(QStringLiteral("actionDelete"), tr("&Delete…"), {}, &MainWindow::deleteSelected));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(addAction(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1),
        &MainWindow::showShortcuts));
    QAction *about = addAction(QStringLiteral("actionAbout"), tr("&About Tidings"), {}, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(about);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_backAction);
    bar->addAction(m_refreshAction);
    QAction *add = findChild<QAction *>(QStringLiteral("actionAddSubscription"));
    add->setIcon(themedIcon(QStringLiteral(":/icons/add.svg")));
    add->setIconText(tr("Add"));
    bar->addAction(add);
    QAction *markRead = findChild<QAction *>(QStringLiteral("actionMarkSelectedRead"));
    markRead->setIcon(themedIcon(QStringLiteral(":/icons/mark-read.svg")));
    markRead->setIconText(tr("Mark Read"));
    bar->addAction(markRead);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new SearchField(m_store, bar);
    bar->addWidget(m_search);
    connect(m_search, &SearchField::searchRequested, this, &MainWindow::search);
    connect(m_search, &SearchField::searchCleared, this, [this] {
        m_pane->setHighlightTerms({});
        if (m_view.filter.kind == Kind::Search)
            back();
    });
}

void MainWindow::buildStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumWidth(140);
    m_progressBar->setMaximumHeight(12);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    m_failingButton = new QToolButton(this);
    m_failingButton->setObjectName(QStringLiteral("failingFeedsButton"));
    m_failingButton->setAutoRaise(true);
    m_failingButton->setIcon(themedIcon(QStringLiteral(":/icons/warning.svg")));
    m_failingButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_failingButton->hide();
    connect(m_failingButton, &QToolButton::clicked, this, &MainWindow::showFailing);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->hide();
    connect(m_undoButton, &QToolButton::clicked, this, &MainWindow::undoMarkRead);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(15000);
    connect(m_undoTimer, &QTimer::timeout, m_undoButton, &QWidget::hide);
    statusBar()->addWidget(m_undoButton);
    statusBar()->addPermanentWidget(m_failingButton);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);
}

void MainWindow::connectPipeline()
{
    if (!m_pipeline)
        return;
    connect(m_pipeline, &PipelineLink::storiesAdded, this, &MainWindow::onStoriesAdded);
    connect(m_pipeline, &PipelineLink::cleaningStarted, this, &MainWindow::onCleaningStarted);
    connect(m_pipeline, &PipelineLink::articleSaved, this, &MainWindow::onArticleSaved);
    connect(m_pipeline, &PipelineLink::cleaningFailed, this, &MainWindow::onCleaningFailed);
    connect(m_pipeline, &PipelineLink::progressChanged, this, &MainWindow::onProgress);
    connect(m_pipeline, &PipelineLink::idle, this, &MainWindow::onIdle);
    connect(m_pipeline, &PipelineLink::subscriptionAdded, this, &MainWindow::onSubscriptionAdded);
    connect(m_pipeline, &PipelineLink::subscriptionFailed, this, &MainWindow::onSubscriptionFailed);
    connect(m_pipeline, &PipelineLink::subscriptionUpdated, this, &MainWindow::scheduleCounts);
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setFontDelta(m_pane->fontDelta());
    m_settings.setLastStory(currentStoryId());
    m_settings.sync();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openOriginal();
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

MainWindow::ViewState MainWindow::currentState() const
{
    ViewState state = m_view;
    state.story = currentStoryId();
    return state;
}

void MainWindow::showView(const ViewState &state, bool remember)
{
    if (remember) {
        m_history.append(currentState());
        if (m_history.size() > 50)
            m_history.removeFirst();
    }
    m_backAction->setEnabled(!m_history.isEmpty());
    m_view = state;
    m_view.story = 0;
    m_storyModel->setFilter(state.filter);
    updateViewTitle();
    selectTreeFor(state.filter);
    if (state.story != 0) {
        selectStory(state.story);
    } else {
        m_pane->clear(m_storyModel->rowCount() == 0 ? tr("No stories here.") : QString());
    }
    m_list->scrollTo(m_list->currentIndex().isValid() ? m_list->currentIndex() : m_storyModel->index(0));
}

void MainWindow::updateViewTitle()
{
    // No count here: counting a big view would stall every switch.
    m_viewTitle->setText(m_view.title);
    m_list->setAccessibleDescription(m_view.title);
}

void MainWindow::selectTreeFor(const Core::StoryFilter &filter)
{
    QModelIndex index;
    switch (filter.kind) {
    case Kind::Subscription:
        index = m_treeModel->indexForSubscription(filter.id);
        break;
    case Kind::Folder:
        index = m_treeModel->indexForFolder(filter.id);
        break;
    case Kind::Topic:
    case Kind::Search:
        break;
    default:
        index = m_treeModel->indexForSmart(filter.kind);
        break;
    }
    m_restoring = true;
    if (index.isValid())
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_tree->selectionModel()->clearSelection();
    m_restoring = false;
}

void MainWindow::treeSelectionChanged()
{
    if (m_restoring)
        return;
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    ViewState state;
    state.filter = SubscriptionTreeModel::filterFor(index);
    state.title = index.data(Qt::DisplayRole).toString();
    showView(state, true);
}

void MainWindow::showTopic(const QString &topic)
{
    if (topic.isEmpty())
        return;
    ViewState state;
    state.filter.kind = Kind::Topic;
    state.filter.topic = topic;
    state.title = topic;
    showView(state, true);
    if (m_storyModel->rowCount() > 0)
        m_list->setCurrentIndex(m_storyModel->index(0));
}

void MainWindow::search(const QString &query)
{
    if (query.trimmed().isEmpty())
        return;
    ViewState state;
    state.filter.kind = Kind::Search;
    state.filter.query = query.trimmed();
    state.title = tr("Search: %1").arg(query.trimmed());
    // A refined search replaces the previous one in the history.
    showView(state, m_view.filter.kind != Kind::Search);
    if (m_search->text() != query)
        m_search->setText(query);
    m_pane->setHighlightTerms(SearchField::highlightTerms(query));
}

void MainWindow::back()
{
    goBack();
}

bool MainWindow::goBack()
{
    if (m_history.isEmpty())
        return false;
    const ViewState previous = m_history.takeLast();
    if (previous.filter.kind != Kind::Search) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_pane->setHighlightTerms({});
    }
    showView(previous, false);
    return true;
}

Core::StoryId MainWindow::currentStoryId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(StoryListModel::IdRole).toLongLong() : 0;
}

void MainWindow::selectStory(Core::StoryId id)
{
    const int row = m_storyModel->ensureLoaded(id);
    if (row < 0)
        return;
    const QModelIndex index = m_storyModel->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::currentStoryChanged()
{
    showCurrentStory(true);
}

bool MainWindow::imagesAllowedFor(const Core::StoryDetail &story) const
{
    if (m_settings.loadImagesEverywhere() || m_imagesAllowedStories.contains(story.row.id))
        return true;
    return m_treeModel->allowsImages(story.row.subscriptionId);
}

void MainWindow::showCurrentStory(bool fromSelection)
{
    const Core::StoryId id = currentStoryId();
    if (id == 0) {
        m_pane->clear();
        return;
    }
    std::optional<Core::StoryDetail> story = m_store->story(id);
    if (!story) {
        m_pane->clear(tr("This story is no longer stored."));
        return;
    }
    if (fromSelection && !m_restoringStory && !story->row.read && m_settings.markReadOnSelect()) {
        story->row.read = true;
        setReadNow(id, story->row.subscriptionId, true);
    }
    const bool needsCleaning
        = !story->article && story->cleanError.code == Core::ErrorCode::None && !story->row.link.isEmpty();
    if (needsCleaning && m_pipeline && !m_cleaning.contains(id)) {
        m_cleaning.insert(id);
        m_pipeline->cleanStory(id);
    }
    m_pane->showStory(*story, needsCleaning && m_cleaning.contains(id), imagesAllowedFor(*story));
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_storyModel->rowCount();
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + delta : 0;
    if (row >= rows && m_storyModel->canFetchMore({})) {
        m_storyModel->fetchMore({});
    }
    row = qBound(0, row, m_storyModel->rowCount() - 1);
    if (m_storyModel->rowCount() == 0)
        return;
    const QModelIndex index = m_storyModel->index(row);
    if (index == m_list->currentIndex())
        return;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::nextStory()
{
    moveSelection(+1);
}

void MainWindow::previousStory()
{
    moveSelection(-1);
}

void MainWindow::spacePressed()
{
    if (!m_pane->pageDown())
        nextStory();
}

void MainWindow::toggleRead()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const Core::StoryId id = index.data(StoryListModel::IdRole).toLongLong();
    const bool read = !index.data(StoryListModel::ReadRole).toBool();
    setReadNow(id, m_storyModel->storyAt(index.row()).subscriptionId, read);
}

// Shown at once, written on the storage thread, undone on screen if the write fails.
void MainWindow::setReadNow(Core::StoryId id, Core::SubscriptionId subscription, bool read)
{
    m_storyModel->setReadLocal({ id }, read);
    m_treeModel->adjustUnread(subscription, read ? -1 : +1);
    m_writer->write([id, read](Core::Store &store) { return store.setRead(id, read); }, this,
        [this, id, read, subscription](const Core::Status &status) {
            if (status)
                return;
            m_storyModel->setReadLocal({ id }, !read);
            m_treeModel->adjustUnread(subscription, read ? +1 : -1);
            statusBar()->showMessage(errorText(status.error()), 8000);
        });
}

void MainWindow::toggleStar()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const Core::StoryId id = index.data(StoryListModel::IdRole).toLongLong();
    const bool starred = !index.data(StoryListModel::StarredRole).toBool();
    m_storyModel->setStarredLocal(id, starred);
    m_treeModel->adjustStarred(starred ? +1 : -1);
    m_writer->write([id, starred](Core::Store &store) { return store.setStarred(id, starred); }, this,
        [this, id, starred](const Core::Status &status) {
            if (status)
                return;
            m_storyModel->setStarredLocal(id, !starred);
            m_treeModel->adjustStarred(starred ? -1 : +1);
            statusBar()->showMessage(errorText(status.error()), 8000);
        });
}

void MainWindow::openOriginal()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QUrl url(index.data(StoryListModel::LinkRole).toString());
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
    else
        statusBar()->showMessage(tr("This story has no web page."), 4000);
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::zoomIn()
{
    m_pane->setFontDelta(m_pane->fontDelta() + 1);
}

void MainWindow::zoomOut()
{
    m_pane->setFontDelta(m_pane->fontDelta() - 1);
}

void MainWindow::zoomReset()
{
    m_pane->setFontDelta(0);
}

// ---- marking read, with undo ----

void MainWindow::markAllRead(const Core::StoryFilter &filter)
{
    m_writer->write([filter](Core::Store &store) { return store.markAllRead(filter); }, this,
        [this](const Core::Result<QList<Core::StoryId>> &changed) { markedAllRead(changed); });
}

void MainWindow::markedAllRead(const Core::Result<QList<Core::StoryId>> &changed)
{
    // A failed mark-all-read changed nothing and keeps the previous undo.
    if (!changed) {
        statusBar()->showMessage(errorText(changed.error()), 8000);
        return;
    }
    m_undoIds = *changed;
    m_storyModel->setReadLocal(m_undoIds, true);
    m_undoAction->setEnabled(!m_undoIds.isEmpty());
    scheduleCounts();
    if (m_undoIds.isEmpty()) {
        statusBar()->showMessage(tr("Nothing unread here."), 4000);
        return;
    }
    const int marked = static_cast<int>(m_undoIds.size());
    statusBar()->showMessage(tr("Marked %n stories as read.", nullptr, marked), 15000);
    m_undoButton->show();
    m_undoTimer->start();
}

void MainWindow::undoMarkRead()
{
    if (m_undoIds.isEmpty())
        return;
    m_writer->write([ids = m_undoIds](Core::Store &store) { return store.setReadMany(ids, false); }, this,
        [this, ids = m_undoIds](const Core::Status &status) { undoneMarkRead(ids, status); });
}

void MainWindow::undoneMarkRead(const QList<Core::StoryId> &ids, const Core::Status &status)
{
    if (!status) {
        statusBar()->showMessage(errorText(status.error()), 8000);
        return; // the undo stays possible
    }
    if (ids != m_undoIds)
        return; // another mark-all-read came meanwhile; its undo stays
    m_storyModel->setReadLocal(m_undoIds, false);
    const int unmarked = static_cast<int>(m_undoIds.size());
    statusBar()->showMessage(tr("Marked %n stories as unread again.", nullptr, unmarked), 5000);
    m_undoIds.clear();
    m_undoAction->setEnabled(false);
    m_undoButton->hide();
    scheduleCounts();
}

void MainWindow::markSelectedRead()
{
    // The tree's selection, or the view on show (topic, search).
    const QModelIndex index = m_tree->currentIndex();
    markAllRead(index.isValid() && m_tree->selectionModel()->isSelected(index) ? SubscriptionTreeModel::filterFor(index)
                                                                               : m_view.filter);
}

void MainWindow::markEverythingRead()
{
    Core::StoryFilter all;
    all.kind = Kind::All;
    markAllRead(all);
}

// A list could not be read: say so instead of showing an empty view as if it were true.
void MainWindow::showLoadError(const Core::Error &error)
{
    statusBar()->showMessage(tr("Could not read the list: %1").arg(errorText(error)), 15000);
}

void MainWindow::scheduleCounts()
{
    m_countsTimer->start();
}

// ---- subscriptions ----

void MainWindow::refreshAll()
{
    if (!m_pipeline) {
        statusBar()->showMessage(tr("Refreshing is not available in this build."), 4000);
        return;
    }
    m_pipeline->refreshAll();
}

void MainWindow::refreshSelected()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!m_pipeline || !index.isValid())
        return;
    if (SubscriptionTreeModel::NodeKind(index.data(SubscriptionTreeModel::KindRole).toInt())
        == SubscriptionTreeModel::NodeKind::Subscription)
        m_pipeline->refresh(index.data(SubscriptionTreeModel::IdRole).toLongLong());
    else
        m_pipeline->refreshAll();
}

void MainWindow::addSubscription()
{
    Core::FolderId folder = 0;
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid()
        && SubscriptionTreeModel::NodeKind(index.data(SubscriptionTreeModel::KindRole).toInt())
            == SubscriptionTreeModel::NodeKind::Folder)
        folder = index.data(SubscriptionTreeModel::IdRole).toLongLong();
    AddSubscriptionDialog dialog(m_store->folders(), folder, this);
    const QString clip = QApplication::clipboard()->text().trimmed();
    if (clip.startsWith(QLatin1String("http://")) || clip.startsWith(QLatin1String("https://")))
        dialog.setUrl(clip);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_pipeline) {
        m_pipeline->addSubscription(dialog.url(), dialog.folderId());
        statusBar()->showMessage(tr("Looking for a feed at %1…").arg(dialog.url()));
        return;
    }
    m_writer->write([url = dialog.url(), folder = dialog.folderId()](
                        Core::Store &store) { return store.addSubscription(url, {}, folder); },
        this,
        [this](const Core::Result<Core::SubscriptionId> &added) {
            if (!added) {
                QMessageBox::warning(this, tr("Add Subscription"), errorText(added.error()));
                return;
            }
            onSubscriptionAdded(*added);
        });
}

void MainWindow::newFolder()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New Folder"), tr("Folder name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    m_writer->write([name](Core::Store &store) { return store.addFolder(name); }, this,
        [this](const Core::Result<Core::FolderId> &added) {
            if (!added) {
                QMessageBox::warning(this, tr("New Folder"), errorText(added.error()));
                return;
            }
            rebuildTree();
        });
}

void MainWindow::renameSelected()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    const auto kind = SubscriptionTreeModel::NodeKind(index.data(SubscriptionTreeModel::KindRole).toInt());
    if (kind == SubscriptionTreeModel::NodeKind::Smart)
        return;
    const qint64 id = index.data(SubscriptionTreeModel::IdRole).toLongLong();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename"), tr("New name:"), QLineEdit::Normal, index.data(Qt::DisplayRole).toString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const bool folder = kind == SubscriptionTreeModel::NodeKind::Folder;
    m_writer->write(
        [folder, id, name](
            Core::Store &store) { return folder ? store.renameFolder(id, name) : store.renameSubscription(id, name); },
        this,
        [this](const Core::Status &status) {
            if (!status)
                QMessageBox::warning(this, tr("Rename"), errorText(status.error()));
            rebuildTree();
        });
}

void MainWindow::deleteSelected()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    const auto kind = SubscriptionTreeModel::NodeKind(index.data(SubscriptionTreeModel::KindRole).toInt());
    if (kind == SubscriptionTreeModel::NodeKind::Smart)
        return;
    const qint64 id = index.data(SubscriptionTreeModel::IdRole).toLongLong();
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString question = kind == SubscriptionTreeModel::NodeKind::Folder
        ? tr("Delete the folder “%1”? Its feeds move up one level.").arg(name)
        : tr("Unsubscribe from “%1” and delete its stories?").arg(name);
    if (QMessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const bool folder = kind == SubscriptionTreeModel::NodeKind::Folder;
    m_writer->write(
        [folder, id](Core::Store &store) { return folder ? store.deleteFolder(id) : store.deleteSubscription(id); },
        this,
        [this](const Core::Status &status) {
            if (!status)
                QMessageBox::warning(this, tr("Delete"), errorText(status.error()));
            rebuildTree();
            ViewState all;
            all.filter.kind = Kind::All;
            all.title = tr("All Stories");
            m_history.clear();
            showView(all, false);
        });
}

void MainWindow::rebuildTree()
{
    const Core::StoryFilter filter = m_view.filter;
    m_restoring = true;
    m_treeModel->rebuild();
    m_tree->expandAll();
    m_restoring = false;
    selectTreeFor(filter);
    updateFailing();
}

void MainWindow::treeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    QMenu menu(this);
    if (!index.isValid()) {
        menu.addAction(findChild<QAction *>(QStringLiteral("actionAddSubscription")));
        menu.addAction(findChild<QAction *>(QStringLiteral("actionNewFolder")));
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
        return;
    }
    m_tree->setCurrentIndex(index);
    const auto kind = SubscriptionTreeModel::NodeKind(index.data(SubscriptionTreeModel::KindRole).toInt());
    const qint64 id = index.data(SubscriptionTreeModel::IdRole).toLongLong();
    menu.addAction(tr("Mark as Read"), this, [this, index] { markAllRead(SubscriptionTreeModel::filterFor(index)); });
    if (kind == SubscriptionTreeModel::NodeKind::Subscription) {
        menu.addAction(tr("Refresh"), this, [this, id] {
            if (m_pipeline)
                m_pipeline->refresh(id);
        });
        menu.addSeparator();
        menu.addAction(tr("Rename…"), this, &MainWindow::renameSelected);
        QMenu *move = menu.addMenu(tr("Move to"));
        const auto moveTo = [this, id](Core::FolderId folder) {
            m_writer->write([id, folder](Core::Store &store) { return store.moveSubscription(id, folder); }, this,
                [this](const Core::Status &status) {
                    if (!status)
                        statusBar()->showMessage(errorText(status.error()), 8000);
                    rebuildTree();
                });
        };
        move->addAction(tr("(Top level)"), this, [moveTo] { moveTo(0); });
        for (const Core::Folder &folder : m_store->folders()) {
            move->addAction(themedIcon(QStringLiteral(":/icons/folder.svg")), folder.name, this,
                [moveTo, folder] { moveTo(folder.id); });
        }
        const std::optional<Core::Subscription> sub = m_store->subscription(id);
        QAction *images = menu.addAction(tr("Load Images in This Feed"));
        images->setCheckable(true);
        images->setChecked(sub && sub->allowImages);
        connect(images, &QAction::toggled, this, [this, id](bool on) {
            m_writer->write([id, on](Core::Store &store) { return store.setAllowImages(id, on); }, this,
                [this, id, on](const Core::Status &status) {
                    if (status)
                        m_treeModel->setAllowsImages(id, on);
                    else
                        statusBar()->showMessage(errorText(status.error()), 8000);
                    showCurrentStory(false);
                });
        });
        if (sub) {
            const QString url = sub->url;
            menu.addAction(tr("Copy Feed Address"), this, [url] { QApplication::clipboard()->setText(url); });
        }
        menu.addSeparator();
        menu.addAction(tr("Unsubscribe…"), this, &MainWindow::deleteSelected);
    } else if (kind == SubscriptionTreeModel::NodeKind::Folder) {
        menu.addSeparator();
        menu.addAction(tr("Rename…"), this, &MainWindow::renameSelected);
        menu.addAction(tr("New Folder…"), this, &MainWindow::newFolder);
        menu.addSeparator();
        menu.addAction(tr("Delete Folder…"), this, &MainWindow::deleteSelected);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import OPML"), QDir::homePath(), tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    importOpmlFile(path, [this](bool ok, const QString &summary) {
        if (ok)
            statusBar()->showMessage(summary, 10000);
        else
            QMessageBox::warning(this, tr("Import OPML"), summary);
    });
}

void MainWindow::importOpmlFile(const QString &path, const ImportDone &done)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        done(false, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const Core::Result<Core::Opml::Document> document = Core::Opml::parse(file.readAll());
    if (!document) {
        done(false,
            tr("%1 is not a subscription list: %2").arg(QFileInfo(path).fileName(), errorText(document.error())));
        return;
    }
    m_writer->write([document = *document](Core::Store &store) { return Core::importOpml(store, document); }, this,
        [this, done](const Core::Result<Core::OpmlImportReport> &report) {
            if (!report) {
                done(false, errorText(report.error()));
                return;
            }
            rebuildTree();
            QString summary
                = tr("Imported %1 subscriptions (%2 already there).").arg(report->added).arg(report->duplicates);
            if (!report->errors.isEmpty())
                summary += QLatin1Char(' ') + tr("Skipped: %1").arg(report->errors.join(QStringLiteral("; ")));
            if (report->added > 0 && m_pipeline)
                m_pipeline->refreshAll();
            done(true, summary);
        });
}

void MainWindow::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export OPML"), QDir::home().filePath(QStringLiteral("tidings.opml")), tr("OPML files (*.opml)"));
    if (path.isEmpty())
        return;
    QString summary;
    if (exportOpmlFile(path, &summary))
        statusBar()->showMessage(summary, 8000);
    else
        QMessageBox::warning(this, tr("Export OPML"), summary);
}

bool MainWindow::exportOpmlFile(const QString &path, QString *summary)
{
    Core::Opml::Document document = Core::opmlDocument(*m_store);
    // The built-in welcome feed means nothing to another reader.
    document.feeds.removeIf([](const Core::Opml::Outline &outline) { return Core::isBuiltInFeed(outline.xmlUrl); });
    document.title = tr("Tidings subscriptions");
    document.dateCreated = QDateTime::currentDateTimeUtc();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Core::Opml::write(document)) < 0 || !file.commit()) {
        *summary = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    *summary = tr("Exported %1 subscriptions to %2.").arg(document.feeds.size()).arg(path);
    return true;
}

void MainWindow::updateFailing()
{
    const int failing = int(m_treeModel->failingSubscriptions().size());
    m_failingButton->setVisible(failing > 0);
    m_failingButton->setText(failing == 1 ? tr("1 feed failing") : tr("%1 feeds failing").arg(failing));
}

void MainWindow::showFailing()
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("failingFeedsMenu"));
    const QList<Core::Subscription> failing = m_treeModel->failingSubscriptions();
    for (const Core::Subscription &sub : failing) {
        const QString title = sub.title.isEmpty() ? sub.url : sub.title;
        const QString when = sub.lastSuccess.isValid() ? longDateTime(sub.lastSuccess) : tr("never");
        QAction *action = menu.addAction(themedIcon(QStringLiteral(":/icons/warning.svg")),
            tr("%1 — %2 (last success: %3)").arg(title, errorText(sub.lastError), when));
        const Core::SubscriptionId id = sub.id;
        connect(action, &QAction::triggered, this, [this, id] {
            const QModelIndex index = m_treeModel->indexForSubscription(id);
            if (index.isValid())
                m_tree->setCurrentIndex(index);
        });
    }
    if (failing.isEmpty())
        menu.addAction(tr("Every feed is fine."))->setEnabled(false);
    menu.exec(m_failingButton->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height()));
}

// ---- pipeline events ----

void MainWindow::onStoriesAdded(Core::SubscriptionId, const QList<Core::StoryId> &ids)
{
    m_storyModel->storiesAdded(ids);
    scheduleCounts();
}

void MainWindow::onCleaningStarted(Core::StoryId id)
{
    m_cleaning.insert(id);
    if (m_pane->storyId() == id)
        m_pane->setCleaning(true);
}

void MainWindow::onArticleSaved(Core::StoryId id)
{
    m_cleaning.remove(id);
    m_storyModel->storyCleaned(id);
    if (m_pane->storyId() == id)
        showCurrentStory(false);
}

void MainWindow::onCleaningFailed(Core::StoryId id, const Core::Error &)
{
    m_cleaning.remove(id);
    if (m_pane->storyId() == id)
        showCurrentStory(false);
}

void MainWindow::onProgress(const Core::RefreshProgress &progress)
{
    QStringList parts;
    if (progress.feedsTotal > 0 && progress.feedsDone < progress.feedsTotal)
        parts << tr("Refreshing %1 of %2 feeds").arg(progress.feedsDone).arg(progress.feedsTotal);
    if (progress.pagesQueued > 0 && progress.pagesDone < progress.pagesQueued)
        parts << tr("Cleaning %1 of %2 stories").arg(progress.pagesDone).arg(progress.pagesQueued);
    m_progressLabel->setText(parts.join(QStringLiteral(" · ")));
    const int total = progress.feedsTotal + progress.pagesQueued;
    const int done = progress.feedsDone + progress.pagesDone;
    m_progressBar->setVisible(total > 0 && done < total);
    m_progressBar->setRange(0, qMax(1, total));
    m_progressBar->setValue(done);
    m_refreshAction->setEnabled(!(progress.feedsTotal > 0 && progress.feedsDone < progress.feedsTotal));
}

void MainWindow::onIdle()
{
    m_progressBar->hide();
    m_refreshAction->setEnabled(true);
    m_progressLabel->setText(tr("Updated %1").arg(shortTime(QTime::currentTime())));
    scheduleCounts();
}

void MainWindow::onSubscriptionAdded(Core::SubscriptionId id)
{
    rebuildTree();
    const std::optional<Core::Subscription> sub = m_store->subscription(id);
    statusBar()->showMessage(
        tr("Subscribed to %1.").arg(sub ? (sub->title.isEmpty() ? sub->url : sub->title) : QString()), 6000);
    const QModelIndex index = m_treeModel->indexForSubscription(id);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void MainWindow::onSubscriptionFailed(const QString &url, const Core::Error &error)
{
    statusBar()->showMessage(tr("Could not subscribe to %1: %2").arg(url, errorText(error)), 15000);
}

// ---- help ----

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(&m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        showCurrentStory(false);
}

void MainWindow::showShortcuts()
{
    QStringList rows;
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->objectName().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        rows << QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>")
                    .arg(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")).toHtmlEscaped(),
                        keys.join(QStringLiteral(", ")));
    }
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tidings"),
        tr("<h3>Tidings %1</h3><p>A calm reader for news feeds: it cleans each story into "
           "readable text and links stories by topic.</p><p>Profile: %2</p>")
            .arg(QApplication::applicationVersion(), m_store->profileDir().toHtmlEscaped()));
}

} // namespace Ui
