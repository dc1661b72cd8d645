<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as RTL in right-to-left languages (Arabic, Urdu), else as LTR.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AddSubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings finds the feed of a site by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never show this chip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::Errors</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed was found at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story links to no web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link leads to something other than a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page holds no article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error and its detail</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message>
        <source>&amp;Clean the web page of each story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has the &amp;full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load remote &amp;images in this feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep stories for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred stories are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Tidings&apos; own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> stories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ImageLoader</name>
    <message>
        <source>Not an image the app can show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden Topic Chips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread Stories Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unread Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down or Next Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Above as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Below as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Everything as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggested Feeds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A calm reader for news feeds: it cleans each story into readable text and links stories by topic.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a feed to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stories here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a story read when it is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load remote &amp;images in every story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh feeds every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed&apos;s own properties may set another interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open links &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command such as “firefox --new-tab”; the link is added at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tidings starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote images tell the sites that you read their story. Without this, images load only when you ask, per story or per feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep stories &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most, &amp;per feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred stories are always kept. A feed&apos;s own properties may set other limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always for This Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the feed&apos;s text is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be turned into a readable article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a story to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning… showing the feed&apos;s text for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the feed&apos;s text. &lt;a href=&quot;why&quot;&gt;Why?&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story has no text. Open the original to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 remote image is blocked to protect your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 remote images are blocked to protect your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Search stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search  (words, tag:&quot;Topic&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::StatusPanel</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning %1 of %2 stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: refreshing waits for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feed failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feeds failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (last success: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::StoryListActions</name>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread stories left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::StoryReader</name>
    <message>
        <source>This story is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move up one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its stories?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 subscriptions (%2 already there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 subscriptions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot subscribe to “%1”: it is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionPane</name>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Images in This Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics you follow: their stories from every feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last updated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last error: %3&lt;br&gt;Last success: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, failing: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeeds</name>
    <message>
        <source>World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Americas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeedsDialog</name>
    <message>
        <source>Suggested Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-known news sources, by region. One click subscribes; each can be removed later like any other feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TopicController</name>
    <message>
        <source>Following %1: its stories from every feed are under Topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the topic “%1” as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip %1 will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip %1 is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden Topic Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chips you chose never to see. Their stories keep them: show one again and it comes back on every story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden chips.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message>
        <source>Related:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 stories in 3 feeds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow %1: its stories from every feed, under Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFeed</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding your feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics and chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search titles, article text and topics. Matches are marked in the story you read.&lt;/p&gt;&lt;p&gt;Write &lt;b&gt;tag:&quot;Topic Name&quot;&lt;/b&gt; (or &lt;b&gt;topic:&lt;/b&gt;) to keep only the stories on a topic; known topics are offered as you type. Words and tags combine: &lt;i&gt;tag:&quot;Tidings&quot; keys&lt;/i&gt; finds this feed&apos;s story about the keyboard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading with the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is quickest with a few keys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: next story; &lt;b&gt;K&lt;/b&gt; or &lt;b&gt;P&lt;/b&gt;: previous story&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: next unread story, then on to the next feed with unread stories&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: page down, then on to the next story&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: mark read or unread; &lt;b&gt;S&lt;/b&gt;: star&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: open the original page in your browser&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: refresh all feeds&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; and &lt;b&gt;Ctrl+-&lt;/b&gt;: larger or smaller text; &lt;b&gt;Ctrl+0&lt;/b&gt;: back to normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: undo marking a whole feed as read&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every action is also in the menus, with its key beside it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A remote image tells its site that you are reading. So images stay blocked until you allow them: for one story with &lt;b&gt;Load Images&lt;/b&gt;, for a whole feed with &lt;b&gt;Always for This Feed&lt;/b&gt;, or everywhere in &lt;b&gt;File → Preferences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links open in your own browser. Tidings itself only ever fetches your feeds, their pages and the images you allowed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, cleans each story&apos;s web page into plain, readable text, and shows it here in a quiet column.&lt;/p&gt;&lt;p&gt;Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.&lt;/p&gt;&lt;p&gt;These few stories are stored on your computer, so everything here works without a network. Read on to see how stories are cleaned, what the chips under each headline do and how to follow a topic.&lt;/p&gt;&lt;p&gt;To begin, pick a few well-known news sources from &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;the suggested feeds&lt;/a&gt; (&lt;b&gt;File → Suggested Feeds&lt;/b&gt;), or add any feed with &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean articles, not web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Many feeds carry only a line or two of each story. So Tidings fetches the story&apos;s web page and cleans it: it keeps the headline and the article, with its headings, lists, quotes and pictures, and leaves out the menus, adverts, share buttons and comments around it.&lt;/p&gt;&lt;p&gt;While a page is being cleaned you read the feed&apos;s own text, with a note above it; the clean article takes its place when it is ready. When a page cannot be made into an article, the feed&apos;s text stays, and &lt;b&gt;Why?&lt;/b&gt; in the note tells you what went wrong.&lt;/p&gt;&lt;p&gt;The original page is always one key away: &lt;b&gt;O&lt;/b&gt; opens it in your browser.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N) and paste the address of a feed, or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.&lt;/p&gt;&lt;p&gt;Coming from another reader? &lt;b&gt;File → Import OPML&lt;/b&gt; brings all your subscriptions over at once; &lt;b&gt;Export OPML&lt;/b&gt; takes them elsewhere.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;R&lt;/b&gt; to refresh. New stories appear as they arrive.&lt;/p&gt;&lt;p&gt;A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, or click the note in the status bar.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Under each headline you see chips: the topics of the story, found in its tags and in the names it mentions, with how many stories share each one, such as &lt;i&gt;Tidings · 8&lt;/i&gt; above.&lt;/p&gt;&lt;p&gt;Click a chip to see every story on that topic from all your feeds, newest first. Press &lt;b&gt;Alt+Left&lt;/b&gt; or the Back button to return to where you were.&lt;/p&gt;&lt;p&gt;Right-click a chip to rename its topic, or to hide a chip you never want to see; &lt;b&gt;View → Hidden Topic Chips&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A topic you care about can be followed: right-click its chip and choose &lt;b&gt;Follow topic&lt;/b&gt;, or click the chip and press &lt;b&gt;Follow&lt;/b&gt; above the list of stories.&lt;/p&gt;&lt;p&gt;A followed topic is listed under &lt;b&gt;Topics&lt;/b&gt; in the column on the left, with its unread count. It gathers the stories on that topic from every feed, new ones included as they arrive, so you need not know which site will write about it next.&lt;/p&gt;&lt;p&gt;Try it with the &lt;i&gt;Topics&lt;/i&gt; chip of this story.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at
%1
is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be moved aside. Close Tidings, move the file somewhere safe, and start Tidings again to begin with a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved to
%1
where the sqlite3 tool (.recover) may rescue it. Tidings can start with a new, empty database; your subscriptions can be imported again from an OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at
%1
cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm news reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (default: $TIDINGS_PROFILE, else the standard data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings on the same profile subscribes to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
